import type { GovernanceView, ParsedInputOf } from '../contract';
import { validateAssessment } from '../domain/assessment';
import { can, ensure, projectAccessFromContext } from './access';
import type { Caller } from './caller';
import { refuseInvalid } from './errors';
import { loadProjectRecords, requirementOf } from './governance-view';
import {
  ASSESSMENT,
  auditedAnswer,
  requirementKey,
  storedAssessment,
  type StoredAssessmentRecord,
} from './records';
import { commitChanges, type AuditedChange } from './write';

/** The product's own answer to one requirement. */
export async function saveAssessment(
  caller: Caller,
  input: ParsedInputOf<'saveAssessment'>,
): Promise<GovernanceView> {
  const access = await projectAccessFromContext(caller);
  ensure(can.editAssessment(access));
  requirementOf(access, input.requirementId);
  const links = input.links.map((l) => l.trim()).filter(Boolean);
  const validation = validateAssessment({
    status: input.status,
    documentation: input.documentation,
    explanation: input.explanation,
    links,
  });
  refuseInvalid(validation);
  const key = requirementKey(access.projectId, input.requirementId);
  const records = await loadProjectRecords(access.projectId);
  const before = records.assessments.get(input.requirementId);
  const now = new Date().toISOString();
  const record: StoredAssessmentRecord = {
    schemaVersion: 1,
    requirementId: input.requirementId,
    status: input.status,
    documentation: input.documentation,
    explanation: input.explanation,
    links,
    updatedAt: now,
    updatedBy: caller.accountId,
    version: input.expectedVersion + 1,
    linkedIssueIds: before?.linkedIssueIds ?? [],
    linkedIssues: before?.linkedIssues ?? [],
  };
  const change: AuditedChange = {
    target: {
      entity: ASSESSMENT,
      key,
      value: storedAssessment(access.projectId, record),
      expectedVersion: input.expectedVersion,
    },
    audit: {
      action: 'assessment.saved',
      target: input.requirementId,
      before: before ? auditedAnswer(before) : null,
      after: auditedAnswer(record),
    },
  };
  return (await commitChanges(caller, [change], { projectId: access.projectId, at: now, summaryOf: access }))
    .view;
}
