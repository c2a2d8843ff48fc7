/**
 * The admin page's people and groups: searching Jira's groups and users instead of typing ids, and
 * mapping a Jira group to an organisation so that all of a municipality's users act for it at once.
 * Jira administrators only; each change is audited and costs a constant number of calls.
 */
import type { GroupMapping, GroupMappingsView, ParsedInputOf, Person } from '../contract';
import { ORGANISATIONS, sameOrganisation } from '../domain/organisations';
import { searchGroups, searchUsers } from '../platform/jira-gateway';
import { getEntity, type VersionedValue } from '../platform/storage';
import { ensure, globalStanding } from './access';
import type { Caller } from './caller';
import { AppError } from './errors';
import { MEMBER, SETTING } from './records';
import { commitChanges } from './write';

/** The `setting` record of the group mappings. */
export const GROUP_ORGANISATIONS_KEY = 'group-organisations';

interface GroupMappingsRecord {
  mappings: GroupMapping[];
  updatedAt: string;
  updatedBy: string;
}

async function requireJiraAdmin(caller: Caller) {
  const standing = await globalStanding(caller);
  ensure(standing.isJiraAdmin);
  return standing;
}

export async function loadGroupMappings(): Promise<{ version: number; mappings: GroupMapping[] }> {
  const stored = await getEntity<VersionedValue<GroupMappingsRecord>>(SETTING, GROUP_ORGANISATIONS_KEY);
  return { version: stored?.version ?? 0, mappings: stored?.record.mappings ?? [] };
}

/** Jira's group picker, as the administrator. */
export async function searchJiraGroups(
  caller: Caller,
  input: ParsedInputOf<'searchJiraGroups'>,
): Promise<{ groups: string[] }> {
  await requireJiraAdmin(caller);
  const groups = await searchGroups(caller.jira.asUser, input.query, 20);
  return { groups: groups.map((g) => g.name) };
}

/** Jira's user search, as the administrator: active people, never apps. */
export async function searchJiraUsers(
  caller: Caller,
  input: ParsedInputOf<'searchJiraUsers'>,
): Promise<{ users: Person[] }> {
  await requireJiraAdmin(caller);
  const users = await searchUsers(caller.jira.asUser, input.query, 20);
  return {
    users: users
      .filter((u) => (u.accountType ?? 'atlassian') === 'atlassian')
      .map((u) => ({ accountId: u.accountId, displayName: u.displayName })),
  };
}

/**
 * Refuses a group name Jira does not know: one group-picker call, exact name. Jira group names
 * are case-insensitive, but the stored name is Jira's own spelling.
 */
export async function existingGroup(caller: Caller, name: string, field = 'group'): Promise<string> {
  const found = await searchGroups(caller.jira.asUser, name, 50);
  const match = found.find((g) => g.name.toLocaleLowerCase('en') === name.toLocaleLowerCase('en'));
  if (!match) {
    const text = {
      da: `Der findes ingen Jira-gruppe, der hedder »${name}«. Vælg en gruppe på listen.`,
      en: `There is no Jira group called “${name}”. Choose a group from the list.`,
    };
    throw new AppError('invalid-input', text, [{ field, message: text }]);
  }
  return match.name;
}

export async function setGroupOrganisation(
  caller: Caller,
  input: ParsedInputOf<'setGroupOrganisation'>,
): Promise<GroupMappingsView> {
  await requireJiraAdmin(caller);
  if (input.organisation !== '' && !ORGANISATIONS.includes(input.organisation)) {
    throw new AppError('invalid-input', { da: 'Ukendt organisation.', en: 'Unknown organisation.' });
  }
  const current = await loadGroupMappings();
  // Removing a mapping needs no Jira check (the group may have been deleted since).
  const group = input.organisation === '' ? input.group : await existingGroup(caller, input.group);
  const now = new Date().toISOString();
  const before = current.mappings.find((m) => m.group === group) ?? null;
  const rest = current.mappings.filter((m) => m.group !== group);
  const after: GroupMapping | null =
    input.organisation === '' ? null : { group, organisation: input.organisation };
  const mappings = (after ? [...rest, after] : rest).sort((a, b) => a.group.localeCompare(b.group, 'da'));
  const version = input.expectedVersion + 1;
  const record: GroupMappingsRecord = { mappings, updatedAt: now, updatedBy: caller.accountId };
  await commitChanges(
    caller,
    [
      {
        target: {
          entity: SETTING,
          key: GROUP_ORGANISATIONS_KEY,
          value: { record, version, updatedAt: now },
          expectedVersion: input.expectedVersion,
        },
        audit: { action: 'group.organisation', target: group, before, after },
      },
    ],
    {
      projectId: 'app',
      at: now,
      conflictText: () => ({
        da: 'Gruppekoblingerne er ændret af en anden, mens du redigerede. Genindlæs siden.',
        en: 'Someone else changed the group mappings while you were editing. Reload the page.',
      }),
    },
  );
  return { version, mappings };
}

interface StoredMember {
  accountId: string;
  organisation: string;
}

/**
 * The organisation a user acts for: their own mapping first, else the mapping of one of their Jira
 * groups (the first by group name, so the answer does not depend on the order Jira lists groups in).
 * Two reads whatever the number of mappings.
 */
export async function organisationOf(
  accountId: string,
  groupsOf: Promise<ReadonlySet<string>>,
): Promise<string | null> {
  const [member, { mappings }, groups] = await Promise.all([
    getEntity<StoredMember>(MEMBER, accountId),
    loadGroupMappings(),
    groupsOf,
  ]);
  if (member?.organisation) return member.organisation;
  const byGroup = mappings.find((m) => groups.has(m.group));
  if (!byGroup) return null;
  // A mapping to an organisation the list no longer has is ignored rather than acted on.
  return ORGANISATIONS.some((o) => sameOrganisation(o, byGroup.organisation)) ? byGroup.organisation : null;
}
