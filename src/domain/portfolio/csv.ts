/**
 * CSV as Excel opens it cleanly: UTF-8 with a byte order mark, `;` between fields (Danish Excel
 * expects it, since `,` is the decimal mark), CRLF between records, every field quoted. A field
 * that would start with `=`, `+`, `-`, `@`, tab or CR is prefixed with `'` so that a spreadsheet
 * never evaluates user text as a formula. `parseCsv` reads the output back.
 */

export const CSV_BOM = '\ufeff';
export const CSV_SEPARATOR = ';';

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** One field: quoted, `"` doubled, formula starts neutralised (numbers are written as they are). */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return `"${String(value)}"`;
  const guarded = value.length > 0 && FORMULA_START.has(value[0]!) ? `'${value}` : value;
  return `"${guarded.split('"').join('""')}"`;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvField).join(CSV_SEPARATOR)).join('\r\n') + '\r\n';
}

/** Reads CSV written by `toCsv` (or any RFC 4180 CSV with this separator); one linear pass. */
export function parseCsv(text: string, separator = CSV_SEPARATOR): string[][] {
  const body = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i += 1;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
    i += 1;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The text a field held before `csvField` guarded it against formula evaluation. */
export function unguardCsvField(value: string): string {
  return value.startsWith("'") && value.length > 1 && FORMULA_START.has(value[1]!) ? value.slice(1) : value;
}
