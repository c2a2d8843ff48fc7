import { Checkbox } from '@atlaskit/checkbox';
import { token } from '@atlaskit/tokens';
import type { WishRow } from '../../../../src/contract';
import { IssueStatusLozenge } from '../../components/StatusLozenge';
import { IssueLink } from '../../components/Links';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useI18n } from '../../lib/i18n';
import { ageInDays } from '../../lib/wishes';
import type { Sort, SortKey } from './list-state';
import { ScoreText, WishStatusLozenge } from './WishStatusLozenge';

const cell = {
  padding: `${token('space.075')} ${token('space.100')}`,
  borderBlockEnd: `${token('border.width')} solid ${token('color.border')}`,
  verticalAlign: 'top',
} as const;

interface Column {
  key: SortKey | 'summary' | 'jira';
  label: string;
  sortable: boolean;
  align?: 'start' | 'end';
}

/** The sortable list: sort buttons in the column headers (aria-sort), a checkbox per row for triage. */
export function WishList({
  rows,
  sort,
  onSort,
  selected,
  onSelect,
  canTriage,
}: {
  rows: WishRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  canTriage: boolean;
}) {
  const { t, formatNumber } = useI18n();
  const now = Date.now();
  const columns: Column[] = [
    { key: 'key', label: t('wish.list.key'), sortable: true },
    { key: 'summary', label: t('wish.list.summary'), sortable: false },
    { key: 'status', label: t('wish.list.status'), sortable: true },
    { key: 'score', label: t('wish.list.score'), sortable: true, align: 'end' },
    { key: 'organisations', label: t('wish.list.organisations'), sortable: true, align: 'end' },
    { key: 'fundingGap', label: t('wish.list.fundingGap'), sortable: true, align: 'end' },
    { key: 'requester', label: t('wish.list.requester'), sortable: true },
    { key: 'age', label: t('wish.list.age'), sortable: true, align: 'end' },
    { key: 'jira', label: t('wish.list.jiraStatus'), sortable: false },
  ];
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const header = {
    ...cell,
    font: token('font.body.small'),
    fontWeight: token('font.weight.semibold'),
    color: token('color.text.subtle'),
    borderBlockEnd: `${token('border.width.selected')} solid ${token('color.border')}`,
  } as const;

  return (
    <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <table
        data-testid="wish-list"
        style={{ borderCollapse: 'collapse', width: '100%', font: token('font.body') }}
      >
        <caption
          style={{
            textAlign: 'start',
            paddingBlockEnd: token('space.100'),
            font: token('font.body.small'),
            color: token('color.text.subtle'),
          }}
        >
          {t('wish.list.caption', { count: rows.length })}
        </caption>
        <thead>
          <tr>
            {canTriage && (
              <th scope="col" style={{ ...header, width: '2.5rem' }}>
                <Checkbox
                  label={<VisuallyHidden>{t('wish.list.selectAll')}</VisuallyHidden>}
                  isChecked={allSelected}
                  onChange={(e) =>
                    onSelect(
                      rows.map((r) => r.id),
                      e.target.checked,
                    )
                  }
                  testId="wish-select-all"
                />
              </th>
            )}
            {columns.map((c) => {
              const active = sort.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={active ? sort.direction : c.sortable ? 'none' : undefined}
                  style={{ ...header, textAlign: c.align ?? 'start' }}
                >
                  {c.sortable ? (
                    <button
                      type="button"
                      onClick={() =>
                        onSort({
                          key: c.key as SortKey,
                          direction: active && sort.direction === 'descending' ? 'ascending' : 'descending',
                        })
                      }
                      style={{
                        all: 'unset',
                        cursor: 'pointer',
                        color: active ? token('color.text') : token('color.text.subtle'),
                        textDecoration: 'underline',
                        textDecorationStyle: 'dotted',
                      }}
                      data-testid={`wish-sort-${c.key}`}
                    >
                      {c.label}
                      <span aria-hidden="true">
                        {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                      </span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-row-key={r.key}>
              {canTriage && (
                <td style={cell}>
                  <Checkbox
                    label={<VisuallyHidden>{t('wish.list.select', { key: r.key })}</VisuallyHidden>}
                    isChecked={selected.has(r.id)}
                    onChange={(e) => onSelect([r.id], e.target.checked)}
                    testId={`wish-select-${r.key}`}
                  />
                </td>
              )}
              <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                <IssueLink issueKey={r.key} />
              </td>
              <td style={cell}>{r.summary}</td>
              <td style={cell}>
                <WishStatusLozenge status={r.status} />
                {r.invalid && (
                  <span style={{ color: token('color.text.danger') }}> {t('wish.list.invalid')}</span>
                )}
                {!r.stored && (
                  <span style={{ color: token('color.text.subtlest') }}> {t('wish.list.untriaged')}</span>
                )}
              </td>
              <td style={{ ...cell, textAlign: 'end' }}>
                <ScoreText score={r.score} />
              </td>
              <td style={{ ...cell, textAlign: 'end' }}>{r.organisationCount}</td>
              <td style={{ ...cell, textAlign: 'end', whiteSpace: 'nowrap' }}>
                {r.estimateDkk === null ? '–' : t('wish.kroner', { amount: formatNumber(r.fundingGap) })}
              </td>
              <td style={cell}>{r.requester || '–'}</td>
              <td style={{ ...cell, textAlign: 'end' }}>
                {t('wish.list.days', { days: ageInDays(r.created, now) })}
              </td>
              <td style={cell}>
                <IssueStatusLozenge status={r.jiraStatus} category={r.jiraStatusCategory} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
