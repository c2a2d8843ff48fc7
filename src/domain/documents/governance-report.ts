/**
 * The governance report (governancerapport) a product publishes in its repository: read in all
 * four historic shapes, written in the generated shape D (docs/os2-documents.md).
 *
 * Shapes, recognised per table from its header row:
 *
 * - **A. Tick-box (2021–early 2024)**: `| | # | Krav | Henvisning | Niveau |`. The first cell is a
 *   tick box (`[x]`, `[X]`, `[ ]`, empty, `<ul><li> [x] </li></ul>`, `☑︎`, `☐`): ticked → Ja,
 *   unticked → unanswered. *Henvisning* is the documentation. Niveau `0`–`3`.
 * - **B. Emoji status column (2024–2025)**: the same table with ✅ / ❌ / ➖ / ❓ (or free text) in
 *   the first column; blank → unanswered.
 * - **C. v1.1.0 with guidance (from June 2025)**:
 *   `🔽 | # | Krav | Beskrivelse / Dokumentation | Produktniveau | Retningslinjer`, with a
 *   "Dokumentinformation" block. How C carries a status: the 🔽 column is the template's
 *   "fill in here" column, so we read it exactly like B's first column (✅ / ❌ / ➖ / ❓ / 🟡, a
 *   tick box, OS2's words, or free text kept as *other*); blank is unanswered. *Beskrivelse /
 *   Dokumentation* is the product's documentation. A C table without the 🔽 column has no status
 *   at all: every row is unanswered and only its documentation is imported.
 * - **D. Generated (from May 2026)**: `| # | Krav | Produktniveau | Retningslinjer | Efterlevet? |
 *   Dokumentation |`, with `[Udfyldes i selvevaluering]` for unanswered and `[Ikke udfyldt]` for
 *   empty documentation. `renderGovernanceReport` writes it.
 *
 * Ids: C and D use v1.1.0 ids (text only as a fallback for an unknown id). A and B predate v1.1.0:
 * rows are mapped with `mapLegacyRequirement` (text first, then the legacy-id rules). Whether a
 * report really uses the old numbering (R1–R5) and whether it is in the OS2iot style (F13/F14
 * swapped, old S4 = S5) is decided from the rows whose text is recognisable, unless the caller
 * says so (`legacyIds`, `legacyStyle`).
 */
import {
  getCatalogue,
  requirementById,
  type Catalogue,
  type Level,
  THEMES,
  CURRENT_CATALOGUE_VERSION,
} from '../catalogue';
import {
  mapLegacyRequirement,
  matchRequirementText,
  normaliseRequirementText,
  parseLevel,
  type LegacyStyle,
} from '../catalogue/legacy';
import {
  knownStatus,
  lookupById,
  parseStatus,
  STATUS_EMOJI,
  UNANSWERED,
  UNANSWERED_PLACEHOLDER,
  type ById,
  type SelfStatus,
} from '../assessment';
import {
  assertReadableText,
  cell,
  datePrefix,
  DocumentError,
  headerKey,
  mergeImportedEntries,
  normaliseDate,
  normaliseRawId,
  otherStatusesOf,
  pick,
  plain,
  plainCell,
  readKeyValues,
  readMarkdown,
  auditSiteFrontMatter,
  stripBom,
  stripTags,
  tableHead,
  tableRow,
  uncell,
  warning,
  type DocumentMetadata,
  type DocumentWarning,
  type ExportableAssessment,
  type ImportedEntry,
  type ImportResult,
  type KeyValue,
  type MappedBy,
  type MdDocument,
  type MdTable,
} from './common';
import { answerTextOf } from './answer-text';
import { breaksToNewlines, decodeEntities, markdownHeading, markdownInline, safeFileName } from './escape';

export type GovernanceShape = 'A' | 'B' | 'C' | 'D';

/** How shape D writes empty documentation. */
export const EMPTY_DOCUMENTATION_PLACEHOLDER = '[Ikke udfyldt]';

export interface GovernanceReportOptions {
  /** The catalogue ids are mapped to; v1.1.0 unless said. */
  catalogue?: Catalogue;
  /** OS2iot style for A/B tables; `auto` (default) detects it from the rows. */
  legacyStyle?: 'auto' | LegacyStyle;
  /** Whether A/B tables use the pre-v1.1.0 numbering (R1–R5); `auto` (default) decides from the rows. */
  legacyIds?: 'auto' | boolean;
}

export interface GovernanceEntry extends ImportedEntry {
  shape: GovernanceShape;
  /** The level written in the row, null when blank or unreadable. */
  level: Level | null;
}

export interface GovernanceTable {
  line: number;
  shape: GovernanceShape;
  heading: string;
}

export interface GovernanceReportImport extends ImportResult {
  format: 'governance-report';
  /** The shape of every requirement table, or `mixed`. */
  shape: GovernanceShape | 'mixed';
  tables: GovernanceTable[];
  entries: GovernanceEntry[];
  unmapped: GovernanceEntry[];
  /** How A/B ids were read; null when the report has no A/B table. */
  legacy: { ids: boolean; style: LegacyStyle } | null;
}

// ---------------------------------------------------------------------------------------------
// Reading

interface Columns {
  status?: number;
  id?: number;
  text?: number;
  documentation?: number;
  level?: number;
  guidance?: number;
}

const ID_HEADERS = ['#', 'id', 'nr', 'nr.', 'kravnr', 'kravnr.', 'krav id', 'krav-id'];
const TEXT_HEADERS = ['krav', 'kravtekst', 'requirement'];
const DOC_HEADERS = [
  'henvisning',
  'dokumentation',
  'beskrivelse / dokumentation',
  'beskrivelse/dokumentation',
  'beskrivelse',
  'documentation',
  'reference',
];
const LEVEL_HEADERS = ['niveau', 'produktniveau', 'level'];
const GUIDANCE_HEADERS = ['retningslinjer', 'retningslinje', 'guidance'];

function columnsOf(headers: readonly string[]): Columns | null {
  const keys = headers.map(headerKey);
  if (keys.length < 3 || keys.some((k) => k.startsWith('vurdering'))) return null;
  const find = (names: readonly string[]) => {
    const i = keys.findIndex((k) => names.includes(k));
    return i >= 0 ? i : undefined;
  };
  const columns: Columns = {
    id: find(ID_HEADERS),
    text: find(TEXT_HEADERS),
    documentation: find(DOC_HEADERS),
    level: find(LEVEL_HEADERS),
    guidance: find(GUIDANCE_HEADERS),
  };
  const statusAt = keys.findIndex((k) => k.startsWith('efterlevet') || k === 'status' || k === '🔽');
  if (statusAt >= 0) columns.status = statusAt;
  else if (!Object.values(columns).includes(0)) columns.status = 0;
  if (columns.id === undefined && columns.text === undefined) return null;
  if (columns.documentation === undefined && columns.level === undefined && statusAt < 0) return null;
  return columns;
}

type Tick = 'ticked' | 'unticked' | 'empty';

/** A tick box as OS2's tick-box reports write one, or null when the cell is something else. */
export function readTickBox(raw: string): Tick | null {
  const s = stripTags(raw, null, ' ')
    .replace(/[\uFE0E\uFE0F*_`]/g, '')
    .replace(/^\s*[-+]\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (s === '') return 'empty';
  if (/^\[[xX✓✔]\]$/.test(s) || /^[☑✔✓]$/.test(s)) return 'ticked';
  if (/^\[ ?\]$/.test(s) || s === '☐') return 'unticked';
  return null;
}

function shapeOf(table: MdTable, columns: Columns): GovernanceShape {
  const keys = table.headers.map(headerKey);
  if (columns.status !== undefined && keys[columns.status].startsWith('efterlevet')) return 'D';
  if (keys[0] === '🔽' || columns.guidance !== undefined) return 'C';
  if (columns.status === undefined) return 'A';
  const statuses = table.rows.map((r) => r.cells[columns.status!] ?? '');
  const ticks = statuses.map(readTickBox);
  if (ticks.some((t) => t === 'ticked' || t === 'unticked')) return 'A';
  if (keys[columns.status] === '' && ticks.every((t) => t === 'empty')) return 'A';
  return 'B';
}

function readStatus(raw: string, shape: GovernanceShape): SelfStatus {
  if (shape === 'D') {
    // An escaped placeholder is free text that happens to read like it.
    const text = uncell(raw);
    return text === UNANSWERED_PLACEHOLDER && raw.trim() !== text
      ? { kind: 'other', text }
      : parseStatus(text);
  }
  const tick = readTickBox(raw);
  if (tick === 'ticked') return knownStatus('Ja');
  if (tick !== null) return UNANSWERED;
  return parseStatus(plainCell(raw));
}

const EMPTY_DOCUMENTATION = new Set([EMPTY_DOCUMENTATION_PLACEHOLDER, '-', '–', '—', '']);

function readDocumentation(raw: string, shape: GovernanceShape): string {
  let text = raw;
  if (shape === 'A' || shape === 'B') text = plain(text.replace(/<\/li>\s*<li>/gi, '<br>'));
  return EMPTY_DOCUMENTATION.has(breaksToNewlines(text)) ? '' : uncell(text);
}

interface RawRow {
  line: number;
  shape: GovernanceShape;
  rawId: string;
  text: string;
  status: SelfStatus;
  documentation: string;
  levelCell: string;
}

function readRows(table: MdTable, columns: Columns, shape: GovernanceShape): RawRow[] {
  const at = (cells: readonly string[], i: number | undefined) => (i === undefined ? '' : (cells[i] ?? ''));
  const rows: RawRow[] = [];
  for (const row of table.rows) {
    const rawId = plain(at(row.cells, columns.id));
    const text = plainCell(at(row.cells, columns.text));
    if (rawId === '' && text === '') continue;
    rows.push({
      line: row.line,
      shape,
      rawId,
      text,
      status: columns.status === undefined ? UNANSWERED : readStatus(at(row.cells, columns.status), shape),
      documentation:
        columns.documentation === undefined
          ? ''
          : readDocumentation(at(row.cells, columns.documentation), shape),
      levelCell: plain(at(row.cells, columns.level)),
    });
  }
  return rows;
}

type TextMatcher = (text: string) => string | null | undefined;

/**
 * `matchRequirementText`, remembered per text for one document. A text that is exactly a
 * requirement's name (after normalisation) is that requirement without the fuzzy comparison, which
 * is what `matchRequirementText` returns for every canonical name, only much cheaper.
 */
function textMatcher(catalogue: Catalogue): TextMatcher {
  const exact = new Map<string, string>();
  let longest = 0;
  for (const r of catalogue.requirements) {
    for (const name of [r.nameDa, r.nameEn]) {
      const key = normaliseRequirementText(name);
      exact.set(key, r.id);
      longest = Math.max(longest, key.length);
    }
  }
  const memo = new Map<string, string | null | undefined>();
  return (text) => {
    if (text === '') return undefined;
    const key = normaliseRequirementText(safeForNormalising(text));
    if (exact.has(key)) return exact.get(key);
    // The fuzzy match costs about text length × catalogue size, so it is kept for texts that
    // could be a requirement's name, and for a report's worth of distinct texts.
    if (key.length > 2 * longest + 20) return undefined;
    if (!memo.has(key)) {
      if (memo.size >= FUZZY_MATCH_BUDGET) return undefined;
      memo.set(key, matchRequirementText(key, catalogue));
    }
    return memo.get(key);
  };
}

/** Distinct texts per document that are matched fuzzily; a report has 43 rows, a few tables. */
const FUZZY_MATCH_BUDGET = 200;

/**
 * The text with its tags as spaces and any other `<` as a control character, so that
 * `normaliseRequirementText` (which strips `<[^>]*>` itself) reads the same words in one pass.
 */
function safeForNormalising(text: string): string {
  const stripped = stripTags(text.normalize('NFC').toLowerCase(), null, ' ');
  return stripped.includes('<') ? stripped.split('<').join('\u0001') : stripped;
}

/**
 * Decides how the A/B rows number their requirements, from the rows whose text is recognisable:
 * a text that is the legacy successor of its id (old R3 = "accepteret af lokal linjeledelse")
 * speaks for the old numbering; a text that is its own id where the old numbering would differ
 * (R2 = "accepteret af lokal linjeledelse") for the current one; a text that only the OS2iot
 * rules explain (F13 = "kommunikationsmateriale til strategisk niveau") for the OS2iot style.
 */
function detectLegacy(
  rows: readonly RawRow[],
  catalogue: Catalogue,
  match: TextMatcher,
): { ids: boolean; style: LegacyStyle } {
  let old = 0;
  let current = 0;
  let os2iot = 0;
  for (const row of rows) {
    const id = normaliseRawId(row.rawId);
    if (id === '') continue;
    if (['R5', 'F8', 'F9'].includes(id)) old += 1;
    const byText = match(row.text);
    if (byText === undefined) continue;
    const standard = mapLegacyRequirement({ id }, catalogue).id;
    const styled = mapLegacyRequirement({ id, style: 'os2iot' }, catalogue).id;
    if (byText === id && standard !== id) current += 1;
    else if (byText !== id && byText === standard) old += 1;
    else if (byText !== id && byText === styled && styled !== standard) os2iot += 1;
  }
  return { ids: old >= current, style: os2iot > 0 ? 'os2iot' : 'standard' };
}

/**
 * A/B rows: `mapLegacyRequirement` (text first, then the legacy-id rules; the text match is the
 * memoised one, so the call gets the id alone). With the current numbering, the text and then the
 * id as written. C/D rows: the v1.1.0 id as written, the text only when the id is unknown.
 */
function mapRow(
  row: RawRow,
  catalogue: Catalogue,
  legacy: { ids: boolean; style: LegacyStyle } | null,
  match: TextMatcher,
): { id: string | null; mappedBy: MappedBy } {
  const direct = () => {
    const r = requirementById(catalogue, normaliseRawId(row.rawId));
    return r ? { id: r.id, mappedBy: 'id' as const } : null;
  };
  const byText = match(row.text);
  const legacyShape = row.shape === 'A' || row.shape === 'B';
  if (legacyShape && byText !== undefined) return { id: byText, mappedBy: 'text' };
  if (legacyShape && legacy?.ids) {
    const m = mapLegacyRequirement({ id: row.rawId, style: legacy.style }, catalogue);
    return { id: m.id, mappedBy: m.reason };
  }
  if (legacyShape) return direct() ?? { id: null, mappedBy: 'unmapped' };
  const byId = direct();
  if (byId) return byId;
  return byText === undefined ? { id: null, mappedBy: 'unmapped' } : { id: byText, mappedBy: 'text' };
}

const METADATA_KEYS: Record<keyof DocumentMetadata, readonly string[]> = {
  productName: ['produkt', 'produktnavn', 'produktets navn', 'product', 'product name'],
  filledBy: [
    'udfyldt af',
    'udfyldt af navn organisation',
    'udfyldt af navn og organisation',
    'filled in by',
    'filled by',
  ],
  filledDate: ['udfyldt dato', 'dato', 'udfyldt den', 'dato for udfyldelse', 'date', 'filled date'],
  generatedAt: ['genereret', 'genereret den', 'generated', 'generated at'],
  templateVersion: ['skabelonversion', 'skabelon version', 'skabelon', 'template version', 'version'],
  gitOrganisation: [
    'git organisation',
    'gitorganisation',
    'github organisation',
    'git organization',
    'github organization',
    'github',
  ],
  catalogueVersion: ['kravkatalog', 'katalogversion', 'catalogue version'],
};

const isBlank = (c: string | undefined) => c !== undefined && c.trim() === '';

/** The end of `governance[ -]rapport` or `evaluerings[ -]rapport` (any case) at `i`, or -1. */
function reportWordAt(title: string, i: number): number {
  let j = -1;
  for (const word of ['governance', 'evaluerings']) {
    if (title.slice(i, i + word.length).toLowerCase() === word) j = i + word.length;
  }
  if (j < 0) return -1;
  while (isBlank(title[j])) j += 1;
  if (title[j] === '-') j += 1;
  while (isBlank(title[j])) j += 1;
  return title.slice(j, j + 7).toLowerCase() === 'rapport' ? j + 7 : -1;
}

/**
 * The product a report title names: `Governancerapport for X`, `Evalueringsrapporten: X`, or
 * `X - governancerapport`. Null when the title is neither.
 */
function productInTitle(title: string): string | null {
  let j = reportWordAt(title, 0);
  if (j >= 0) {
    if (title.slice(j, j + 2).toLowerCase() === 'en') j += 2;
    while (isBlank(title[j])) j += 1;
    if (title.slice(j, j + 3).toLowerCase() === 'for') j += 3;
    else if (title[j] === ':' || title[j] === '–' || title[j] === '-') j += 1;
    else j = -1;
    if (j >= 0) {
      const rest = title.slice(j).trim();
      if (rest !== '') return rest;
    }
  }
  for (let i = 1; i < title.length; i += 1) {
    const end = reportWordAt(title, i);
    if (end < 0 || /\w/.test(title[end] ?? '')) continue;
    let before = title.slice(0, i).trimEnd();
    const last = before[before.length - 1];
    if (last === '-' || last === '–' || last === ':') before = before.slice(0, -1).trimEnd();
    return before === '' ? null : before;
  }
  return null;
}

/** Header fields of a report: key–value lines or a two-column table, plus the title as product name. */
export function readReportMetadata(
  doc: MdDocument,
  keys: Readonly<Record<string, readonly string[]>> = METADATA_KEYS,
): { metadata: Record<string, string>; found: Record<string, KeyValue> } {
  const pairs = readKeyValues(doc);
  const metadata: Record<string, string> = {};
  const found: Record<string, KeyValue> = {};
  for (const [field, names] of Object.entries(keys)) {
    const pair = pick(pairs, names);
    if (!pair) continue;
    found[field] = pair;
    metadata[field] = /date|dato/i.test(field) ? normaliseDate(pair.value) : pair.value;
  }
  if (metadata.productName === undefined) {
    const title = doc.headings.find((h) => h.depth === 1)?.text ?? doc.frontMatter.title ?? '';
    const m = productInTitle(title);
    if (m) metadata.productName = decodeEntities(plain(m).trim());
  }
  return { metadata, found };
}

/**
 * Reads a governance report in any of the four shapes. Throws DocumentError (naming the line) for
 * unreadable text, for a document without a requirement table, and for a requirement claimed
 * twice with different statuses.
 */
export function parseGovernanceReport(
  markdown: string,
  options: GovernanceReportOptions = {},
): GovernanceReportImport {
  const catalogue = options.catalogue ?? getCatalogue(CURRENT_CATALOGUE_VERSION);
  const source = stripBom(markdown);
  assertReadableText(source);
  const doc = readMarkdown(source);

  const tables: GovernanceTable[] = [];
  const rows: RawRow[] = [];
  for (const table of doc.tables) {
    const columns = columnsOf(table.headers);
    if (!columns) continue;
    const shape = shapeOf(table, columns);
    tables.push({ line: table.line, shape, heading: plain(table.heading) });
    rows.push(...readRows(table, columns, shape));
  }
  if (tables.length === 0) {
    const evaluation = doc.tables.some((t) =>
      t.headers.map(headerKey).some((k) => k.startsWith('vurdering')),
    );
    throw new DocumentError('no-table', 1, {
      da: evaluation
        ? 'Dette er en evalueringsrapport, ikke en governancerapport.'
        : 'Ingen kravtabel fundet: filen er hverken en selvevaluering (JSON) eller en governancerapport.',
      en: evaluation
        ? 'This is an evaluation report, not a governance report.'
        : 'No requirement table found: the file is neither a self-assessment (JSON) nor a governance report.',
    });
  }

  const match = textMatcher(catalogue);
  const legacyRows = rows.filter((r) => r.shape === 'A' || r.shape === 'B');
  let legacy: GovernanceReportImport['legacy'] = null;
  if (legacyRows.length > 0) {
    const detected = detectLegacy(legacyRows, catalogue, match);
    legacy = {
      ids: options.legacyIds === undefined || options.legacyIds === 'auto' ? detected.ids : options.legacyIds,
      style:
        options.legacyStyle === undefined || options.legacyStyle === 'auto'
          ? detected.style
          : options.legacyStyle,
    };
  }

  const warnings: DocumentWarning[] = [];
  const entries: GovernanceEntry[] = rows.map((row) => {
    const { id, mappedBy } = mapRow(row, catalogue, legacy, match);
    const level = row.levelCell === '' ? null : parseLevel(row.levelCell);
    if (row.levelCell !== '' && level === null) {
      warnings.push(
        warning(
          row.line,
          'unknown-level',
          `Ukendt niveau "${row.levelCell}".`,
          `Unknown level "${row.levelCell}".`,
        ),
      );
    }
    const requirement = id ? requirementById(catalogue, id) : undefined;
    // Levels moved between catalogue versions, so only v1.1.0 shapes are checked against today's.
    if ((row.shape === 'C' || row.shape === 'D') && requirement && level && level !== requirement.level) {
      warnings.push(
        warning(
          row.line,
          'level-mismatch',
          `${id} står på niveau "${row.levelCell}", men hører til ${catalogue.levelLabels[requirement.level].da}.`,
          `${id} is written at level "${row.levelCell}" but belongs to ${catalogue.levelLabels[requirement.level].en}.`,
        ),
      );
    }
    if (id === null && mappedBy === 'unmapped') {
      warnings.push(
        warning(
          row.line,
          'unmapped',
          `"${row.rawId || row.text}" svarer ikke til noget krav; rækken er ikke importeret.`,
          `"${row.rawId || row.text}" matches no requirement; the row was not imported.`,
        ),
      );
    } else if (id === null) {
      warnings.push(
        warning(
          row.line,
          'retired',
          `${row.rawId || row.text} er et udgået krav (gammelt R2); rækken er ikke importeret.`,
          `${row.rawId || row.text} is a retired requirement (old R2); the row was not imported.`,
        ),
      );
    } else if (row.shape !== 'A' && row.shape !== 'B' && mappedBy === 'id' && row.text) {
      const byText = match(row.text);
      if (typeof byText === 'string' && byText !== id) {
        warnings.push(
          warning(
            row.line,
            'id-text-mismatch',
            `${id} har teksten for ${byText}; id'et er brugt.`,
            `${id} carries the text of ${byText}; the id was used.`,
          ),
        );
      }
    }
    return {
      line: row.line,
      rawId: row.rawId,
      text: row.text,
      id,
      mappedBy,
      status: row.status,
      documentation: row.documentation,
      shape: row.shape,
      level,
    };
  });

  const merged = mergeImportedEntries(
    entries,
    catalogue.requirements.map((r) => r.id),
  );
  const shapes = new Set(tables.map((t) => t.shape));
  const { metadata } = readReportMetadata(doc);
  return {
    format: 'governance-report',
    shape: shapes.size === 1 ? tables[0].shape : 'mixed',
    tables,
    legacy,
    entries,
    assessments: merged.assessments,
    unmapped: entries.filter((e) => e.mappedBy === 'unmapped'),
    otherStatuses: otherStatusesOf(merged.assessments, entries),
    warnings: [...warnings, ...merged.warnings].sort((a, b) => a.line - b.line),
    metadata: metadata as DocumentMetadata,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing (shape D)

export interface GovernanceReportInput {
  productName: string;
  filledBy: string;
  /** `YYYY-MM-DD`. */
  filledDate: string;
  /** ISO timestamp; written so that a converted report keeps it. */
  generatedAt?: string;
  assessments: ById<ExportableAssessment>;
  /** Start with the front matter OS2's audit site uses (title, layout, parent). */
  frontMatter?: boolean;
}

export const GOVERNANCE_REPORT_HEADERS = [
  '#',
  'Krav',
  'Produktniveau',
  'Retningslinjer',
  'Efterlevet?',
  'Dokumentation',
] as const;

/** A status as shape D writes it: `✅ Ja`, the placeholder when unanswered, free text as written. */
export function statusCell(status: SelfStatus): string {
  switch (status.kind) {
    case 'known':
      return `${STATUS_EMOJI[status.value]} ${status.value}`;
    case 'unanswered':
      return UNANSWERED_PLACEHOLDER;
    case 'other':
      return guardPlaceholder(cell(status.text), UNANSWERED_PLACEHOLDER);
  }
}

/** A cell that would read as `placeholder` gets its `[` escaped, so it reads back as written. */
function guardPlaceholder(escaped: string, placeholder: string): string {
  return escaped === placeholder ? `&#91;${escaped.slice(1)}` : escaped;
}

function documentationCell(documentation: string): string {
  const escaped = guardPlaceholder(cell(documentation), EMPTY_DOCUMENTATION_PLACEHOLDER);
  return ['-', '–', '—'].includes(escaped) ? `&#${escaped.codePointAt(0)};` : escaped;
}

/**
 * The self-assessment as a shape D report: a title, a header block (product, filled in by, date,
 * generated, catalogue), the status legend, then per theme a heading and a table in catalogue order.
 */
export function renderGovernanceReport(
  input: GovernanceReportInput,
  catalogue: Catalogue = getCatalogue(CURRENT_CATALOGUE_VERSION),
): string {
  const out: string[] = [
    ...(input.frontMatter
      ? auditSiteFrontMatter(`Governancerapport for ${input.productName}`, input.productName)
      : []),
    `# Governancerapport for ${markdownHeading(input.productName)}`,
    '',
    `- **Produkt:** ${markdownInline(input.productName)}`,
    `- **Udfyldt af:** ${markdownInline(input.filledBy)}`,
    `- **Udfyldt dato:** ${markdownInline(input.filledDate)}`,
  ];
  if (input.generatedAt !== undefined) out.push(`- **Genereret:** ${markdownInline(input.generatedAt)}`);
  out.push(
    `- **Kravkatalog:** ${catalogue.version}`,
    '',
    `Efterlevet? viser ✅ Ja, ❌ Nej, ➖ Ikke relevant, ❓ Ved ikke eller 🟡 Planlagt; ` +
      `${UNANSWERED_PLACEHOLDER} er ikke besvaret, og ${EMPTY_DOCUMENTATION_PLACEHOLDER} er uden dokumentation.`,
  );
  for (const theme of THEMES) {
    const requirements = catalogue.requirements.filter((r) => r.theme === theme);
    if (requirements.length === 0) continue;
    out.push('', `## ${catalogue.themeLabels[theme].da}`, '', ...tableHead(GOVERNANCE_REPORT_HEADERS));
    for (const r of requirements) {
      const assessment = lookupById(input.assessments, r.id);
      const documentation = answerTextOf(assessment).trim();
      out.push(
        tableRow([
          r.id,
          cell(r.nameDa),
          cell(catalogue.levelLabels[r.level].da),
          cell(r.guidanceDa ?? ''),
          statusCell(assessment?.status ?? UNANSWERED),
          documentation === '' ? EMPTY_DOCUMENTATION_PLACEHOLDER : documentationCell(documentation),
        ]),
      );
    }
  }
  return `${out.join('\n')}\n`;
}

/** `YYYY-MM-DD-<Produkt>-governancerapport.md`; the name as `safeFileName` makes it. */
export function governanceReportFileName(date: string, productName: string): string {
  return `${datePrefix(date)}-${safeFileName(productName)}-governancerapport.md`;
}
