/**
 * What the document modules share: the error they throw, the warnings they return, the shape of an
 * imported self-assessment, and a small reader/writer for the markdown tables OS2's reports are
 * made of. Pure: text in, values out.
 */
import type { LocalText } from '../catalogue';
import { statusToOs2, type SelfStatus } from '../assessment';
import { splitAnswer } from './answer-text';
import { breaksToNewlines, decodeEntities, markdownCell } from './escape';

// ---------------------------------------------------------------------------------------------
// Errors and warnings

/**
 * Input that cannot be read, or that can be read in more than one way. `line` is 1-based and
 * names the offending line; `text` is the message in Danish and English (`message` is the English).
 */
export class DocumentError extends Error {
  readonly code: string;
  readonly line: number;
  readonly text: LocalText;

  constructor(code: string, line: number, text: LocalText) {
    super(text.en);
    this.name = 'DocumentError';
    this.code = code;
    this.line = line;
    this.text = text;
  }
}

/** Something the reader did that the user should know about; the import still goes ahead. */
export interface DocumentWarning {
  line: number;
  code: string;
  message: LocalText;
}

export function warning(line: number, code: string, da: string, en: string): DocumentWarning {
  return { line, code, message: { da, en } };
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * Text that is not text: NUL bytes, or U+FFFD where a decoder met bytes that are not UTF-8.
 * Throws naming the first such line.
 */
export function assertReadableText(text: string): void {
  const nul = text.indexOf('\u0000');
  const replaced = text.indexOf('\uFFFD');
  const bad = nul < 0 ? replaced : replaced < 0 ? nul : Math.min(nul, replaced);
  if (bad >= 0) {
    throw new DocumentError('unreadable', lineAt(text, bad), {
      da: 'Filen er ikke læsbar tekst (binære data eller forkert tegnkodning).',
      en: 'The file is not readable text (binary data or a wrong character encoding).',
    });
  }
}

/** Removes a byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// ---------------------------------------------------------------------------------------------
// An imported self-assessment

/** How a row's requirement was found: as written, by its text, through the legacy-id rules, or not. */
export type MappedBy = 'id' | 'text' | 'legacy-id' | 'unmapped';

/** One row of an imported document, as written, with the v1.1.0 requirement it was mapped to. */
export interface ImportedEntry {
  /** 1-based line of the row (of the `"id"` for JSON). */
  line: number;
  /** The id as written (`F 8.`, `R3`, `x1`); '' when the row had none. */
  rawId: string;
  /** The requirement text as written, '' when the row had none. */
  text: string;
  /**
   * The requirement id, or null: unmapped (`mappedBy: 'unmapped'`), or recognised as a retired
   * requirement such as the old R2 (`mappedBy: 'text' | 'legacy-id'`).
   */
  id: string | null;
  mappedBy: MappedBy;
  status: SelfStatus;
  documentation: string;
}

/**
 * The part of a stored assessment OS2's documents carry. `RequirementAssessment` fits. The
 * explanation, the links and who answered share the documentation's one text (answer-text.ts).
 */
export interface ExportableAssessment {
  status: SelfStatus;
  documentation: string;
  explanation?: string;
  links?: readonly string[];
  /** `<who>, <YYYY-MM-DD>`, written for readers; '' or absent when unknown. */
  answered?: string;
}

/** What an import would set for one requirement: its rows merged, its one text split into parts. */
export interface ImportedAssessment {
  status: SelfStatus;
  documentation: string;
  explanation: string;
  links: string[];
  /** Who answered, as the document says; shown, never stored. */
  answered: string;
  /** The lines of the rows it came from. */
  lines: number[];
}

/** A status that is none of OS2's five, kept with its original text. */
export interface OtherStatus {
  line: number;
  /** The id(s) as written; `F7, F8` when rows were merged. */
  rawId: string;
  id: string;
  text: string;
}

/** Fields a document may carry about itself; absent when the document does not say. */
export interface DocumentMetadata {
  productName?: string;
  filledBy?: string;
  filledDate?: string;
  generatedAt?: string;
  templateVersion?: string;
  gitOrganisation?: string;
  catalogueVersion?: string;
}

export interface ImportResult {
  format: 'self-assessment-json' | 'governance-report';
  /** Every row read, in document order, including unmapped ones. */
  entries: ImportedEntry[];
  /** Merged per requirement id, in catalogue order. */
  assessments: Record<string, ImportedAssessment>;
  /** Rows that match no requirement: reported, never imported. */
  unmapped: ImportedEntry[];
  otherStatuses: OtherStatus[];
  warnings: DocumentWarning[];
  metadata: DocumentMetadata;
}

export function sameStatus(a: SelfStatus, b: SelfStatus): boolean {
  return statusToOs2(a) === statusToOs2(b) && a.kind === b.kind;
}

/** `**F 8.**` → `F8`, as the catalogue writes ids. */
export function normaliseRawId(id: string): string {
  return id.toUpperCase().replace(/[^A-Z0-9-]/g, '');
}

function joinDocumentation(docs: readonly string[]): string {
  return [...new Set(docs.map((d) => d.trim()).filter((d) => d !== ''))].join('\n');
}

/**
 * Merges the rows that map to one requirement.
 *
 * - The same id written twice (a repeated table) must agree on the status, else the document is
 *   ambiguous and a DocumentError names the later line.
 * - Different ids that became one requirement (old F7/F8/F9 → F7) are combined: all equal → that
 *   status; only met and unanswered → unanswered (not every part is met); anything else → an
 *   *other* status listing each part (`F7: Ja; F8: Nej`), so no answer is lost. Each such merge is
 *   reported as a warning.
 *
 * Documentation is every distinct non-empty text, one per line.
 */
export function mergeImportedEntries(
  entries: readonly ImportedEntry[],
  order?: readonly string[],
): { assessments: Record<string, ImportedAssessment>; warnings: DocumentWarning[] } {
  const warnings: DocumentWarning[] = [];
  const groups = new Map<string, ImportedEntry[]>();
  for (const entry of entries) {
    if (entry.id === null) continue;
    const group = groups.get(entry.id) ?? [];
    group.push(entry);
    groups.set(entry.id, group);
  }

  const merged = new Map<string, ImportedAssessment>();
  for (const [id, group] of groups) {
    // 1. Repeated rows with the same written id.
    const byRawId = new Map<string, ImportedEntry[]>();
    for (const entry of group) {
      const key = normaliseRawId(entry.rawId) || `text:${entry.line}`;
      const same = byRawId.get(key) ?? [];
      const first = same[0];
      if (first && !sameStatus(first.status, entry.status)) {
        throw new DocumentError('conflicting-status', entry.line, {
          da: `${id} står både på linje ${first.line} (${describe(first.status)}) og her (${describe(entry.status)}).`,
          en: `${id} appears on line ${first.line} (${describe(first.status)}) and here (${describe(entry.status)}).`,
        });
      }
      if (first) {
        warnings.push(
          warning(
            entry.line,
            'duplicate-row',
            `${id} står også på linje ${first.line}; rækkerne er lagt sammen.`,
            `${id} also appears on line ${first.line}; the rows were merged.`,
          ),
        );
      }
      same.push(entry);
      byRawId.set(key, same);
    }
    const parts = [...byRawId.values()].map((rows) => ({
      rawId: rows[0].rawId,
      line: rows[0].line,
      status: rows[0].status,
      documentation: joinDocumentation(rows.map((r) => r.documentation)),
    }));

    // 2. Different written ids merged into one requirement.
    let status = parts[0].status;
    if (parts.length > 1) {
      const allSame = parts.every((p) => sameStatus(p.status, status));
      const metOrOpen = parts.every(
        (p) => p.status.kind === 'unanswered' || (p.status.kind === 'known' && p.status.value === 'Ja'),
      );
      const names = parts.map((p) => p.rawId || `linje ${p.line}`).join(', ');
      if (!allSame && metOrOpen) {
        status = { kind: 'unanswered' };
        warnings.push(
          warning(
            parts[0].line,
            'merged-partly-met',
            `${names} er i dag ét krav (${id}); ikke alle dele er opfyldt, så status er ikke besvaret.`,
            `${names} are one requirement today (${id}); not every part is met, so the status is unanswered.`,
          ),
        );
      } else if (!allSame) {
        const text = parts
          .map((p) => `${p.rawId || `linje ${p.line}`}: ${statusToOs2(p.status) ?? '—'}`)
          .join('; ');
        status = { kind: 'other', text };
        warnings.push(
          warning(
            parts[0].line,
            'merged-conflict',
            `${names} er i dag ét krav (${id}) med forskellige svar; de er bevaret som fritekst.`,
            `${names} are one requirement today (${id}) with different answers; they are kept as free text.`,
          ),
        );
      } else {
        warnings.push(
          warning(
            parts[0].line,
            'merged',
            `${names} er i dag ét krav (${id}); rækkerne er lagt sammen.`,
            `${names} are one requirement today (${id}); the rows were merged.`,
          ),
        );
      }
    }
    const text = splitAnswer(joinDocumentation(parts.map((p) => p.documentation)));
    merged.set(id, {
      status,
      documentation: text.documentation,
      explanation: text.explanation,
      links: [...text.links],
      answered: text.answered,
      lines: group.map((e) => e.line),
    });
  }

  const ids = [...merged.keys()];
  if (order) {
    const rank = new Map(order.map((id, i) => [id, i]));
    ids.sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
  }
  const assessments: Record<string, ImportedAssessment> = {};
  for (const id of ids) assessments[id] = merged.get(id)!;
  return { assessments, warnings };
}

function describe(status: SelfStatus): string {
  return statusToOs2(status) ?? '—';
}

/** The free-text statuses of merged assessments, with the rows they came from. */
export function otherStatusesOf(
  assessments: Readonly<Record<string, ImportedAssessment>>,
  entries: readonly ImportedEntry[],
): OtherStatus[] {
  const others: OtherStatus[] = [];
  for (const [id, assessment] of Object.entries(assessments)) {
    if (assessment.status.kind !== 'other') continue;
    const rows = entries.filter((e) => e.id === id);
    others.push({
      line: assessment.lines[0],
      rawId: [...new Set(rows.map((r) => r.rawId))].join(', '),
      id,
      text: assessment.status.text,
    });
  }
  return others;
}

// ---------------------------------------------------------------------------------------------
// Markdown tables

export interface MdRow {
  line: number;
  cells: string[];
}

export interface MdTable {
  /** Line of the header row. */
  line: number;
  headers: string[];
  rows: MdRow[];
  /** The nearest heading above the table, '' when none. */
  heading: string;
}

export interface MdHeading {
  line: number;
  depth: number;
  text: string;
}

export interface MdDocument {
  lines: string[];
  tables: MdTable[];
  headings: MdHeading[];
  /** Lines inside fenced code blocks (mermaid pies) and the front matter, which are neither tables nor text. */
  fenced: Set<number>;
  /** The YAML front matter OS2's audit site puts first (`title`, `layout`, `parent`); empty when none. */
  frontMatter: Record<string, string>;
}

/** One YAML scalar as front matter writes it: plain, `"double"` (JSON escapes) or `'single'` quoted. */
function yamlScalar(raw: string): string {
  const v = raw.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) {
    try {
      return String(JSON.parse(v));
    } catch {
      return v.slice(1, -1);
    }
  }
  if (v.length >= 2 && v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).split("''").join("'");
  return v;
}

/**
 * Front matter: a first line `---`, then `key: value` lines up to a closing `---` or `...`. Returns
 * its fields and the number of lines it takes (0 when the document has none).
 */
export function readFrontMatter(lines: readonly string[]): {
  fields: Record<string, string>;
  length: number;
} {
  if (lines[0]?.trim() !== '---') return { fields: {}, length: 0 };
  const fields: Record<string, string> = {};
  for (let i = 1; i < lines.length && i <= 200; i += 1) {
    const line = lines[i];
    if (line.trim() === '---' || line.trim() === '...') return { fields, length: i + 1 };
    const colon = line.indexOf(':');
    if (colon > 0 && !isBlank(line[0])) {
      const key = line.slice(0, colon).trim().toLowerCase();
      if (!Object.hasOwn(fields, key)) fields[key] = yamlScalar(line.slice(colon + 1));
    }
  }
  return { fields: {}, length: 0 };
}

/** Front matter for OS2's audit site; values double-quoted, so user text stays a YAML string. */
export function renderFrontMatter(fields: Readonly<Record<string, string>>): string[] {
  const quote = (v: string) => JSON.stringify(v.replace(/[\r\n]+/g, ' '));
  return ['---', ...Object.entries(fields).map(([k, v]) => `${k}: ${quote(v)}`), '---', ''];
}

function isBlank(c: string | undefined): boolean {
  return c !== undefined && c.trim() === '';
}

/** A GFM delimiter row (`|---|:--:|`): cells of two or more dashes, optional colons. */
export function isDelimiterRow(line: string): boolean {
  const body = line.trim();
  let i = 0;
  if (body[i] === '|') i += 1;
  let cells = 0;
  for (;;) {
    while (isBlank(body[i])) i += 1;
    if (i >= body.length) return cells > 0;
    if (body[i] === ':') i += 1;
    let dashes = 0;
    while (body[i] === '-') {
      dashes += 1;
      i += 1;
    }
    if (dashes < 2) return false;
    if (body[i] === ':') i += 1;
    while (isBlank(body[i])) i += 1;
    cells += 1;
    if (i >= body.length) return true;
    if (body[i] !== '|') return false;
    i += 1;
  }
}

/** An ATX heading (`## Text ##`): its depth and text, or null. */
export function readHeading(line: string): { depth: number; text: string } | null {
  let i = 0;
  while (i < 3 && isBlank(line[i])) i += 1;
  let depth = 0;
  while (line[i + depth] === '#') depth += 1;
  if (depth < 1 || depth > 6 || !isBlank(line[i + depth])) return null;
  let text = line.slice(i + depth).trim();
  // A closing sequence of `#`.
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  if (end < text.length) text = text.slice(0, end).trimEnd();
  return { depth, text };
}

/** A code fence opening the line (after whitespace): its run of backticks or tildes, or null. */
function fenceOf(line: string): string | null {
  let i = 0;
  while (isBlank(line[i])) i += 1;
  const c = line[i];
  if (c !== '`' && c !== '~') return null;
  let j = i;
  while (line[j] === c) j += 1;
  return j - i >= 3 ? line.slice(i, j) : null;
}

/** Splits a table row into trimmed cells; `\|` is a literal pipe. */
export function splitRow(line: string): string[] {
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (c === '\\' && body[i + 1] === '|') {
      cell += '|';
      i += 1;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell.trim());
  return cells;
}

/** Reads the headings and tables of a markdown document (GFM pipe tables). */
export function readMarkdown(text: string): MdDocument {
  const lines = text.split(/\r?\n/);
  const tables: MdTable[] = [];
  const headings: MdHeading[] = [];
  const fenced = new Set<number>();
  let heading = '';
  let fence: string | null = null;
  const front = readFrontMatter(lines);
  for (let i = 0; i < front.length; i += 1) fenced.add(i + 1);
  for (let i = front.length; i < lines.length; i += 1) {
    const line = lines[i];
    const fenceMatch = fenceOf(line);
    if (fence !== null) {
      fenced.add(i + 1);
      if (fenceMatch && fenceMatch.startsWith(fence)) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch;
      fenced.add(i + 1);
      continue;
    }
    const h = readHeading(line);
    if (h) {
      heading = h.text;
      headings.push({ line: i + 1, depth: h.depth, text: h.text });
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && isDelimiterRow(lines[i + 1])) {
      const table: MdTable = { line: i + 1, headers: splitRow(line), rows: [], heading };
      let j = i + 2;
      for (; j < lines.length && lines[j].trim() !== '' && lines[j].includes('|'); j += 1) {
        table.rows.push({ line: j + 1, cells: splitRow(lines[j]) });
      }
      tables.push(table);
      i = j - 1;
    }
  }
  return { lines, tables, headings, fenced, frontMatter: front.fields };
}

/** User text as a table cell (`markdownCell`): inert, and read back by `uncell`. */
export function cell(text: string): string {
  return markdownCell(text);
}

/**
 * The inverse of `cell`: `<br>` back to a newline, markdown's backslash escapes (`\#`, `\_`, as
 * OS2's audit site writes them) and character references decoded. `cell` never writes a bare `\`
 * (it is `&#92;`), so the app's own cells read back exactly.
 */
export function uncell(text: string): string {
  return decodeEntities(unescapeBackslashes(breaksToNewlines(text)));
}

/** A cell read as a plain value: `<br>` as newlines, tags and wrapping emphasis removed, then decoded. */
export function plainCell(text: string): string {
  return decodeEntities(unescapeBackslashes(plain(breaksToNewlines(text))));
}

/** Markdown's backslash escapes: `\` before ASCII punctuation is dropped, as CommonMark renders it. */
export function unescapeBackslashes(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const next = text[i + 1];
    if (text[i] === '\\' && next !== undefined && ASCII_PUNCTUATION.includes(next)) {
      out += next;
      i += 1;
    } else {
      out += text[i];
    }
  }
  return out;
}

const ASCII_PUNCTUATION = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export function tableHead(headers: readonly string[]): string[] {
  return [tableRow(headers), tableRow(headers.map(() => '---'))];
}

/** Removes HTML tags, markdown emphasis wrapping the whole text, and surrounding space. */
export function plain(text: string): string {
  const s = stripTags(text, isLayoutTag, ' ');
  let start = 0;
  let end = s.length;
  while (start < end && isBlank(s[start])) start += 1;
  while (end > start && isBlank(s[end - 1])) end -= 1;
  for (;;) {
    let marker = '';
    for (const m of ['**', '__', '*', '_']) {
      if (end - start >= 2 * m.length && s.startsWith(m, start) && s.endsWith(m, end)) {
        marker = m;
        break;
      }
    }
    if (marker === '') break;
    let a = start + marker.length;
    let b = end - marker.length;
    while (a < b && isBlank(s[a])) a += 1;
    while (b > a && isBlank(s[b - 1])) b -= 1;
    if (a >= b) break;
    start = a;
    end = b;
  }
  return s.slice(start, end);
}

const LAYOUT_TAGS = new Set(['ul', 'ol', 'li', 'p', 'span', 'em', 'strong', 'i', 'b', 'div']);

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /\w/.test(c);
}

/** `<p>`, `</li>`, `<span class="x">` at `start`, as `<\/?(ul|ol|li|p|span|em|strong|i|b|div)\b` reads them. */
function isLayoutTag(text: string, start: number): boolean {
  let i = start + 1;
  if (text[i] === '/') i += 1;
  let j = i;
  while (j < text.length && j - i < 8 && /[a-z]/i.test(text[j])) j += 1;
  return LAYOUT_TAGS.has(text.slice(i, j).toLowerCase()) && !isWordChar(text[j]);
}

/**
 * Replaces every `<…>` that `<[^>]*>` would match (from the leftmost `<` up to the next `>`) and
 * that `which` accepts (given the text and the index of the `<`) by `by`, in one pass.
 */
export function stripTags(
  text: string,
  which: ((text: string, start: number) => boolean) | null,
  by: string,
): string {
  let out = '';
  let from = 0;
  let close = -1;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    if (close <= i) close = text.indexOf('>', i + 1);
    if (close < 0) break;
    if (which === null || which(text, i)) {
      out += text.slice(from, i) + by;
      from = close + 1;
      i = close;
    }
  }
  return out + text.slice(from);
}

/** A header as a lower-case key: `**Efterlevet?**` → `efterlevet?`. */
export function headerKey(header: string): string {
  return unescapeBackslashes(plain(header))
    .replace(/[*_`]/g, '')
    .replace(/\uFE0F|\uFE0E/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Key–value metadata (`- **Udfyldt af:** …` lines and two-column tables)

export interface KeyValue {
  line: number;
  /** Lower-case, punctuation as spaces: `Git-organisation` → `git organisation`. */
  key: string;
  value: string;
}

export function metadataKey(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Every `key: value` line outside tables and code blocks, and every row of a two-column table.
 * Callers pick the keys they know.
 */
export function readKeyValues(doc: MdDocument): KeyValue[] {
  const pairs: KeyValue[] = [];
  const inTable = new Set<number>();
  for (const table of doc.tables) {
    inTable.add(table.line);
    inTable.add(table.line + 1);
    for (const row of table.rows) inTable.add(row.line);
    if (table.headers.length !== 2) continue;
    for (const row of [{ line: table.line, cells: table.headers }, ...table.rows]) {
      const [key = '', value = ''] = row.cells;
      pairs.push({ line: row.line, key: metadataKey(plain(key)), value: plainCell(value) });
    }
  }
  doc.lines.forEach((text, i) => {
    if (inTable.has(i + 1) || doc.fenced.has(i + 1)) return;
    const m = readLabel(text);
    if (!m) return;
    pairs.push({ line: i + 1, key: metadataKey(m.label), value: plainCell(m.value) });
  });
  return pairs.sort((a, b) => a.line - b.line);
}

/**
 * `- **Key:** value`, `**Key**: value`, `Key: value`: a label of 1–60 characters without `:`,
 * `*` or `_`, and the rest of the line.
 */
export function readLabel(line: string): { label: string; value: string } | null {
  let i = 0;
  while (isBlank(line[i])) i += 1;
  if ((line[i] === '-' || line[i] === '*' || line[i] === '+') && isBlank(line[i + 1])) {
    i += 1;
    while (isBlank(line[i])) i += 1;
  }
  if (line.startsWith('**', i) || line.startsWith('__', i)) i += 2;
  const start = i;
  while (i < line.length && i - start <= 60 && line[i] !== ':' && line[i] !== '*' && line[i] !== '_') i += 1;
  if (i === start || i - start > 60 || i >= line.length) return null;
  const label = line.slice(start, i);
  if (line[i] === ':') {
    i += 1;
    let j = i;
    while (isBlank(line[j])) j += 1;
    if (line.startsWith('**', j) || line.startsWith('__', j)) i = j + 2;
  } else {
    if (!line.startsWith('**', i) && !line.startsWith('__', i)) return null;
    i += 2;
    while (isBlank(line[i])) i += 1;
    if (line[i] !== ':') return null;
    i += 1;
  }
  return { label, value: line.slice(i).trim() };
}

/** The first value among `pairs` whose key is one of `keys`. */
export function pick(pairs: readonly KeyValue[], keys: readonly string[]): KeyValue | undefined {
  return pairs.find((p) => keys.includes(p.key));
}

const DANISH_MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

/**
 * A date as people write it in reports: `2025-06-12`, `12-06-2025`, `12.6.2025`, `12/06/2025`,
 * `12. juni 2025`. Returns `YYYY-MM-DD`, or the text unchanged when it is none of these.
 */
export function normaliseDate(value: string): string {
  const text = value.trim();
  const pad = (n: string | number) => String(n).padStart(2, '0');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
  m = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text);
  if (m) return `${m[3]}-${pad(m[2])}-${pad(m[1])}`;
  m = /^(\d{1,2})\.?\s+(\p{L}+)\.?\s+(\d{4})$/u.exec(text);
  if (m) {
    const month = DANISH_MONTHS.findIndex((name) => name.startsWith(m![2].toLowerCase().slice(0, 3)));
    if (month >= 0) return `${m[3]}-${pad(month + 1)}-${pad(m[1])}`;
  }
  return text;
}

/** The `YYYY-MM-DD` every exported file name starts with (OS2's date-first naming). */
export function datePrefix(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return date;
}

/** The front matter of a document for OS2's audit site: its title, the site's layout, the product as parent. */
export function auditSiteFrontMatter(title: string, productName: string): string[] {
  return renderFrontMatter({ title, layout: 'default', parent: productName });
}
