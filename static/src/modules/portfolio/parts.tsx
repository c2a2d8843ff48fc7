import { router } from '@forge/bridge';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { PortfolioRow } from '../../../../src/contract';
import type { Level } from '../../../../src/domain/catalogue/types';
import { LightIcon } from '../../components/LightIndicator';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { levelName, lightLabel, LIGHTS } from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import { openWishes } from '../../../../src/domain/portfolio/vocabulary';
import { isPlainClick } from './links';

type Appearance = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

const LEVEL_APPEARANCE: Record<Level, Appearance> = {
  sandkasse: 'default',
  '1': 'new',
  '2': 'inprogress',
  '3': 'success',
};

export const subtle = { font: token('font.body.small'), color: token('color.text.subtle') } as const;

export function LevelLozenge({ level }: { level: Level }) {
  const { t } = useI18n();
  return <Lozenge appearance={LEVEL_APPEARANCE[level]}>{levelName(t, level)}</Lozenge>;
}

/** The current level as decided, with paused/closed/undecided said in words. */
export function CurrentLevel({ row, showSince = false }: { row: PortfolioRow; showSince?: boolean }) {
  const { t, formatDate } = useI18n();
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: token('space.050'), alignItems: 'center' }}>
      {row.level !== null && <LevelLozenge level={row.level} />}
      {row.levelStatus === 'paused' && <Lozenge appearance="moved">{t('portfolio.status.paused')}</Lozenge>}
      {row.levelStatus === 'closed' && <Lozenge appearance="removed">{t('portfolio.status.closed')}</Lozenge>}
      {row.levelStatus === 'undecided' && <span style={subtle}>{t('portfolio.status.undecided')}</span>}
      {showSince && row.levelSince && (
        <span style={subtle}>{t('portfolio.since', { date: formatDate(row.levelSince) })}</span>
      )}
    </span>
  );
}

/** Outstanding requirements toward the target level: skal (must) and bør (should). */
export function Outstanding({ row }: { row: PortfolioRow }) {
  const { t } = useI18n();
  return (
    <span
      title={t('portfolio.outstandingLabel', { must: row.outstandingSkal, should: row.outstandingBør })}
      style={{ whiteSpace: 'nowrap' }}
    >
      <span style={{ fontWeight: token('font.weight.semibold') }}>
        {t('portfolio.outstandingMust', { count: row.outstandingSkal })}
      </span>
      <span style={subtle}> · {t('portfolio.outstandingShould', { count: row.outstandingBør })}</span>
    </span>
  );
}

/** The four lights as counts, each with its shape and its meaning in words (for screen readers and hover). */
export function LightCounts({ row }: { row: PortfolioRow }) {
  const { t } = useI18n();
  return (
    <ul
      aria-label={t('portfolio.columns.lights')}
      style={{ display: 'flex', gap: token('space.100'), listStyle: 'none', margin: 0, padding: 0 }}
    >
      {LIGHTS.map((light) => (
        <li
          key={light}
          title={lightLabel(t, light)}
          style={{ margin: 0, whiteSpace: 'nowrap', opacity: row.lights[light] === 0 ? 0.55 : 1 }}
        >
          <LightIcon light={light} /> <span data-light={light}>{row.lights[light]}</span>
          <VisuallyHidden> {lightLabel(t, light)}</VisuallyHidden>
        </li>
      ))}
    </ul>
  );
}

/** The next evaluation's date, with a red "overdue" or a yellow "due soon" lozenge. */
export function NextEvaluation({ row }: { row: PortfolioRow }) {
  const { t, formatDate } = useI18n();
  if (row.nextEvaluationDue === null) return <span style={subtle}>{t('portfolio.next.none')}</span>;
  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: token('space.050'), alignItems: 'center' }}>
      <span style={{ whiteSpace: 'nowrap' }}>{formatDate(row.nextEvaluationDue)}</span>
      {row.overdue && (
        <Lozenge appearance="removed" isBold>
          {t('portfolio.next.overdue')}
        </Lozenge>
      )}
      {row.dueSoon && <Lozenge appearance="moved">{t('portfolio.next.dueSoon')}</Lozenge>}
    </span>
  );
}

/** The product's name, linking to its Governance page in its Jira project. */
export function ProductLink({ row, href }: { row: PortfolioRow; href: string }) {
  return (
    <a
      href={href}
      data-testid={`product-${row.projectKey}`}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        void router.navigate(href);
      }}
      style={{ fontWeight: token('font.weight.semibold') }}
    >
      {row.productName}
    </a>
  );
}

// --- Wishes, funding and level history -------------------------------------------------------

/** Open wishes, with the count per status in words for hover and screen readers. */
export function WishCounts({ row }: { row: PortfolioRow }) {
  const { t, formatDate } = useI18n();
  const statuses = Object.entries(row.wishes.byStatus).filter(([, n]) => n > 0);
  const words = statuses.map(([s, n]) => `${t(`wish.status.${s}`)}: ${n}`).join(', ');
  return (
    <span title={words || t('portfolio.wishes.none')}>
      <span data-testid="row-open-wishes">{openWishes(row)}</span>
      <VisuallyHidden> ({words || t('portfolio.wishes.none')})</VisuallyHidden>
      {row.wishes.oldestUntriaged && (
        <div
          style={{ ...subtle, whiteSpace: 'nowrap' }}
          title={t('portfolio.wishes.oldestTitle', {
            key: row.wishes.oldestUntriaged.key,
            date: formatDate(row.wishes.oldestUntriaged.createdAt.slice(0, 10)),
          })}
        >
          {t('portfolio.wishes.oldest', { key: row.wishes.oldestUntriaged.key })}
        </div>
      )}
    </span>
  );
}

const STEP_Y: Record<string, number> = { sandkasse: 3, '1': 2, '2': 1, '3': 0 };

/**
 * The level history as a small step chart, with the same history as text for screen readers
 * (the chart itself is hidden from them).
 */
export function LevelHistory({ row }: { row: PortfolioRow }) {
  const { t, formatDate } = useI18n();
  if (row.history.length === 0) return <span style={subtle}>{t('portfolio.history.none')}</span>;
  const width = 96;
  const height = 28;
  const steps = row.history;
  const x = (i: number) => (steps.length === 1 ? width : (i / (steps.length - 1)) * (width - 8) + 4);
  const y = (level: string | null) => (level === null ? height - 2 : 3 + (STEP_Y[level] ?? 3) * 7);
  let d = '';
  steps.forEach((s, i) => {
    d += i === 0 ? `M0 ${y(s.level)} H${x(i)}` : ` H${x(i)} V${y(s.level)}`;
  });
  d += ` H${width}`;
  const text = steps
    .map(
      (s) =>
        `${formatDate(s.date)}: ${s.level === null ? t('portfolio.status.closed') : levelName(t, s.level)}`,
    )
    .join('; ');
  return (
    <span title={text}>
      <svg
        width={width}
        height={height}
        aria-hidden="true"
        focusable="false"
        data-testid="level-history-chart"
      >
        <path d={d} fill="none" stroke={token('color.border.brand')} strokeWidth={2} />
      </svg>
      <VisuallyHidden>{text}</VisuallyHidden>
    </span>
  );
}
