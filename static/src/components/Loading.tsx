import Spinner from '@atlaskit/spinner';
import { useI18n } from '../lib/i18n';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="loading"
      style={{ display: 'flex', gap: 8, alignItems: 'center', padding: 16 }}
    >
      <Spinner size="medium" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}
