/**
 * The evaluation report (evalueringsrapport, template 0.9.2, docs/os2-documents.md): written with its
 * sections in OS2's order, and read back into lights and bases per requirement.
 */
import {
  getCatalogue,
  LEVELS,
  requirementById,
  THEMES,
  type Catalogue,
  type Level,
  type Theme,
  CURRENT_CATALOGUE_VERSION,
} from '../catalogue';
import { parseLevel } from '../catalogue/legacy';
import {
  draftLight,
  LIGHT_EMOJI,
  LIGHTS,
  lightFromEmoji,
  lightToEmoji,
  lookupById,
  statusToOs2,
  UNANSWERED,
  type ById,
  type Light,
} from '../assessment';
import {
  countLights,
  rowPercentages,
  TALLIES,
  validateCounts,
  type CountRow,
  type EvaluationCounts,
  type Tally,
} from '../counts';
import {
  assertReadableText,
  auditSiteFrontMatter,
  cell,
  datePrefix,
  DocumentError,
  headerKey,
  metadataKey,
  normaliseRawId,
  plain,
  readMarkdown,
  stripBom,
  tableHead,
  tableRow,
  uncell,
  warning,
  type DocumentWarning,
  type ExportableAssessment,
  type MdDocument,
  type MdTable,
} from './common';
import { EMPTY_DOCUMENTATION_PLACEHOLDER, readReportMetadata } from './governance-report';
import { breaksToNewlines, decodeEntities, markdownHeading, markdownParagraph, safeFileName } from './escape';

export const EVALUATION_TEMPLATE_VERSION = '0.9.2';

export interface RequirementEvaluationInput {
  light: Light;
  /** Vurderingsgrundlag. */
  basis: string;
  /** Anbefaling for this requirement; '' or absent when none. */
  recommendation?: string;
}

export interface EvaluationReportInput {
  productName: string;
  templateVersion?: string;
  /** `YYYY-MM-DD`. */
  date: string;
  evaluatedBy: string;
  gitLink: string;
  /** The latest self-assessment: its governance report's file name (or a link). */
  selfAssessmentLink: string;
  /** The document's status, e.g. "Udkast" or "Godkendt". */
  status: string;
  summary: string;
  overallAssessment: string;
  /** Anbefaling to the product. */
  recommendationProduct: string;
  /** Anbefaling to the board about the level. */
  recommendationBoard: string;
  /** A requirement without an evaluation is written blank and counted as not assessed. */
  evaluations: ById<RequirementEvaluationInput>;
  catalogue?: Catalogue;
  /** Start with the front matter OS2's audit site uses (title, layout, parent). */
  frontMatter?: boolean;
}

const LIGHT_NAMES: Record<Light, string> = { green: 'Grøn', yellow: 'Gul', red: 'Rød', grey: 'Grå' };

/** What each light means (docs/os2-documents.md). */
export const LIGHT_LEGEND: Record<Light, string> = {
  green: 'kravet er fuldt opfyldt',
  yellow: 'kravet er delvist opfyldt, eller opfyldelsen er planlagt',
  red: 'kravet er ikke opfyldt, det er uvist, eller der kræves handling',
  grey: 'kravet er ikke relevant for produktet eller er undtaget',
};

const UNASSESSED_LABEL = 'Ikke vurderet';
const TOTAL_LABEL = 'I alt';
const EVALUATION_HEADERS = [
  '#',
  'Niveau',
  'Krav',
  'Vurderingskriterie',
  'Vurdering',
  'Vurderingsgrundlag',
  'Anbefaling',
];

/** Pie slice colours in light order, so every pie shows the lights in the same colours. */
const PIE_INIT =
  '%%{init: {"theme": "base", "themeVariables": {"pie1": "#2e7d32", "pie2": "#f9a825", ' +
  '"pie3": "#c62828", "pie4": "#bdbdbd", "pie5": "#eeeeee"}}}%%';

function paragraph(text: string): string {
  const t = markdownParagraph(text);
  if (t === '') return EMPTY_DOCUMENTATION_PLACEHOLDER;
  return t === EMPTY_DOCUMENTATION_PLACEHOLDER ? `&#91;${t.slice(1)}` : t;
}

/** `YYYY-MM-DD-<Produkt>-evalueringsrapport.md`; the name as `safeFileName` makes it. */
export function evaluationReportFileName(date: string, productName: string): string {
  return `${datePrefix(date)}-${safeFileName(productName)}-evalueringsrapport.md`;
}

function basisCell(basis: string): string {
  const escaped = cell(basis);
  return escaped === EMPTY_DOCUMENTATION_PLACEHOLDER ? `&#91;${escaped.slice(1)}` : escaped;
}

function tallyHeaders(): string[] {
  return [...LIGHTS.map((l) => `${LIGHT_EMOJI[l]} ${LIGHT_NAMES[l]}`), UNASSESSED_LABEL, TOTAL_LABEL];
}

function tallyCells(row: CountRow, withPercent: boolean): string[] {
  const pct = rowPercentages(row);
  const value = (t: Tally) => (withPercent ? `${row[t]} (${pct[t]} %)` : String(row[t]));
  return [...TALLIES.map(value), String(row.total)];
}

function pie(title: string, row: CountRow, withUnassessed: boolean): string[] {
  return [
    '```mermaid',
    PIE_INIT,
    'pie showData',
    `    title ${title}`,
    ...LIGHTS.map((l) => `    "${LIGHT_EMOJI[l]} ${LIGHT_NAMES[l]}" : ${row[l]}`),
    ...(withUnassessed ? [`    "${UNASSESSED_LABEL}" : ${row.unassessed}`] : []),
    '```',
  ];
}

/**
 * The report in template 0.9.2's order: document information, Resumé, Overordnet vurdering,
 * Anbefaling (to the product, to the board), per theme a table of the requirements with the
 * light emoji, the counts (level × light including grey, theme within level, theme) with
 * percentages, a mermaid pie per level and one in total, and the legend of the lights.
 */
export function renderEvaluationReport(input: EvaluationReportInput): string {
  const catalogue = input.catalogue ?? getCatalogue(CURRENT_CATALOGUE_VERSION);
  const lights = new Map<string, Light>();
  for (const r of catalogue.requirements) {
    const e = lookupById(input.evaluations, r.id);
    if (e) lights.set(r.id, e.light);
  }
  const counts = countLights(lights, catalogue);
  const withUnassessed = counts.total.unassessed > 0;

  const out: string[] = [
    ...(input.frontMatter
      ? auditSiteFrontMatter(`Evalueringsrapport for ${input.productName}`, input.productName)
      : []),
    `# Evalueringsrapport for ${markdownHeading(input.productName)}`,
    '',
    '## Dokumentinformation',
    '',
    ...tableHead(['Felt', 'Værdi']),
    tableRow(['Produkt', cell(input.productName)]),
    tableRow(['Skabelonversion', cell(input.templateVersion ?? EVALUATION_TEMPLATE_VERSION)]),
    tableRow(['Dato', cell(input.date)]),
    tableRow(['Evalueret af', cell(input.evaluatedBy)]),
    tableRow(['Git', cell(input.gitLink)]),
    tableRow(['Seneste selvevaluering', cell(input.selfAssessmentLink)]),
    tableRow(['Status', cell(input.status)]),
    '',
    '## Resumé',
    '',
    paragraph(input.summary),
    '',
    '## Overordnet vurdering',
    '',
    paragraph(input.overallAssessment),
    '',
    '## Anbefaling',
    '',
    '### Til produktet',
    '',
    paragraph(input.recommendationProduct),
    '',
    '### Til bestyrelsen',
    '',
    paragraph(input.recommendationBoard),
    '',
    '## Vurdering af kravene',
  ];
  for (const theme of THEMES) {
    const requirements = catalogue.requirements.filter((r) => r.theme === theme);
    if (requirements.length === 0) continue;
    out.push('', `### ${catalogue.themeLabels[theme].da}`, '', ...tableHead(EVALUATION_HEADERS));
    for (const r of requirements) {
      const e = lookupById(input.evaluations, r.id);
      out.push(
        tableRow([
          r.id,
          cell(catalogue.levelLabels[r.level].da),
          cell(r.nameDa),
          cell(r.guidanceDa ?? ''),
          e ? lightToEmoji(e.light) : '',
          e ? basisCell(e.basis) : '',
          e?.recommendation ? basisCell(e.recommendation) : '',
        ]),
      );
    }
  }

  out.push('', '## Samlet optælling', '', '### Pr. niveau', '', ...tableHead(['Niveau', ...tallyHeaders()]));
  for (const level of LEVELS) {
    out.push(tableRow([cell(catalogue.levelLabels[level].da), ...tallyCells(counts.byLevel[level], true)]));
  }
  out.push(tableRow([TOTAL_LABEL, ...tallyCells(counts.total, true)]));

  out.push('', '### Pr. tema inden for niveau', '', ...tableHead(['Niveau', 'Tema', ...tallyHeaders()]));
  for (const level of LEVELS) {
    for (const theme of THEMES) {
      const row = counts.byLevel[level].byTheme[theme];
      if (row.total === 0) continue;
      out.push(
        tableRow([
          cell(catalogue.levelLabels[level].da),
          cell(catalogue.themeLabels[theme].da),
          ...tallyCells(row, false),
        ]),
      );
    }
  }

  out.push('', '### Pr. tema', '', ...tableHead(['Tema', ...tallyHeaders()]));
  for (const theme of THEMES) {
    out.push(tableRow([cell(catalogue.themeLabels[theme].da), ...tallyCells(counts.byTheme[theme], true)]));
  }
  out.push(tableRow([TOTAL_LABEL, ...tallyCells(counts.total, true)]));

  out.push('', '### Fordeling');
  for (const level of LEVELS) {
    out.push('', ...pie(catalogue.levelLabels[level].da, counts.byLevel[level], withUnassessed));
  }
  out.push('', ...pie(TOTAL_LABEL, counts.total, withUnassessed));

  out.push('', '## Forklaring', '');
  for (const light of LIGHTS)
    out.push(`- ${LIGHT_EMOJI[light]} **${LIGHT_NAMES[light]}**: ${LIGHT_LEGEND[light]}.`);
  out.push(`- Blank vurdering: kravet er ikke vurderet endnu.`);
  return `${out.join('\n')}\n`;
}

/**
 * Draft evaluations from a self-assessment: the light `draftLight` suggests, and a basis saying
 * what it came from. The secretariat overrides them.
 */
export function draftEvaluations(
  assessments: ById<ExportableAssessment>,
  catalogue: Catalogue = getCatalogue(CURRENT_CATALOGUE_VERSION),
): Record<string, RequirementEvaluationInput> {
  const result: Record<string, RequirementEvaluationInput> = {};
  for (const r of catalogue.requirements) {
    const a = lookupById(assessments, r.id);
    const status = a?.status ?? UNANSWERED;
    const answer = status.kind === 'unanswered' ? 'ikke besvaret' : `"${statusToOs2(status)}"`;
    const documentation = a?.documentation.trim() ?? '';
    result[r.id] = {
      light: draftLight(status),
      basis:
        `Udkast ud fra selvevalueringen: ${answer}. ` +
        (documentation === '' ? 'Ingen dokumentation.' : `Dokumentation: ${documentation}`),
    };
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Reading

export interface EvaluationReportMetadata {
  productName?: string;
  templateVersion?: string;
  date?: string;
  evaluatedBy?: string;
  gitLink?: string;
  selfAssessmentLink?: string;
  status?: string;
  summary?: string;
  overallAssessment?: string;
  recommendationProduct?: string;
  recommendationBoard?: string;
}

export interface EvaluationReportImport {
  /** Per requirement id, catalogue order; requirements written blank are absent. */
  lights: Record<string, Light>;
  basis: Record<string, string>;
  /** Per requirement, when the report has a recommendation column (else empty: nothing to say). */
  recommendations: Record<string, string>;
  /** The line of each requirement's row. */
  lines: Record<string, number>;
  /** Counted from `lights` with `countLights`. */
  counts: EvaluationCounts;
  /** The report's own count tables, when it has them (checked with `validateCounts`). */
  reportedCounts: EvaluationCounts | null;
  metadata: EvaluationReportMetadata;
  warnings: DocumentWarning[];
}

const METADATA_KEYS: Record<string, readonly string[]> = {
  productName: ['produkt', 'produktnavn', 'product'],
  templateVersion: ['skabelonversion', 'skabelon version', 'skabelon', 'template version', 'version'],
  date: ['dato', 'evalueringsdato', 'date'],
  evaluatedBy: ['evalueret af', 'evaluator', 'evaluated by', 'udarbejdet af'],
  gitLink: ['git', 'git link', 'link til git', 'github', 'repository', 'repositorie'],
  selfAssessmentLink: [
    'seneste selvevaluering',
    'link til seneste selvevaluering',
    'selvevaluering',
    'governancerapport',
    'latest self assessment',
  ],
  status: ['status', 'dokumentstatus'],
};

/** A light as written in a cell: the emoji, a colour name, or both (`🟢 Grøn`). Null if unreadable. */
export function readLight(raw: string): Light | null {
  const text = plain(breaksToNewlines(raw)).replace(/[*_]/g, '').trim();
  const whole = lightFromEmoji(text);
  if (whole) return whole;
  const tokens = text.split(/\s+/).map(lightFromEmoji);
  const [first] = tokens;
  return first && tokens.every((t) => t === first) ? first : null;
}

function readSections(doc: MdDocument): Partial<EvaluationReportMetadata> {
  const result: Partial<EvaluationReportMetadata> = {};
  const { headings } = doc;
  const textUntilNextHeading = (index: number) => {
    const start = headings[index].line;
    const end = index + 1 < headings.length ? headings[index + 1].line - 1 : doc.lines.length;
    const text = doc.lines
      .slice(start, end)
      .filter((_, i) => !doc.fenced.has(start + i + 1))
      .join('\n')
      .trim();
    return text === EMPTY_DOCUMENTATION_PLACEHOLDER ? '' : decodeEntities(text);
  };
  headings.forEach((h, i) => {
    const key = metadataKey(plain(h.text));
    if (result.summary === undefined && /^(resumé|resume|summary|sammenfatning)(\s|$)/.test(key)) {
      result.summary = textUntilNextHeading(i);
    } else if (
      result.overallAssessment === undefined &&
      /^(overordnet vurdering|overall assessment)/.test(key)
    ) {
      result.overallAssessment = textUntilNextHeading(i);
    } else if (/^(anbefaling|recommendation)/.test(key)) {
      const direct = textUntilNextHeading(i);
      for (let j = i + 1; j < headings.length && headings[j].depth > h.depth; j += 1) {
        const sub = metadataKey(plain(headings[j].text));
        if (/produkt|product/.test(sub)) result.recommendationProduct = textUntilNextHeading(j);
        else if (/bestyrelse|board/.test(sub)) result.recommendationBoard = textUntilNextHeading(j);
      }
      if (result.recommendationProduct === undefined && direct !== '') result.recommendationProduct = direct;
    }
  });
  return result;
}

type CountColumn = Tally | 'total' | 'level' | 'theme';

function countColumnOf(header: string): CountColumn | null {
  const key = headerKey(header);
  if (['niveau', 'level', 'produktniveau'].includes(key)) return 'level';
  if (['tema', 'theme'].includes(key)) return 'theme';
  if (['i alt', 'total', 'sum', 'samlet'].includes(key)) return 'total';
  if (/^(ikke vurderet|ikke vurderede|unassessed|not assessed)$/.test(key)) return 'unassessed';
  return readLight(key);
}

function themeOf(label: string, catalogue: Catalogue): Theme | null {
  const key = metadataKey(plain(label));
  for (const theme of THEMES) {
    const names = [theme.toLowerCase(), catalogue.themeLabels[theme].da, catalogue.themeLabels[theme].en].map(
      (n) => metadataKey(n),
    );
    if (names.includes(key)) return theme;
  }
  return null;
}

function isTotalLabel(label: string): boolean {
  return ['i alt', 'total', 'samlet', 'sum'].includes(metadataKey(plain(label)));
}

function emptyRow(): CountRow {
  return { green: 0, yellow: 0, red: 0, grey: 0, unassessed: 0, total: 0 };
}

/** A count row that cannot be read: the rows are the truth, so the row is skipped with a warning. */
function countWarning(line: number, da: string, en: string): DocumentWarning {
  return warning(
    line,
    'unreadable-count',
    `${da} Rækken i optællingen er sprunget over; vurderingerne tæller.`,
    `${en} The count row was skipped; the evaluations count.`,
  );
}

/** Reads the report's count tables into counts (zero where it says nothing), with the line of each row. */
function readCountTables(
  tables: readonly MdTable[],
  catalogue: Catalogue,
  warnings: DocumentWarning[],
): { counts: EvaluationCounts; lines: Map<string, number>; tableLines: Map<string, number> } | null {
  const counts: EvaluationCounts = {
    schemaVersion: 1,
    catalogueVersion: catalogue.version,
    byLevel: Object.fromEntries(
      LEVELS.map((l) => [
        l,
        { ...emptyRow(), byTheme: Object.fromEntries(THEMES.map((t) => [t, emptyRow()])) },
      ]),
    ) as EvaluationCounts['byLevel'],
    byTheme: Object.fromEntries(THEMES.map((t) => [t, emptyRow()])) as EvaluationCounts['byTheme'],
    total: emptyRow(),
  };
  const lines = new Map<string, number>();
  const tableLines = new Map<string, number>();
  let found = false;
  for (const table of tables) {
    const columns = table.headers.map(countColumnOf);
    const levelAt = columns.indexOf('level');
    const themeAt = columns.indexOf('theme');
    if (!columns.some((c) => c !== null && (LIGHTS as readonly string[]).includes(c))) continue;
    if (levelAt < 0 && themeAt < 0) continue;
    if (table.headers.map(headerKey).includes('#')) continue;
    found = true;
    const lastColumn = new Map<Tally | 'total', number>();
    columns.forEach((column, i) => {
      if (column !== null && column !== 'level' && column !== 'theme') lastColumn.set(column, i);
    });
    for (const row of table.rows) {
      const read: CountRow = emptyRow();
      let hasTotal = false;
      let hasUnassessed = false;
      let unreadable: string | null = null;
      // Only the cells the row has are read; a column it lacks counts 0 (a missing cell is blank).
      columns.slice(0, row.cells.length).forEach((column, i) => {
        if (column === null || column === 'level' || column === 'theme') return;
        const text = plain(row.cells[i] ?? '');
        const m = /^(\d+)/.exec(text);
        if (!m && !['', '-', '–', '—'].includes(text)) unreadable ??= text;
        const n = m ? Number(m[1]) : 0;
        if (column === 'total') hasTotal = true;
        if (column === 'unassessed') hasUnassessed = true;
        read[column] = n;
      });
      if (unreadable !== null) {
        warnings.push(
          countWarning(row.line, `"${unreadable}" er ikke et antal.`, `"${unreadable}" is not a count.`),
        );
        continue;
      }
      for (const [column, last] of lastColumn) {
        if (last < row.cells.length) continue;
        if (column === 'total') hasTotal = true;
        if (column === 'unassessed') hasUnassessed = true;
        read[column] = 0;
      }
      const lightSum = LIGHTS.reduce((sum, l) => sum + read[l], 0);
      if (!hasUnassessed && hasTotal) read.unassessed = Math.max(0, read.total - lightSum);
      if (!hasTotal) read.total = lightSum + read.unassessed;

      const levelLabel = levelAt >= 0 ? (row.cells[levelAt] ?? '') : '';
      const themeLabel = themeAt >= 0 ? (row.cells[themeAt] ?? '') : '';
      let field: string;
      let target: CountRow;
      if (levelAt >= 0 && themeAt >= 0) {
        if (isTotalLabel(levelLabel) || isTotalLabel(themeLabel)) continue;
        const level = parseLevel(plain(levelLabel));
        const theme = themeOf(themeLabel, catalogue);
        if (!level || !theme) {
          warnings.push(
            countWarning(
              row.line,
              `Ukendt niveau eller tema "${plain(levelLabel)} / ${plain(themeLabel)}".`,
              `Unknown level or theme "${plain(levelLabel)} / ${plain(themeLabel)}".`,
            ),
          );
          continue;
        }
        field = `byLevel.${level}.byTheme.${theme}`;
        target = counts.byLevel[level].byTheme[theme];
      } else {
        const label = levelAt >= 0 ? levelLabel : themeLabel;
        if (isTotalLabel(label)) {
          field = 'total';
          target = counts.total;
        } else if (levelAt >= 0) {
          const level: Level | null = parseLevel(plain(label));
          if (!level) {
            warnings.push(
              countWarning(row.line, `Ukendt niveau "${plain(label)}".`, `Unknown level "${plain(label)}".`),
            );
            continue;
          }
          field = `byLevel.${level}`;
          target = counts.byLevel[level];
        } else {
          const theme = themeOf(label, catalogue);
          if (!theme) {
            warnings.push(
              countWarning(row.line, `Ukendt tema "${plain(label)}".`, `Unknown theme "${plain(label)}".`),
            );
            continue;
          }
          field = `byTheme.${theme}`;
          target = counts.byTheme[theme];
        }
      }
      Object.assign(target, read);
      if (!lines.has(field)) {
        lines.set(field, row.line);
        tableLines.set(field, table.line);
      }
    }
  }
  return found ? { counts, lines, tableLines } : null;
}

/** `byLevel.2.byTheme.F` as people say it: `Niveau 2, Formkrav`. */
function fieldLabel(field: string, catalogue: Catalogue): { da: string; en: string } {
  const [a, b, , d] = field.split('.');
  if (a === 'total') return { da: TOTAL_LABEL, en: 'total' };
  if (a === 'byTheme') return catalogue.themeLabels[b as Theme];
  const level = catalogue.levelLabels[b as Level];
  if (!d) return level;
  const theme = catalogue.themeLabels[d as Theme];
  return { da: `${level.da}, ${theme.da}`, en: `${level.en}, ${theme.en}` };
}

function rowAt(counts: EvaluationCounts, field: string): CountRow {
  const [a, b, , d] = field.split('.');
  if (a === 'total') return counts.total;
  if (a === 'byTheme') return counts.byTheme[b as Theme];
  const level = counts.byLevel[b as Level];
  return d ? level.byTheme[d as Theme] : level;
}

/**
 * Reads an evaluation report: every requirement table (`| # | … | Vurdering | … |`), its light and
 * basis per requirement, the document information and sections, and the report's own count tables,
 * which must pass `validateCounts` (an over-full bucket is an error) and are compared with the
 * lights (a difference is a warning). Throws DocumentError naming the line for an unknown
 * requirement id, an unreadable light, a requirement evaluated twice differently, unreadable text,
 * or a document without an evaluation table.
 */
export function parseEvaluationReport(
  markdown: string,
  catalogue: Catalogue = getCatalogue(CURRENT_CATALOGUE_VERSION),
): EvaluationReportImport {
  const source = stripBom(markdown);
  assertReadableText(source);
  const doc = readMarkdown(source);
  const warnings: DocumentWarning[] = [];
  const lightsFound = new Map<string, { light: Light | null; line: number }>();
  const basisFound = new Map<string, string>();
  const recommendationsFound = new Map<string, string>();
  let evaluationTables = 0;

  for (const table of doc.tables) {
    const keys = table.headers.map(headerKey);
    const col = (names: readonly string[]) => keys.findIndex((k) => names.includes(k));
    const idAt = col(['#', 'id', 'nr', 'nr.']);
    const lightAt = col(['vurdering', 'lys', 'vurdering (lys)', 'trafiklys']);
    if (idAt < 0 || lightAt < 0) continue;
    evaluationTables += 1;
    const basisAt = col(['vurderingsgrundlag', 'grundlag', 'begrundelse']);
    const recommendationAt = col(['anbefaling', 'anbefalinger', 'recommendation']);
    const levelAt = col(['niveau', 'produktniveau']);
    for (const row of table.rows) {
      const rawId = plain(row.cells[idAt] ?? '');
      if (rawId === '' && row.cells.every((c) => plain(c) === '')) continue;
      const requirement = requirementById(catalogue, normaliseRawId(rawId));
      if (!requirement) {
        throw new DocumentError('unknown-id', row.line, {
          da: `Ukendt krav "${rawId}".`,
          en: `Unknown requirement "${rawId}".`,
        });
      }
      const lightText = plain(row.cells[lightAt] ?? '');
      const light = lightText === '' ? null : readLight(lightText);
      if (lightText !== '' && light === null) {
        throw new DocumentError('unknown-light', row.line, {
          da: `${requirement.id}: ukendt vurdering "${lightText}" (brug 🟢, 🟡, 🔴 eller ⚪).`,
          en: `${requirement.id}: unknown light "${lightText}" (use 🟢, 🟡, 🔴 or ⚪).`,
        });
      }
      const earlier = lightsFound.get(requirement.id);
      if (earlier && earlier.light !== light) {
        throw new DocumentError('conflicting-light', row.line, {
          da: `${requirement.id} er også vurderet på linje ${earlier.line}, med et andet lys.`,
          en: `${requirement.id} is also evaluated on line ${earlier.line}, with a different light.`,
        });
      }
      if (earlier) {
        warnings.push(
          warning(
            row.line,
            'duplicate-row',
            `${requirement.id} står også på linje ${earlier.line}.`,
            `${requirement.id} also appears on line ${earlier.line}.`,
          ),
        );
        continue;
      }
      lightsFound.set(requirement.id, { light, line: row.line });
      const rawBasis = basisAt >= 0 ? (row.cells[basisAt] ?? '') : '';
      const basis = rawBasis.trim() === EMPTY_DOCUMENTATION_PLACEHOLDER ? '' : uncell(rawBasis);
      basisFound.set(requirement.id, basis);
      if (recommendationAt >= 0) {
        const raw = row.cells[recommendationAt] ?? '';
        recommendationsFound.set(
          requirement.id,
          raw.trim() === EMPTY_DOCUMENTATION_PLACEHOLDER ? '' : uncell(raw),
        );
      }
      const level = levelAt >= 0 ? parseLevel(plain(row.cells[levelAt] ?? '')) : null;
      if (level && level !== requirement.level) {
        warnings.push(
          warning(
            row.line,
            'level-mismatch',
            `${requirement.id} hører til ${catalogue.levelLabels[requirement.level].da}.`,
            `${requirement.id} belongs to ${catalogue.levelLabels[requirement.level].en}.`,
          ),
        );
      }
    }
  }
  if (evaluationTables === 0) {
    throw new DocumentError('no-table', 1, {
      da: 'Ingen vurderingstabel (| # | … | Vurdering | … |) fundet: filen er ikke en evalueringsrapport.',
      en: 'No evaluation table (| # | … | Vurdering | … |) found: the file is not an evaluation report.',
    });
  }

  const lights: Record<string, Light> = {};
  const basis: Record<string, string> = {};
  const recommendations: Record<string, string> = {};
  const lines: Record<string, number> = {};
  for (const r of catalogue.requirements) {
    const found = lightsFound.get(r.id);
    if (!found) continue;
    if (found.light) lights[r.id] = found.light;
    basis[r.id] = basisFound.get(r.id) ?? '';
    const recommendation = recommendationsFound.get(r.id);
    if (recommendation !== undefined) recommendations[r.id] = recommendation;
    lines[r.id] = found.line;
  }
  const counts = countLights(lights, catalogue);

  // The rows are the truth: a count table that disagrees with them (or overfills a bucket) is
  // reported with its line and the difference, and the document is read from its rows.
  const reported = readCountTables(doc.tables, catalogue, warnings);
  if (reported) {
    const invalid = validateCounts(reported.counts, catalogue);
    if (!invalid.ok) {
      for (const error of invalid.errors) {
        const line = reported.lines.get(error.field) ?? reported.tableLines.values().next().value ?? 1;
        warnings.push({ line, code: error.code, message: error.message });
      }
    }
    for (const [field, line] of [...reported.lines].sort((a, b) => a[1] - b[1])) {
      const mine = rowAt(counts, field);
      const theirs = rowAt(reported.counts, field);
      const differing = [...TALLIES, 'total' as const].filter((t) => mine[t] !== theirs[t]);
      if (differing.length === 0) continue;
      const label = (t: Tally | 'total') =>
        t === 'total'
          ? TOTAL_LABEL
          : t === 'unassessed'
            ? UNASSESSED_LABEL
            : `${LIGHT_EMOJI[t]} ${LIGHT_NAMES[t]}`;
      const label_en = (t: Tally | 'total') =>
        t === 'total' ? 'total' : t === 'unassessed' ? 'not assessed' : `${LIGHT_EMOJI[t]} ${t}`;
      const tableLine = reported.tableLines.get(field) ?? line;
      const where = fieldLabel(field, catalogue);
      warnings.push(
        warning(
          line,
          'counts-differ',
          `Optællingen i tabellen på linje ${tableLine} (${where.da}) passer ikke med rækkerne: ` +
            differing.map((t) => `${label(t)} ${theirs[t]} i tabellen, ${mine[t]} i rækkerne`).join('; ') +
            '. Rækkerne er importeret.',
          `The count table on line ${tableLine} (${where.en}) does not match the rows: ` +
            differing
              .map((t) => `${label_en(t)} ${theirs[t]} in the table, ${mine[t]} in the rows`)
              .join('; ') +
            '. The rows were imported.',
        ),
      );
    }
  }

  const { metadata } = readReportMetadata(doc, METADATA_KEYS);
  return {
    lights,
    basis,
    recommendations,
    lines,
    counts,
    reportedCounts: reported?.counts ?? null,
    metadata: { ...(metadata as EvaluationReportMetadata), ...readSections(doc) },
    warnings: warnings.sort((a, b) => a.line - b.line),
  };
}
