import api, { type Route } from '@forge/api';
import { jiraError, PlatformError } from './errors';

export type Actor = 'user' | 'app';

const MAX_RATE_LIMIT_RETRIES = 4;
/**
 * How long one client may wait for Jira's rate limiter in all: well inside the 25 s invocation, so
 * a view that waits still answers. Longer waits are reported to the user with Jira's own wait.
 */
const RETRY_BUDGET_MS = 8000;
const BACKOFF_MS = 500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** POSTs that only read: retrying them cannot do anything twice. */
const READ_ONLY_POSTS = [
  '/rest/api/3/search/jql',
  '/rest/api/3/search/approximate-count',
  '/rest/api/3/permissions/check',
  '/rest/api/3/issue/bulkfetch',
  '/rest/api/3/jql/parse',
];

/** Whether a request may be sent again after a 429 without risking a second effect. */
export function isIdempotent(method: string, path: string): boolean {
  if (method === 'GET' || method === 'PUT' || method === 'DELETE') return true;
  const pathname = path.split('?')[0]!;
  return method === 'POST' && READ_ONLY_POSTS.includes(pathname);
}

/** Seconds Jira asks to wait: `Retry-After` in seconds, else `X-RateLimit-Reset`, else null. */
function retryAfterSeconds(headers: { get(name: string): string | null }): number | null {
  const after = Number(headers.get('Retry-After'));
  if (Number.isFinite(after) && after >= 0 && headers.get('Retry-After') !== null) return after;
  const reset = Date.parse(headers.get('X-RateLimit-Reset') ?? '');
  return Number.isFinite(reset) ? Math.max(0, Math.ceil((reset - Date.now()) / 1000)) : null;
}

/**
 * Jira REST over `requestJira`, as the calling user or (only after the app's own permission
 * check) as the app. Non-2xx answers become PlatformErrors; Retry-After on 429 is honoured.
 */
export class JiraClient {
  constructor(readonly actor: Actor) {}

  private fetcher() {
    return this.actor === 'app' ? api.asApp() : api.asUser();
  }

  /** The raw exchange: status and parsed JSON body (undefined for 204). */
  async exchange<T>(
    path: Route,
    init: { method?: string; body?: unknown } = {},
  ): Promise<{ status: number; body: T }> {
    const method = init.method ?? 'GET';
    let waited = 0;
    for (let attempt = 0; ; attempt++) {
      const response = await this.fetcher().requestJira(path, {
        method,
        headers: {
          Accept: 'application/json',
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
      if (response.status === 429) {
        const asked = retryAfterSeconds(response.headers);
        // Jira's wait when it gives one, else exponential backoff with jitter.
        const waitMs = asked !== null ? asked * 1000 : BACKOFF_MS * 2 ** attempt * (1 + Math.random());
        const retry =
          isIdempotent(method, path.value) &&
          attempt < MAX_RATE_LIMIT_RETRIES &&
          waited + waitMs <= RETRY_BUDGET_MS;
        if (retry) {
          waited += waitMs;
          await sleep(waitMs);
          continue;
        }
        await response.text();
        throw new PlatformError('rate-limited', 429, [], undefined, Math.ceil(waitMs / 1000));
      }
      const text = await response.text();
      const body = (text ? JSON.parse(text) : undefined) as T;
      return { status: response.status, body };
    }
  }

  /** Like `exchange`, but any non-2xx answer becomes a PlatformError. */
  async request<T>(path: Route, init: { method?: string; body?: unknown } = {}): Promise<T> {
    const { status, body } = await this.exchange<T>(path, init);
    if (status >= 200 && status < 300) return body;
    throw jiraError(status, body);
  }

  get<T>(path: Route): Promise<T> {
    return this.request<T>(path);
  }

  post<T>(path: Route, body: unknown): Promise<T> {
    return this.request<T>(path, { method: 'POST', body });
  }

  put<T>(path: Route, body: unknown): Promise<T> {
    return this.request<T>(path, { method: 'PUT', body });
  }
}
