/** Jira's error bodies, thrown from handlers and turned into responses by the router. */

export interface JiraErrorBody {
  errorMessages: string[];
  errors: Record<string, string>;
}

export class JiraError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`Jira ${status}: ${JSON.stringify(body)}`);
  }
}

export const errorBody = (messages: string[], errors: Record<string, string> = {}): JiraErrorBody => ({
  errorMessages: messages,
  errors,
});

/** Throws Jira's usual `{errorMessages:[message], errors:{}}`. */
export function fail(status: number, ...messages: string[]): never {
  throw new JiraError(status, errorBody(messages));
}

/** Throws Jira's field-level validation error `{errorMessages:[], errors:{field: message}}`. */
export function failFields(status: number, errors: Record<string, string>): never {
  throw new JiraError(status, errorBody([], errors));
}

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

export const projectNotFound = (idOrKey: string): string =>
  /^\d+$/.test(idOrKey)
    ? `No project could be found with id '${idOrKey}'.`
    : `No project could be found with key '${idOrKey}'.`;
