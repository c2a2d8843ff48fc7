import { token } from '@atlaskit/tokens';
import type { PortfolioRow } from '../../../../src/contract';
import { tableCell as cell } from '../../components/DataTable';
import { SortableTable, type SortableColumn } from '../../components/SortableTable';
import { levelName } from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import type { Sort, SortKey } from './model';
import {
  CurrentLevel,
  LevelHistory,
  LevelLozenge,
  LightCounts,
  WishCounts,
  NextEvaluation,
  Outstanding,
  ProductLink,
  subtle,
} from './parts';

/**
 * A progress bar as a plain element: a page of the portfolio renders 25, and Atlaskit's animated
 * bar made a re-sort noticeably slower.
 */
function Progress({ percent, label }: { percent: number; label: string }) {
  return (
    <div
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-label={label}
      style={{ height: 6, borderRadius: 3, background: token('color.background.neutral') }}
    >
      <div
        style={{
          width: `${Math.min(100, percent)}%`,
          height: '100%',
          borderRadius: 3,
          background:
            percent >= 100 ? token('color.background.success.bold') : token('color.background.neutral.bold'),
        }}
      />
    </div>
  );
}

/** Every product: name (to its Governance page), level, target, progress, outstanding, lights, next evaluation. */
export function PortfolioTable({
  rows,
  sort,
  onSort,
  hrefFor,
  caption,
}: {
  caption?: string;
  rows: PortfolioRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  hrefFor: (projectKey: string) => string;
}) {
  const { t, formatNumber, formatDate } = useI18n();
  const columns: SortableColumn<SortKey, 'lights' | 'history'>[] = [
    { key: 'name', label: t('portfolio.columns.product'), sortable: true },
    { key: 'level', label: t('portfolio.columns.level'), sortable: true },
    { key: 'target', label: t('portfolio.columns.target'), sortable: true },
    { key: 'progress', label: t('portfolio.columns.progress'), sortable: true },
    { key: 'outstanding', label: t('portfolio.columns.outstanding'), sortable: true },
    { key: 'lights', label: t('portfolio.columns.lights'), sortable: false },
    { key: 'next', label: t('portfolio.columns.nextEvaluation'), sortable: true },
    { key: 'wishes', label: t('portfolio.columns.wishes'), sortable: true },
    { key: 'gap', label: t('portfolio.columns.fundingGap'), sortable: true, align: 'end' },
    { key: 'municipalities', label: t('portfolio.columns.municipalities'), sortable: true, align: 'end' },
    { key: 'history', label: t('portfolio.columns.history'), sortable: false },
  ];
  return (
    <SortableTable
      testId="portfolio-table"
      caption={caption ?? t('portfolio.table.caption', { count: rows.length })}
      columns={columns}
      sort={sort}
      onSort={onSort}
      sortTestIdPrefix="portfolio-sort-"
      firstDirection="ascending"
      nowrapHeaders
    >
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
            <Progress
              percent={row.progressPercent}
              label={t('portfolio.progressLabel', {
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
              <div style={subtle}>{t('portfolio.next.last', { date: formatDate(row.lastEvaluation) })}</div>
            )}
          </td>
          <td style={cell}>
            <WishCounts row={row} />
          </td>
          <td style={{ ...cell, textAlign: 'end', whiteSpace: 'nowrap' }} data-testid="row-gap">
            {formatNumber(row.wishes.fundingGap)} kr.
          </td>
          <td style={{ ...cell, textAlign: 'end' }}>{formatNumber(row.municipalities)}</td>
          <td style={cell}>
            <LevelHistory row={row} />
          </td>
        </tr>
      ))}
    </SortableTable>
  );
}
