import { token } from '@atlaskit/tokens';
import type { WishRow } from '../../../../src/contract';
import { IssueLink } from '../../components/Links';
import { useI18n } from '../../lib/i18n';
import { ScoreText } from './WishStatusLozenge';

type CostBucket = 'none' | 'low' | 'medium' | 'high' | 'veryHigh';
const BUCKETS: CostBucket[] = ['low', 'medium', 'high', 'veryHigh', 'none'];
const VALUES: (number | null)[] = [5, 4, 3, 2, 1, 0, null];

function bucketOf(row: WishRow, ceiling: number): CostBucket {
  if (row.estimateDkk === null) return 'none';
  const share = row.estimateDkk / ceiling;
  if (share < 0.25) return 'low';
  if (share < 0.5) return 'medium';
  if (share < 0.75) return 'high';
  return 'veryHigh';
}

const cell = {
  padding: token('space.075'),
  border: `${token('border.width')} solid ${token('color.border')}`,
  verticalAlign: 'top',
  minWidth: '8rem',
} as const;

/** Value (the coordination group's rating) against cost (the estimate relative to the cost ceiling). */
export function WishMatrix({ rows, costCeilingDkk }: { rows: WishRow[]; costCeilingDkk: number }) {
  const { t, formatNumber } = useI18n();
  const kr = (n: number) => t('wish.kroner', { amount: formatNumber(Math.round(n)) });
  const bucketLabel: Record<CostBucket, string> = {
    low: t('wish.matrix.low', { limit: kr(costCeilingDkk * 0.25) }),
    medium: t('wish.matrix.medium', { from: kr(costCeilingDkk * 0.25), to: kr(costCeilingDkk * 0.5) }),
    high: t('wish.matrix.high', { from: kr(costCeilingDkk * 0.5), to: kr(costCeilingDkk * 0.75) }),
    veryHigh: t('wish.matrix.veryHigh', { limit: kr(costCeilingDkk * 0.75) }),
    none: t('wish.matrix.notEstimated'),
  };
  return (
    <div style={{ overflowX: 'auto' }}>
      <table data-testid="wish-matrix" style={{ borderCollapse: 'collapse', font: token('font.body.small') }}>
        <caption
          style={{ textAlign: 'start', paddingBlockEnd: token('space.100'), font: token('font.body') }}
        >
          {t('wish.matrix.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>
              {t('wish.matrix.valueCost')}
            </th>
            {BUCKETS.map((b) => (
              <th key={b} scope="col" style={cell}>
                {bucketLabel[b]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {VALUES.map((value) => (
            <tr key={String(value)}>
              <th scope="row" style={{ ...cell, textAlign: 'start' }}>
                {value === null ? t('wish.score.notRated') : t('wish.matrix.value', { value })}
              </th>
              {BUCKETS.map((b) => {
                const here = rows
                  .filter((r) => r.value === value && bucketOf(r, costCeilingDkk) === b)
                  .sort((x, y) => y.score - x.score);
                return (
                  <td
                    key={b}
                    style={{
                      ...cell,
                      // The sweet spot (high value, low cost) is tinted.
                      background:
                        value !== null && value >= 4 && (b === 'low' || b === 'medium')
                          ? token('color.background.accent.green.subtlest')
                          : undefined,
                    }}
                  >
                    {here.length > 0 && (
                      <ul style={{ margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: 2 }}>
                        {here.map((r) => (
                          <li key={r.id} data-testid={`wish-matrix-${r.key}`}>
                            <IssueLink issueKey={r.key} /> (<ScoreText score={r.score} />)
                            {/* The title, so the matrix reads without opening each key. */}
                            <div
                              title={r.summary}
                              style={{
                                color: token('color.text.subtle'),
                                maxWidth: '14rem',
                                overflow: 'hidden',
                                textOverflow: 'ellipsis',
                                whiteSpace: 'nowrap',
                              }}
                            >
                              {r.summary}
                            </div>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
