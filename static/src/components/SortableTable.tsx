import { token } from '@atlaskit/tokens';
import type { CSSProperties, ReactNode } from 'react';
import { DataTable, tableHeader } from './DataTable';

export type SortDirection = 'ascending' | 'descending';

export interface SortState<K extends string> {
  key: K;
  direction: SortDirection;
}

export interface SortableColumn<K extends string, C extends string = never> {
  key: K | C;
  label: string;
  /** Only sortable columns may have a key of the sort state `K`; the others (`C`) are plain headers. */
  sortable: boolean;
  /** The header's text alignment; without it, the browser's default for `<th>`. */
  align?: 'start' | 'end';
}

const plainButton: CSSProperties = { background: 'none', border: 'none', padding: 0, font: 'inherit' };

/**
 * A data table whose column headers are sort buttons: real buttons (Tab, Enter, Space), the state in
 * the header's `aria-sort`. The caller renders the body rows (use `tableCell` for their cells).
 */
export function SortableTable<K extends string, C extends string = never>({
  testId,
  caption,
  columns,
  sort,
  onSort,
  sortTestIdPrefix,
  firstDirection,
  sortButtonReset = plainButton,
  nowrapHeaders = false,
  leadingHeader,
  children,
}: {
  testId: string;
  caption: string;
  columns: SortableColumn<K, C>[];
  sort: SortState<K>;
  onSort: (sort: SortState<K>) => void;
  /** A sort button's test id is this prefix and the column key. */
  sortTestIdPrefix: string;
  /** The direction a column sorts in when it is chosen; choosing it again turns it round. */
  firstDirection: SortDirection;
  /** The style that strips the button's own look (applied before the sort button's own style). */
  sortButtonReset?: CSSProperties;
  nowrapHeaders?: boolean;
  /** A header cell before the columns (e.g. a select-all checkbox). */
  leadingHeader?: ReactNode;
  children: ReactNode;
}) {
  const other: SortDirection = firstDirection === 'ascending' ? 'descending' : 'ascending';
  return (
    <DataTable
      testId={testId}
      caption={caption}
      subtleCaption
      headers={
        <>
          {leadingHeader}
          {columns.map((c) => {
            const active = sort.key === c.key;
            return (
              <th
                key={c.key}
                scope="col"
                aria-sort={active ? sort.direction : c.sortable ? 'none' : undefined}
                style={{
                  ...tableHeader,
                  ...(c.align ? { textAlign: c.align } : {}),
                  ...(nowrapHeaders ? { whiteSpace: 'nowrap' } : {}),
                }}
              >
                {c.sortable ? (
                  <button
                    type="button"
                    onClick={() =>
                      onSort({
                        key: c.key as K,
                        direction: active && sort.direction === firstDirection ? other : firstDirection,
                      })
                    }
                    data-testid={`${sortTestIdPrefix}${c.key}`}
                    style={{
                      ...sortButtonReset,
                      cursor: 'pointer',
                      color: active ? token('color.text') : token('color.text.subtle'),
                      textDecoration: 'underline',
                      textDecorationStyle: 'dotted',
                    }}
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
        </>
      }
    >
      {children}
    </DataTable>
  );
}
