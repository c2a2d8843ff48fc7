/** `GET /mypermissions` and `POST /permissions/check`. */
import { permissionByKey } from '../catalog';
import { type Ctx, type Route, jsonBody, ok, visibleIssue, visibleProject } from '../context';
import { errorBody, fail, JiraError } from '../errors';
import type { Permissions } from '../permissions';
import type { ProjectRecord } from '../types';

const R = '/rest/api/3';

const unrecognised = (keys: string[]): never => {
  throw new JiraError(
    400,
    errorBody([], Object.fromEntries(keys.map((k) => [k, 'Unrecognized permission']))),
  );
};

function myPermissions(ctx: Ctx) {
  const keys = (ctx.query.get('permissions') ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (!keys.length) fail(400, "The 'permissions' query parameter is required.");
  const unknown = keys.filter((k) => !permissionByKey(k));
  if (unknown.length) unrecognised(unknown);

  const q = ctx.query;
  const issueRef = q.get('issueKey') ?? q.get('issueId');
  const projectRef = q.get('projectKey') ?? q.get('projectId');
  let scope: ProjectRecord[];
  if (issueRef) scope = [visibleIssue(ctx, issueRef).project];
  else if (projectRef) scope = [visibleProject(ctx, projectRef)];
  // Without a context a project permission counts if it is held in any project.
  else scope = ctx.snapshot.projects;

  const global = ctx.perms.globalPermissions();
  const permissions = Object.fromEntries(
    keys.map((key) => {
      const def = permissionByKey(key)!;
      const have = def.type === 'GLOBAL' ? global.has(key) : scope.some((p) => ctx.perms.has(p, key));
      return [
        key,
        {
          id: def.id,
          key,
          name: def.name,
          type: def.type,
          description: def.description,
          havePermission: have,
        },
      ];
    }),
  );
  return ok({ permissions });
}

const ids = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x) => x !== null && x !== undefined).map((x) => String(x)) : [];

function subject(ctx: Ctx, accountId: unknown): Permissions {
  if (accountId === undefined || accountId === null || accountId === ctx.perms.accountId) return ctx.perms;
  // Checking someone else needs Jira admin; the app, like a Connect app server, may check anyone.
  if (ctx.perms.principal.kind === 'user' && !ctx.perms.isAdmin()) {
    fail(403, 'Only Jira administrators can perform this operation.');
  }
  const user = typeof accountId === 'string' ? ctx.snapshot.user(accountId) : undefined;
  if (!user) fail(400, `The accountId '${String(accountId)}' is invalid.`);
  return ctx.permsFor(user);
}

function checkPermissions(ctx: Ctx) {
  const body = jsonBody(ctx);
  const who = subject(ctx, body.accountId);
  const globalKeys = ids(body.globalPermissions);
  const badGlobal = globalKeys.filter((k) => permissionByKey(k)?.type !== 'GLOBAL');
  if (badGlobal.length) unrecognised(badGlobal);

  const entries = Array.isArray(body.projectPermissions)
    ? (body.projectPermissions as Record<string, unknown>[])
    : [];
  const projectPermissions = entries.flatMap((e) => {
    const keys = ids(e?.permissions).filter((k) => k !== '');
    if (!keys.length)
      fail(400, 'At least one project permission must be provided in each project permissions entry.');
    const bad = keys.filter((k) => permissionByKey(k)?.type !== 'PROJECT');
    if (bad.length) unrecognised(bad);
    const projectIds = ids(e.projects);
    const issueIds = ids(e.issues);
    if (projectIds.length > 1000 || issueIds.length > 1000) {
      fail(400, 'A maximum of 1000 projects and 1000 issues can be checked.');
    }
    // Invalid ids are ignored, as in Jira.
    const projects = projectIds.map((id) => ctx.snapshot.project(id)).filter((p) => p !== undefined);
    const issues = issueIds
      .filter((id) => /^\d+$/.test(id))
      .map((id) => ctx.snapshot.issue(id))
      .filter((i) => i !== undefined)
      .map((issue) => ({ issue, project: ctx.snapshot.project(issue.projectId)! }));
    return keys.map((permission) => ({
      permission,
      projects: projects.filter((p) => who.has(p, permission)).map((p) => Number(p.id)),
      issues: issues
        .filter(({ project }) => who.canBrowse(project) && who.has(project, permission))
        .map(({ issue }) => Number(issue.id)),
    }));
  });
  const granted = who.globalPermissions();
  return ok({ globalPermissions: globalKeys.filter((k) => granted.has(k)), projectPermissions });
}

/** `POST /permissions/project`: the projects where the principal holds every one of the permissions. */
function permittedProjects(ctx: Ctx) {
  const body = jsonBody(ctx);
  const keys = ids(body.permissions);
  if (!keys.length) fail(400, 'At least one permission must be provided.');
  const bad = keys.filter((k) => permissionByKey(k)?.type !== 'PROJECT');
  if (bad.length) unrecognised(bad);
  const projects = ctx.snapshot.projects
    .filter((p) => keys.every((k) => ctx.perms.has(p, k)))
    .map((p) => ({ id: Number(p.id), key: p.key }));
  return ok({ projects });
}

export const permissionRoutes: Route[] = [
  { method: 'GET', template: `${R}/mypermissions`, handler: myPermissions },
  { method: 'POST', template: `${R}/permissions/check`, handler: checkPermissions },
  { method: 'POST', template: `${R}/permissions/project`, handler: permittedProjects },
];
