/**
 * The wish index sweep (a scheduled trigger, hourly) and the one-time migration of wishes that an
 * earlier version of the app kept whole in the `os2-wish` issue property.
 *
 * The sweep compares every record's issue property with the record's index, and every issue
 * property with its record (a property without a record is a forgery and is removed), repairing
 * and auditing each difference. It runs as the app, with no user.
 */
import { readWish } from '../domain/wish';
import { JiraClient } from '../platform/jira';
import { searchIssuesByIds } from '../platform/jira-gateway';
import { queryAll, setValue, transact } from '../platform/storage';
import { auditWrite } from './records';
import {
  APP_ACTOR,
  loadWishRecords,
  migrateOne,
  migrationState,
  MIGRATION_KEY,
  readWishesChecked,
  searchIndexedAsApp,
  WISH_ENTITY,
  WISH_PROPERTY,
  type IndexedIssue,
  type MigrationState,
  type SeenIssue,
  type StoredWish,
} from './wish-store';

const HAS_PROPERTY_JQL = 'os2WishStatus IS NOT EMPTY ORDER BY created ASC';
const ID_CHUNK = 50;
const SWEEP_BUDGET_MS = 20_000;

const seen = (issue: IndexedIssue): SeenIssue => ({
  id: issue.id,
  key: issue.key,
  projectId: issue.fields.project?.id ?? '',
  property: issue.properties?.[WISH_PROPERTY] ?? null,
});

/** Every issue whose property is set, as the app (collected first: repairs change the result set). */
async function issuesWithProperty(client: JiraClient, deadline: number): Promise<IndexedIssue[] | null> {
  const issues: IndexedIssue[] = [];
  let token: string | undefined;
  do {
    const page = await searchIndexedAsApp(client, HAS_PROPERTY_JQL, token);
    issues.push(...page.issues);
    token = page.nextPageToken;
    if (token && Date.now() > deadline) return null;
  } while (token);
  return issues;
}

/**
 * The issues of these ids; a deleted issue is left out (its record stays, and is logged).
 * `searchIssuesByIds` drops the ids Jira refuses as unknown and searches the rest again.
 */
async function issuesById(client: JiraClient, ids: string[]): Promise<IndexedIssue[]> {
  const issues = (await searchIssuesByIds(client, ids, {
    fields: ['project'],
    properties: [WISH_PROPERTY],
  })) as IndexedIssue[];
  const found = new Set(issues.map((i) => i.id));
  for (const id of ids) if (!found.has(id)) console.warn(`wish record ${id}: the issue no longer exists`);
  return issues;
}

/**
 * Moves every property-held wish without a record into storage, audited (`wish.migrated`); a
 * property that fails the schema is reported (`wish.migration-refused`, and the log) and left
 * alone. Runs once per installation: when finished it sets the marker, and from then on returns
 * the marker and never reads a property as a record again. Null when the budget ran out first
 * (the next run continues; records already written are skipped).
 */
export async function migrateWishes(
  client: JiraClient,
  actor: string,
  deadline: number,
): Promise<MigrationState | null> {
  const done = await migrationState();
  if (done) return done;
  const issues = await issuesWithProperty(client, deadline);
  if (!issues) return null;
  const state: MigrationState = { at: new Date().toISOString(), migrated: 0, failed: [] };
  for (let i = 0; i < issues.length; i += ID_CHUNK) {
    const chunk = issues.slice(i, i + ID_CHUNK);
    const records = await loadWishRecords(chunk.map((issue) => issue.id));
    for (const issue of chunk) {
      if (records.has(issue.id)) continue;
      const one = seen(issue);
      if (await migrateOne(client, actor, one)) {
        state.migrated += 1;
        continue;
      }
      const read = readWish(one.property);
      const reason = read.ok ? 'record exists' : (read.error.field ?? read.error.code);
      console.error(`os2-wish property of ${issue.key} fails the schema (${reason}); left alone`);
      state.failed.push({ issueId: issue.id, key: issue.key });
      await transact([
        auditWrite(one.projectId, actor, 'wish.migration-refused', {
          target: issue.key,
          before: one.property,
          after: null,
        }),
      ]);
    }
    if (Date.now() > deadline && i + ID_CHUNK < issues.length) return null;
  }
  await setValue(MIGRATION_KEY, state);
  return state;
}

export interface SweepResult {
  migrated: number;
  checked: number;
  repaired: number;
}

/** The scheduled sweep: migration (until done), then every record and every property checked. */
export async function sweepWishIndex(): Promise<SweepResult> {
  const client = new JiraClient('app');
  const deadline = Date.now() + SWEEP_BUDGET_MS;
  const before = await migrationState();
  const migration = await migrateWishes(client, APP_ACTOR, deadline);
  const result: SweepResult = {
    migrated: before ? 0 : (migration?.migrated ?? 0),
    checked: 0,
    repaired: 0,
  };

  // Every record: its issue's property must be the record's index.
  const records = new Map((await queryAll<StoredWish>(WISH_ENTITY)).map((r) => [r.key, r.value]));
  const ids = [...records.keys()];
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const chunk = ids.slice(i, i + ID_CHUNK);
    const issues = await issuesById(client, chunk);
    const checked = await readWishesChecked(client, APP_ACTOR, issues.map(seen), records);
    result.checked += issues.length;
    result.repaired += checked.repaired;
  }

  // Every property without a record: a forgery (after the migration), removed.
  if (!migration) return result;
  const issues = await issuesWithProperty(client, deadline + SWEEP_BUDGET_MS);
  const orphans = (issues ?? []).filter((issue) => !records.has(issue.id)).map(seen);
  const checked = await readWishesChecked(client, APP_ACTOR, orphans, records);
  result.checked += orphans.length;
  result.repaired += checked.repaired;
  return result;
}
