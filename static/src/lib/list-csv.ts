import { toCsv } from '../../../src/domain/audit';

export type CsvCell = string | number;

/** What a CSV column needs: its header and its value per row. */
export interface CsvColumn<R> {
  label: string;
  csv: (r: R) => CsvCell;
}

/**
 * A list as shown (its columns, its rows in their order) as CSV for a spreadsheet: the audit log's
 * writer, so UTF-8 with a BOM, RFC 4180 quoting and user text that starts like a formula defused.
 */
export const listCsv = <R>(columns: readonly CsvColumn<R>[], rows: readonly R[]): string =>
  toCsv(
    columns.map((c) => c.label),
    rows.map((r) => columns.map((c) => String(c.csv(r)))),
  );
