import type { WishStatus } from '../../../../src/domain/wish';
import { PlainLozenge } from '../../components/PlainLozenge';
import { useI18n } from '../../lib/i18n';
import { STATUS_APPEARANCE, statusLabel } from '../../lib/wish-status';

/** A wish's OS2 status (not the Jira workflow status). */
export function WishStatusLozenge({ status }: { status: WishStatus }) {
  const { t } = useI18n();
  // Plain elements: this lozenge is in the issue badge, which must stay small (see PlainLozenge).
  return (
    <PlainLozenge appearance={STATUS_APPEARANCE[status].appearance} testId={`wish-status-${status}`}>
      {statusLabel(t, status)}
    </PlainLozenge>
  );
}

/** The priority score as a number with one decimal, in the user's locale. */
export function ScoreText({ score }: { score: number }) {
  const { locale } = useI18n();
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums' }}>
      {new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score)}
    </span>
  );
}
