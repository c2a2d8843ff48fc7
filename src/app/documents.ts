import { createHash } from 'node:crypto';
import type { ExportedDocument, GovernanceView, ImportPreviewView, ParsedInputOf } from '../contract';
import {
  statusToOs2,
  validateAssessment,
  validateEvaluation,
  type RequirementEvaluation,
  type SelfStatus,
  type ValidationResult,
} from '../domain/assessment';
import {
  decisionLogFileName,
  DocumentError,
  evaluationReportFileName,
  exportSelfAssessmentJson,
  governanceReportFileName,
  importSelfAssessmentDocument,
  parseEvaluationReport,
  previewImport as previewSelfAssessmentImport,
  type PlannedAssessment,
  renderDecisionLog,
  renderEvaluationReport,
  renderGovernanceReport,
  selfAssessmentFileName,
  stringifySelfAssessmentJson,
  type ExportableAssessment,
} from '../domain/documents';
import { can, ensure, projectAccessFromContext, type ProjectAccess } from './access';
import type { Caller } from './caller';
import { AppError } from './errors';
import { assessmentFingerprint, copenhagenDate, openRound } from '../domain/evaluation-round';
import { loadProjectRecords, visibleEvaluation, type ProjectRecords } from './governance-view';
import { peopleById } from './people';
import {
  ASSESSMENT,
  auditedAnswer,
  requirementKey,
  ROUND,
  roundKey,
  storedAssessment,
  storedRound,
  type StoredAssessmentRecord,
} from './records';
import { commitChanges, type AuditedChange } from './write';
import { catalogueVersionInfo, CURRENT_CATALOGUE_VERSION, supportsDocuments } from '../domain/catalogue';

/**
 * OS2's own document formats in and out of a product. Exports are plain text for the browser to
 * download; imports are always previewed first and applied only against the exact state that was
 * previewed (a fingerprint of the versions), so nothing changed in between is overwritten.
 */

/** Who answered each requirement and when (Danish date), as the exports write it. */
async function answeredBy(caller: Caller, records: ProjectRecords): Promise<Map<string, string>> {
  const stored = [...records.assessments.values()];
  const people = await peopleById(
    caller,
    stored.map((r) => r.updatedBy),
  );
  return new Map(
    stored.map((r) => [
      r.requirementId,
      `${people.get(r.updatedBy)?.displayName ?? r.updatedBy}, ${copenhagenDate(r.updatedAt)}`,
    ]),
  );
}

/** The stored assessments with who answered, for the exports. */
function exportable(
  records: ProjectRecords,
  answered: Map<string, string>,
): Map<string, ExportableAssessment> {
  return new Map(
    [...records.assessments.values()].map((r) => [
      r.requirementId,
      {
        status: r.status,
        documentation: r.documentation,
        explanation: r.explanation,
        links: r.links,
        answered: answered.get(r.requirementId) ?? '',
      },
    ]),
  );
}

/** The date of the latest self-assessment: its last change (Danish date), or null when nothing is answered. */
function latestAssessmentDate(records: ProjectRecords): string | null {
  let latest = '';
  for (const r of records.assessments.values()) if (r.updatedAt > latest) latest = r.updatedAt;
  return latest === '' ? null : copenhagenDate(latest);
}

async function access(caller: Caller): Promise<ProjectAccess> {
  const result = await projectAccessFromContext(caller);
  if (!result.profile) {
    throw new AppError('not-found', {
      da: 'Projektet er endnu ikke knyttet til et OS2-produkt.',
      en: 'This project is not linked to an OS2 product yet.',
    });
  }
  if (!supportsDocuments(result.profile.catalogueVersion)) {
    const current = catalogueVersionInfo(CURRENT_CATALOGUE_VERSION);
    const pinned = catalogueVersionInfo(result.profile.catalogueVersion);
    throw new AppError('invalid-input', {
      da: `OS2's dokumentformater følger kravkataloget ${current.label.da}; produktet følger ${pinned.label.da}.`,
      en: `OS2's document formats follow catalogue ${current.label.en}; this product follows ${pinned.label.en}.`,
    });
  }
  return result;
}

export async function exportDocument(
  caller: Caller,
  input: ParsedInputOf<'exportDocument'>,
): Promise<ExportedDocument> {
  const a = await access(caller);
  const profile = a.profile!;
  const records = await loadProjectRecords(a.projectId);
  const me = (await peopleById(caller, [caller.accountId])).get(caller.accountId)?.displayName ?? '';
  const now = new Date().toISOString();
  const date = copenhagenDate(now);
  const frontMatter = input.frontMatter;
  switch (input.kind) {
    case 'self-assessment-json': {
      const json = exportSelfAssessmentJson({
        productName: profile.productName,
        filledBy: me,
        filledDate: date,
        generatedAt: now,
        assessments: exportable(records, await answeredBy(caller, records)),
      });
      return {
        fileName: selfAssessmentFileName(date, profile.productName),
        mimeType: 'application/json',
        content: stringifySelfAssessmentJson(json),
      };
    }
    case 'governance-report':
      return {
        fileName: governanceReportFileName(date, profile.productName),
        mimeType: 'text/markdown',
        content: renderGovernanceReport({
          productName: profile.productName,
          filledBy: me,
          filledDate: date,
          generatedAt: now,
          assessments: exportable(records, await answeredBy(caller, records)),
          frontMatter,
        }),
      };
    case 'evaluation-report': {
      // An open round only for those who may see drafts; everyone else gets the last completed one.
      const { round, evaluations } = visibleEvaluation(records, can.seeDrafts(a));
      const completed = round?.status === 'completed' && round.completedAt;
      const reportDate = completed ? copenhagenDate(round.completedAt!) : date;
      const assessed = latestAssessmentDate(records);
      return {
        fileName: evaluationReportFileName(reportDate, profile.productName),
        mimeType: 'text/markdown',
        content: renderEvaluationReport({
          productName: profile.productName,
          date: reportDate,
          evaluatedBy: me,
          gitLink: profile.githubUrl,
          // The governance report of the latest self-assessment, by the name its export gets.
          selfAssessmentLink: assessed ? governanceReportFileName(assessed, profile.productName) : '',
          status: completed ? 'Afsluttet' : 'Udkast',
          summary: round?.summary ?? '',
          overallAssessment: round?.overall ?? '',
          recommendationProduct: round?.recommendationProduct ?? '',
          recommendationBoard: round?.recommendationBoard ?? '',
          evaluations: Object.fromEntries(
            [...evaluations.values()].map((e) => [
              e.requirementId,
              { light: e.light, basis: e.basis, recommendation: e.recommendation ?? '' },
            ]),
          ),
          frontMatter,
        }),
      };
    }
    case 'decision-log':
      return {
        fileName: decisionLogFileName(date, profile.productName),
        mimeType: 'text/markdown',
        content: renderDecisionLog(profile.productName, records.decisions, undefined, { frontMatter }),
      };
  }
}

const statusText = (s: SelfStatus) => statusToOs2(s) ?? '—';

/** A previewed value as the view shows it: a status in OS2's words, links one per line. */
const valueText = (v: SelfStatus | string | readonly string[]) =>
  typeof v === 'string' ? v : Array.isArray(v) ? v.join('\n') : statusText(v as SelfStatus);

/** The versions an import is about to change: if any moves before apply, apply refuses. */
function fingerprint(versions: Record<string, number>): string {
  const canonical = Object.keys(versions)
    .sort()
    .map((id) => `${id}:${versions[id]}`)
    .join(',');
  return createHash('sha256').update(canonical).digest('hex').slice(0, 32);
}

function documentError(error: unknown): never {
  if (error instanceof DocumentError) {
    throw new AppError('invalid-input', {
      da: `Linje ${error.line}: ${error.text.da}`,
      en: `Line ${error.line}: ${error.text.en}`,
    });
  }
  throw error;
}

type Refusal = ImportPreviewView['refused'][number];

/**
 * Imports obey the rules of a single save: each planned record is checked with the same domain
 * function, and one that fails is left out of the import and listed with its reason.
 */
function withoutRefused<T>(
  planned: Record<string, T>,
  check: (id: string, value: T) => ValidationResult,
): { accepted: Record<string, T>; refused: Refusal[] } {
  const accepted: Record<string, T> = {};
  const refused: Refusal[] = [];
  for (const [id, value] of Object.entries(planned)) {
    const result = check(id, value);
    if (result.ok) accepted[id] = value;
    else
      refused.push({ requirementId: id, field: result.errors[0]!.field, message: result.errors[0]!.message });
  }
  return { accepted, refused };
}

interface PlannedImport {
  view: ImportPreviewView;
  assessments: Record<string, PlannedAssessment>;
  evaluations: Record<
    string,
    { light: RequirementEvaluation['light']; basis: string; recommendation: string | null }
  >;
}

async function plan(
  caller: Caller,
  a: ProjectAccess,
  input: ParsedInputOf<'previewImport'>,
): Promise<PlannedImport> {
  const records = await loadProjectRecords(a.projectId);
  if (input.kind === 'self-assessment') {
    ensure(can.editAssessment(a));
    let parsed;
    try {
      parsed = importSelfAssessmentDocument(input.content);
    } catch (error) {
      documentError(error);
    }
    const preview = previewSelfAssessmentImport(records.assessments, parsed);
    const { accepted, refused } = withoutRefused(preview.apply, (_id, next) => validateAssessment(next));
    const touched = Object.keys(accepted);
    return {
      view: {
        kind: 'self-assessment',
        // A governance report says which of OS2's shapes it was (A–D), or 'governance-report' when mixed.
        format:
          parsed.format === 'self-assessment-json'
            ? 'json'
            : 'shape' in parsed && /^[A-D]$/.test(String(parsed.shape))
              ? String(parsed.shape)
              : 'governance-report',
        changes: preview.changes
          .filter((c) => Object.hasOwn(accepted, c.requirementId))
          .map((c) => ({
            requirementId: c.requirementId,
            field: c.field,
            before: valueText(c.before),
            after: valueText(c.after),
          })),
        unchanged: preview.unchanged,
        kept: preview.kept.map((k) => ({
          requirementId: k.requirementId,
          field: k.field,
          current: valueText(k.current),
        })),
        unmapped: preview.unmapped.map((u) => ({ line: u.line, rawId: u.rawId, text: u.text })),
        otherStatuses: preview.otherStatuses.map((o) => ({ requirementId: o.id, text: o.text })),
        refused,
        warnings: parsed.warnings.map((w) => ({ line: w.line, message: w.message })),
        basedOn: fingerprint(
          Object.fromEntries(touched.map((id) => [id, records.assessments.get(id)?.version ?? 0])),
        ),
      },
      assessments: accepted,
      evaluations: {},
    };
  }
  ensure(can.evaluate(a));
  const round = openRound(records.rounds);
  if (!round) {
    throw new AppError('invalid-input', {
      da: 'En evalueringsrapport importeres i en åben evalueringsrunde. Start en runde først.',
      en: 'An evaluation report is imported into an open evaluation round. Start a round first.',
    });
  }
  const roundLights = visibleEvaluation(records, true).evaluations;
  let parsed;
  try {
    parsed = parseEvaluationReport(input.content);
  } catch (error) {
    documentError(error);
  }
  const changes: ImportPreviewView['changes'] = [];
  const planned: PlannedImport['evaluations'] = {};
  let unchanged = 0;
  for (const [id, light] of Object.entries(parsed.lights)) {
    const current = roundLights.get(id);
    const basis = parsed.basis[id] ?? '';
    // A report without a recommendation column says nothing about them: the stored ones stay.
    const recommendation = Object.hasOwn(parsed.recommendations, id) ? parsed.recommendations[id] : null;
    const sameLight = current?.source === 'set' && current.light === light;
    const sameBasis = (current?.basis ?? '') === basis;
    const sameRecommendation = recommendation === null || (current?.recommendation ?? '') === recommendation;
    if (sameLight && sameBasis && sameRecommendation) {
      unchanged += 1;
      continue;
    }
    if (!sameLight)
      changes.push({ requirementId: id, field: 'light', before: current?.light ?? '—', after: light });
    if (!sameBasis)
      changes.push({ requirementId: id, field: 'basis', before: current?.basis ?? '', after: basis });
    if (!sameRecommendation)
      changes.push({
        requirementId: id,
        field: 'recommendation',
        before: current?.recommendation ?? '',
        after: recommendation,
      });
    planned[id] = { light, basis, recommendation };
  }
  const { accepted: evaluations, refused } = withoutRefused(planned, (id, next) =>
    validateEvaluation({
      basis: next.basis,
      recommendation: next.recommendation ?? roundLights.get(id)?.recommendation ?? '',
    }),
  );
  return {
    view: {
      kind: 'evaluation-report',
      format: 'evaluation-report',
      changes: changes.filter((c) => Object.hasOwn(evaluations, c.requirementId)),
      unchanged,
      kept: [],
      unmapped: [],
      otherStatuses: [],
      refused,
      warnings: parsed.warnings.map((w) => ({ line: w.line, message: w.message })),
      basedOn: fingerprint(
        Object.fromEntries(Object.keys(evaluations).map((id) => [id, roundLights.get(id)?.version ?? 0])),
      ),
    },
    assessments: {},
    evaluations,
  };
}

export async function previewImport(
  caller: Caller,
  input: ParsedInputOf<'previewImport'>,
): Promise<ImportPreviewView> {
  return (await plan(caller, await access(caller), input)).view;
}

export async function applyImport(
  caller: Caller,
  input: ParsedInputOf<'applyImport'>,
): Promise<GovernanceView> {
  const a = await access(caller);
  const planned = await plan(caller, a, input);
  if (planned.view.basedOn !== input.basedOn) {
    throw new AppError('conflict', {
      da: 'Vurderingerne er ændret, siden forhåndsvisningen blev lavet. Lav en ny forhåndsvisning; intet er importeret.',
      en: 'The assessments changed after the preview was made. Preview again; nothing was imported.',
    });
  }
  const records = await loadProjectRecords(a.projectId);
  const now = new Date().toISOString();
  const source = input.fileName || 'import';
  const changes: AuditedChange[] = [];
  for (const [id, imported] of Object.entries(planned.assessments)) {
    const before = records.assessments.get(id);
    const record: StoredAssessmentRecord = {
      schemaVersion: 1,
      requirementId: id,
      status: imported.status,
      documentation: imported.documentation,
      explanation: imported.explanation,
      links: imported.links,
      updatedAt: now,
      updatedBy: caller.accountId,
      version: (before?.version ?? 0) + 1,
      linkedIssueIds: before?.linkedIssueIds ?? [],
      linkedIssues: before?.linkedIssues ?? [],
    };
    changes.push({
      target: {
        entity: ASSESSMENT,
        key: requirementKey(a.projectId, id),
        value: storedAssessment(a.projectId, record),
        expectedVersion: before?.version ?? 0,
      },
      audit: {
        action: 'assessment.imported',
        target: id,
        before: before ? auditedAnswer(before) : null,
        after: { ...auditedAnswer(record), source },
      },
    });
  }
  const round = openRound(records.rounds);
  const importedLights = Object.entries(planned.evaluations);
  if (round && importedLights.length > 0) {
    // One write of the round: every imported light lands together, or none does.
    const lights = new Map(round.lights.map((l) => [l.requirementId, l]));
    for (const [id, imported] of importedLights) {
      const before = lights.get(id);
      lights.set(id, {
        requirementId: id,
        light: imported.light,
        basis: imported.basis,
        recommendation: imported.recommendation ?? before?.recommendation ?? '',
        setAt: now,
        setBy: caller.accountId,
        assessmentFingerprint: assessmentFingerprint(records.assessments.get(id)),
        version: (before?.version ?? 0) + 1,
      });
    }
    changes.push({
      target: {
        entity: ROUND,
        key: roundKey(a.projectId, round.number),
        value: storedRound({
          ...round,
          lights: [...lights.values()],
          version: round.version + 1,
          updatedAt: now,
          updatedBy: caller.accountId,
        }),
        expectedVersion: round.version,
      },
      audit: {
        action: 'evaluation.imported',
        target: 'evaluation',
        before: {
          lights: importedLights.map(([id]) => ({
            requirementId: id,
            light: round.lights.find((l) => l.requirementId === id)?.light ?? null,
          })),
        },
        after: { lights: importedLights.map(([id, l]) => ({ requirementId: id, light: l.light })), source },
        round: round.number,
      },
    });
  }
  // Each requirement is its own conditional write: what was written before a conflict stays, audited.
  try {
    return (await commitChanges(caller, changes, { projectId: a.projectId, at: now, summaryOf: a })).view;
  } catch (error) {
    if (error instanceof AppError && error.code === 'conflict') {
      throw new AppError('conflict', {
        da: 'Nogen ændrede et krav under importen. Det, der allerede var importeret, står i revisionsloggen; lav en ny forhåndsvisning.',
        en: 'Someone changed a requirement during the import. What was already imported is in the audit log; preview again.',
      });
    }
    throw error;
  }
}
