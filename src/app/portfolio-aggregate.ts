/**
 * The portfolio aggregate: every product's portfolio entry (its summary and its wish figures) in a
 * fixed number of shard records, so the portfolio reads the same few records whatever the number
 * of products. A product always lands in the same shard (a hash of its project id). Each shard is
 * versioned and written conditionally, so two products of one shard saved at once lose nothing.
 *
 * The per-product summaries and the wish records stay the source: `rebuildPortfolioAggregate`
 * writes every shard from them, and runs by itself the first time the portfolio finds no
 * aggregate (an installation upgraded from before it).
 *
 * Size: at 5,000 products a shard holds about 100 entries of well under 2 KB (names at most 255
 * characters; lights one character per requirement; municipalities as indexes), far below the
 * 240 KiB a value may hold.
 */
import { NO_WISHES, wishFigures, type WishFigures } from '../domain/portfolio/model';
import type { WishStatus } from '../domain/wish/vocabulary';
import {
  getEntities,
  queryAll,
  transact,
  VersionConflictError,
  writeVersioned,
  type VersionedValue,
} from '../platform/storage';
import { queryPartition } from '../platform/storage';
import { getIssue } from '../platform/jira-gateway';
import type { Caller } from './caller';
import { SUMMARY } from './records';
import type { PortfolioSummary, StoredSummary } from './summary';

export const PORTFOLIO = 'portfolio';
/** Fixed: changing it needs a rebuild. 50 shards = two batch reads of 25. */
export const SHARDS = 50;
const META_KEY = 'meta';
const MAX_ATTEMPTS = 8;

export interface PortfolioEntry {
  projectId: string;
  summary?: PortfolioSummary;
  wishes?: WishFigures;
}

interface ShardRecord {
  entries: PortfolioEntry[];
}

type StoredShard = VersionedValue<ShardRecord> & { shard: string };
type StoredMeta = VersionedValue<{ builtAt: string; shards: number }> & { shard: string };

/** FNV-1a of the project id, so a product always lands in the same shard. */
export function shardOf(projectId: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < projectId.length; i++) h = Math.imul(h ^ projectId.charCodeAt(i), 0x01000193) >>> 0;
  return `shard:${String(h % SHARDS).padStart(2, '0')}`;
}

const SHARD_KEYS = Array.from({ length: SHARDS }, (_, i) => `shard:${String(i).padStart(2, '0')}`);

/** Every entry, in a constant number of reads (⌈51 / 25⌉ = 3 batch gets); `built` false before the first build. */
export async function readPortfolioAggregate(): Promise<{ entries: PortfolioEntry[]; built: boolean }> {
  const found = await getEntities<StoredShard | StoredMeta>(PORTFOLIO, [...SHARD_KEYS, META_KEY]);
  const entries: PortfolioEntry[] = [];
  for (const key of SHARD_KEYS) {
    const shard = found.get(key) as StoredShard | undefined;
    if (shard) entries.push(...shard.record.entries);
  }
  return { entries, built: found.has(META_KEY) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Changes one product's entry (`change` gets the entry or undefined, and returns the new entry, or
 * undefined to remove it): read the shard, change, write on the version read, retry on a conflict.
 */
export async function updatePortfolioEntry(
  projectId: string,
  change: (entry: PortfolioEntry) => PortfolioEntry | undefined,
): Promise<void> {
  const key = shardOf(projectId);
  for (let attempt = 1; ; attempt++) {
    const stored = (await getEntities<StoredShard>(PORTFOLIO, [key])).get(key);
    const entries = stored?.record.entries ?? [];
    const index = entries.findIndex((e) => e.projectId === projectId);
    const next = change(index >= 0 ? entries[index]! : { projectId });
    const updated = entries.filter((e) => e.projectId !== projectId);
    if (next) updated.push({ ...next, projectId });
    const now = new Date().toISOString();
    const version = (stored?.version ?? 0) + 1;
    try {
      await writeVersioned<ShardRecord>(
        PORTFOLIO,
        key,
        { shard: key, record: { entries: updated }, version, updatedAt: now },
        stored?.version ?? 0,
      );
      return;
    } catch (error) {
      if (!(error instanceof VersionConflictError) || attempt >= MAX_ATTEMPTS) throw error;
      await sleep(10 + Math.random() * 40 * attempt);
    }
  }
}

interface WishFacts {
  issueId: string;
  projectId: string;
  record: { status?: WishStatus; createdAt?: string; fundingGap?: number };
}

/** The wish figures of one product from its wish records; `keyOf` names the issues (ids are all storage has). */
export async function productWishFigures(
  projectId: string,
  keyOf: (issueId: string) => Promise<string>,
): Promise<WishFigures> {
  const stored = await queryPartition<WishFacts>('wish', 'by-project', [projectId]);
  return figuresOf(
    stored.map((s) => s.value),
    keyOf,
  );
}

async function figuresOf(
  wishes: readonly WishFacts[],
  keyOf: (issueId: string) => Promise<string>,
): Promise<WishFigures> {
  const facts = wishes
    .filter((w) => w.record?.status)
    .map((w) => ({
      issueId: w.issueId,
      status: w.record.status!,
      createdAt: w.record.createdAt ?? '',
      fundingGap: w.record.fundingGap ?? 0,
    }));
  const figures = wishFigures(facts);
  if (!figures.oldestUntriaged) return figures;
  const key = await keyOf(figures.oldestUntriaged.issueId).catch(() => '');
  return { ...figures, oldestUntriaged: { ...figures.oldestUntriaged, key } };
}

/** Rewrites every shard from the summaries and the wish records. Costly; runs once per installation. */
export async function rebuildPortfolioAggregate(
  keyOf: (issueId: string) => Promise<string>,
): Promise<PortfolioEntry[]> {
  const [summaries, wishes] = await Promise.all([
    queryAll<StoredSummary>(SUMMARY),
    queryAll<WishFacts>('wish'),
  ]);
  const byProject = new Map<string, WishFacts[]>();
  for (const { value } of wishes) {
    const list = byProject.get(value.projectId) ?? [];
    list.push(value);
    byProject.set(value.projectId, list);
  }
  const shards = new Map<string, PortfolioEntry[]>(SHARD_KEYS.map((k) => [k, []]));
  const all: PortfolioEntry[] = [];
  for (const { value } of summaries) {
    const summary = value.record;
    if (!summary || !/^\d+$/.test(summary.projectId)) continue;
    const own = byProject.get(summary.projectId);
    const entry: PortfolioEntry = {
      projectId: summary.projectId,
      summary,
      wishes: own ? await figuresOf(own, keyOf) : NO_WISHES,
    };
    shards.get(shardOf(summary.projectId))!.push(entry);
    all.push(entry);
  }
  const now = new Date().toISOString();
  // Unconditional: the rebuild is the truth at this moment; versions restart above any stored one.
  const current = await getEntities<StoredShard>(PORTFOLIO, SHARD_KEYS);
  await transact([
    ...SHARD_KEYS.map((key) => ({
      entity: PORTFOLIO as 'portfolio',
      key,
      value: {
        shard: key,
        record: { entries: shards.get(key)! },
        version: (current.get(key)?.version ?? 0) + 1,
        updatedAt: now,
      } satisfies StoredShard,
    })),
    {
      entity: PORTFOLIO,
      key: META_KEY,
      value: {
        shard: META_KEY,
        record: { builtAt: now, shards: SHARDS },
        version: 1,
        updatedAt: now,
      } satisfies StoredMeta,
    },
  ]);
  return all;
}

/**
 * After a wish changed: the product's wish figures again from its records. The changed wish's key
 * is known; another wish's key is asked of Jira (as the app) only when it becomes the oldest untriaged.
 */
export async function refreshWishFigures(
  caller: Caller,
  projectId: string,
  changed: { issueId: string; issueKey: string },
): Promise<void> {
  const key = shardOf(projectId);
  const shard = (await getEntities<StoredShard>(PORTFOLIO, [key])).get(key);
  const previous = shard?.record.entries.find((e) => e.projectId === projectId)?.wishes;
  const keyOf = async (issueId: string) => {
    if (issueId === changed.issueId) return changed.issueKey;
    const known = previous?.oldestUntriaged;
    if (known && known.key !== '' && known.issueId === issueId) return known.key;
    return (await getIssue(caller.jira.asApp, issueId, { fields: [], properties: [] })).key;
  };
  const figures = await productWishFigures(projectId, keyOf);
  await updatePortfolioEntry(projectId, (entry) => ({ ...entry, wishes: figures }));
}
