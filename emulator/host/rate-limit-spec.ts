/**
 * Rate limits injected from the command line or the environment: `METHOD PATH:COUNT:RETRY_AFTER`
 * (method optional, `*` for any), several separated by `,`. `GET /rest/api/3/search/jql:2:60` answers
 * the next two searches with 429 and `Retry-After: 60`.
 */
import type { RateLimitOptions } from '../jira/jira-emulator';

export const RATE_LIMIT_ENV = 'OS2_RATE_LIMIT';

export interface RateLimitSpec extends RateLimitOptions {
  count: number;
}

export function parseRateLimits(text: string): RateLimitSpec[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(?:([A-Za-z]+|\*)\s+)?(\/\S*?)(?::(\d+))?(?::(\d+))?(?::([a-z-]+))?$/.exec(part);
      if (!match) {
        throw new Error(`Rate limit '${part}' is not 'METHOD PATH:COUNT:RETRY_AFTER_SECONDS[:REASON]'`);
      }
      const [, method, path, count, retryAfter, reason] = match;
      return {
        count: count === undefined ? 1 : Number(count),
        path,
        method: method === undefined || method === '*' ? '' : method.toUpperCase(),
        retryAfterSeconds: retryAfter === undefined ? 1 : Number(retryAfter),
        ...(reason ? { reason } : {}),
      };
    });
}
