/** Enhanced JQL search (`/search/jql`), approximate count, `/jql/parse`, and the removed `/search` (410). */
import type { Clause, Jast, Operand } from '@atlaskit/jql-ast';
import { type Ctx, type Route, expandSet, jsonBody, ok } from '../context';
import { fail, JiraError, type JiraErrorBody } from '../errors';
import {
  fieldNames,
  fieldSchemas,
  listParam,
  parseFieldSelection,
  renderIssue,
  type RenderOptions,
} from '../fields';
import { compileJql, parseJql } from '../jql';
import { runJql } from '../search';
import { MAX_RECONCILE_ISSUES } from '../search-index';
import { fnv1a } from '../util';

const R = '/rest/api/3';

const UNBOUNDED =
  'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';
const BAD_TOKEN = 'The provided next page token is invalid or does not belong to this query.';
const REMOVED =
  'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046';

/** Ties a page token to the JQL it was issued for. */
const hash = (jql: string): string => fnv1a(jql).toString(36);

const encodeToken = (offset: number, jql: string) =>
  Buffer.from(JSON.stringify({ o: offset, q: hash(jql) })).toString('base64url');

function decodeToken(token: string, jql: string): number {
  try {
    const t = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; q?: unknown };
    if (typeof t.o === 'number' && Number.isInteger(t.o) && t.o >= 0 && t.q === hash(jql)) return t.o;
  } catch {
    // fall through
  }
  return fail(400, BAD_TOKEN);
}

interface SearchParams {
  jql: string;
  nextPageToken?: string;
  maxResults?: number;
  fields: string[];
  properties: string[];
  expand: Set<string>;
  /** Issue ids read as they are now, not as the lagging index has them. */
  reconcileIssues: unknown[];
}

function paramsFromQuery(ctx: Ctx): SearchParams {
  const max = ctx.query.get('maxResults');
  return {
    jql: ctx.query.get('jql') ?? '',
    nextPageToken: ctx.query.get('nextPageToken') ?? undefined,
    maxResults: max === null ? undefined : Number(max),
    fields: listParam(ctx.query.getAll('fields')),
    properties: listParam(ctx.query.getAll('properties')),
    expand: expandSet(ctx.query.get('expand')),
    reconcileIssues: listParam(ctx.query.getAll('reconcileIssues')),
  };
}

function paramsFromBody(ctx: Ctx): SearchParams {
  const b = jsonBody(ctx);
  return {
    jql: typeof b.jql === 'string' ? b.jql : '',
    nextPageToken: typeof b.nextPageToken === 'string' ? b.nextPageToken : undefined,
    maxResults: b.maxResults === undefined || b.maxResults === null ? undefined : Number(b.maxResults),
    fields: listParam(b.fields),
    properties: listParam(b.properties),
    expand: expandSet(b.expand),
    reconcileIssues:
      b.reconcileIssues === undefined ? [] : Array.isArray(b.reconcileIssues) ? b.reconcileIssues : [null],
  };
}

/** `reconcileIssues`: numeric issue ids, at most 50. */
function reconcileSet(ids: unknown[]): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    const text = typeof id === 'number' ? String(id) : typeof id === 'string' ? id.trim() : '';
    if (!/^\d+$/.test(text)) fail(400, 'reconcileIssues must be a list of numeric issue ids.');
    out.add(String(Number(text)));
  }
  if (out.size > MAX_RECONCILE_ISSUES) {
    fail(400, `reconcileIssues accepts at most ${MAX_RECONCILE_ISSUES} issue ids.`);
  }
  return out;
}

function searchJql(live: Ctx, p: SearchParams) {
  // The index answers the query and fills the rows; the reconciled ids are read as they are now.
  const ctx: Ctx = { ...live, snapshot: live.indexed(reconcileSet(p.reconcileIssues)) };
  if (p.properties.length > 5) fail(400, 'A maximum of 5 issue property keys can be specified.');
  if (p.maxResults !== undefined && (!Number.isInteger(p.maxResults) || p.maxResults < 0)) {
    fail(400, "The 'maxResults' parameter must be a non-negative integer.");
  }
  const selection = parseFieldSelection(p.fields, ['id']);
  const idOrKeyOnly = p.fields.length > 0 && p.fields.every((f) => f === 'id' || f === 'key');
  // Jira returns the most issues per page when only ids or keys are asked for.
  const cap = selection.idOnly || idOrKeyOnly ? 5000 : 100;
  const maxResults = Math.min(p.maxResults ?? 50, cap);
  const { compiled, issues } = runJql(ctx, p.jql);
  if (!compiled.bounded) fail(400, UNBOUNDED);
  const offset = p.nextPageToken ? decodeToken(p.nextPageToken, p.jql) : 0;
  const slice = issues.slice(offset, offset + maxResults);
  const next = offset + slice.length;
  const opts: RenderOptions = { selection, properties: p.properties, expand: p.expand };
  const canTransition = (projectId: string) => {
    const project = ctx.snapshot.project(projectId);
    return !!project && ctx.perms.has(project, 'TRANSITION_ISSUES');
  };
  return ok({
    issues: slice.map((i) =>
      renderIssue(i, ctx.snapshot, { ...opts, canTransition: canTransition(i.projectId) }),
    ),
    ...(next < issues.length ? { nextPageToken: encodeToken(next, p.jql) } : {}),
    isLast: next >= issues.length,
    ...(p.expand.has('names') ? { names: fieldNames(opts) } : {}),
    ...(p.expand.has('schema') ? { schema: fieldSchemas(opts) } : {}),
  });
}

function approximateCount(live: Ctx) {
  const body = jsonBody(live);
  // Counts come from the index; Jira offers no reconciliation for them.
  const ctx: Ctx = { ...live, snapshot: live.indexed(new Set()) };
  const { compiled, issues } = runJql(ctx, typeof body.jql === 'string' ? body.jql : '');
  if (!compiled.bounded) fail(400, UNBOUNDED);
  return ok({ count: issues.length });
}

// --- /jql/parse: Jira's structure of a query ---

function operandJson(o: Operand): Record<string, unknown> {
  switch (o.operandType) {
    case 'value':
      return { value: o.value, encodedValue: o.text };
    case 'keyword':
      return { keyword: 'EMPTY' };
    case 'function':
      return {
        function: o.function.value,
        arguments: o.arguments.map((a) => a.value),
        encodedOperand: `${o.function.value}(${o.arguments.map((a) => a.text).join(', ')})`,
      };
    case 'list':
      return { values: o.values.map(operandJson) };
  }
}

function clauseJson(c: Clause): Record<string, unknown> {
  if (c.clauseType === 'compound') return { clauses: c.clauses.map(clauseJson), operator: c.operator.value };
  if (c.clauseType === 'not') return { operator: 'not', clause: clauseJson(c.clause) };
  const prop = c.field.properties?.[0];
  return {
    field: {
      name: c.field.value,
      encodedName: c.field.text,
      ...(prop
        ? {
            property: [
              {
                entity: 'issue',
                key: prop.key?.value,
                path: (prop.path ?? []).map((a) => a.value.replace(/^\./, '')).join('.'),
              },
            ],
          }
        : {}),
    },
    operator: c.operator?.value,
    ...(c.operand ? { operand: operandJson(c.operand) } : {}),
  };
}

function structure(jast: Jast): Record<string, unknown> {
  const q = jast.query;
  return {
    ...(q && q.where ? { where: clauseJson(q.where) } : {}),
    ...(q && q.orderBy
      ? {
          orderBy: {
            fields: q.orderBy.fields.map((f) => ({
              field: { name: f.field.value, encodedName: f.field.text },
              ...(f.direction ? { direction: f.direction.value.toLowerCase() } : {}),
            })),
          },
        }
      : {}),
  };
}

function parseQueries(ctx: Ctx) {
  const body = jsonBody(ctx);
  const queries = Array.isArray(body.queries) ? body.queries.map(String) : [];
  if (!queries.length) fail(400, 'At least one query must be provided.');
  const validation = ctx.query.get('validation') ?? 'strict';
  return ok({
    queries: queries.map((query) => {
      const { jast, errors } = parseJql(query);
      if (errors.length) return { query, errors };
      if (validation !== 'none') {
        try {
          compileJql(query, { snapshot: ctx.snapshot, perms: ctx.perms, index: ctx.index, now: ctx.now });
        } catch (e) {
          if (!(e instanceof JiraError)) throw e;
          const messages = (e.body as JiraErrorBody).errorMessages;
          if (validation === 'strict') return { query, errors: messages };
          return { query, structure: structure(jast), warnings: messages };
        }
      }
      return { query, structure: structure(jast) };
    }),
  });
}

const gone = () => fail(410, REMOVED);

export const searchRoutes: Route[] = [
  { method: 'GET', template: `${R}/search/jql`, handler: (ctx) => searchJql(ctx, paramsFromQuery(ctx)) },
  { method: 'POST', template: `${R}/search/jql`, handler: (ctx) => searchJql(ctx, paramsFromBody(ctx)) },
  { method: 'POST', template: `${R}/search/approximate-count`, handler: approximateCount },
  { method: 'POST', template: `${R}/jql/parse`, handler: parseQueries },
  { method: 'GET', template: `${R}/search`, handler: gone },
  { method: 'POST', template: `${R}/search`, handler: gone },
];
