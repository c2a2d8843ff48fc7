import type { GovernanceView, ParsedInputOf } from '../contract';
import { currentLevel, validateDecision, type LevelDecision } from '../domain/level';
import { can, ensure, projectAccessFromContext } from './access';
import type { Caller } from './caller';
import { refuseInvalid } from './errors';
import { loadProjectRecords, requireProfile } from './governance-view';
import { DECISION, type StoredDecision } from './records';
import { commitChanges, type AuditedChange } from './write';

/** A level decision by the board (or recorded by the secretariat in another body's name). */
export async function recordDecision(
  caller: Caller,
  input: ParsedInputOf<'recordDecision'>,
): Promise<GovernanceView> {
  const access = await projectAccessFromContext(caller);
  ensure(can.decide(access));
  requireProfile(access);
  // Board members record the board's decisions; only the secretariat records in others' names.
  if (!access.isSecretariat && input.decidedBy !== 'board') ensure(false);
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
  };
  const validation = validateDecision(decision, records.decisions);
  refuseInvalid(validation);
  const stored: StoredDecision = { projectId: access.projectId, date: decision.date, record: decision };
  // Decisions are append-only: a new key each time.
  const change: AuditedChange = {
    target: {
      entity: DECISION,
      key: `${access.projectId}:${decision.date}:${now}`,
      value: stored,
      append: true,
    },
    audit: {
      action: 'decision.recorded',
      target: 'level',
      before: currentLevel(records.decisions)?.level ?? null,
      after: decision,
    },
  };
  return (await commitChanges(caller, [change], { projectId: access.projectId, at: now, summaryOf: access }))
    .view;
}
