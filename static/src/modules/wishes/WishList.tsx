import { Checkbox } from '@atlaskit/checkbox';
import { token } from '@atlaskit/tokens';
import type { WishRow } from '../../../../src/contract';
import { tableCell as cell, tableHeader as header } from '../../components/DataTable';
import { SortableTable, type SortableColumn } from '../../components/SortableTable';
import { IssueStatusLozenge } from '../../components/StatusLozenge';
import { IssueLink } from '../../components/Links';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useI18n } from '../../lib/i18n';
import { ageInDays } from '../../lib/wishes';
import type { Sort, SortKey } from './list-state';
import { ScoreText, WishStatusLozenge } from './WishStatusLozenge';

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
  const columns: SortableColumn<SortKey, 'summary' | 'jira'>[] = [
    { key: 'key', label: t('wish.list.key'), sortable: true, align: 'start' },
    { key: 'summary', label: t('wish.list.summary'), sortable: false, align: 'start' },
    { key: 'status', label: t('wish.list.status'), sortable: true, align: 'start' },
    { key: 'score', label: t('wish.list.score'), sortable: true, align: 'end' },
    { key: 'organisations', label: t('wish.list.organisations'), sortable: true, align: 'end' },
    { key: 'fundingGap', label: t('wish.list.fundingGap'), sortable: true, align: 'end' },
    { key: 'requester', label: t('wish.list.requester'), sortable: true, align: 'start' },
    { key: 'age', label: t('wish.list.age'), sortable: true, align: 'end' },
    { key: 'jira', label: t('wish.list.jiraStatus'), sortable: false, align: 'start' },
  ];
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));

  return (
    <SortableTable
      testId="wish-list"
      caption={t('wish.list.caption', { count: rows.length })}
      columns={columns}
      sort={sort}
      onSort={onSort}
      sortTestIdPrefix="wish-sort-"
      firstDirection="descending"
      // A bare header button, but with the browser's focus ring kept for keyboard users.
      sortButtonReset={{ all: 'unset', outline: 'revert' }}
      leadingHeader={
        canTriage && (
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
        )
      }
    >
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
    </SortableTable>
  );
}
