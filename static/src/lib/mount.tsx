import '@atlaskit/css-reset';
import { i18n, view } from '@forge/bridge';
import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import { StrictMode, Suspense, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Loading } from '../components/Loading';
import { I18nProvider, makeI18n } from './i18n';

export interface ModuleContext {
  accountId?: string;
  locale: string;
  moduleKey: string;
  /** The user's Jira theme; absent outside Jira. */
  theme?: { colorMode?: string };
  extension: Record<string, unknown> & {
    project?: { id: string; key: string };
    issue?: { id: string; key: string; type?: string };
    gadgetConfiguration?: Record<string, unknown>;
    entryPoint?: string;
  };
}

/** Jira's colour mode for the user when it reports one, else the system's (`auto`). */
export function colorModeOf(context: Pick<ModuleContext, 'theme'>): 'light' | 'dark' | 'auto' {
  const mode = context.theme?.colorMode;
  return mode === 'light' || mode === 'dark' ? mode : 'auto';
}

/** Renders one Forge module: theme, translations and context first, then the module's own (lazy) component. */
export async function mountModule(Component: ComponentType<{ context: ModuleContext }>): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const context = (await view.getContext()) as unknown as ModuleContext;
  const [translate] = await Promise.all([
    i18n.createTranslationFunction(context.locale as never),
    setGlobalTheme({ colorMode: colorModeOf(context) }),
    view.theme.enable().catch(() => undefined),
  ]);
  const value = makeI18n(context.locale ?? 'da-DK', (key) => translate(key));
  document.documentElement.lang = value.lang;
  root.render(
    <StrictMode>
      <I18nProvider value={value}>
        <ErrorBoundary>
          <Suspense fallback={<Loading />}>
            <Component context={context} />
          </Suspense>
        </ErrorBoundary>
      </I18nProvider>
    </StrictMode>,
  );
}
