/** What a route handler gets, and small helpers every route uses. */
import { errorBody, fail, ISSUE_NOT_FOUND, JiraError, projectNotFound } from './errors';
import type { EntityIndex } from './entity-index';
import type { Permissions, SiteGroups } from './permissions';
import type { Snapshot } from './snapshot';
import type { JiraStore } from './store';
import type { IssueRecord, JiraResponse, ProjectRecord, UserRecord } from './types';
import { isObject } from './util';

export interface Ctx {
  store: JiraStore;
  snapshot: Snapshot;
  perms: Permissions;
  site: string;
  now: Date;
  index: EntityIndex;
  groups: SiteGroups;
  params: Record<string, string>;
  query: URLSearchParams;
  rawBody: string | null;
  /** Permissions of another user, e.g. for assignable-user search or permission checks. */
  permsFor(user: UserRecord): Permissions;
  /** What JQL search sees: the search index, which lags behind writes except for the `reconcile` ids. */
  indexed(reconcile: ReadonlySet<string>): Snapshot;
}

export type Handler = (ctx: Ctx) => JiraResponse;

export interface Route {
  method: string;
  /** Path template with `{param}` segments; with the method, also the key into ENDPOINT_SCOPES. */
  template: string;
  handler: Handler;
}

export const JSON_HEADERS = { 'content-type': 'application/json;charset=UTF-8' };

export const ok = (body: unknown, status = 200): JiraResponse => ({
  status,
  headers: { ...JSON_HEADERS },
  body,
});

export const noContent = (): JiraResponse => ({ status: 204, headers: {} });

const INVALID_PAYLOAD = 'Invalid request payload. Refer to the REST API documentation and try again.';

/** The request body as a JSON object; Jira's generic message for anything else. */
export function jsonBody(ctx: Ctx): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(ctx.rawBody ?? '');
  } catch {
    fail(400, INVALID_PAYLOAD);
  }
  return isObject(value) ? value : fail(400, INVALID_PAYLOAD);
}

/** An integer query parameter within bounds; Jira clamps rather than rejects oversized page sizes. */
export function intParam(ctx: Ctx, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = ctx.query.get(name);
  const n = raw === null || raw.trim() === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0) fail(400, `The '${name}' parameter must be a non-negative integer.`);
  return Math.min(n, max);
}

export interface Page<T> {
  startAt: number;
  maxResults: number;
  total: number;
  isLast: boolean;
  values: T[];
}

export function page<T>(items: T[], startAt: number, maxResults: number): Page<T> {
  const values = items.slice(startAt, startAt + maxResults);
  return {
    startAt,
    maxResults,
    total: items.length,
    isLast: startAt + values.length >= items.length,
    values,
  };
}

export function visibleProject(ctx: Ctx, idOrKey: string): ProjectRecord {
  const p = ctx.store.findProject(idOrKey);
  if (!p || !ctx.perms.canBrowse(p)) fail(404, projectNotFound(idOrKey));
  return p;
}

/** The issue (a fresh, mutable copy) and its project, if the caller may browse it. */
export function findVisibleIssue(
  ctx: Ctx,
  idOrKey: string,
): { issue: IssueRecord; project: ProjectRecord } | undefined {
  const issue = ctx.store.findIssue(idOrKey);
  const project = issue && ctx.snapshot.project(issue.projectId);
  return issue && project && ctx.perms.canBrowse(project) ? { issue, project } : undefined;
}

/** As `findVisibleIssue`, else Jira's 404, which does not reveal whether the issue exists. */
export function visibleIssue(ctx: Ctx, idOrKey: string): { issue: IssueRecord; project: ProjectRecord } {
  return findVisibleIssue(ctx, idOrKey) ?? fail(404, ISSUE_NOT_FOUND);
}

export function requirePermission(
  ctx: Ctx,
  project: ProjectRecord,
  permission: string,
  message: string,
): void {
  if (!ctx.perms.has(project, permission)) throw new JiraError(403, errorBody([message]));
}

/** `expand` as a set, from a comma string or a list. */
export const expandSet = (raw: unknown): Set<string> =>
  new Set(
    (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [])
      .flatMap((x) => String(x).split(','))
      .map((x) => x.trim())
      .filter(Boolean),
  );
