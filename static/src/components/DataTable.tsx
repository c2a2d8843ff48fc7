import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';

/** A body cell of a data table. */
export const tableCell = {
  padding: `${token('space.075')} ${token('space.100')}`,
  borderBlockEnd: `${token('border.width')} solid ${token('color.border')}`,
  verticalAlign: 'top',
} as const;

/** A column header cell of a data table. */
export const tableHeader = {
  ...tableCell,
  font: token('font.body.small'),
  fontWeight: token('font.weight.semibold'),
  color: token('color.text.subtle'),
  borderBlockEnd: `${token('border.width.selected')} solid ${token('color.border')}`,
} as const;

/** The frame of an accessible data table: scroll box, table, caption, one header row and the body rows. */
export function DataTable({
  testId,
  labelledBy,
  caption,
  subtleCaption = false,
  dense = false,
  headers,
  children,
}: {
  testId?: string;
  /** The id of a heading that names the table (instead of a caption). */
  labelledBy?: string;
  caption?: ReactNode;
  /** Shows the caption in small, subtle text. */
  subtleCaption?: boolean;
  dense?: boolean;
  /** The `<th scope="col">` cells of the header row. */
  headers: ReactNode;
  /** The `<tr>` rows of the body. */
  children: ReactNode;
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
          <caption
            style={{
              textAlign: 'start',
              captionSide: 'top',
              paddingBlockEnd: token('space.100'),
              ...(subtleCaption ? { font: token('font.body.small'), color: token('color.text.subtle') } : {}),
            }}
          >
            {caption}
          </caption>
        )}
        <thead>
          <tr>{headers}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
