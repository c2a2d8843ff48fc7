import { lazy, Suspense, type ComponentProps } from 'react';
import type { ErrorMessage as ErrorMessageType } from './ErrorMessage';
import { useI18n } from '../lib/i18n';

// Section message and button bring Tooltip, Popper and the top layer: the small modules (the issue badge)
// load them only when there is an error to show.
const ErrorMessage = lazy(() => import('./ErrorMessage').then((m) => ({ default: m.ErrorMessage })));

/** `ErrorMessage`, loaded on first use; until then the error's title alone. */
export function LazyErrorMessage(props: ComponentProps<typeof ErrorMessageType>) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p role="alert">{t('errors.internal')}</p>}>
      <ErrorMessage {...props} />
    </Suspense>
  );
}
