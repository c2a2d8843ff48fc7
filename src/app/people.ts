import type { Person } from '../contract';
import { getUsersBulk } from '../platform/jira-gateway';
import type { Caller } from './caller';

/** Display names for a set of account ids: one bulk call per 50 ids, as the user. */
export async function peopleById(caller: Caller, ids: Iterable<string>): Promise<Map<string, Person>> {
  const unique = [...new Set([...ids].filter(Boolean))];
  const found = new Map<string, Person>();
  for (let i = 0; i < unique.length; i += 50) {
    for (const user of await getUsersBulk(caller.jira.asUser, unique.slice(i, i + 50)))
      found.set(user.accountId, { accountId: user.accountId, displayName: user.displayName });
  }
  return found;
}
