import type { GovernanceView, ParsedInputOf } from '../contract';
import {
  validateEvaluation,
  validateEvaluationTexts,
  type RequirementEvaluation,
} from '../domain/assessment';
import { can, ensure, projectAccessFromContext } from './access';
import type { Caller } from './caller';
import { refuseInvalid } from './errors';
import { loadProjectRecords, requireProfile, requirementOf } from './governance-view';
import {
  EVALUATION,
  EVALUATION_SUMMARY_ID,
  requirementKey,
  storedEvaluation,
  type StoredEvaluationSummary,
} from './records';
import { commitChanges, type AuditedChange } from './write';

/** The secretariat's light for one requirement. */
export async function saveEvaluation(
  caller: Caller,
  input: ParsedInputOf<'saveEvaluation'>,
): Promise<GovernanceView> {
  const access = await projectAccessFromContext(caller);
  ensure(can.evaluate(access));
  requirementOf(access, input.requirementId);
  refuseInvalid(validateEvaluation(input));
  const records = await loadProjectRecords(access.projectId);
  const before = records.evaluations.get(input.requirementId);
  const now = new Date().toISOString();
  const record: RequirementEvaluation = {
    schemaVersion: 1,
    requirementId: input.requirementId,
    light: input.light,
    basis: input.basis,
    ...(input.recommendation.trim() ? { recommendation: input.recommendation } : {}),
    source: 'set',
    evaluatedAt: now,
    evaluatedBy: caller.accountId,
    version: input.expectedVersion + 1,
  };
  const change: AuditedChange = {
    target: {
      entity: EVALUATION,
      key: requirementKey(access.projectId, input.requirementId),
      value: storedEvaluation(access.projectId, record),
      expectedVersion: input.expectedVersion,
    },
    audit: {
      action: 'evaluation.saved',
      target: input.requirementId,
      before: before
        ? { light: before.light, basis: before.basis, recommendation: before.recommendation }
        : null,
      after: { light: record.light, basis: record.basis, recommendation: record.recommendation },
    },
  };
  return (await commitChanges(caller, [change], { projectId: access.projectId, at: now, summaryOf: access }))
    .view;
}

/** The secretariat's overall evaluation of the product. */
export async function saveEvaluationSummary(
  caller: Caller,
  input: ParsedInputOf<'saveEvaluationSummary'>,
): Promise<GovernanceView> {
  const access = await projectAccessFromContext(caller);
  ensure(can.evaluate(access));
  requireProfile(access);
  refuseInvalid(
    validateEvaluationTexts({
      summary: input.summary,
      overall: input.overall,
      recommendationBoard: input.recommendationBoard,
    }),
  );
  const records = await loadProjectRecords(access.projectId);
  const now = new Date().toISOString();
  const record = {
    summary: input.summary,
    overall: input.overall,
    recommendationBoard: input.recommendationBoard,
    evaluatedAt: now,
    evaluatedBy: caller.accountId,
    version: input.expectedVersion + 1,
  };
  const stored: StoredEvaluationSummary = {
    projectId: access.projectId,
    requirementId: EVALUATION_SUMMARY_ID,
    record,
    version: record.version,
    updatedAt: now,
  };
  const change: AuditedChange = {
    target: {
      entity: EVALUATION,
      key: requirementKey(access.projectId, EVALUATION_SUMMARY_ID),
      value: stored,
      expectedVersion: input.expectedVersion,
    },
    audit: {
      action: 'evaluation.summary.saved',
      target: 'evaluation',
      before: records.evaluationSummary?.record ?? null,
      after: record,
    },
  };
  return (await commitChanges(caller, [change], { projectId: access.projectId, at: now, summaryOf: access }))
    .view;
}
