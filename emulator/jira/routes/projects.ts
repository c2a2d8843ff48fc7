/** `/project/search`, `/project/{idOrKey}`, project properties and project roles. */
import { ROLE_IDS } from '../catalog';
import { type Ctx, type Route, expandSet, intParam, ok, requirePermission, visibleProject } from '../context';
import { fail, projectNotFound } from '../errors';
import { renderProject, renderProjectRef, projectSelf, userAvatarUrls } from '../render';
import type { ProjectRecord } from '../types';
import { deleteProperty, getProperty, listProperties, putProperty, type PropertyTarget } from './properties';

const R = '/rest/api/3';
const P = `${R}/project/{projectIdOrKey}`;

const target = (ctx: Ctx, p: ProjectRecord): PropertyTarget => ({
  entity: 'project',
  id: p.id,
  self: projectSelf(ctx.site, p),
});

/** `action` of `/project/search`: which permission the caller needs on a project to see it listed. */
const ACTION_PERMISSION: Record<string, string> = {
  view: 'BROWSE_PROJECTS',
  browse: 'BROWSE_PROJECTS',
  create: 'CREATE_ISSUES',
  edit: 'ADMINISTER_PROJECTS',
};

function searchProjects(ctx: Ctx) {
  const permission = ACTION_PERMISSION[ctx.query.get('action') ?? 'view'] ?? 'BROWSE_PROJECTS';
  const keys = ctx.query
    .getAll('keys')
    .flatMap((k) => k.split(','))
    .map((k) => k.toUpperCase());
  const ids = ctx.query.getAll('id').flatMap((k) => k.split(','));
  const q = (ctx.query.get('query') ?? '').toLowerCase();
  const orderBy = ctx.query.get('orderBy') ?? 'key';
  const desc = orderBy.startsWith('-');
  const sortField = orderBy.replace(/^[+-]/, '') === 'name' ? 'name' : 'key';
  const projects = ctx.snapshot.projects
    .filter((p) => ctx.perms.has(p, permission))
    .filter((p) => !keys.length || keys.includes(p.key.toUpperCase()))
    .filter((p) => !ids.length || ids.includes(p.id))
    .filter((p) => !q || p.key.toLowerCase().includes(q) || p.name.toLowerCase().includes(q))
    .sort((a, b) => a[sortField].localeCompare(b[sortField]) * (desc ? -1 : 1));
  const startAt = intParam(ctx, 'startAt', 0);
  const maxResults = intParam(ctx, 'maxResults', 50, 100);
  const values = projects.slice(startAt, startAt + maxResults);
  const expand = expandSet(ctx.query.get('expand'));
  const isLast = startAt + values.length >= projects.length;
  const self = `${ctx.site}/rest/api/3/project/search?startAt=${startAt}&maxResults=${maxResults}`;
  return ok({
    self,
    ...(isLast
      ? {}
      : {
          nextPage: `${ctx.site}/rest/api/3/project/search?startAt=${startAt + maxResults}&maxResults=${maxResults}`,
        }),
    maxResults,
    startAt,
    total: projects.length,
    isLast,
    values: values.map((p) => ({
      expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
      ...renderProjectRef(ctx.site, p),
      style: 'classic',
      isPrivate: false,
      properties: {},
      ...(expand.has('description') ? { description: p.description } : {}),
      ...(expand.has('lead')
        ? { lead: renderProject(ctx.site, p, ctx.snapshot.user(p.leadAccountId)).lead }
        : {}),
    })),
  });
}

/** Role endpoints need Administer Projects; Jira answers 404 otherwise, as if the project were absent. */
function administeredProject(ctx: Ctx): ProjectRecord {
  const idOrKey = ctx.params.projectIdOrKey;
  const p = visibleProject(ctx, idOrKey);
  if (!ctx.perms.has(p, 'ADMINISTER_PROJECTS')) fail(404, projectNotFound(idOrKey));
  return p;
}

function roleActors(ctx: Ctx, p: ProjectRecord, role: string) {
  const members = p.roles[role] ?? { users: [], groups: [] };
  let actorId = ROLE_IDS[role] * 10;
  const users = members.users
    .map((id) => ctx.snapshot.user(id))
    .filter((u) => u !== undefined)
    .map((u) => ({
      id: ++actorId,
      displayName: u.displayName,
      type: 'atlassian-user-role-actor',
      actorUser: { accountId: u.accountId },
      avatarUrl: userAvatarUrls(u)['48x48'],
    }));
  const groups = members.groups.map((g) => ({
    id: ++actorId,
    displayName: g,
    type: 'atlassian-group-role-actor',
    name: g,
    actorGroup: { name: g, displayName: g },
  }));
  return [...users, ...groups].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export const projectRoutes: Route[] = [
  { method: 'GET', template: `${R}/project/search`, handler: searchProjects },
  {
    method: 'GET',
    template: P,
    handler: (ctx) => {
      const p = visibleProject(ctx, ctx.params.projectIdOrKey);
      return ok(renderProject(ctx.site, p, ctx.snapshot.user(p.leadAccountId)));
    },
  },
  {
    method: 'GET',
    template: `${P}/properties`,
    handler: (ctx) => listProperties(ctx, target(ctx, visibleProject(ctx, ctx.params.projectIdOrKey))),
  },
  {
    method: 'GET',
    template: `${P}/properties/{propertyKey}`,
    handler: (ctx) =>
      getProperty(ctx, target(ctx, visibleProject(ctx, ctx.params.projectIdOrKey)), ctx.params.propertyKey),
  },
  {
    method: 'PUT',
    template: `${P}/properties/{propertyKey}`,
    handler: (ctx) => {
      const p = visibleProject(ctx, ctx.params.projectIdOrKey);
      requirePermission(
        ctx,
        p,
        'ADMINISTER_PROJECTS',
        'You do not have permission to edit project properties.',
      );
      return putProperty(ctx, target(ctx, p), ctx.params.propertyKey);
    },
  },
  {
    method: 'DELETE',
    template: `${P}/properties/{propertyKey}`,
    handler: (ctx) => {
      const p = visibleProject(ctx, ctx.params.projectIdOrKey);
      requirePermission(
        ctx,
        p,
        'ADMINISTER_PROJECTS',
        'You do not have permission to delete project properties.',
      );
      return deleteProperty(ctx, target(ctx, p), ctx.params.propertyKey);
    },
  },
  {
    method: 'GET',
    template: `${P}/role`,
    handler: (ctx) => {
      const p = administeredProject(ctx);
      return ok(
        Object.fromEntries(
          Object.keys(p.roles).map((r) => [r, `${projectSelf(ctx.site, p)}/role/${ROLE_IDS[r]}`]),
        ),
      );
    },
  },
  {
    method: 'GET',
    template: `${P}/role/{id}`,
    handler: (ctx) => {
      const p = administeredProject(ctx);
      const role = Object.keys(p.roles).find((r) => String(ROLE_IDS[r]) === ctx.params.id);
      if (!role) fail(404, `A project role with id '${ctx.params.id}' does not exist.`);
      return ok({
        self: `${projectSelf(ctx.site, p)}/role/${ROLE_IDS[role]}`,
        name: role,
        id: ROLE_IDS[role],
        description: `Members of the ${role} role`,
        actors: roleActors(ctx, p, role),
        scope: { type: 'PROJECT', project: { id: p.id, key: p.key, name: p.name } },
      });
    },
  },
];
