import { route } from '@forge/api';
import type { Person } from '../contract';
import type { Caller } from './caller';

interface UserBulk {
  values: { accountId: string; displayName: string }[];
}

/** Display names for a set of account ids: one bulk call per 50 ids, as the user. */
export async function peopleById(caller: Caller, ids: Iterable<string>): Promise<Map<string, Person>> {
  const unique = [...new Set([...ids].filter(Boolean))];
  const found = new Map<string, Person>();
  for (let i = 0; i < unique.length; i += 50) {
    const params = new URLSearchParams({ maxResults: '50' });
    for (const id of unique.slice(i, i + 50)) params.append('accountId', id);
    const page = await caller.jira.asUser.get<UserBulk>(route`/rest/api/3/user/bulk?${params}`);
    for (const user of page.values)
      found.set(user.accountId, { accountId: user.accountId, displayName: user.displayName });
  }
  return found;
}
