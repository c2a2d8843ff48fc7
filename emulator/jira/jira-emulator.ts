/**
 * The emulated Jira Cloud REST API (platform v3 and Jira Software agile 1.0) over SQLite. `handle` is
 * synchronous; `jiraFetch` adapts it to the `__forge_fetch__` contract of `@forge/api`.
 */
import type Database from 'better-sqlite3';
import type { JiraSeed } from './seed-types';
import { APP_USER } from './catalog';
import { type Ctx, JSON_HEADERS } from './context';
import { EntityIndex } from './entity-index';
import { errorBody, JiraError } from './errors';
import { Permissions, type SiteGroups } from './permissions';
import { Router } from './router';
import { agileRoutes } from './routes/agile';
import { issueRoutes } from './routes/issues';
import { permissionRoutes } from './routes/permissions';
import { projectRoutes } from './routes/projects';
import { searchRoutes } from './routes/search';
import { userRoutes } from './routes/users';
import { ENDPOINT_SCOPES, scopesSatisfied } from './scopes';
import { indexLagFromEnv, SearchIndex } from './search-index';
import { loadSeed } from './seed-loader';
import { Snapshot } from './snapshot';
import { JiraStore } from './store';
import type {
  EntityPropertyModule,
  JiraAuth,
  JiraRequest,
  JiraResponse,
  ProjectRecord,
  UserRecord,
} from './types';

export { ALL_SCOPES } from './scopes';
export type { EntityPropertyModule, JiraAuth, JiraRequest, JiraResponse } from './types';

export const DEFAULT_SITE_URL = 'https://os2.atlassian.net';

export interface JiraEmulatorOptions {
  siteUrl?: string;
  /** The clock for created/updated timestamps and relative JQL dates. */
  now?: () => Date;
  /**
   * How long a write takes to reach the search index (JQL search and counts), in ms; default
   * `OS2_INDEX_LAG_MS`, else 0 (no lag).
   */
  indexLagMs?: number;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): JiraResponse => ({
  status,
  headers: { ...JSON_HEADERS, ...headers },
  body,
});

const NOT_AUTHENTICATED = 'Client must be authenticated to access this resource.';

/** Every emulated endpoint. */
export const ROUTES = [
  ...userRoutes,
  ...projectRoutes,
  ...issueRoutes,
  ...searchRoutes,
  ...permissionRoutes,
  ...agileRoutes,
];

export interface RateLimitOptions {
  /** Jira's reason header, e.g. `jira-quota-global-based`, `jira-per-issue-on-write`. */
  reason?: string;
  retryAfterSeconds?: number;
  /** Only calls whose path starts with this are limited (all calls when empty). */
  path?: string;
  /** Only calls with this method (all when empty). */
  method?: string;
}

type Throttle = Required<RateLimitOptions> & { remaining: number };

export class JiraEmulator {
  private readonly store: JiraStore;
  private readonly index = new EntityIndex();
  private readonly router = new Router(ROUTES);
  private readonly searchIndex: SearchIndex;
  private throttles: Throttle[] = [];
  /** `METHOD template` of every call the app made that passed the scope check, with its count. */
  private readonly appCalls = new Map<string, number>();

  constructor(
    db: Database.Database,
    private readonly options: JiraEmulatorOptions = {},
  ) {
    this.store = new JiraStore(db);
    this.searchIndex = new SearchIndex(this.store, options.indexLagMs ?? indexLagFromEnv());
    const saved = this.store.getMeta<EntityPropertyModule[]>('entityPropertyModules');
    if (saved) this.index.set(saved);
  }

  get siteUrl(): string {
    return (this.options.siteUrl ?? this.store.getMeta<string>('siteUrl') ?? DEFAULT_SITE_URL).replace(
      /\/+$/,
      '',
    );
  }

  /** Wipes the Jira tables and loads the seed. */
  load(seed: JiraSeed): void {
    loadSeed(this.store, seed);
  }

  isSeeded(): boolean {
    return this.store.getMeta<boolean>('seeded') === true;
  }

  /** The manifest's `jira:entityProperty` modules: which property paths JQL can search. */
  entityPropertyIndex(modules: EntityPropertyModule[]): void {
    this.index.set(modules);
    this.store.setMeta('entityPropertyModules', modules);
  }

  /**
   * The next `count` calls (to paths starting with `path`, when given) get 429 as Jira's
   * points-based limiter answers: `Retry-After` in seconds, `X-RateLimit-Limit`, `-Remaining` 0,
   * `-Reset` and `RateLimit-Reason`. Replaces every earlier injection; a count of 0 clears them.
   */
  injectRateLimit(count: number, options: RateLimitOptions | string = {}): void {
    this.throttles = [];
    this.addRateLimit(count, options);
  }

  /** As `injectRateLimit`, but beside the injections already waiting (the first that matches a call answers it). */
  addRateLimit(count: number, options: RateLimitOptions | string = {}): void {
    const o = typeof options === 'string' ? { reason: options } : options;
    if (count <= 0) return;
    this.throttles.push({
      remaining: count,
      reason: o.reason ?? 'jira-quota-global-based',
      retryAfterSeconds: o.retryAfterSeconds ?? 1,
      path: o.path ?? '',
      method: (o.method ?? '').toUpperCase(),
    });
  }

  /** The search index's lag in ms (0: searches see every write at once). */
  get indexLagMs(): number {
    return this.searchIndex.lagMs;
  }

  set indexLagMs(ms: number) {
    this.searchIndex.lagMs = ms;
  }

  /**
   * Resolves once the search index shows every write made so far: for tests that look at the data
   * later, as a person or a scheduled job would, not straight after the app's own write.
   */
  async indexCaughtUp(): Promise<void> {
    const wait = this.searchIndex.caughtUpAt() - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 5));
  }

  /** Every endpoint (`METHOD template`) the app has called so far, with how often: the scopes it needs. */
  endpointsCalledByApp(): ReadonlyMap<string, number> {
    return new Map(this.appCalls);
  }

  /** For the shell UI only: no permission checks. */
  listUsers(): UserRecord[] {
    return this.store.listUsers();
  }

  /** Adds projects without issues or boards: for scale tests and benchmarks. */
  addProjects(projects: readonly ProjectRecord[]): void {
    for (const p of projects) this.store.insertProject(p);
  }

  listProjects(): { id: string; key: string; name: string }[] {
    return this.store.listProjects().map(({ id, key, name }) => ({ id, key, name }));
  }

  handle(req: JiraRequest): JiraResponse {
    const throttled = this.takeThrottle(req.method, req.path);
    if (throttled) return throttled;

    const q = req.path.indexOf('?');
    const pathname = q < 0 ? req.path : req.path.slice(0, q);
    const search = q < 0 ? '' : req.path.slice(q + 1);
    const method = req.method.toUpperCase();
    const headers = Object.fromEntries(
      Object.entries(req.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
    );

    const principal = this.principal(req.auth);
    if (!principal) return json(401, errorBody([NOT_AUTHENTICATED]));

    const match = this.router.match(method, pathname);
    if (match === 'method') return { status: 405, headers: {} };
    if (!match) return json(404, errorBody([`null for uri: ${this.siteUrl}${req.path}`]));

    const endpoint = `${method} ${match.route.template}`;
    const scopes = ENDPOINT_SCOPES[endpoint];
    if (!scopes || !scopesSatisfied(req.declaredScopes, scopes)) {
      return json(401, { code: 401, message: 'Unauthorized; scope does not match' });
    }
    if (req.fromApp) this.appCalls.set(endpoint, (this.appCalls.get(endpoint) ?? 0) + 1);

    const hasBody = !!req.body && req.body.length > 0;
    if (
      hasBody &&
      (method === 'POST' || method === 'PUT') &&
      !/application\/json/i.test(headers['content-type'] ?? '')
    ) {
      return json(
        415,
        errorBody(['Unsupported Media Type: the request body must be sent as application/json.']),
      );
    }

    const groups = this.store.getMeta<SiteGroups>('groups') ?? { browseGroups: [], adminGroups: [] };
    const site = this.siteUrl;
    const ctx: Ctx = {
      store: this.store,
      snapshot: new Snapshot(this.store, site),
      perms: new Permissions(principal, groups),
      site,
      now: this.options.now?.() ?? new Date(),
      index: this.index,
      groups,
      params: match.params,
      query: new URLSearchParams(search),
      rawBody: req.body ?? null,
      permsFor: (user) => new Permissions({ kind: 'user', user }, groups),
      indexed: (reconcile) => this.searchIndex.view(site, reconcile),
    };
    try {
      return this.searchIndex.during(() => match.route.handler(ctx));
    } catch (e) {
      if (e instanceof JiraError) return json(e.status, e.body, e.headers);
      return json(500, errorBody([`Internal server error: ${e instanceof Error ? e.message : String(e)}`]));
    }
  }

  private principal(auth: JiraAuth): Permissions['principal'] | undefined {
    if (auth.kind === 'app') return { kind: 'app' };
    if (auth.kind !== 'user') return undefined;
    const user = auth.accountId === APP_USER.accountId ? APP_USER : this.store.getUser(auth.accountId);
    return user && user.active ? { kind: 'user', user } : undefined;
  }

  private takeThrottle(method: string, path: string): JiraResponse | undefined {
    const m = method.toUpperCase();
    const t = this.throttles.find((x) => path.startsWith(x.path) && (x.method === '' || x.method === m));
    if (!t) return undefined;
    const { reason, retryAfterSeconds } = t;
    if (--t.remaining <= 0) this.throttles = this.throttles.filter((x) => x !== t);
    return json(429, errorBody(['Rate limit exceeded.']), {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-limit': '65000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': new Date(Date.now() + retryAfterSeconds * 1000).toISOString(),
      'ratelimit-reason': reason,
    });
  }
}

/** Adapter for the host's `__forge_fetch__`: reads `init` as `@forge/api` passes it, returns a WHATWG Response. */
export async function jiraFetch(
  emulator: JiraEmulator,
  auth: JiraAuth,
  declaredScopes: string[],
  path: string,
  init?: RequestInit,
): Promise<Response> {
  const headers: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, key) => {
    headers[key] = value;
  });
  const raw = init?.body;
  const body =
    raw === undefined || raw === null ? null : typeof raw === 'string' ? raw : await new Response(raw).text();
  const res = emulator.handle({
    method: init?.method ?? 'GET',
    path,
    body,
    headers,
    auth,
    declaredScopes,
    fromApp: true,
  });
  const text = res.body === undefined || res.status === 204 ? null : JSON.stringify(res.body);
  return new Response(text, { status: res.status, headers: res.headers });
}
