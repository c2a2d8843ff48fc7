/** Issues: get, create, edit, bulk fetch, transitions and issue properties. */
import { DEFAULT_PRIORITY, STATUSES } from '../catalog';
import {
  type Ctx,
  type Route,
  expandSet,
  findVisibleIssue,
  jsonBody,
  noContent,
  ok,
  requirePermission,
  visibleIssue,
} from '../context';
import { fail, failFields } from '../errors';
import {
  fieldNames,
  fieldSchemas,
  listParam,
  parseFieldSelection,
  renderIssue,
  type RenderOptions,
} from '../fields';
import { applyEdit, notOnScreen, type EditTarget } from '../issue-edit';
import type { IssueRecord, ProjectRecord } from '../types';
import { isObject as isObj } from '../util';
import { applyStatus, renderTransition, transitionsFor } from '../workflow';
import {
  deleteProperty,
  getProperty,
  listProperties,
  putProperty,
  validatePropertyValue,
  type PropertyTarget,
} from './properties';
import { RANK_STEP } from '../rank';

const R = '/rest/api/3';
const I = `${R}/issue/{issueIdOrKey}`;

const issueSelf = (ctx: Ctx, i: IssueRecord) => `${ctx.site}/rest/api/3/issue/${i.id}`;
const target = (ctx: Ctx, i: IssueRecord): PropertyTarget => ({
  entity: 'issue',
  id: i.id,
  self: issueSelf(ctx, i),
});

function getIssue(ctx: Ctx) {
  const { issue, project } = visibleIssue(ctx, ctx.params.issueIdOrKey);
  const opts: RenderOptions = {
    selection: parseFieldSelection(listParam(ctx.query.getAll('fields')), ['*all']),
    properties: listParam(ctx.query.getAll('properties')),
    expand: expandSet(ctx.query.get('expand')),
    canTransition: ctx.perms.has(project, 'TRANSITION_ISSUES'),
  };
  const out = renderIssue(issue, ctx.snapshot, opts);
  if (opts.expand.has('names')) out.names = fieldNames(opts);
  if (opts.expand.has('schema')) out.schema = fieldSchemas(opts);
  return ok(out);
}

function createIssue(ctx: Ctx) {
  const body = jsonBody(ctx);
  const fields = isObj(body.fields) ? body.fields : {};
  const projectRef = isObj(fields.project) ? (fields.project.key ?? fields.project.id) : undefined;
  const project = projectRef === undefined ? undefined : ctx.store.findProject(String(projectRef));
  if (!project || !ctx.perms.canBrowse(project))
    failFields(400, { project: 'Specify a valid project ID or key' });
  if (!ctx.perms.has(project, 'CREATE_ISSUES'))
    fail(403, 'You do not have permission to create issues in this project.');
  if (fields.issuetype === undefined) failFields(400, { issuetype: 'Specify an issue type' });
  const properties = Array.isArray(body.properties) ? body.properties : [];
  const propertyValues = properties.map((p: unknown) => {
    const key = isObj(p) && typeof p.key === 'string' ? p.key : '';
    return { key, value: validatePropertyValue(key, JSON.stringify(isObj(p) ? p.value : undefined) ?? '') };
  });

  const nowIso = ctx.now.toISOString();
  const issue: IssueRecord = {
    id: ctx.store.nextIssueId(),
    key: `${project.key}-${project.nextIssueNumber}`,
    projectId: project.id,
    issueType: 'Task',
    summary: '',
    description: null,
    status: STATUSES[0].name,
    assigneeId: null,
    reporterId: ctx.perms.accountId,
    creatorId: ctx.perms.accountId,
    labels: [],
    created: nowIso,
    updated: nowIso,
    resolutionDate: null,
    storyPoints: null,
    sprintIds: [],
    parentId: null,
    // New issues go to the bottom of the backlog.
    rank: ctx.store.maxRank() + RANK_STEP,
    priority: DEFAULT_PRIORITY,
  };
  const t: EditTarget = { issue, project, errors: {} };
  // The type first: parent validation depends on it.
  applyEdit(ctx, t, { fields: { issuetype: fields.issuetype } });
  applyEdit(ctx, t, { fields: { summary: fields.summary ?? '', ...fields }, update: body.update }, true, [
    'project',
    'issuetype',
  ]);
  if (Object.keys(t.errors).length) failFields(400, t.errors);
  const transition = isObj(body.transition) ? String(body.transition.id) : undefined;
  const to = transition && STATUSES.find((s) => s.transitionId === transition);
  if (transition && !to) fail(400, `Transition id '${transition}' is not valid for this issue.`);

  ctx.store.transaction(() => {
    if (to) applyStatus(issue, to, nowIso);
    ctx.store.insertIssue(issue);
    ctx.store.setNextIssueNumber(project.id, project.nextIssueNumber + 1);
    for (const p of propertyValues) ctx.store.setProperty('issue', issue.id, p.key, p.value);
  });
  return ok({ id: issue.id, key: issue.key, self: issueSelf(ctx, issue) }, 201);
}

function editIssue(ctx: Ctx) {
  const { issue, project } = visibleIssue(ctx, ctx.params.issueIdOrKey);
  const body = jsonBody(ctx);
  if (!isObj(body.fields) && !isObj(body.update))
    fail(400, 'Can not edit an issue without fields or update.');
  const t: EditTarget = { issue: { ...issue }, project, errors: {} };
  applyEdit(ctx, t, body, ctx.perms.has(project, 'EDIT_ISSUES'));
  if (Object.keys(t.errors).length) failFields(400, t.errors);
  t.issue.updated = ctx.now.toISOString();
  ctx.store.updateIssue(t.issue);
  if (ctx.query.get('returnIssue') === 'true') {
    ctx.snapshot.invalidate();
    return ok(
      renderIssue(t.issue, ctx.snapshot, {
        selection: parseFieldSelection([], ['*all']),
        properties: [],
        expand: expandSet(ctx.query.get('expand')),
      }),
    );
  }
  return noContent();
}

function bulkFetch(ctx: Ctx) {
  const body = jsonBody(ctx);
  const refs = Array.isArray(body.issueIdsOrKeys) ? body.issueIdsOrKeys.map(String) : [];
  if (!refs.length) fail(400, 'At least one issue ID or key must be provided.');
  if (refs.length > 100) fail(400, 'A maximum of 100 issues can be requested at once.');
  const properties = listParam(body.properties);
  if (properties.length > 5) fail(400, 'A maximum of 5 issue property keys can be requested.');
  const found = new Map<string, IssueRecord>();
  for (const ref of refs) {
    const hit = findVisibleIssue(ctx, ref);
    if (hit) found.set(hit.issue.id, hit.issue);
  }
  const opts: RenderOptions = {
    selection: parseFieldSelection(listParam(body.fields), ['*navigable']),
    properties,
    expand: expandSet(body.expand),
  };
  const issues = [...found.values()].sort((a, b) => Number(a.id) - Number(b.id));
  return ok({
    expand: opts.expand.size ? [...opts.expand].join(',') : '',
    issues: issues.map((i) => renderIssue(i, ctx.snapshot, opts)),
    issueErrors: [],
    ...(opts.expand.has('names') ? { names: fieldNames(opts) } : {}),
  });
}

function getTransitions(ctx: Ctx) {
  const { issue, project } = visibleIssue(ctx, ctx.params.issueIdOrKey);
  if (!ctx.perms.has(project, 'TRANSITION_ISSUES')) return ok({ transitions: [] });
  const only = ctx.query.get('transitionId');
  const transitions = transitionsFor(issue)
    .filter((s) => !only || s.transitionId === only)
    .map((s) => renderTransition(ctx.site, s));
  return ok({ expand: 'transitions', transitions });
}

function doTransition(ctx: Ctx) {
  const { issue, project } = visibleIssue(ctx, ctx.params.issueIdOrKey);
  const body = jsonBody(ctx);
  const id = isObj(body.transition) ? body.transition.id : undefined;
  if (id === undefined) fail(400, "Missing 'transition' identifier.");
  const to = transitionsFor(issue).find((s) => s.transitionId === String(id));
  if (!to || !ctx.perms.has(project, 'TRANSITION_ISSUES')) {
    fail(400, `Transition id '${String(id)}' is not valid for this issue.`);
  }
  // The simplified workflow's transitions have no screens, so no field can be set while transitioning.
  const fields = isObj(body.fields) ? Object.keys(body.fields) : [];
  if (fields.length) failFields(400, Object.fromEntries(fields.map((f) => [f, notOnScreen(f)])));
  const next = { ...issue };
  applyStatus(next, to, ctx.now.toISOString());
  next.updated = ctx.now.toISOString();
  ctx.store.updateIssue(next);
  return noContent();
}

/** Property writes need Edit Issues on top of Browse. */
function editableIssue(ctx: Ctx, message: string): { issue: IssueRecord; project: ProjectRecord } {
  const found = visibleIssue(ctx, ctx.params.issueIdOrKey);
  requirePermission(ctx, found.project, 'EDIT_ISSUES', message);
  return found;
}

export const issueRoutes: Route[] = [
  { method: 'GET', template: I, handler: getIssue },
  { method: 'POST', template: `${R}/issue`, handler: createIssue },
  { method: 'PUT', template: I, handler: editIssue },
  { method: 'POST', template: `${R}/issue/bulkfetch`, handler: bulkFetch },
  { method: 'GET', template: `${I}/transitions`, handler: getTransitions },
  { method: 'POST', template: `${I}/transitions`, handler: doTransition },
  {
    method: 'GET',
    template: `${I}/properties`,
    handler: (ctx) => listProperties(ctx, target(ctx, visibleIssue(ctx, ctx.params.issueIdOrKey).issue)),
  },
  {
    method: 'GET',
    template: `${I}/properties/{propertyKey}`,
    handler: (ctx) =>
      getProperty(ctx, target(ctx, visibleIssue(ctx, ctx.params.issueIdOrKey).issue), ctx.params.propertyKey),
  },
  {
    method: 'PUT',
    template: `${I}/properties/{propertyKey}`,
    handler: (ctx) => {
      const { issue } = editableIssue(ctx, 'You do not have permission to edit issue properties.');
      return putProperty(ctx, target(ctx, issue), ctx.params.propertyKey);
    },
  },
  {
    method: 'DELETE',
    template: `${I}/properties/{propertyKey}`,
    handler: (ctx) => {
      const { issue } = editableIssue(ctx, 'You do not have permission to delete issue properties.');
      return deleteProperty(ctx, target(ctx, issue), ctx.params.propertyKey);
    },
  },
];
