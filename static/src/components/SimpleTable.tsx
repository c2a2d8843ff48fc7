import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';

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

const cell = {
  padding: `${token('space.075')} ${token('space.100')}`,
  borderBlockEnd: `${token('border.width')} solid ${token('color.border')}`,
  verticalAlign: 'top',
} as const;

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
    <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <table
        data-testid={testId}
        aria-labelledby={labelledBy}
        style={{
          borderCollapse: 'collapse',
          width: '100%',
          font: token(dense ? 'font.body.small' : 'font.body'),
        }}
      >
        {caption && (
          <caption style={{ textAlign: 'start', captionSide: 'top', paddingBlockEnd: token('space.100') }}>
            {caption}
          </caption>
        )}
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                style={{
                  ...cell,
                  width: c.width,
                  textAlign: c.align ?? 'start',
                  font: token('font.body.small'),
                  fontWeight: token('font.weight.semibold'),
                  color: token('color.text.subtle'),
                  borderBlockEnd: `${token('border.width.selected')} solid ${token('color.border')}`,
                }}
              >
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row-key={row.key}>
              {columns.map((c) => (
                <td key={c.key} style={{ ...cell, textAlign: c.align ?? 'start' }}>
                  {row.cells[c.key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
