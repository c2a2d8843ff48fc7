/** `/myself`, `/user`, `/user/bulk`, `/user/search`, `/user/assignable/search`. */
import { APP_USER } from '../catalog';
import {
  type Ctx,
  type Route,
  expandSet,
  intParam,
  ok,
  page,
  visibleIssue,
  visibleProject,
} from '../context';
import { fail } from '../errors';
import { renderUser } from '../render';
import type { UserRecord } from '../types';
import { fnv1a } from '../util';

const R = '/rest/api/3';

const USER_NOT_FOUND = 'Specified user does not exist or you do not have required permissions';

function withGroups(ctx: Ctx, u: UserRecord): Record<string, unknown> {
  const expand = expandSet(ctx.query.get('expand'));
  const groups = u.groups.map((name) => ({
    name,
    groupId: groupId(name),
    self: `${ctx.site}/rest/api/3/group?groupId=${groupId(name)}`,
  }));
  return {
    ...renderUser(ctx.site, u),
    groups: { size: groups.length, items: expand.has('groups') ? groups : [] },
    applicationRoles: {
      size: 1,
      items: expand.has('applicationRoles') ? [{ key: 'jira-software', name: 'Jira Software' }] : [],
    },
    expand: 'groups,applicationRoles',
  };
}

/** Stable pseudo-UUIDs for group names. */
function groupId(name: string): string {
  const hex = fnv1a(name).toString(16).padStart(8, '0');
  return `${hex}-${hex.slice(0, 4)}-4${hex.slice(5, 8)}-8${hex.slice(1, 4)}-${hex}${hex.slice(0, 4)}`;
}

const principalUser = (ctx: Ctx): UserRecord =>
  ctx.perms.principal.kind === 'user' ? ctx.perms.principal.user : APP_USER;

const findUser = (ctx: Ctx, id: string): UserRecord | undefined =>
  id === APP_USER.accountId ? APP_USER : ctx.snapshot.user(id);

/** Jira's user search matches the start of any word of the display name, or the start of the email address. */
function matchesQuery(u: UserRecord, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const words = u.displayName.toLowerCase().split(/\s+/);
  return (
    u.displayName.toLowerCase().startsWith(q) ||
    words.some((w) => w.startsWith(q)) ||
    u.emailAddress.toLowerCase().startsWith(q) ||
    u.accountId === query.trim()
  );
}

/** Every group of the site: the users' groups and the groups project roles name. */
function siteGroups(ctx: Ctx): string[] {
  const names = new Set<string>();
  for (const u of ctx.snapshot.users.values()) for (const g of u.groups) names.add(g);
  for (const p of ctx.snapshot.projects)
    for (const r of Object.values(p.roles)) for (const g of r.groups) names.add(g);
  return [...names].sort((a, b) => a.localeCompare(b));
}

/**
 * `GET /groups/picker`: groups whose name contains `query` (case-sensitive unless
 * `caseInsensitive=true`, as in Jira), at most `maxResults` (default 20), minus `exclude`.
 */
function groupPicker(ctx: Ctx) {
  const query = ctx.query.get('query') ?? '';
  const insensitive = ctx.query.get('caseInsensitive') === 'true';
  const exclude = new Set(ctx.query.getAll('exclude'));
  const max = intParam(ctx, 'maxResults', 20, 1000);
  const needle = insensitive ? query.toLowerCase() : query;
  const matching = siteGroups(ctx).filter(
    (name) => !exclude.has(name) && (insensitive ? name.toLowerCase() : name).includes(needle),
  );
  const shown = matching.slice(0, max);
  return ok({
    header: `Showing ${shown.length} of ${matching.length} matching groups`,
    total: matching.length,
    groups: shown.map((name) => ({ name, html: name, groupId: groupId(name), labels: [] })),
  });
}

export const userRoutes: Route[] = [
  { method: 'GET', template: `${R}/groups/picker`, handler: groupPicker },
  { method: 'GET', template: `${R}/myself`, handler: (ctx) => ok(withGroups(ctx, principalUser(ctx))) },
  {
    method: 'GET',
    template: `${R}/user`,
    handler: (ctx) => {
      const id = ctx.query.get('accountId');
      if (!id) fail(400, "The 'accountId' query parameter needs to be provided.");
      const u = findUser(ctx, id);
      if (!u) fail(404, USER_NOT_FOUND);
      return ok(withGroups(ctx, u));
    },
  },
  {
    method: 'GET',
    template: `${R}/user/bulk`,
    handler: (ctx) => {
      const ids = ctx.query.getAll('accountId').flatMap((v) => v.split(','));
      if (!ids.length) fail(400, "The 'accountId' query parameter needs to be provided.");
      const users = ids.map((id) => findUser(ctx, id)).filter((u) => u !== undefined);
      const p = page(users, intParam(ctx, 'startAt', 0), intParam(ctx, 'maxResults', 10, 200));
      return ok({ ...p, values: p.values.map((u) => renderUser(ctx.site, u)) });
    },
  },
  {
    method: 'GET',
    template: `${R}/user/search`,
    handler: (ctx) => {
      const query = ctx.query.get('query');
      const accountId = ctx.query.get('accountId');
      if (query === null && accountId === null) {
        fail(400, "One of 'query' or 'accountId' query parameters must be provided.");
      }
      const users = [...ctx.snapshot.users.values()].filter(
        (u) => u.active && (accountId === null || u.accountId === accountId) && matchesQuery(u, query ?? ''),
      );
      const p = page(users, intParam(ctx, 'startAt', 0), intParam(ctx, 'maxResults', 50, 1000));
      return ok(p.values.map((u) => renderUser(ctx.site, u)));
    },
  },
  {
    method: 'GET',
    template: `${R}/user/assignable/search`,
    handler: (ctx) => {
      const projectParam = ctx.query.get('project');
      const issueKey = ctx.query.get('issueKey') ?? ctx.query.get('issueId');
      if (!projectParam && !issueKey) {
        fail(400, "At least one of the parameters 'project', 'issueKey' or 'issueId' must be provided.");
      }
      const project = issueKey ? visibleIssue(ctx, issueKey).project : visibleProject(ctx, projectParam!);
      const query = ctx.query.get('query') ?? '';
      const accountId = ctx.query.get('accountId');
      const users = [...ctx.snapshot.users.values()].filter(
        (u) =>
          u.active &&
          (accountId === null || u.accountId === accountId) &&
          matchesQuery(u, query) &&
          ctx.permsFor(u).has(project, 'ASSIGNABLE_USER'),
      );
      const p = page(users, intParam(ctx, 'startAt', 0), intParam(ctx, 'maxResults', 50, 1000));
      return ok(p.values.map((u) => renderUser(ctx.site, u)));
    },
  },
];
