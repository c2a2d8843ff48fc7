/**
 * Long wish jobs (re-scoring a product's wishes, bulk triage): the job record that holds their
 * progress, and the time budget of each invocation. A job runs in slices; each slice stops once
 * its budget is spent and the next one continues on the async event queue.
 */
import { z } from 'zod';
import { ScoreSettingsSchema } from './score';
import { WISH_STATUSES } from './vocabulary';
import { BULK_REFUSALS, WISH_JOB_STATES, type WishJobItemResult, type WishJobProgress } from './job-progress';

/** Forge's invocation limit, and how much of it a slice may spend (the rest is margin for its last batch). */
export const INVOCATION_LIMIT_MS = 25_000;
export const SLICE_BUDGET_MS = 15_000;
/** A resolver answers the user: it works at most 8 s before the queue takes over. */
export const RESOLVER_BUDGET_MS = 8_000;
const BUDGET_SHARE = SLICE_BUDGET_MS / INVOCATION_LIMIT_MS;

/**
 * How long a slice may work, from the time its invocation has left: 15 s of Forge's 25 s in a
 * queue consumer, 8 s in a resolver, and the same share of a shorter limit.
 */
export function sliceBudgetMs(remainingMs: number, cap = SLICE_BUDGET_MS): number {
  return Math.max(0, Math.min(cap, Math.floor(remainingMs * BUDGET_SHARE)));
}

/** Wishes written at once by a job: bounded, so 50 take a few rounds, not 50 in a row. */
export const JOB_PARALLEL = 10;

const text = z.object({ da: z.string(), en: z.string() }).strict();

export const WishJobItemResultSchema = z
  .object({
    issueId: z.string(),
    key: z.string().nullable(),
    ok: z.boolean(),
    reason: z.enum(BULK_REFUSALS).optional(),
    message: text.optional(),
  })
  .strict();

/** The stored items are the zod-free progress's items: a drift between the two fails to compile. */
export const itemResultOf = (item: z.infer<typeof WishJobItemResultSchema>): WishJobItemResult => item;

const pendingItem = z
  .object({ issueId: z.string(), key: z.string(), basedOn: z.string().nullable() })
  .strict();
export type WishJobPendingItem = z.infer<typeof pendingItem>;

const common = {
  schemaVersion: z.literal(1),
  id: z.uuid(),
  projectId: z.string().regex(/^\d+$/),
  startedBy: z.string().min(1),
  /** The settings it scores and writes with, fixed when it starts. */
  score: ScoreSettingsSchema,
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
  state: z.enum(WISH_JOB_STATES),
  /**
   * The slice the next queue event runs; an event carries its slice number, so a redelivered
   * event (an older number) finds the job moved on and changes nothing.
   */
  seq: z.int().min(0),
  /** Items the job covers (for re-scoring: as JQL counted the wishes when it started). */
  total: z.int().min(0),
  processed: z.int().min(0),
  updated: z.int().min(0),
  failed: z.int().min(0),
  /** Invocations that worked on it, and the longest of them (ms, as the app measured). */
  invocations: z.int().min(0),
  maxInvocationMs: z.number().min(0),
};

export const WishJobSchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...common,
      kind: z.literal('rescore'),
      /** The settings version it scores with; a newer save starts its own job and this one stops. */
      settingsVersion: z.int().min(0),
      cursor: z.string().nullable(),
    })
    .strict(),
  z
    .object({
      ...common,
      kind: z.literal('bulk-transition'),
      move: z.object({ to: z.enum(WISH_STATUSES), reason: z.string(), duplicateOf: z.string() }).strict(),
      pending: z.array(pendingItem),
      results: z.array(WishJobItemResultSchema),
    })
    .strict(),
  z
    .object({
      ...common,
      kind: z.literal('mark'),
      pending: z.array(pendingItem),
      results: z.array(WishJobItemResultSchema),
    })
    .strict(),
]);
export type WishJob = z.infer<typeof WishJobSchema>;
/** The fields every kind of job has. */
export type WishJobBase = Omit<Extract<WishJob, { kind: 'mark' }>, 'kind' | 'pending' | 'results'>;

/** A job's fields as it starts: running, nothing done yet. */
export function newJobBase(
  fields: Pick<WishJobBase, 'id' | 'projectId' | 'startedBy' | 'score' | 'total'>,
  at: string,
): WishJobBase {
  return {
    schemaVersion: 1,
    ...fields,
    startedAt: at,
    updatedAt: at,
    finishedAt: null,
    state: 'running',
    seq: 0,
    processed: 0,
    updated: 0,
    failed: 0,
    invocations: 0,
    maxInvocationMs: 0,
  };
}

export function jobProgress(job: WishJob): WishJobProgress {
  return {
    jobId: job.id,
    kind: job.kind,
    state: job.state,
    // JQL's count can lag behind the records; never show more done than there is.
    total: Math.max(job.total, job.processed),
    processed: job.processed,
    updated: job.updated,
    failed: job.failed,
    invocations: job.invocations,
    maxInvocationMs: Math.round(job.maxInvocationMs),
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    results: job.kind === 'rescore' ? [] : job.results,
  };
}

/** The record after one slice: counts added, the invocation measured, finished when nothing is left. */
export function afterSlice<J extends WishJob>(
  job: J,
  slice: { processed: number; updated: number; failed: number; ms: number; more: boolean },
  at: string,
): J {
  return {
    ...job,
    processed: job.processed + slice.processed,
    updated: job.updated + slice.updated,
    failed: job.failed + slice.failed,
    invocations: job.invocations + 1,
    maxInvocationMs: Math.max(job.maxInvocationMs, slice.ms),
    updatedAt: at,
    seq: job.seq + 1,
    state: slice.more ? job.state : 'done',
    finishedAt: slice.more ? job.finishedAt : at,
  };
}
