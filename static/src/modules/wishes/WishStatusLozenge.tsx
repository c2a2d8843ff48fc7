import type { StatusDrift, WishStatus } from '../../../../src/domain/wish';
import { PlainLozenge } from '../../components/PlainLozenge';
import { VisuallyHidden } from '../../components/VisuallyHidden';
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

/** Wish status and Jira status out of step: the Jira category, with the whole story for screen readers. */
export function DriftLozenge({ drift }: { drift: StatusDrift | null }) {
  const { t } = useI18n();
  if (!drift) return null;
  const category = (c: string) => t(`wish.jiraCategory.${c}`);
  const label = t('wish.drift.lozengeLabel', {
    actual: category(drift.actual),
    expected: category(drift.expected),
  });
  return (
    <span title={label} data-testid="wish-drift">
      <PlainLozenge appearance="removed">
        <span aria-hidden>{t('wish.drift.lozenge', { category: category(drift.actual) })}</span>
      </PlainLozenge>
      <VisuallyHidden>{label}</VisuallyHidden>
    </span>
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
