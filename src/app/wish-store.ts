/**
 * The wish record's storage: the custom entity `wish` in Forge storage, keyed by issue id and
 * versioned. The `os2-wish` issue property is only a derived search index (src/domain/wish/search-index.ts)
 * that the app rewrites after each change; anyone with Edit Issues can write it, so it is never
 * read back as the wish.
 *
 * Every change runs as one cycle:
 *
 *   1. take a short KVS lock `lock:wish:<issueId>`: writers of the same issue queue up;
 *   2. read the record, apply the pure domain operation (version + 1, index fields, schema and
 *      size checks);
 *   3. write it with a transaction condition on the version read (with the audit entry); another
 *      writer in between makes the condition fail, and the cycle re-reads and re-applies — the
 *      domain operations are idempotent per organisation, item and decision id;
 *   4. rewrite the index property as the app.
 *
 * Readers compare the property with the record's index and repair it (audited) when they differ.
 */
import type { WishErrorCode } from '../domain/wish';
import { emptyWish, readWish, type ScoreSettings, type WishDocument, type WishResult } from '../domain/wish';
import { indexMatches, wishIndexOf, type WishIndex } from '../domain/wish/search-index';
import {
  getEntities,
  getEntity,
  getValue,
  LockBusyError,
  queryPartitionPage,
  transact,
  tryLock,
  unlock,
  VersionConflictError,
  withLock,
  writeVersioned,
  type VersionedValue,
} from '../platform/storage';
import type { JiraClient } from '../platform/jira';
import {
  deleteIssueProperty,
  getIssueProject,
  getIssueProperty,
  searchIssues,
  setIssueProperty,
} from '../platform/jira-gateway';
import type { Caller } from './caller';
import { AppError } from './errors';
import { auditWrite } from './records';
import { refreshWishFigures } from './portfolio-aggregate';

export const WISH_PROPERTY = 'os2-wish';
export const WISH_ENTITY = 'wish';
/** Set once the property-held wishes of an installation were moved into storage. */
export const MIGRATION_KEY = 'migration:wish-record';
export { APP_ACTOR } from './people';
const MAX_ATTEMPTS = 5;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const lockKey = (issueId: string) => `lock:wish:${issueId}`;

export interface StoredWish extends VersionedValue<unknown> {
  issueId: string;
  projectId: string;
}

// ---------------------------------------------------------------------------------------------
// Jira calls (all as the app, after the caller's own checks)

/** The property's value, or null when the issue has none. */
export function readWishProperty(client: JiraClient, issueId: string): Promise<unknown> {
  return getIssueProperty(client, issueId, WISH_PROPERTY);
}

/** Writes the index, or deletes the property when there is no wish (`index` null). */
function writeWishProperty(client: JiraClient, issueId: string, index: WishIndex | null): Promise<void> {
  return index
    ? setIssueProperty(client, issueId, WISH_PROPERTY, index)
    : deleteIssueProperty(client, issueId, WISH_PROPERTY);
}

/** The project of an issue as the caller sees it, null when Jira does not know it or hides it. */
export const issueProjectOf = getIssueProject;

export interface IndexedIssue {
  id: string;
  key: string;
  fields: { project?: { id: string } };
  properties?: Record<string, unknown>;
}

/** One page of a JQL search as the app, with the property (the sweep and the migration). */
export function searchIndexedAsApp(
  client: JiraClient,
  jql: string,
  nextPageToken: string | undefined,
): Promise<{ issues: IndexedIssue[]; nextPageToken?: string }> {
  return searchIssues(client, {
    jql,
    fields: ['project'],
    properties: [WISH_PROPERTY],
    maxResults: 50,
    nextPageToken,
  }) as Promise<{ issues: IndexedIssue[]; nextPageToken?: string }>;
}

// ---------------------------------------------------------------------------------------------
// Records

const DOMAIN_TO_RPC: Partial<Record<WishErrorCode, 'too-large' | 'conflict' | 'internal'>> = {
  'too-large': 'too-large',
  'id-reused': 'conflict',
  'invalid-document': 'internal',
  'unsupported-schema': 'internal',
};

/** A domain refusal as the resolver's typed error; `details` names the field and the domain code. */
export function wishError(error: {
  code: WishErrorCode;
  message: AppError['text'];
  field?: string;
}): AppError {
  return new AppError(DOMAIN_TO_RPC[error.code] ?? 'invalid-input', error.message, [
    { field: error.field ?? '', message: error.message, code: error.code },
  ]);
}

/** The stored document, validated (and migrated, once there are older schema versions). */
export function parseWish(value: unknown): WishDocument {
  const result = readWish(value);
  if (!result.ok) throw wishError(result.error);
  return result.doc;
}

/** A wish that has never been written: what a first write starts from (its first stored version is 1). */
export function unstoredWish(at: string, settings: ScoreSettings): WishDocument {
  return { ...emptyWish(at, null, settings), version: 0 };
}

function storedValue(issueId: string, projectId: string, doc: WishDocument): StoredWish {
  return { issueId, projectId, record: doc, version: doc.version, updatedAt: doc.updatedAt };
}

/** How long after its write a wish is named in searches' `reconcileIssues`: well past Jira's index lag. */
export const RECONCILE_WINDOW_MS = 10 * 60_000;
/** Jira reconciles at most 50 ids per search. */
const MAX_RECONCILED = 50;

/**
 * The wishes written in the last minutes, newest first and at most 50: of one project, or of all
 * projects when `projectId` is null. Lists name them in `reconcileIssues`, so a wish the app has
 * just written shows as it is now although Jira's search index has not caught up.
 */
export async function recentlyWrittenWishes(projectId: string | null, now = Date.now()): Promise<string[]> {
  const since = new Date(now - RECONCILE_WINDOW_MS).toISOString();
  const page = await queryPartitionPage<StoredWish>(
    WISH_ENTITY,
    projectId === null ? 'updatedAt' : 'by-project-updated',
    projectId === null ? [] : [projectId],
    { sort: 'DESC', limit: MAX_RECONCILED },
  );
  return page.results.filter((r) => r.value.updatedAt >= since).map((r) => r.value.issueId);
}

/** The stored records of these issues (raw: `readWish` validates each). */
export async function loadWishRecords(issueIds: string[]): Promise<Map<string, StoredWish>> {
  return getEntities<StoredWish>(WISH_ENTITY, [...new Set(issueIds)]);
}

export interface WishTarget {
  issueId: string;
  issueKey: string;
  projectId: string;
  score: ScoreSettings;
}

export interface WishAudit {
  /** `wish.<what>`, e.g. `wish.supported`. */
  action: string;
  /** The part of the document the action changes, for the before → after of the audit entry. */
  pick: (doc: WishDocument) => unknown;
}

export interface MutationResult {
  doc: WishDocument;
  stored: boolean;
  changed: boolean;
}

const BUSY = {
  da: 'Ønsket bliver ændret af andre lige nu. Prøv igen om et øjeblik.',
  en: 'Others are changing this wish right now. Try again in a moment.',
};

/**
 * Applies `op` to the latest stored record (or to a fresh one) and stores the result; see the
 * file comment. `op` gets the same timestamp on every attempt, so re-applying it is idempotent.
 */
export async function mutateWish(
  caller: Caller,
  target: WishTarget,
  op: (doc: WishDocument, at: string) => WishResult,
  audit: WishAudit | null,
  /** `refreshFigures: false`: a job of many writes refreshes the portfolio's figures once at its end. */
  options: { refreshFigures?: boolean } = {},
): Promise<MutationResult> {
  const at = new Date().toISOString();
  try {
    return await withLock(
      lockKey(target.issueId),
      async () => {
        for (let attempt = 1; ; attempt++) {
          const stored = await getEntity<StoredWish>(WISH_ENTITY, target.issueId);
          const before = stored ? parseWish(stored.record) : null;
          const base = before ?? unstoredWish(at, target.score);
          const result = op(base, at);
          if (!result.ok) throw wishError(result.error);
          if (!result.changed) return { doc: base, stored: before !== null, changed: false };
          const sideWrites = audit
            ? [
                auditWrite(
                  target.projectId,
                  caller.accountId,
                  audit.action,
                  {
                    target: target.issueKey,
                    before: before ? audit.pick(before) : null,
                    after: audit.pick(result.doc),
                  },
                  at,
                ),
              ]
            : [];
          try {
            await writeVersioned(
              WISH_ENTITY,
              target.issueId,
              storedValue(target.issueId, target.projectId, result.doc),
              stored?.version ?? 0,
              sideWrites,
              // Every writer of a wish holds its lock (above), so a first version can go in one
              // transaction with its audit entry.
              { lockedCreate: true },
            );
          } catch (error) {
            if (!(error instanceof VersionConflictError)) throw error;
            if (attempt >= MAX_ATTEMPTS) throw new AppError('conflict', BUSY);
            await sleep(20 + Math.random() * 80 * attempt);
            continue;
          }
          // The record is the truth from here; a failed index write is repaired by the next reader.
          await writeWishProperty(caller.jira.asApp, target.issueId, wishIndexOf(result.doc)).catch(
            (error: unknown) => console.error(`os2-wish index of ${target.issueKey} not written`, error),
          );
          // The portfolio's wish figures; a failure is repaired by the next wish write or a rebuild.
          if (options.refreshFigures !== false)
            await refreshWishFigures(caller, target.projectId, target).catch((error: unknown) =>
              console.error(`portfolio wish figures of ${target.issueKey} not written`, error),
            );
          return { doc: result.doc, stored: true, changed: true };
        }
      },
      { ttlSeconds: 20, waitMs: 12_000 },
    );
  } catch (error) {
    if (error instanceof LockBusyError) throw new AppError('conflict', BUSY);
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading with the index checked

export interface MigrationState {
  at: string;
  migrated: number;
  /** Properties that failed the schema: reported and left alone. */
  failed: { issueId: string; key: string }[];
}

export function migrationState(): Promise<MigrationState | undefined> {
  return getValue<MigrationState>(MIGRATION_KEY);
}

/** An issue as a search or an issue read returned it: the property is null when absent. */
export interface SeenIssue {
  id: string;
  key: string;
  projectId: string;
  property: unknown;
}

export type ReadRecord = { ok: true; doc: WishDocument } | { ok: false };

/**
 * Moves one property-held wish into storage (before the installation's migration is done):
 * only when no record exists, audited. Null when the property fails the schema.
 */
export async function migrateOne(
  client: JiraClient,
  actor: string,
  issue: SeenIssue,
): Promise<WishDocument | null> {
  const read = readWish(issue.property);
  if (!read.ok) return null;
  const doc = read.doc;
  const at = new Date().toISOString();
  try {
    await writeVersioned(WISH_ENTITY, issue.id, storedValue(issue.id, issue.projectId, doc), 0, [
      auditWrite(
        issue.projectId,
        actor,
        'wish.migrated',
        { target: issue.key, before: null, after: { version: doc.version, status: doc.status } },
        at,
      ),
    ]);
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error;
    // Someone migrated or wrote it first: theirs is the record.
    const current = error.current ? readWish(error.current.record) : null;
    return current?.ok ? current.doc : null;
  }
  await writeWishProperty(client, issue.id, wishIndexOf(doc));
  return doc;
}

/**
 * Rewrites the property from the record (deletes it when there is no record) if it still differs
 * once the lock is held; a writer holding the lock writes the index itself, so then nothing is
 * done. Audited as `wish.index-restored`. True when it repaired.
 */
export async function restoreIndex(client: JiraClient, actor: string, issue: SeenIssue): Promise<boolean> {
  const owner = `restore-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  if (!(await tryLock(lockKey(issue.id), owner))) return false;
  try {
    const [stored, found] = await Promise.all([
      getEntity<StoredWish>(WISH_ENTITY, issue.id),
      readWishProperty(client, issue.id),
    ]);
    let expected: WishIndex | null = null;
    if (stored) {
      const read = readWish(stored.record);
      if (!read.ok) return false; // never index from a record that fails the schema
      expected = wishIndexOf(read.doc);
    }
    if (indexMatches(found, expected)) return false;
    await writeWishProperty(client, issue.id, expected);
    await transact([
      auditWrite(issue.projectId, actor, 'wish.index-restored', {
        target: issue.key,
        before: found,
        after: expected,
        found,
        restored: expected,
      } as Parameters<typeof auditWrite>[3]),
    ]);
    console.warn(`os2-wish property of ${issue.key} differed from the record; restored`);
    return true;
  } finally {
    await unlock(lockKey(issue.id), owner).catch(() => undefined);
  }
}

/**
 * The records of these issues from storage, each issue's property compared with its record's index
 * and repaired when it differs. Before the installation's migration, a property without a record
 * is migrated instead; after it, such a property is a forgery and is removed (except properties the
 * migration reported as invalid, which are left alone).
 */
export async function readWishesChecked(
  client: JiraClient,
  actor: string,
  issues: SeenIssue[],
  preloaded?: Map<string, StoredWish>,
): Promise<{ records: Map<string, ReadRecord>; repaired: number }> {
  const stored = preloaded ?? (await loadWishRecords(issues.map((i) => i.id)));
  const records = new Map<string, ReadRecord>();
  let migration: MigrationState | undefined | null = null;
  let repaired = 0;
  for (const issue of issues) {
    const raw = stored.get(issue.id);
    let expected: WishIndex | null = null;
    if (raw) {
      const read = readWish(raw.record);
      if (!read.ok) {
        records.set(issue.id, { ok: false });
        continue;
      }
      records.set(issue.id, { ok: true, doc: read.doc });
      expected = wishIndexOf(read.doc);
    } else if (issue.property !== null && issue.property !== undefined) {
      if (migration === null) migration = await migrationState();
      if (!migration) {
        const doc = await migrateOne(client, actor, issue);
        if (doc) records.set(issue.id, { ok: true, doc });
        continue;
      }
      if (migration.failed.some((f) => f.issueId === issue.id)) continue;
    }
    if (indexMatches(issue.property, expected)) continue;
    if (await restoreIndex(client, actor, issue)) repaired += 1;
  }
  return { records, repaired };
}
