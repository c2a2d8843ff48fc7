/** Jira Software `/rest/agile/1.0`: boards, sprints, backlog, moving issues between them, and ranking. */
import { RANK_FIELD_ID, STATUSES, STORY_POINTS_FIELD, statusByName } from '../catalog';
import { type Ctx, type Route, findVisibleIssue, intParam, jsonBody, noContent, ok, page } from '../context';
import { fail, ISSUE_NOT_FOUND, projectNotFound } from '../errors';
import { listParam, parseFieldSelection, renderIssue } from '../fields';
import { rankIssues } from '../rank';
import { renderBoard, renderSprint } from '../render';
import { runJql } from '../search';
import type { BoardRecord, IssueRecord, ProjectRecord, SprintRecord } from '../types';

const A = '/rest/agile/1.0';
const MAX_MOVE = 50;

const BOARD_NOT_FOUND = 'Board does not exist or you do not have permission to see it.';
const SPRINT_NOT_FOUND = 'Sprint does not exist or you do not have permission to view it.';

function visibleBoard(ctx: Ctx): { board: BoardRecord; project: ProjectRecord } {
  const board = /^\d+$/.test(ctx.params.boardId) ? ctx.store.getBoard(Number(ctx.params.boardId)) : undefined;
  const project = board && ctx.snapshot.project(board.projectId);
  if (!board || !project || !ctx.perms.canBrowse(project)) fail(404, BOARD_NOT_FOUND);
  return { board, project };
}

function visibleSprint(ctx: Ctx): { sprint: SprintRecord; project: ProjectRecord } {
  const sprint = /^\d+$/.test(ctx.params.sprintId)
    ? ctx.store.getSprint(Number(ctx.params.sprintId))
    : undefined;
  const board = sprint && ctx.store.getBoard(sprint.boardId);
  const project = board && ctx.snapshot.project(board.projectId);
  if (!sprint || !project || !ctx.perms.canBrowse(project)) fail(404, SPRINT_NOT_FOUND);
  return { sprint, project };
}

const openSprintOf = (ctx: Ctx, i: IssueRecord) =>
  i.sprintIds.map((id) => ctx.snapshot.sprints.get(id)).find((s) => s && s.state !== 'closed');

/** The agile issue list: the caller's `jql` within the board/sprint scope, rank order unless it orders itself. */
function issueList(ctx: Ctx, within: (i: IssueRecord) => boolean) {
  const { issues } = runJql(ctx, ctx.query.get('jql') ?? '', { defaultOrder: 'rank', within });
  const p = page(issues, intParam(ctx, 'startAt', 0), intParam(ctx, 'maxResults', 50, 100));
  const opts = {
    selection: parseFieldSelection(listParam(ctx.query.getAll('fields')), ['*navigable']),
    properties: listParam(ctx.query.getAll('properties')),
    expand: new Set<string>(),
    agile: true,
  };
  return ok({
    expand: 'names,schema',
    startAt: p.startAt,
    maxResults: p.maxResults,
    total: p.total,
    issues: p.values.map((i) => renderIssue(i, ctx.snapshot, opts)),
  });
}

function listBoards(ctx: Ctx) {
  const types = listParam(ctx.query.get('type') ?? undefined);
  const name = (ctx.query.get('name') ?? '').toLowerCase();
  const projectRef = ctx.query.get('projectKeyOrId');
  let only: ProjectRecord | undefined;
  if (projectRef) {
    only = ctx.store.findProject(projectRef);
    if (!only || !ctx.perms.canBrowse(only)) fail(400, projectNotFound(projectRef));
  }
  const boards = ctx.snapshot.boards
    .map((b) => ({ b, p: ctx.snapshot.project(b.projectId) }))
    .filter(({ p }) => p && ctx.perms.canBrowse(p) && (!only || p.id === only.id))
    .filter(({ b }) => (!types.length || types.includes(b.type)) && b.name.toLowerCase().includes(name));
  const p = page(boards, intParam(ctx, 'startAt', 0), intParam(ctx, 'maxResults', 50, 50));
  return ok({ ...p, values: p.values.map(({ b, p: project }) => renderBoard(ctx.site, b, project!)) });
}

function boardConfiguration(ctx: Ctx) {
  const { board, project } = visibleBoard(ctx);
  const column = (name: string, statusNames: string[]) => ({
    name,
    statuses: STATUSES.filter((s) => statusNames.includes(s.name)).map((s) => ({
      id: s.id,
      self: `${ctx.site}/rest/api/2/status/${s.id}`,
    })),
  });
  return ok({
    id: board.id,
    name: board.name,
    type: board.type,
    self: `${ctx.site}/rest/agile/1.0/board/${board.id}/configuration`,
    location: {
      type: 'project',
      key: project.key,
      id: project.id,
      self: `${ctx.site}/rest/api/2/project/${project.id}`,
      name: project.name,
    },
    filter: { id: String(board.id + 10000), self: `${ctx.site}/rest/api/2/filter/${board.id + 10000}` },
    ...(board.type === 'kanban'
      ? { subQuery: { query: 'fixVersion in unreleasedVersions() OR fixVersion is EMPTY' } }
      : {}),
    columnConfig: {
      columns: [column('To Do', ['To Do']), column('In Progress', ['In Progress']), column('Done', ['Done'])],
      constraintType: 'none',
    },
    ...(board.type === 'scrum'
      ? {
          estimation: {
            type: 'field',
            field: { fieldId: STORY_POINTS_FIELD, displayName: 'Story point estimate' },
          },
        }
      : {}),
    ranking: { rankCustomFieldId: RANK_FIELD_ID },
  });
}

const SPRINT_STATE_ORDER = ['closed', 'active', 'future'];

function boardSprints(ctx: Ctx) {
  const { board } = visibleBoard(ctx);
  if (board.type !== 'scrum') fail(400, 'The board does not support sprints');
  const states = listParam(ctx.query.get('state') ?? undefined);
  const sprints = [...ctx.snapshot.sprints.values()]
    .filter((s) => s.boardId === board.id && (!states.length || states.includes(s.state)))
    .sort((a, b) => SPRINT_STATE_ORDER.indexOf(a.state) - SPRINT_STATE_ORDER.indexOf(b.state) || a.id - b.id);
  const p = page(sprints, intParam(ctx, 'startAt', 0), intParam(ctx, 'maxResults', 50, 50));
  return ok({
    maxResults: p.maxResults,
    startAt: p.startAt,
    isLast: p.isLast,
    values: p.values.map((s) => renderSprint(ctx.site, s)),
  });
}

/** Issue references of the move/rank bodies: keys or ids, at most 50. */
function issueRefs(body: Record<string, unknown>): string[] {
  const refs = Array.isArray(body.issues) ? body.issues.map(String) : [];
  if (!refs.length) fail(400, 'At least one issue must be provided.');
  if (refs.length > MAX_MOVE)
    fail(400, `The maximum number of issues that can be moved in one operation is ${MAX_MOVE}.`);
  return refs;
}

/** Issues to move between sprints and backlog; each needs Schedule and Edit permission. */
function movableIssues(ctx: Ctx, refs: string[]): IssueRecord[] {
  return refs.map((ref) => {
    const found = findVisibleIssue(ctx, ref);
    if (!found) fail(400, `Issue '${ref}': ${ISSUE_NOT_FOUND}`);
    if (!ctx.perms.has(found.project, 'SCHEDULE_ISSUES') || !ctx.perms.has(found.project, 'EDIT_ISSUES')) {
      fail(403, `You do not have permission to schedule issue '${found.issue.key}'.`);
    }
    return found.issue;
  });
}

/** Replaces the issues' open sprint (closed sprints stay in their history). */
function setOpenSprint(ctx: Ctx, issues: IssueRecord[], sprintId: number | null): void {
  const now = ctx.now.toISOString();
  ctx.store.transaction(() => {
    for (const issue of issues) {
      const closed = issue.sprintIds.filter((id) => ctx.snapshot.sprints.get(id)?.state === 'closed');
      ctx.store.updateIssue({
        ...issue,
        sprintIds: sprintId === null ? closed : [...closed, sprintId],
        updated: now,
      });
    }
  });
  ctx.snapshot.invalidate();
}

function anchorOf(
  ctx: Ctx,
  body: Record<string, unknown>,
): { anchor: IssueRecord; position: 'before' | 'after' } | undefined {
  const before = body.rankBeforeIssue;
  const after = body.rankAfterIssue;
  if (before !== undefined && after !== undefined)
    fail(400, "Only one of 'rankBeforeIssue' and 'rankAfterIssue' can be given.");
  if (body.rankCustomFieldId !== undefined && Number(body.rankCustomFieldId) !== RANK_FIELD_ID) {
    fail(400, `The rank field with id '${String(body.rankCustomFieldId)}' does not exist.`);
  }
  const ref = before ?? after;
  if (ref === undefined) return undefined;
  const found = findVisibleIssue(ctx, String(ref));
  if (!found) fail(400, `Issue '${String(ref)}': ${ISSUE_NOT_FOUND}`);
  return { anchor: found.issue, position: before !== undefined ? 'before' : 'after' };
}

function moveToSprint(ctx: Ctx) {
  const { sprint } = visibleSprint(ctx);
  const body = jsonBody(ctx);
  if (sprint.state === 'closed') fail(400, 'Issues can only be moved to an active or a future sprint.');
  const issues = movableIssues(ctx, issueRefs(body));
  const anchor = anchorOf(ctx, body);
  setOpenSprint(ctx, issues, sprint.id);
  if (anchor) rankIssues(ctx.store, ctx.snapshot.issues, issues, anchor.anchor, anchor.position);
  return noContent();
}

function moveToBacklog(ctx: Ctx) {
  const body = jsonBody(ctx);
  setOpenSprint(ctx, movableIssues(ctx, issueRefs(body)), null);
  return noContent();
}

function rank(ctx: Ctx) {
  const body = jsonBody(ctx);
  const refs = issueRefs(body);
  const anchor = anchorOf(ctx, body);
  if (!anchor) fail(400, "One of 'rankBeforeIssue' or 'rankAfterIssue' must be given.");
  const found = refs.map((ref) => ({ ref, hit: findVisibleIssue(ctx, ref) }));
  const denied = found.find(({ hit }) => hit && !ctx.perms.has(hit.project, 'SCHEDULE_ISSUES'));
  // Ranking needs Schedule Issues on every issue: Jira refuses the whole request otherwise.
  if (denied) fail(403, `You do not have permission to rank issue '${denied.hit!.issue.key}'.`);
  const entries: Record<string, unknown>[] = [];
  const rankable: IssueRecord[] = [];
  for (const { ref, hit } of found) {
    const numeric = /^\d+$/.test(ref);
    const entry = {
      issueId: hit ? Number(hit.issue.id) : numeric ? Number(ref) : undefined,
      issueKey: hit?.issue.key ?? (numeric ? undefined : ref),
    };
    if (!hit) entries.push({ ...entry, status: 404, errors: [ISSUE_NOT_FOUND] });
    else if (hit.issue.id === anchor.anchor.id) {
      entries.push({ ...entry, status: 400, errors: ['An issue cannot be ranked relative to itself.'] });
    } else {
      entries.push({ ...entry, status: 200 });
      rankable.push(hit.issue);
    }
  }
  if (rankable.length) rankIssues(ctx.store, ctx.snapshot.issues, rankable, anchor.anchor, anchor.position);
  return entries.every((e) => e.status === 200) ? noContent() : ok({ entries }, 207);
}

const SPRINT_STATES = ['future', 'active', 'closed'];

/**
 * Partial update of a sprint (`POST /sprint/{id}`), as Jira does it: name, goal and dates, and the
 * state moving forward only (future → active needs a start and an end date and no other active
 * sprint on the board; active → closed sets the complete date). Needs Manage Sprints.
 */
function updateSprint(ctx: Ctx) {
  const { sprint, project } = visibleSprint(ctx);
  if (!ctx.perms.has(project, 'MANAGE_SPRINTS_PERMISSION'))
    fail(403, 'You do not have permission to manage this sprint.');
  const body = jsonBody(ctx);
  if (sprint.state === 'closed') fail(400, 'A closed sprint cannot be updated.');
  const text = (key: string, max: number) => {
    const v = body[key];
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v.length > max) fail(400, `The sprint ${key} is invalid.`);
    return v;
  };
  const when = (key: string) => {
    const v = text(key, 40);
    if (v !== undefined && Number.isNaN(Date.parse(v))) fail(400, `The sprint ${key} is not a date.`);
    return v === undefined ? undefined : new Date(v).toISOString();
  };
  const next: SprintRecord = {
    ...sprint,
    name: text('name', 255) ?? sprint.name,
    goal: text('goal', 4000) ?? sprint.goal,
    startDate: when('startDate') ?? sprint.startDate,
    endDate: when('endDate') ?? sprint.endDate,
  };
  const state = body.state;
  if (state !== undefined && state !== sprint.state) {
    if (typeof state !== 'string' || !SPRINT_STATES.includes(state))
      fail(400, 'The sprint state is invalid.');
    if (SPRINT_STATES.indexOf(state) !== SPRINT_STATES.indexOf(sprint.state) + 1)
      fail(400, `A ${sprint.state} sprint cannot become ${state}.`);
    if (state === 'active') {
      if (!next.startDate || !next.endDate) fail(400, 'A sprint needs a start and an end date to start.');
      const other = [...ctx.snapshot.sprints.values()].find(
        (s) => s.boardId === sprint.boardId && s.state === 'active' && s.id !== sprint.id,
      );
      if (other) fail(400, `Sprint '${other.name}' is already active on this board.`);
    }
    next.state = state as SprintRecord['state'];
    if (state === 'closed') next.completeDate = ctx.now.toISOString();
  }
  ctx.store.updateSprint(next);
  ctx.snapshot.invalidate();
  return ok(renderSprint(ctx.site, next));
}

const isDone = (i: IssueRecord) => statusByName(i.status).category === 'done';

export const agileRoutes: Route[] = [
  { method: 'GET', template: `${A}/board`, handler: listBoards },
  {
    method: 'GET',
    template: `${A}/board/{boardId}`,
    handler: (ctx) => {
      const { board, project } = visibleBoard(ctx);
      return ok(renderBoard(ctx.site, board, project));
    },
  },
  { method: 'GET', template: `${A}/board/{boardId}/configuration`, handler: boardConfiguration },
  {
    method: 'GET',
    template: `${A}/board/{boardId}/backlog`,
    handler: (ctx) => {
      const { project } = visibleBoard(ctx);
      // Jira: "incomplete issues that are not assigned to any future or active sprint".
      return issueList(ctx, (i) => i.projectId === project.id && !isDone(i) && !openSprintOf(ctx, i));
    },
  },
  {
    method: 'GET',
    template: `${A}/board/{boardId}/issue`,
    handler: (ctx) => {
      const { project } = visibleBoard(ctx);
      return issueList(ctx, (i) => i.projectId === project.id);
    },
  },
  { method: 'GET', template: `${A}/board/{boardId}/sprint`, handler: boardSprints },
  {
    method: 'GET',
    template: `${A}/sprint/{sprintId}`,
    handler: (ctx) => ok(renderSprint(ctx.site, visibleSprint(ctx).sprint)),
  },
  {
    method: 'GET',
    template: `${A}/sprint/{sprintId}/issue`,
    handler: (ctx) => {
      const { sprint } = visibleSprint(ctx);
      return issueList(ctx, (i) => i.sprintIds.includes(sprint.id));
    },
  },
  { method: 'POST', template: `${A}/sprint/{sprintId}`, handler: updateSprint },
  { method: 'POST', template: `${A}/sprint/{sprintId}/issue`, handler: moveToSprint },
  { method: 'POST', template: `${A}/backlog/issue`, handler: moveToBacklog },
  { method: 'PUT', template: `${A}/issue/rank`, handler: rank },
];
