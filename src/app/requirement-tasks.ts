import type { GovernanceView, ParsedInputOf } from '../contract';
import { UNANSWERED } from '../domain/assessment';
import { createIssue } from '../platform/jira-gateway';
import { can, ensure, projectAccessFromContext } from './access';
import type { Caller } from './caller';
import { AppError } from './errors';
import { loadProjectRecords, requireProfile, requirementOf } from './governance-view';
import { ASSESSMENT, requirementKey, storedAssessment, type StoredAssessmentRecord } from './records';
import { commitChanges, type AuditedChange } from './write';

export const REQUIREMENT_PROPERTY = 'os2-governance-requirement';

/** Turns a gap into backlog work: a Jira issue that names the requirement, linked both ways. */
export async function createRequirementTask(
  caller: Caller,
  input: ParsedInputOf<'createRequirementTask'>,
): Promise<GovernanceView> {
  const access = await projectAccessFromContext(caller);
  ensure(can.createIssues(access));
  const requirement = requirementOf(access, input.requirementId);
  const profile = requireProfile(access);
  const summary = `OS2-governance: ${requirement.id} ${requirement.nameDa}`.slice(0, 250);
  const created = await createIssue(caller.jira.asUser, {
    fields: {
      project: { id: access.projectId },
      issuetype: { name: 'Task' },
      summary,
      labels: ['os2-governance'],
      description: {
        type: 'doc',
        version: 1,
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Governancekrav ' },
              { type: 'text', text: `${requirement.id}: ${requirement.nameDa}`, marks: [{ type: 'strong' }] },
              {
                type: 'text',
                text: ` (OS2's governancemodel ${profile.catalogueVersion}, ${requirement.level === 'sandkasse' ? 'Sandkasse' : `Niveau ${requirement.level}`}, ${requirement.modality}).`,
              },
            ],
          },
          ...(requirement.guidanceDa
            ? [
                {
                  type: 'paragraph',
                  content: [{ type: 'text', text: `Retningslinjer: ${requirement.guidanceDa}` }],
                },
              ]
            : []),
          {
            type: 'paragraph',
            content: [{ type: 'text', text: `English: ${requirement.nameEn}` }],
          },
        ],
      },
    },
    properties: [
      {
        key: REQUIREMENT_PROPERTY,
        value: {
          projectId: access.projectId,
          requirementId: requirement.id,
          catalogueVersion: profile.catalogueVersion,
        },
      },
    ],
  });

  // Link from our side too, retrying if someone saved the assessment at the same moment.
  for (let attempt = 0; ; attempt++) {
    const records = await loadProjectRecords(access.projectId);
    const existing = records.assessments.get(requirement.id);
    const now = new Date().toISOString();
    const record: StoredAssessmentRecord = existing
      ? {
          ...existing,
          linkedIssueIds: [...(existing.linkedIssueIds ?? []), created.id],
          version: existing.version + 1,
          updatedAt: now,
        }
      : {
          schemaVersion: 1,
          requirementId: requirement.id,
          status: UNANSWERED,
          documentation: '',
          explanation: '',
          links: [],
          updatedAt: now,
          updatedBy: caller.accountId,
          version: 1,
          linkedIssueIds: [created.id],
        };
    try {
      const change: AuditedChange = {
        target: {
          entity: ASSESSMENT,
          key: requirementKey(access.projectId, requirement.id),
          value: storedAssessment(access.projectId, record),
          expectedVersion: existing?.version ?? 0,
        },
        audit: {
          action: 'task.created',
          target: requirement.id,
          before: null,
          after: { issueKey: created.key },
        },
      };
      const refreshed = await commitChanges(caller, [change], {
        projectId: access.projectId,
        at: now,
        summaryOf: access,
      });
      return refreshed.view;
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'conflict') || attempt === 2) throw error;
    }
  }
}
