/**
 * Applies `fields` and `update` of create/edit requests to an issue record, collecting Jira's per-field
 * validation errors (`{errors: {field: message}}`) instead of stopping at the first.
 */
import { isAdfDoc } from './adf';
import { ISSUE_TYPES, PRIORITIES, SPRINT_FIELD, STORY_POINTS_FIELD } from './catalog';
import type { Ctx } from './context';
import type { IssueRecord, ProjectRecord } from './types';
import { isObject as isObj } from './util';

export const notOnScreen = (field: string) =>
  `Field '${field}' cannot be set. It is not on the appropriate screen, or unknown.`;

type Obj = Record<string, unknown>;
/** Identifies an issue in `{key}` / `{id}` references. */
const refOf = (v: unknown): string | undefined =>
  isObj(v)
    ? typeof v.key === 'string'
      ? v.key
      : typeof v.id === 'string' || typeof v.id === 'number'
        ? String(v.id)
        : undefined
    : undefined;

export interface EditTarget {
  issue: IssueRecord;
  project: ProjectRecord;
  errors: Record<string, string>;
}

type Setter = (ctx: Ctx, t: EditTarget, value: unknown) => void;

const SETTERS: Record<string, Setter> = {
  summary: (_ctx, t, v) => {
    if (typeof v !== 'string' || !v.trim()) t.errors.summary = 'You must specify a summary of the issue.';
    else if (v.length > 255) t.errors.summary = 'Summary must be less than 255 characters.';
    else t.issue.summary = v;
  },
  description: (_ctx, t, v) => {
    if (v === null) t.issue.description = null;
    else if (isAdfDoc(v)) t.issue.description = v;
    else
      t.errors.description =
        'Operation value must be an Atlassian Document (see the Atlassian Document Format)';
  },
  labels: (_ctx, t, v) => {
    if (!Array.isArray(v) || v.some((l) => typeof l !== 'string')) {
      t.errors.labels = 'Operation value must be a list of strings.';
      return;
    }
    const bad = (v as string[]).find((l) => /\s/.test(l) || !l || l.length > 255);
    if (bad !== undefined) t.errors.labels = `The label '${bad}' contains spaces which is invalid.`;
    else t.issue.labels = [...new Set(v as string[])];
  },
  assignee: (ctx, t, v) => {
    if (v === null || (isObj(v) && (v.accountId === null || v.id === null))) {
      t.issue.assigneeId = null;
      return;
    }
    const id = isObj(v) ? (v.accountId ?? v.id) : undefined;
    const user = typeof id === 'string' ? ctx.snapshot.user(id) : undefined;
    if (!user || !ctx.permsFor(user).has(t.project, 'ASSIGNABLE_USER')) {
      t.errors.assignee = `User '${String(id)}' cannot be assigned issues.`;
    } else t.issue.assigneeId = user.accountId;
  },
  reporter: (ctx, t, v) => {
    const id = isObj(v) ? (v.accountId ?? v.id) : undefined;
    const user = typeof id === 'string' ? ctx.snapshot.user(id) : undefined;
    if (!user) t.errors.reporter = 'Specified reporter is not a user.';
    else t.issue.reporterId = user.accountId;
  },
  priority: (_ctx, t, v) => {
    const p = isObj(v) ? PRIORITIES.find((x) => x.id === String(v.id) || x.name === v.name) : undefined;
    if (!p) t.errors.priority = 'The priority selected is invalid.';
    else t.issue.priority = p.name;
  },
  issuetype: (_ctx, t, v) => {
    const type = isObj(v) ? ISSUE_TYPES.find((x) => x.id === String(v.id) || x.name === v.name) : undefined;
    if (!type) t.errors.issuetype = 'The issue type selected is invalid.';
    else t.issue.issueType = type.name;
  },
  parent: (ctx, t, v) => {
    if (v === null) {
      t.issue.parentId = null;
      return;
    }
    const ref = refOf(v);
    const parent = ref ? ctx.store.findIssue(ref) : undefined;
    const parentProject = parent && ctx.snapshot.project(parent.projectId);
    if (!parent || !parentProject || !ctx.perms.canBrowse(parentProject)) {
      t.errors.parent = `Could not find issue by id or key.`;
    } else if (parent.issueType !== 'Epic' || t.issue.issueType === 'Epic' || parent.id === t.issue.id) {
      t.errors.parent = 'Given parent work item does not belong to appropriate hierarchy.';
    } else t.issue.parentId = parent.id;
  },
  [STORY_POINTS_FIELD]: (_ctx, t, v) => {
    if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
      t.errors[STORY_POINTS_FIELD] = 'Operation value must be a number';
    } else t.issue.storyPoints = v;
  },
  [SPRINT_FIELD]: (ctx, t, v) => {
    const closed = t.issue.sprintIds.filter((id) => ctx.snapshot.sprints.get(id)?.state === 'closed');
    if (v === null) {
      t.issue.sprintIds = closed;
      return;
    }
    const sprint = typeof v === 'number' ? ctx.snapshot.sprints.get(v) : undefined;
    if (!sprint) t.errors[SPRINT_FIELD] = 'Number value expected as the Sprint id.';
    else if (sprint.state === 'closed')
      t.errors[SPRINT_FIELD] = 'Issue can be assigned only to active or future sprints.';
    else t.issue.sprintIds = [...closed, sprint.id];
  },
};

/** Turns `update` operations into final field values; only `set`, `add` and `remove` exist here. */
function applyUpdates(t: EditTarget, update: Obj): Obj {
  const out: Obj = {};
  for (const [field, ops] of Object.entries(update)) {
    if (!Array.isArray(ops)) {
      t.errors[field] = 'Update operations must be a list.';
      continue;
    }
    for (const op of ops as Obj[]) {
      if ('set' in op) out[field] = op.set;
      else if (field === 'labels' && ('add' in op || 'remove' in op)) {
        const current = (out.labels as string[] | undefined) ?? [...t.issue.labels];
        out.labels = 'add' in op ? [...current, op.add] : current.filter((l) => l !== op.remove);
      } else t.errors[field] = `Operation is not supported for the field '${field}'.`;
    }
  }
  return out;
}

/** Fields that need more than Edit Issues, as in Jira's default permission scheme. */
const FIELD_PERMISSION: Record<string, string> = {
  assignee: 'ASSIGN_ISSUES',
  reporter: 'ADMINISTER_PROJECTS',
  [SPRINT_FIELD]: 'SCHEDULE_ISSUES',
};

export interface EditRequest {
  fields?: unknown;
  update?: unknown;
}

/** Applies the request; `editable` false makes every field "not on the screen", as for users without Edit. */
export function applyEdit(
  ctx: Ctx,
  t: EditTarget,
  req: EditRequest,
  editable = true,
  skip: string[] = [],
): void {
  const fields = isObj(req.fields) ? req.fields : {};
  const merged = { ...fields, ...(isObj(req.update) ? applyUpdates(t, req.update) : {}) };
  for (const [field, value] of Object.entries(merged)) {
    if (skip.includes(field)) continue;
    const setter = SETTERS[field];
    const needs = FIELD_PERMISSION[field];
    if (!setter || !editable || (needs && !ctx.perms.has(t.project, needs)))
      t.errors[field] = notOnScreen(field);
    else setter(ctx, t, value);
  }
}
