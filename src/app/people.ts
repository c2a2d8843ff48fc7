import type { Person } from '../contract';
import { getUsersBulk } from '../platform/jira-gateway';
import type { Caller } from './caller';

/** The actor of audit entries the app writes on its own (the scheduled sweep); not a Jira account. */
export const APP_ACTOR = 'app:os2-governance';
const APP_PERSON: Person = { accountId: APP_ACTOR, displayName: 'OS2 Governance (app)' };

/** Display names for a set of account ids: one bulk call per 50 ids, as the user. */
export async function peopleById(caller: Caller, ids: Iterable<string>): Promise<Map<string, Person>> {
  const all = new Set([...ids].filter(Boolean));
  const found = new Map<string, Person>();
  if (all.delete(APP_ACTOR)) found.set(APP_ACTOR, APP_PERSON);
  const unique = [...all];
  for (let i = 0; i < unique.length; i += 50) {
    for (const user of await getUsersBulk(caller.jira.asUser, unique.slice(i, i + 50)))
      found.set(user.accountId, { accountId: user.accountId, displayName: user.displayName });
  }
  return found;
}
