import { router } from '@forge/bridge';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import type { PortfolioRow } from '../../../../src/contract';
import type { Level } from '../../../../src/domain/catalogue/types';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { levelName, lightEmoji, lightLabel, LIGHTS } from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
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

/** The four lights as counts, each with its emoji and its meaning in words (for screen readers and hover). */
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
          <span aria-hidden="true">{lightEmoji(light)}</span>{' '}
          <span data-light={light}>{row.lights[light]}</span>
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
