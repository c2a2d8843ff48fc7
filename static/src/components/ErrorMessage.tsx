import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { errorDetails } from '../lib/errors';
import { useI18n } from '../lib/i18n';
import { RpcFailure } from '../lib/rpc';

/**
 * A resolver error in the user's language, with a retry where retrying can help. A `conflict`
 * (someone else saved first) says who, and offers `onReload` to fetch their version.
 */
export function ErrorMessage({
  error,
  onRetry,
  onReload,
  hideDetails = false,
}: {
  error: Error;
  onRetry?: () => void;
  onReload?: () => void;
  /** The per-field problems are shown next to the fields already. */
  hideDetails?: boolean;
}) {
  const { t, text } = useI18n();
  const rpc = error instanceof RpcFailure ? error.error : null;
  const title = rpc ? t(`errors.${rpc.code}`) : t('errors.internal');
  const body = rpc ? text(rpc.message) : error.message;
  const lines = (hideDetails ? [] : errorDetails(error))
    .map((d) => {
      if (typeof d.message !== 'string') return text(d.message);
      return [d.field, d.message].filter(Boolean).join(': ');
    })
    .filter((line) => line !== body);
  const isConflict = rpc?.code === 'conflict';
  return (
    <SectionMessage appearance={isConflict ? 'warning' : 'error'} title={title}>
      <p>{body}</p>
      {lines.length > 0 && (
        <ul>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      {isConflict && onReload ? (
        <Button appearance="primary" onClick={onReload}>
          {t('common.reload')}
        </Button>
      ) : (
        onRetry && (
          <Button appearance="default" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      )}
    </SectionMessage>
  );
}
