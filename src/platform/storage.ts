import { Filter, FilterConditions, ForgeKvsAPIError, kvs, Sort } from '@forge/kvs';
import { InvalidCursorError } from './errors';

/**
 * Forge storage for the app's custom entities (declared in manifest.yml). Every record keeps its
 * indexed fields as attributes and the rest in `record`; versioned entities add `version` so a
 * write can be conditional on the version the writer read.
 */

export type EntityName =
  | 'product'
  | 'assessment'
  | 'evaluation'
  | 'round'
  | 'decision'
  | 'audit'
  | 'summary'
  | 'member'
  | 'setting'
  | 'wish'
  | 'portfolio'
  // Sprint planning
  | 'sprintcapacity'
  | 'settlement';

export interface VersionedValue<R> {
  record: R;
  version: number;
  updatedAt: string;
  [attribute: string]: unknown;
}

/** Another writer got there first: `current` is what is stored now (undefined if it was deleted). */
export class VersionConflictError<R = unknown> extends Error {
  constructor(readonly current: VersionedValue<R> | undefined) {
    super('Version conflict');
  }
}

const PAGE = 100;

export async function getEntity<V>(entity: EntityName, key: string): Promise<V | undefined> {
  return kvs.entity<V>(entity).get(key);
}

/** Reads many keys of one entity in one round trip per 25 (the batch limit). */
export async function getEntities<V>(entity: EntityName, keys: string[]): Promise<Map<string, V>> {
  const found = new Map<string, V>();
  for (let i = 0; i < keys.length; i += 25) {
    const chunk = keys.slice(i, i + 25);
    const answer = await kvs.batchGet<V>(chunk.map((key) => ({ key, entityName: entity })));
    for (const item of answer.successfulKeys) found.set(item.key, item.value as V);
  }
  return found;
}

/** One page of a partition of an index, in range order; `nextCursor` continues it. */
export async function queryPartitionPage<V>(
  entity: EntityName,
  index: string,
  partition: string[],
  options: { sort?: 'ASC' | 'DESC'; limit?: number; cursor?: string } = {},
): Promise<{ results: { key: string; value: V }[]; nextCursor?: string }> {
  let query = kvs
    .entity<V>(entity)
    .query()
    .index(index, { partition })
    .sort(options.sort === 'DESC' ? Sort.DESC : Sort.ASC)
    .limit(Math.min(PAGE, options.limit ?? PAGE));
  if (options.cursor) query = query.cursor(options.cursor);
  const page = await query.getMany().catch((error: unknown) => {
    throw errorCode(error) === 'INVALID_CURSOR' ? new InvalidCursorError() : error;
  });
  return { results: page.results, nextCursor: page.nextCursor };
}

/** Every record in one partition of an index, in range order, following cursors. */
export async function queryPartition<V>(
  entity: EntityName,
  index: string,
  partition: string[],
  options: { sort?: 'ASC' | 'DESC'; max?: number } = {},
): Promise<{ key: string; value: V }[]> {
  const results: { key: string; value: V }[] = [];
  let cursor: string | undefined;
  const max = options.max ?? Number.POSITIVE_INFINITY;
  do {
    const page = await queryPartitionPage<V>(entity, index, partition, {
      sort: options.sort,
      limit: max - results.length,
      cursor,
    });
    results.push(...page.results);
    cursor = page.nextCursor;
  } while (cursor && results.length < max);
  return results;
}

/** Every record of an entity, through its automatic by-key index (for small entities such as summaries). */
export async function queryAll<V>(entity: EntityName): Promise<{ key: string; value: V }[]> {
  const results: { key: string; value: V }[] = [];
  let cursor: string | undefined;
  do {
    let query = kvs.entity<V>(entity).query().index('by-key').limit(PAGE);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    results.push(...page.results);
    cursor = page.nextCursor;
  } while (cursor);
  return results;
}

export interface SideWrite {
  entity: EntityName;
  key: string;
  value: unknown;
}

/**
 * Writes a versioned record only if the stored version is still `expectedVersion` (0 = must not
 * exist yet), together with side writes (the audit entry, the summary) in one transaction.
 */
export async function writeVersioned<R>(
  entity: EntityName,
  key: string,
  value: VersionedValue<R>,
  expectedVersion: number,
  sideWrites: SideWrite[] = [],
  /**
   * The caller holds the record's lock and has just read that it does not exist: the first version
   * is then written in one transaction with its side writes, so a failure leaves neither.
   */
  options: { lockedCreate?: boolean } = {},
): Promise<void> {
  try {
    if (expectedVersion === 0 && options.lockedCreate) {
      await transact([{ entity, key, value }, ...sideWrites]);
      return;
    }
    if (expectedVersion === 0) {
      // Creation: FAIL_IF_EXISTS makes two first writers conflict instead of one overwriting the other.
      await kvs.entity<VersionedValue<R>>(entity).set(key, value, { keyPolicy: 'FAIL_IF_EXISTS' } as never);
      if (sideWrites.length > 0) await transact(sideWrites);
      return;
    }
    let tx = kvs.transact().set(key, value, {
      entityName: entity,
      conditions: new Filter<VersionedValue<R>>().and('version', FilterConditions.equalTo(expectedVersion)),
    });
    for (const w of sideWrites) tx = tx.set(w.key, w.value, { entityName: w.entity });
    await tx.execute();
  } catch (error) {
    if (isConflict(error)) {
      throw new VersionConflictError<R>(await getEntity<VersionedValue<R>>(entity, key));
    }
    throw error;
  }
}

export async function transact(writes: SideWrite[]): Promise<void> {
  for (let i = 0; i < writes.length; i += 25) {
    let tx = kvs.transact();
    for (const w of writes.slice(i, i + 25)) tx = tx.set(w.key, w.value, { entityName: w.entity });
    await tx.execute();
  }
}

export async function setEntity(entity: EntityName, key: string, value: unknown): Promise<void> {
  await kvs.entity(entity).set(key, value);
}

export async function deleteEntity(entity: EntityName, key: string): Promise<void> {
  await kvs.entity(entity).delete(key);
}

export async function getValue<V>(key: string): Promise<V | undefined> {
  return kvs.get<V>(key);
}

export async function setValue(key: string, value: unknown): Promise<void> {
  await kvs.set(key, value);
}

/** Condition failures, and a create racing another create. Codes differ between Forge's docs and reports. */
function isConflict(error: unknown): boolean {
  return /CONDITION|KEY_CONFLICT|CONFLICT/i.test(errorCode(error));
}

/** The Forge storage error's code ('' for any other error). */
export function errorCode(error: unknown): string {
  if (!(error instanceof ForgeKvsAPIError)) return '';
  return (error as ForgeKvsAPIError & { code?: string }).code ?? '';
}

// ---------------------------------------------------------------------------------------------
// Short-lived locks. A lock is a plain KVS key created with FAIL_IF_EXISTS and a TTL: creating it
// is atomic, so exactly one writer holds it; the TTL frees it if the holder's invocation dies. Used
// to queue writers of one record; correctness comes from the versioned write's condition.

export interface LockOptions {
  /** How long the lock lives if never released (a crashed invocation); well above one write cycle. */
  ttlSeconds?: number;
  /** How long to keep trying before giving up. */
  waitMs?: number;
}

/** Someone else held the lock for longer than `waitMs`. */
export class LockBusyError extends Error {
  constructor(readonly key: string) {
    super(`Lock ${key} is busy`);
  }
}

const lockSleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tries once to create the lock key; false when another holder has it. */
export async function tryLock(key: string, owner: string, ttlSeconds = 20): Promise<boolean> {
  try {
    await kvs.set(
      key,
      { owner, at: new Date().toISOString() },
      { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: ttlSeconds, unit: 'SECONDS' } },
    );
    return true;
  } catch (error) {
    if (isConflict(error)) return false;
    throw error;
  }
}

/**
 * Deletes the lock if this owner still holds it. A holder that outlived the TTL could in theory
 * delete a successor's lock between the read and the delete; the TTL is chosen far above a write
 * cycle (a few hundred ms) so that this does not happen in practice.
 */
export async function unlock(key: string, owner: string): Promise<void> {
  const current = await kvs.get<{ owner?: string }>(key);
  if (current?.owner === owner) await kvs.delete(key);
}

/** Runs `fn` while holding the lock `key`, waiting (with jittered back-off) for it up to `waitMs`. */
export async function withLock<T>(key: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const owner = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const deadline = Date.now() + (options.waitMs ?? 10_000);
  let delay = 20;
  while (!(await tryLock(key, owner, options.ttlSeconds ?? 20))) {
    if (Date.now() >= deadline) throw new LockBusyError(key);
    await lockSleep(delay / 2 + Math.random() * delay);
    delay = Math.min(delay * 2, 400);
  }
  try {
    return await fn();
  } finally {
    await unlock(key, owner).catch((error: unknown) => console.error(`unlock ${key} failed`, error));
  }
}
