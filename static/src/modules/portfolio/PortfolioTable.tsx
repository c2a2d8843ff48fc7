import ProgressBar from '@atlaskit/progress-bar';
import { token } from '@atlaskit/tokens';
import type { PortfolioRow } from '../../../../src/contract';
import { levelName } from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import type { Sort, SortKey } from './model';
import {
  CurrentLevel,
  LevelLozenge,
  LightCounts,
  NextEvaluation,
  Outstanding,
  ProductLink,
  subtle,
} from './parts';

const cell = {
  padding: `${token('space.075')} ${token('space.100')}`,
  borderBlockEnd: `${token('border.width')} solid ${token('color.border')}`,
  verticalAlign: 'top',
} as const;

const header = {
  ...cell,
  font: token('font.body.small'),
  fontWeight: token('font.weight.semibold'),
  color: token('color.text.subtle'),
  borderBlockEnd: `${token('border.width.selected')} solid ${token('color.border')}`,
  whiteSpace: 'nowrap',
} as const;

interface Column {
  key: SortKey | 'lights';
  label: string;
  sortable: boolean;
}

/** A sort button in a column header: a real button (Tab, Enter, Space), its state in `aria-sort`. */
function SortButton({
  column,
  sort,
  onSort,
}: {
  column: Column & { key: SortKey };
  sort: Sort;
  onSort: (sort: Sort) => void;
}) {
  const active = sort.key === column.key;
  return (
    <button
      type="button"
      onClick={() =>
        onSort({
          key: column.key,
          direction: active && sort.direction === 'ascending' ? 'descending' : 'ascending',
        })
      }
      data-testid={`portfolio-sort-${column.key}`}
      style={{
        background: 'none',
        border: 'none',
        padding: 0,
        font: 'inherit',
        cursor: 'pointer',
        color: active ? token('color.text') : token('color.text.subtle'),
        textDecoration: 'underline',
        textDecorationStyle: 'dotted',
      }}
    >
      {column.label}
      <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
    </button>
  );
}

/** Every product: name (to its Governance page), level, target, progress, outstanding, lights, next evaluation. */
export function PortfolioTable({
  rows,
  sort,
  onSort,
  hrefFor,
}: {
  rows: PortfolioRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  hrefFor: (projectKey: string) => string;
}) {
  const { t, formatNumber, formatDate } = useI18n();
  const columns: Column[] = [
    { key: 'name', label: t('portfolio.columns.product'), sortable: true },
    { key: 'level', label: t('portfolio.columns.level'), sortable: true },
    { key: 'target', label: t('portfolio.columns.target'), sortable: true },
    { key: 'progress', label: t('portfolio.columns.progress'), sortable: true },
    { key: 'outstanding', label: t('portfolio.columns.outstanding'), sortable: true },
    { key: 'lights', label: t('portfolio.columns.lights'), sortable: false },
    { key: 'next', label: t('portfolio.columns.nextEvaluation'), sortable: true },
  ];
  return (
    <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <table
        data-testid="portfolio-table"
        style={{ borderCollapse: 'collapse', width: '100%', font: token('font.body') }}
      >
        <caption
          style={{
            textAlign: 'start',
            captionSide: 'top',
            paddingBlockEnd: token('space.100'),
            ...subtle,
          }}
        >
          {t('portfolio.table.caption', { count: rows.length })}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.key === c.key ? sort.direction : c.sortable ? 'none' : undefined}
                style={header}
              >
                {c.key !== 'lights' ? (
                  <SortButton column={{ ...c, key: c.key }} sort={sort} onSort={onSort} />
                ) : (
                  c.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.projectId} data-row-key={row.projectKey}>
              <th scope="row" style={{ ...cell, textAlign: 'start', fontWeight: 'normal' }}>
                <ProductLink row={row} href={hrefFor(row.projectKey)} />
                <div style={subtle}>
                  {row.projectKey} · {t('portfolio.catalogue', { version: row.catalogueVersion })}
                </div>
              </th>
              <td style={cell} data-testid="row-level">
                <CurrentLevel row={row} showSince />
              </td>
              <td style={cell}>
                <LevelLozenge level={row.targetLevel} />
              </td>
              <td style={{ ...cell, minWidth: 140 }}>
                <ProgressBar
                  value={row.progressPercent / 100}
                  appearance={row.progressPercent >= 100 ? 'success' : 'default'}
                  ariaLabel={t('portfolio.progressLabel', {
                    percent: formatNumber(row.progressPercent),
                    level: levelName(t, row.targetLevel),
                  })}
                />
                <span style={subtle}>{formatNumber(row.progressPercent)} %</span>
              </td>
              <td style={cell}>
                <Outstanding row={row} />
              </td>
              <td style={cell}>
                <LightCounts row={row} />
              </td>
              <td style={cell}>
                <NextEvaluation row={row} />
                {row.lastEvaluation && (
                  <div style={subtle}>
                    {t('portfolio.next.last', { date: formatDate(row.lastEvaluation) })}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
