import type { GovernanceView, ParsedInputOf } from '../contract';
import { UNANSWERED } from '../domain/assessment';
import { createIssue, searchIssuesByIds } from '../platform/jira-gateway';
import { withLock } from '../platform/storage';
import { can, ensure, projectAccessFromContext, type ProjectAccess } from './access';
import type { Caller } from './caller';
import { AppError } from './errors';
import { loadProjectRecords, requireProfile, requirementOf } from './governance-view';
import {
  ASSESSMENT,
  isFreshTask,
  requirementKey,
  storedAssessment,
  type StoredAssessmentRecord,
} from './records';
import { commitChanges, type AuditedChange } from './write';

export const REQUIREMENT_PROPERTY = 'os2-governance-requirement';

/**
 * The requirement's open task, if any: a linked issue not done, or one the app created moments
 * ago that Jira's search does not return yet.
 */
async function openTask(
  caller: Caller,
  record: StoredAssessmentRecord | undefined,
): Promise<{ id: string; key: string } | null> {
  const ids = record?.linkedIssueIds ?? [];
  if (ids.length === 0) return null;
  const issues = await searchIssuesByIds(caller.jira.asUser, ids, { fields: ['status'] });
  const found = new Map(issues.map((i) => [i.id, i]));
  for (const id of [...ids].reverse()) {
    const issue = found.get(id);
    const created = record?.linkedIssues?.find((l) => l.id === id);
    if (issue && issue.fields.status?.statusCategory?.key !== 'done') return { id, key: issue.key };
    if (!issue && created && isFreshTask(created)) {
      return { id, key: created.key };
    }
  }
  return null;
}

/**
 * Turns a gap into backlog work: a Jira issue that names the requirement, linked both ways. One
 * open task per requirement unless the caller explicitly asks for another; concurrent clicks are
 * queued on a lock, so the second finds the first one's task.
 */
export async function createRequirementTask(
  caller: Caller,
  input: ParsedInputOf<'createRequirementTask'>,
): Promise<GovernanceView> {
  const access = await projectAccessFromContext(caller);
  ensure(can.createIssues(access));
  const requirement = requirementOf(access, input.requirementId);
  return withLock(`lock:task:${access.projectId}:${requirement.id}`, async () => {
    if (!input.another) {
      const records = await loadProjectRecords(access.projectId);
      const existing = await openTask(caller, records.assessments.get(requirement.id));
      if (existing) {
        throw new AppError(
          'conflict',
          {
            da: `Kravet har allerede en åben opgave: ${existing.key}.`,
            en: `The requirement already has an open task: ${existing.key}.`,
          },
          { existing },
        );
      }
    }
    return createTask(caller, access, requirement);
  });
}

async function createTask(
  caller: Caller,
  access: ProjectAccess,
  requirement: ReturnType<typeof requirementOf>,
): Promise<GovernanceView> {
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
    // Kept in the record so the task shows at once, before Jira's search index has it.
    const linked = { id: created.id, key: created.key, summary, createdAt: now };
    const record: StoredAssessmentRecord = existing
      ? {
          ...existing,
          linkedIssueIds: [...(existing.linkedIssueIds ?? []), created.id],
          linkedIssues: [...(existing.linkedIssues ?? []), linked],
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
          linkedIssues: [linked],
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
