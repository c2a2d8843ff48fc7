/** What went wrong talking to Jira, in the platform's own terms; the app decides what the user sees. */
export type PlatformErrorKind =
  'unauthenticated' | 'forbidden' | 'not-found' | 'rate-limited' | 'rejected' | 'unavailable';

export class PlatformError extends Error {
  constructor(
    readonly kind: PlatformErrorKind,
    readonly status: number,
    /** Jira's own error messages, for a rejected request. */
    readonly messages: string[] = [],
    /** Jira's error body when it said anything, else undefined. */
    readonly body?: unknown,
    /** For `rate-limited`: the seconds Jira asked the app to wait. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`Jira answered ${status} (${kind})`);
  }
}

interface JiraErrorBody {
  errorMessages?: string[];
  errors?: Record<string, string>;
}

/** A non-2xx Jira answer as a PlatformError. */
export function jiraError(status: number, raw?: unknown): PlatformError {
  const body = raw as JiraErrorBody | undefined;
  const said =
    body && (body.errorMessages?.length || Object.keys(body.errors ?? {}).length) ? body : undefined;
  const messages = [...(body?.errorMessages ?? []), ...Object.values(body?.errors ?? {})];
  const kind: PlatformErrorKind =
    status === 401
      ? 'unauthenticated'
      : status === 403
        ? 'forbidden'
        : status === 404
          ? 'not-found'
          : status === 429
            ? 'rate-limited'
            : status === 400
              ? 'rejected'
              : 'unavailable';
  return new PlatformError(kind, status, messages, said);
}

/** A cursor storage cannot continue from: a caller's cursor is data, and may be garbage or stale. */
export class InvalidCursorError extends Error {
  constructor() {
    super('Invalid storage cursor');
  }
}
