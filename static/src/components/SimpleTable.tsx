import type { ReactNode } from 'react';
import { DataTable, tableCell as cell, tableHeader } from './DataTable';

export interface Column<K extends string> {
  key: K;
  label: string;
  align?: 'start' | 'end';
  /** CSS width, e.g. '6rem'. */
  width?: string;
}

export interface Row<K extends string> {
  key: string;
  cells: Record<K, ReactNode>;
}

/** A plain, accessible data table (caption, column headers) styled with design tokens. */
export function SimpleTable<K extends string>({
  caption,
  labelledBy,
  columns,
  rows,
  testId,
  dense = false,
}: {
  /** A visible caption, or … */
  caption?: string;
  /** … the id of a heading that names the table. */
  labelledBy?: string;
  columns: Column<K>[];
  rows: Row<K>[];
  testId?: string;
  dense?: boolean;
}) {
  return (
    <DataTable
      testId={testId}
      labelledBy={labelledBy}
      caption={caption}
      dense={dense}
      headers={columns.map((c) => (
        <th key={c.key} scope="col" style={{ ...tableHeader, width: c.width, textAlign: c.align ?? 'start' }}>
          {c.label}
        </th>
      ))}
    >
      {rows.map((row) => (
        <tr key={row.key} data-row-key={row.key}>
          {columns.map((c) => (
            <td key={c.key} style={{ ...cell, textAlign: c.align ?? 'start' }}>
              {row.cells[c.key]}
            </td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
