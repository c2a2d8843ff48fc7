import { route } from '@forge/api';
import type { Session } from '../contract';
import type { Caller } from './caller';

interface JiraUser {
  accountId: string;
  displayName: string;
}

/** Who is calling, as Jira says; the UI uses it only to show and hide controls, never for security. */
export async function getSession(caller: Caller): Promise<Session> {
  const [me, isJiraAdmin] = await Promise.all([
    caller.jira.asUser.get<JiraUser>(route`/rest/api/3/myself`),
    caller.permissions.isJiraAdmin(),
  ]);
  return { accountId: me.accountId, displayName: me.displayName, isJiraAdmin, isSecretariat: isJiraAdmin };
}
