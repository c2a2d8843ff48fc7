import type { Session } from '../contract';
import { globalStanding } from './access';
import type { Caller } from './caller';

/**
 * Who is calling, as Jira says, and in which capacity. The secretariat is decided by the same rule
 * the resolvers use (Jira administrators or the configured secretariat group); the UI uses it only
 * to show and hide controls, never for security.
 */
export async function getSession(caller: Caller): Promise<Session> {
  const { me, isJiraAdmin, isSecretariat } = await globalStanding(caller);
  return { accountId: me.accountId, displayName: me.displayName, isJiraAdmin, isSecretariat };
}
