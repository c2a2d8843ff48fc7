import type { GovernanceView, ParsedInputOf } from '../contract';
import { standingUpTo, validateFreeTexts } from '../domain/assessment';
import { getCatalogue } from '../domain/catalogue';
import {
  currentLevel,
  needsOutstandingAcknowledgement,
  outstandingSkalAt,
  validateDecision,
  type LevelDecision,
} from '../domain/level';
import { can, ensure, projectAccessFromContext } from './access';
import type { Caller } from './caller';
import { AppError, refuseInvalid } from './errors';
import { loadProjectRecords, requireProfile, visibleEvaluation } from './governance-view';
import { DECISION, type StoredDecision } from './records';
import { commitChanges, type AuditedChange } from './write';

/**
 * A level decision by the board (or recorded by the secretariat in another body's name), or a
 * correction of an earlier entry. The log is append-only: a correction is a new entry naming the
 * one it supersedes.
 */
export async function recordDecision(
  caller: Caller,
  input: ParsedInputOf<'recordDecision'>,
): Promise<GovernanceView> {
  const access = await projectAccessFromContext(caller);
  ensure(can.decide(access));
  const profile = requireProfile(access);
  // Board members record the board's decisions; only the secretariat records in others' names,
  // and only the secretariat corrects the log.
  if (!access.isSecretariat && (input.decidedBy !== 'board' || input.supersedes !== undefined)) ensure(false);
  const records = await loadProjectRecords(access.projectId);
  const now = new Date().toISOString();
  const decision: LevelDecision = {
    schemaVersion: 1,
    id: `${access.projectId}-${now}`,
    projectId: access.projectId,
    date: input.date,
    kind: input.kind,
    resultingLevel: input.resultingLevel,
    basis: input.basis,
    decidedBy: input.decidedBy,
    decidedByAccountId: caller.accountId,
    ...(input.reference.trim() ? { reference: input.reference.trim() } : {}),
    recordedAt: now,
    ...(input.supersedes === undefined
      ? {}
      : { supersedes: input.supersedes, correctionReason: (input.correctionReason ?? '').trim() }),
  };
  const validation = validateDecision(decision, records.decisions);
  refuseInvalid(validation);
  refuseInvalid(
    validateFreeTexts({ basis: decision.basis, correctionReason: decision.correctionReason ?? '' }),
  );

  // A raise past outstanding skal requirements needs the decider to have seen how many.
  if (decision.resultingLevel !== null) {
    const { evaluations } = visibleEvaluation(records, can.seeDrafts(access));
    const standing = standingUpTo(
      getCatalogue(profile.catalogueVersion),
      decision.resultingLevel,
      records.assessments,
      evaluations,
    ).map((s) => ({ level: s.requirement.level, modality: s.requirement.modality, state: s.state }));
    const outstanding = outstandingSkalAt(decision.resultingLevel, standing);
    if (
      needsOutstandingAcknowledgement(decision.kind, outstanding) &&
      input.acknowledgedOutstandingSkal !== outstanding
    ) {
      const message = {
        da: `${outstanding} skal-krav på niveauet er ikke opfyldt. Bekræft antallet for at hæve alligevel.`,
        en: `${outstanding} skal requirements of the level are not met. Confirm the count to raise anyway.`,
      };
      throw new AppError('invalid-input', message, [
        { field: 'acknowledgedOutstandingSkal', code: 'outstanding-skal', message, count: outstanding },
      ]);
    }
  }

  const stored: StoredDecision = { projectId: access.projectId, date: decision.date, record: decision };
  const before = currentLevel(records.decisions);
  // Decisions are append-only: a new key each time.
  const change: AuditedChange = {
    target: {
      entity: DECISION,
      key: `${access.projectId}:${decision.date}:${now}`,
      value: stored,
      append: true,
    },
    audit: {
      action: decision.supersedes ? 'decision.corrected' : 'decision.recorded',
      target: 'level',
      before: before?.level ?? null,
      after: decision,
    },
  };
  return (await commitChanges(caller, [change], { projectId: access.projectId, at: now, summaryOf: access }))
    .view;
}
