import { Checkbox } from '@atlaskit/checkbox';
import type { WishRow } from '../../../../src/contract';
import { tableCell as cell, tableHeader as header } from '../../components/DataTable';
import { SortableTable, type SortableColumn } from '../../components/SortableTable';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useI18n } from '../../lib/i18n';
import { SORT_KEYS, type ColumnKey, type Sort, type SortKey } from './list-state';
import { cellStyle, useWishColumns, visibleColumns } from './wish-columns';

const sortable = (key: string): key is SortKey => (SORT_KEYS as readonly string[]).includes(key);

/**
 * The sortable list: sort buttons in the column headers (aria-sort), a checkbox per row for triage,
 * the chosen columns after key and summary. The table scrolls sideways in its own box when the
 * columns are wider than the page.
 */
export function WishList({
  rows,
  sort,
  onSort,
  hidden,
  selected,
  onSelect,
  canTriage,
}: {
  rows: WishRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  hidden: readonly ColumnKey[];
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  canTriage: boolean;
}) {
  const { t } = useI18n();
  const specs = useWishColumns();
  const shown = [specs.key, specs.summary, ...visibleColumns(hidden).map((c) => specs[c])];
  const columns: SortableColumn<SortKey, Exclude<ColumnKey, SortKey> | 'summary'>[] = shown.map((c) => ({
    key: c.key as SortKey | 'summary' | 'jira',
    label: c.label,
    sortable: sortable(c.key),
    align: c.align,
  }));
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
          {shown.map((c) => (
            <td
              key={c.key}
              style={{ ...cellStyle(cell, c), ...(c.key === 'summary' ? { minWidth: '11rem' } : {}) }}
            >
              {c.cell(r)}
            </td>
          ))}
        </tr>
      ))}
    </SortableTable>
  );
}
