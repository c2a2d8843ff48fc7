import { AuditLogView } from '../../components/AuditLogView';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useGovernance, useLevelLabel } from './context';

const KINDS = ['assessment', 'evaluation', 'decision', 'task', 'product', 'wish'];

/** Who changed what, when: the project's audit log, 50 entries at a time, newest first. */
export function AuditTab() {
  const { t, text } = useI18n();
  const { view, revision } = useGovernance();
  const levelLabel = useLevelLabel();
  return (
    <AuditLogView
      load={(filters, cursor) => call('getAuditLog', { ...filters, cursor })}
      caption={t('audit.caption')}
      kinds={KINDS}
      requirements={view.requirements.map((r) => ({ id: r.id, label: `${r.id} ${text(r.name)}` }))}
      levelLabel={levelLabel}
      fileName={`${view.project.key}-revisionslog.csv`}
      revision={revision}
    />
  );
}
