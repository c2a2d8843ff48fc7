/**
 * OS2's self-assessment JSON (the web form's file, docs/os2-documents.md): exported exactly, imported
 * tolerantly, the way OS2's own importer reads it (only `krav` must be an array; entries are
 * matched by `id`).
 */
import { z } from 'zod';
import {
  getCatalogue,
  LevelSchema,
  requirementById,
  THEME_KATEGORI,
  type Catalogue,
  CURRENT_CATALOGUE_VERSION,
} from '../catalogue';
import {
  KNOWN_STATUSES,
  lookupById,
  parseStatus,
  statusToOs2,
  UNANSWERED,
  type ById,
  type SelfStatus,
} from '../assessment';
import {
  assertReadableText,
  datePrefix,
  DocumentError,
  lineAt,
  mergeImportedEntries,
  normaliseRawId,
  otherStatusesOf,
  stripBom,
  warning,
  type DocumentMetadata,
  type DocumentWarning,
  type ExportableAssessment,
  type ImportedEntry,
  type ImportResult,
} from './common';
import { answerTextOf } from './answer-text';
import { safeFileName } from './escape';
import { parseGovernanceReport, type GovernanceReportOptions } from './governance-report';

export const KategoriSchema = z.enum(['relevans', 'formkrav', 'strategisk', 'governance']);

/** One of OS2's five statuses, a free-text status kept from an imported report, or null (unanswered). */
export const EfterlevetSchema = z.union([z.enum(KNOWN_STATUSES), z.string().min(1)]).nullable();

export const SelfAssessmentJsonEntrySchema = z.strictObject({
  id: z.string().min(1),
  kategori: KategoriSchema,
  /** The requirement's canonical Danish name. */
  krav: z.string(),
  produktniveau: LevelSchema,
  /** Guidance text; '' where the catalogue has none. */
  retningslinjer: z.string(),
  efterlevet: EfterlevetSchema,
  /** '' when empty. */
  dokumentation: z.string(),
});
export type SelfAssessmentJsonEntry = z.infer<typeof SelfAssessmentJsonEntrySchema>;

/** The file as OS2's web form writes it; `exportSelfAssessmentJson` writes exactly this. */
export const SelfAssessmentJsonSchema = z.strictObject({
  productName: z.string(),
  filledBy: z.string(),
  filledDate: z.string(),
  generatedAt: z.string(),
  krav: z.array(SelfAssessmentJsonEntrySchema),
});
export type SelfAssessmentJson = z.infer<typeof SelfAssessmentJsonSchema>;

/** What OS2's own importer requires, and so all this one requires. */
const TolerantJsonSchema = z.looseObject({ krav: z.array(z.unknown()) });

export interface SelfAssessmentExportInput {
  productName: string;
  filledBy: string;
  /** `YYYY-MM-DD`. */
  filledDate: string;
  /** ISO timestamp. */
  generatedAt: string;
  assessments: ById<ExportableAssessment>;
}

/**
 * The self-assessment as OS2's JSON: one entry per requirement in catalogue order (43 for
 * v1.1.0), canonical Danish names, guidance, `efterlevet` null when unanswered, `dokumentation`
 * '' when empty. Key order is OS2's.
 */
export function exportSelfAssessmentJson(
  input: SelfAssessmentExportInput,
  catalogue: Catalogue = getCatalogue(CURRENT_CATALOGUE_VERSION),
): SelfAssessmentJson {
  return {
    productName: input.productName,
    filledBy: input.filledBy,
    filledDate: input.filledDate,
    generatedAt: input.generatedAt,
    krav: catalogue.requirements.map((r) => {
      const assessment = lookupById(input.assessments, r.id);
      return {
        id: r.id,
        kategori: THEME_KATEGORI[r.theme],
        krav: r.nameDa,
        produktniveau: r.level,
        retningslinjer: r.guidanceDa ?? '',
        efterlevet: statusToOs2(assessment?.status ?? UNANSWERED),
        dokumentation: answerTextOf(assessment),
      };
    }),
  };
}

/** The file as text: two-space indent and a final newline. */
export function stringifySelfAssessmentJson(json: SelfAssessmentJson): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** OS2's file name rule, date first: `OS2 Eksempel` → `2026-05-01-os2-eksempel-checkliste.json`. */
export function selfAssessmentFileName(date: string, productName: string): string {
  const base = safeFileName(productName.toLowerCase());
  return `${datePrefix(date)}-${base}-checkliste.json`;
}

function jsonSyntaxError(text: string, error: unknown): DocumentError {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+)/i.exec(message);
  const position = /position (\d+)/i.exec(message);
  const line = lineColumn ? Number(lineColumn[1]) : position ? lineAt(text, Number(position[1])) : 1;
  return new DocumentError('invalid-json', line, {
    da: `Ugyldig JSON: ${message}`,
    en: `Invalid JSON: ${message}`,
  });
}

/** The line of each `"id": "…"` in the text, in order, to give entries their line numbers. */
function idLines(text: string): { id: string; line: number }[] {
  const found: { id: string; line: number }[] = [];
  let line = 1;
  let at = 0;
  for (const m of text.matchAll(/"id"\s*:\s*("(?:[^"\\]|\\.)*")/g)) {
    for (; at < m.index; at += 1) if (text.charCodeAt(at) === 10) line += 1;
    try {
      found.push({ id: JSON.parse(m[1]) as string, line });
    } catch {
      // Not a JSON string after all; the entry falls back to the line of "krav".
    }
  }
  return found;
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Reads OS2's self-assessment JSON, tolerantly: only `krav` must be an array. Entries are matched
 * by `id` (case and spacing forgiven); unknown ids are reported in `unmapped`, not fatal.
 * `efterlevet` is read with `parseStatus`: free text is kept as *other* with its original text.
 * Missing fields are empty. Throws DocumentError for text that is not JSON, for a file without a
 * `krav` array, and for an id given twice with different statuses.
 */
export function importSelfAssessmentJson(
  text: string,
  catalogue: Catalogue = getCatalogue(CURRENT_CATALOGUE_VERSION),
): ImportResult {
  const source = stripBom(text);
  assertReadableText(source);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw jsonSyntaxError(source, error);
  }
  const kravAt = source.search(/"krav"\s*:/);
  const kravLine = kravAt >= 0 ? lineAt(source, kravAt) : 1;
  const parsed = TolerantJsonSchema.safeParse(data);
  if (!parsed.success) {
    throw new DocumentError('no-krav', kravLine, {
      da: 'Ikke en selvevaluering: filen har ingen liste "krav".',
      en: 'Not a self-assessment: the file has no "krav" array.',
    });
  }
  const root = parsed.data;
  const warnings: DocumentWarning[] = [];
  const metadata: DocumentMetadata = {};
  for (const key of ['productName', 'filledBy', 'filledDate', 'generatedAt'] as const) {
    if (typeof root[key] === 'string') metadata[key] = root[key];
  }

  const lines = idLines(source);
  // Per id, the positions in `lines` not yet used, so each lookup moves forward.
  const positions = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const list = positions.get(l.id) ?? [];
    list.push(i);
    positions.set(l.id, list);
  });
  const next = new Map<string, number>();
  let cursor = 0;
  const entries: ImportedEntry[] = [];
  root.krav.forEach((item, index) => {
    const record = item !== null && typeof item === 'object' ? (item as Record<string, unknown>) : null;
    const rawId = typeof record?.id === 'string' ? record.id : asText(record?.id);
    let line = kravLine;
    const list = positions.get(rawId) ?? [];
    let k = next.get(rawId) ?? 0;
    while (k < list.length && list[k] < cursor) k += 1;
    next.set(rawId, k);
    const at = k < list.length ? list[k] : -1;
    if (at >= 0) {
      line = lines[at].line;
      cursor = at + 1;
    }
    if (!record) {
      warnings.push(
        warning(
          line,
          'not-an-entry',
          `krav[${index}] er ikke et krav og er sprunget over.`,
          `krav[${index}] is not an entry and was skipped.`,
        ),
      );
      entries.push({
        line,
        rawId: '',
        text: asText(item),
        id: null,
        mappedBy: 'unmapped',
        status: UNANSWERED,
        documentation: '',
      });
      return;
    }
    const exact = requirementById(catalogue, rawId.trim());
    const loose = exact ?? catalogue.requirements.find((r) => normaliseRawId(r.id) === normaliseRawId(rawId));
    const efterlevet = record.efterlevet;
    let status: SelfStatus;
    if (efterlevet === undefined || efterlevet === null || typeof efterlevet === 'string') {
      status = parseStatus(efterlevet);
    } else {
      status = { kind: 'other', text: asText(efterlevet) };
      warnings.push(
        warning(
          line,
          'status-not-text',
          `${rawId}: "efterlevet" er ikke tekst; værdien er bevaret som fritekst.`,
          `${rawId}: "efterlevet" is not text; the value is kept as free text.`,
        ),
      );
    }
    if (!loose) {
      warnings.push(
        warning(
          line,
          'unknown-id',
          `Ukendt krav "${rawId}"; det er ikke importeret.`,
          `Unknown requirement "${rawId}"; it was not imported.`,
        ),
      );
    }
    entries.push({
      line,
      rawId,
      text: asText(record.krav),
      id: loose?.id ?? null,
      mappedBy: loose ? 'id' : 'unmapped',
      status,
      documentation: asText(record.dokumentation),
    });
  });

  const order = catalogue.requirements.map((r) => r.id);
  const merged = mergeImportedEntries(entries, order);
  const unmapped = entries.filter((e) => e.mappedBy === 'unmapped');
  return {
    format: 'self-assessment-json',
    entries,
    assessments: merged.assessments,
    unmapped,
    otherStatuses: otherStatusesOf(merged.assessments, entries),
    warnings: [...warnings, ...merged.warnings].sort((a, b) => a.line - b.line),
    metadata,
  };
}

/** True when the text looks like JSON rather than markdown. */
export function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(stripBom(text));
}

/**
 * Reads either a self-assessment JSON or a governance report (any shape). Throws DocumentError
 * for a file that is neither.
 */
export function importSelfAssessmentDocument(
  text: string,
  options: GovernanceReportOptions = {},
): ImportResult {
  const catalogue = options.catalogue ?? getCatalogue(CURRENT_CATALOGUE_VERSION);
  return looksLikeJson(text)
    ? importSelfAssessmentJson(text, catalogue)
    : parseGovernanceReport(text, options);
}

export interface SelfAssessmentFallbacks {
  productName?: string;
  filledBy?: string;
  filledDate?: string;
  /** Used when the document does not say when it was generated. */
  generatedAt: string;
}

/**
 * An import as OS2's JSON (v1.1.0 ids): what `os2 convert` writes. Header fields come from the
 * document, else from `fallbacks`, else ''.
 */
export function toSelfAssessmentJson(
  result: ImportResult,
  fallbacks: SelfAssessmentFallbacks,
  catalogue: Catalogue = getCatalogue(CURRENT_CATALOGUE_VERSION),
): SelfAssessmentJson {
  const m = result.metadata;
  return exportSelfAssessmentJson(
    {
      productName: m.productName ?? fallbacks.productName ?? '',
      filledBy: m.filledBy ?? fallbacks.filledBy ?? '',
      filledDate: m.filledDate ?? fallbacks.filledDate ?? '',
      generatedAt: m.generatedAt ?? fallbacks.generatedAt,
      assessments: result.assessments,
    },
    catalogue,
  );
}
