import type { RunningHost } from '../../emulator/host/start';
import { accountIdOf } from './invoke';

export interface RestAnswer {
  status: number;
  body: any;
}

/**
 * Jira REST through the host's emulated Jira as a seed user (a persona id or a person's handle),
 * the way a user's own REST client would reach it: no app in between, the user's own permissions.
 */
export function jiraRest(
  host: RunningHost,
  method: string,
  path: string,
  body?: unknown,
  as = 'secretariat',
): RestAnswer {
  return host.jira.handle({
    method,
    path,
    body: body === undefined ? null : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    auth: { kind: 'user', accountId: accountIdOf(as)! },
    declaredScopes: ['read:jira-work', 'write:jira-work', 'read:jira-user'],
  } as never) as RestAnswer;
}
