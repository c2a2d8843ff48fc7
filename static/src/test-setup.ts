/**
 * What jsdom lacks and Atlaskit reaches for, plus the one way the UI tests render a component: inside
 * the i18n provider, with the app's real English texts from `locales/en-US.json`.
 *
 * Each UI test imports this file first. It can also be registered for the jest `ui` project
 * (`setupFilesAfterEnv: ['<rootDir>/static/src/test-setup.ts']`); the polyfills are idempotent.
 */
import { render, type RenderOptions } from '@testing-library/react';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { createElement, type ReactElement, type ReactNode } from 'react';
import en from '../../locales/en-US.json';
import da from '../../locales/da-DK.json';
import { I18nProvider, makeI18n } from './lib/i18n';

/**
 * Atlaskit's CommonJS builds `require('./x.compiled.css')`, which jest cannot parse. Until the jest
 * `ui` project maps `\\.css$` to a stub, each stylesheet is registered here as an empty module.
 */
function stubAtlaskitStylesheets(): void {
  const visit = (scope: string) => {
    if (!existsSync(scope)) return;
    for (const pkg of readdirSync(scope)) {
      const root = join(scope, pkg);
      const cjs = join(root, 'dist', 'cjs');
      if (existsSync(cjs)) {
        for (const file of readdirSync(cjs, { recursive: true }) as string[]) {
          if (file.endsWith('.css')) jest.mock(realpathSync(join(cjs, file)), () => ({}));
        }
      }
      visit(join(root, 'node_modules', '@atlaskit'));
    }
  };
  visit(join(__dirname, '..', '..', 'node_modules', '@atlaskit'));
}
if (typeof jest !== 'undefined') stubAtlaskitStylesheets();

// Atlaskit asks its feature-gate client, which no test initialises; it then uses the default and warns once.
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const first = args[0] as { msg?: unknown } | undefined;
  if (typeof first?.msg === 'string' && first.msg.includes('checking the feature gate')) return;
  warn(...args);
};

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = ResizeObserverStub;
  }
  // @forge/bridge looks for the host's bridge when it loads (Jira's global-bridge.js defines it). Here no
  // host answers: a test whose component calls the server mocks `@forge/bridge` itself.
  const host = globalThis as { __bridge?: { callBridge: (name: string) => Promise<never> } };
  host.__bridge ??= {
    callBridge: (name) => Promise.reject(new Error(`No Forge host in this test (bridge call ${name})`)),
  };
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
}

type Messages = { [key: string]: string | Messages };

/** Looks a dotted key up in a locale file, as Forge's translation function does (the key when missing). */
function translator(messages: Messages): (key: string) => string {
  return (key) => {
    let node: string | Messages | undefined = messages;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    return typeof node === 'string' ? node : key;
  };
}

export const englishI18n = () => makeI18n('en-US', translator(en as Messages));
export const danishI18n = () => makeI18n('da-DK', translator(da as Messages));

/** Renders inside the i18n provider (English unless `locale: 'da-DK'`). */
export function renderWithI18n(
  ui: ReactElement,
  options: RenderOptions & { locale?: 'en-US' | 'da-DK' } = {},
) {
  const { locale = 'en-US', ...rest } = options;
  const value = locale === 'da-DK' ? danishI18n() : englishI18n();
  const Wrapper = ({ children }: { children: ReactNode }) => createElement(I18nProvider, { value, children });
  return render(ui, { wrapper: Wrapper, ...rest });
}
