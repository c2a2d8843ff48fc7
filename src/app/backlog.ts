import type { BacklogPage, ParsedInputOf } from '../contract';
import { getBacklogIssues, getBoardsForProject } from '../platform/jira-gateway';
import { contextProject } from './access';
import type { Caller } from './caller';
import { notFound } from './errors';

/** Only Browse Projects is needed; the agile calls run as the user, so Jira checks them again itself. */
export async function getBacklogPage(
  caller: Caller,
  input: ParsedInputOf<'getBacklogPage'>,
): Promise<BacklogPage> {
  const { projectId } = contextProject(caller);
  if (!(await caller.permissions.grants(projectId)).project.BROWSE_PROJECTS) throw notFound();
  let boardId = caller.boardId ?? null;
  if (boardId === null) {
    const boards = await getBoardsForProject(caller.jira.asUser, projectId);
    boardId = boards.values[0]?.id ?? null;
  }
  if (boardId === null) return { boardId, issues: [], startAt: 0, total: 0 };
  const page = await getBacklogIssues(caller.jira.asUser, boardId, {
    startAt: input.startAt,
    maxResults: 25,
    fields: 'summary,issuetype,status,assignee,customfield_10016',
  });
  return {
    boardId,
    startAt: page.startAt,
    total: page.total,
    issues: page.issues.map((issue) => ({
      id: issue.id,
      key: issue.key,
      summary: issue.fields.summary,
      issueType: issue.fields.issuetype?.name ?? '',
      status: issue.fields.status?.name ?? '',
      statusCategory: issue.fields.status?.statusCategory?.key ?? 'new',
      assignee: issue.fields.assignee?.displayName ?? null,
      storyPoints: issue.fields.customfield_10016 ?? null,
    })),
  };
}
