import api, { type Route } from '@forge/api';
import { jiraError } from './errors';

export type Actor = 'user' | 'app';

const MAX_RATE_LIMIT_RETRIES = 2;
/** Longer waits than this are not worth holding a 25 s invocation for: report instead. */
const MAX_RETRY_WAIT_MS = 3000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
    for (let attempt = 0; ; attempt++) {
      const response = await this.fetcher().requestJira(path, {
        method: init.method ?? 'GET',
        headers: {
          Accept: 'application/json',
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
      if (response.status === 429 && attempt < MAX_RATE_LIMIT_RETRIES) {
        const waitMs = Number(response.headers.get('Retry-After') ?? '1') * 1000;
        if (waitMs <= MAX_RETRY_WAIT_MS) {
          await sleep(waitMs);
          continue;
        }
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
