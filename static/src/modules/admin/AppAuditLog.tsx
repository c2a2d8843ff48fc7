import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import { AuditLogView } from '../../components/AuditLogView';
import { levelName } from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';

/** The app-wide audit log (groups, users' organisations) for the secretariat. */
export function AppAuditLog({ revision }: { revision: number }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="os2-app-audit">
      <Stack space="space.150">
        <Heading size="medium" as="h2" id="os2-app-audit">
          {t('record.audit.appHeading')}
        </Heading>
        <AuditLogView
          load={(filters, cursor) => call('getAppAuditLog', { ...filters, cursor })}
          caption={t('record.audit.appCaption')}
          kinds={['settings', 'member']}
          levelLabel={(level) => levelName(t, level)}
          fileName="os2-app-revisionslog.csv"
          targetFilterLabel={t('record.audit.accountTarget')}
          revision={revision}
        />
      </Stack>
    </section>
  );
}
