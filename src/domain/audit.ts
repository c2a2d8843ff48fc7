/**
 * The audit log for people: an entry's before and after as "field: before → after" in text, and
 * the CSV the audit view exports. Pure: the server resolves names, the UI adds labels.
 */

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** Bookkeeping that changes on every write and says nothing to a reader. */
const HIDDEN_FIELDS = new Set(['schemaVersion', 'id', 'projectId', 'version', 'recordedAt', 'updatedAt']);

/** Fields whose value is an account id, shown as the person's name. */
const PERSON_FIELDS = /(AccountId|^updatedBy|^evaluatedBy|^setBy|^openedBy|^completedBy)$/;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A recorded value as plain text; `name` turns account ids into names. */
export function auditValueText(
  value: unknown,
  field: string,
  name: (accountId: string) => string | undefined,
): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return PERSON_FIELDS.test(field) ? (name(value) ?? value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    return value.map((item) => auditValueText(item, field, name)).join(', ');
  }
  if (isRecord(value)) {
    // A self-assessment status: its answer or its free text.
    if (value.kind === 'known' && typeof value.value === 'string') return value.value;
    if (value.kind === 'other' && typeof value.text === 'string') return value.text;
    if (value.kind === 'unanswered') return '';
    // An imported light: "R1: green".
    if (typeof value.requirementId === 'string' && 'light' in value) {
      return `${value.requirementId}: ${auditValueText(value.light, 'light', name)}`;
    }
    // A member of a product's group: a project role or a person.
    if (value.kind === 'role' && typeof value.role === 'string') return value.role;
    if (value.kind === 'user' && typeof value.accountId === 'string') {
      return name(value.accountId) ?? value.accountId;
    }
    return Object.entries(value)
      .filter(([key]) => !HIDDEN_FIELDS.has(key))
      .map(([key, v]) => `${key}: ${auditValueText(v, key, name)}`)
      .join('; ');
  }
  return String(value);
}

/**
 * What an entry changed, field by field. Records are compared key by key and only changed keys
 * listed; anything else (a level, a single value) is one field named `value`.
 */
export function auditFieldChanges(
  before: unknown,
  after: unknown,
  name: (accountId: string) => string | undefined = () => undefined,
): FieldChange[] {
  const text = (value: unknown, field: string) => auditValueText(value, field, name);
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !HIDDEN_FIELDS.has(k));
    return keys.flatMap((field) => {
      const from = text(b[field], field);
      const to = text(a[field], field);
      return from === to ? [] : [{ field, before: from, after: to }];
    });
  }
  const from = text(before, 'value');
  const to = text(after, 'value');
  return from === to ? [] : [{ field: 'value', before: from, after: to }];
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180, UTF-8 with BOM so spreadsheet programs read the Danish letters)

const BOM = '\uFEFF';

/** A cell quoted when it must be; a leading formula character is neutralised with an apostrophe. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Reads CSV as `toCsv` writes it (quotes, doubled quotes, line breaks in cells, the BOM). */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && input[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
