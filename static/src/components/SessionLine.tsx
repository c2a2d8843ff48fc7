import Lozenge from '@atlaskit/lozenge';
import { useI18n } from '../lib/i18n';
import { useResolver } from '../lib/use-resolver';

/** Who the app thinks you are, and in which capacity: asked from the resolver, as Jira says. */
export function SessionLine() {
  const { t } = useI18n();
  const { value } = useResolver('getSession', {});
  if (value.state !== 'ready') return null;
  const s = value.data;
  return (
    <p
      data-testid="session-line"
      style={{ display: 'flex', gap: 8, alignItems: 'center', margin: '0 0 8px' }}
    >
      <span>{t('session.signedInAs', { name: s.displayName })}</span>
      {s.isSecretariat && <Lozenge appearance="new">{t('roles.secretariat')}</Lozenge>}
    </p>
  );
}
