import Lozenge from '@atlaskit/lozenge';
import type { SelfStatus } from '../../../src/domain/assessment';
import type { Modality } from '../../../src/domain/catalogue/types';
import { modalityLabel, statusChoice, statusLabel, type StatusChoice } from '../lib/governance';
import { useI18n } from '../lib/i18n';

type Appearance = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

const STATUS_APPEARANCE: Record<StatusChoice, Appearance> = {
  Ja: 'success',
  Nej: 'removed',
  'Ikke relevant': 'default',
  'Ved ikke': 'moved',
  Planlagt: 'inprogress',
  unanswered: 'default',
  other: 'new',
};

/** The product's own answer (selvevaluering) to one requirement. */
export function StatusLozenge({ status }: { status: SelfStatus }) {
  const { t } = useI18n();
  return (
    <Lozenge appearance={STATUS_APPEARANCE[statusChoice(status)]} maxWidth={260}>
      {statusLabel(t, status)}
    </Lozenge>
  );
}

/** skal (must) or bør (should, "anbefaling"). */
export function ModalityLozenge({ modality }: { modality: Modality }) {
  const { t } = useI18n();
  return (
    <Lozenge appearance={modality === 'skal' ? 'new' : 'default'} isBold={modality === 'skal'}>
      {modalityLabel(t, modality)}
    </Lozenge>
  );
}

const CATEGORY_APPEARANCE: Record<string, Appearance> = {
  new: 'default',
  indeterminate: 'inprogress',
  done: 'success',
};

/** A Jira issue status, coloured by its status category. */
export function IssueStatusLozenge({ status, category }: { status: string; category: string }) {
  return <Lozenge appearance={CATEGORY_APPEARANCE[category] ?? 'default'}>{status}</Lozenge>;
}
