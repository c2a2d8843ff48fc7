/**
 * Long wish jobs: re-scoring a product's wishes after its settings change, bulk triage and marking
 * issues as wishes. Each runs in slices: a slice writes `JOB_PARALLEL` wishes at a time until its
 * time budget (a share of what the invocation has left) is spent; then the job record (`setting`
 * `wishjob:<id>`, written on its version) takes the progress and the next slice continues on the
 * async event queue. Events carry `{jobId, seq}`: a slice runs only when `seq` is the job's, so a
 * redelivered event changes nothing. Bulk work creates a record only when it does not fit in the
 * resolver call.
 *
 * A continuation runs in a queue consumer, as the app with no user: the user's permission and
 * each issue were checked as that user when the job started, and the writes are audited as them.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { WishBulkResult } from '../contract';
import {
  afterSlice,
  JOB_PARALLEL,
  jobProgress,
  newJobBase,
  readWish,
  reindex,
  RESOLVER_BUDGET_MS,
  SLICE_BUDGET_MS,
  sliceBudgetMs,
  WishJobSchema,
  type BulkRefusal,
  type ScoreSettings,
  type WishJob,
  type WishJobItemResult,
  type WishJobPendingItem,
  type WishJobProgress,
} from '../domain/wish';
import { InvalidCursorError } from '../platform/errors';
import { JiraClient } from '../platform/jira';
import { countIssues } from '../platform/jira-gateway';
import { PermissionService } from '../platform/permissions';
import { pushWishJobEvent, remainingTimeMs } from '../platform/queue';
import {
  getEntity,
  queryPartitionPage,
  VersionConflictError,
  writeVersioned,
  type VersionedValue,
} from '../platform/storage';
import type { ProjectAccess } from './access';
import type { Caller } from './caller';
import { asAppError, notFound, type AppError } from './errors';
import { refreshWishFigures } from './portfolio-aggregate';
import { SETTING } from './records';
import { loadWishSettings } from './wish-settings';
import { mutateWish, unstoredWish, WISH_ENTITY, type StoredWish } from './wish-store';
import { moveWish } from './wishes';

const jobKey = (jobId: string) => `wishjob:${jobId}`;
/** The project's latest re-scoring job, so a settings page opened later shows it. */
const latestKey = (projectId: string) => `wishjob-latest:${projectId}`;

export type Where = 'resolver' | 'consumer';

/**
 * How long this invocation's slice may work: 8 s in a resolver, 15 s in a consumer, less when
 * less is left. `OS2_WISH_JOB_BUDGET_MS` lowers it (tests and benchmarks split work with it).
 */
export function budgetMs(where: Where): number {
  const lowered = Number(process.env.OS2_WISH_JOB_BUDGET_MS);
  const cap = where === 'resolver' ? RESOLVER_BUDGET_MS : SLICE_BUDGET_MS;
  return sliceBudgetMs(remainingTimeMs(), lowered > 0 ? Math.min(cap, lowered) : cap);
}

interface LoadedJob {
  job: WishJob;
  version: number;
}

async function loadJob(jobId: string): Promise<LoadedJob | null> {
  const stored = await getEntity<VersionedValue<unknown>>(SETTING, jobKey(jobId));
  return stored ? { job: WishJobSchema.parse(stored.record), version: stored.version } : null;
}

async function createJob(job: WishJob, latest: boolean): Promise<LoadedJob> {
  const pointer = {
    entity: SETTING,
    key: latestKey(job.projectId),
    value: { record: { jobId: job.id }, version: 1, updatedAt: job.startedAt },
  } as const;
  await writeVersioned(
    SETTING,
    jobKey(job.id),
    { record: job, version: 1, updatedAt: job.updatedAt },
    0,
    latest ? [pointer] : [],
  );
  return { job, version: 1 };
}

/** Stores the job on the version read; a VersionConflictError means another delivery got there first. */
async function saveJob(loaded: LoadedJob, job: WishJob): Promise<LoadedJob> {
  const version = loaded.version + 1;
  await writeVersioned(
    SETTING,
    jobKey(job.id),
    { record: job, version, updatedAt: job.updatedAt },
    loaded.version,
  );
  return { job, version };
}

async function pushNext(job: WishJob): Promise<void> {
  // A lost push would strand the job: a short retry covers the platform's passing failures.
  for (let attempt = 1; ; attempt++) {
    try {
      return await pushWishJobEvent({ jobId: job.id, seq: job.seq });
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

/** The portfolio's wish figures, once per job rather than once per written wish. */
function refreshFigures(caller: Caller, projectId: string): Promise<void> {
  return refreshWishFigures(caller, projectId, { issueId: '', issueKey: '' }).catch((error: unknown) =>
    console.error(`portfolio wish figures of project ${projectId} not written`, error),
  );
}

function baseOf(caller: Caller, projectId: string, score: ScoreSettings, total: number) {
  return newJobBase(
    { id: randomUUID(), projectId, startedBy: caller.accountId, score, total },
    new Date().toISOString(),
  );
}

// ---------------------------------------------------------------------------------------------
// Re-scoring

/**
 * One page of the project's records. A cursor the storage does not know (one handed out by an
 * earlier version, which paged JQL results) starts the walk over: re-scoring is idempotent.
 */
async function recordPage(projectId: string, cursor: string | null) {
  const page = (c: string | undefined) =>
    queryPartitionPage<StoredWish>(WISH_ENTITY, 'by-project', [projectId], { limit: 50, cursor: c });
  if (cursor === null) return page(undefined);
  try {
    return await page(cursor);
  } catch (error) {
    if (!(error instanceof InvalidCursorError)) throw error;
    return page(undefined);
  }
}

export interface RescoreProgress {
  scanned: number;
  updated: number;
  failed: number;
  cursor: string | null;
}

/**
 * Rewrites the index fields (score, funding gap, …) of the project's stored wishes whose index
 * differs from `score`'s, page by page of the records from `cursor`, `JOB_PARALLEL` writes at a
 * time, until `deadline` (at least one page); the returned cursor continues it.
 */
export async function rescorePages(
  caller: Caller,
  projectId: string,
  score: ScoreSettings,
  cursor: string | null,
  deadline: number,
): Promise<RescoreProgress> {
  const progress: RescoreProgress = { scanned: 0, updated: 0, failed: 0, cursor };
  do {
    const page = await recordPage(projectId, progress.cursor);
    const now = new Date().toISOString();
    const stale: string[] = [];
    for (const { key: issueId, value } of page.results) {
      progress.scanned += 1;
      const read = readWish(value.record);
      if (!read.ok) {
        progress.failed += 1;
        continue;
      }
      const fresh = reindex(read.doc, score, now);
      if (!fresh.ok || fresh.changed) stale.push(issueId);
    }
    for (let i = 0; i < stale.length; i += JOB_PARALLEL) {
      const outcomes: ('updated' | 'unchanged' | 'failed')[] = await Promise.all(
        stale.slice(i, i + JOB_PARALLEL).map((issueId) =>
          mutateWish(
            caller,
            { issueId, issueKey: issueId, projectId, score },
            (doc, at) => reindex(doc, score, at),
            null,
            { refreshFigures: false },
          ).then(
            (result) => (result.changed ? ('updated' as const) : ('unchanged' as const)),
            (error: unknown) => {
              if (!asAppError(error)) throw error;
              return 'failed' as const;
            },
          ),
        ),
      );
      for (const outcome of outcomes) if (outcome !== 'unchanged') progress[outcome] += 1;
    }
    progress.cursor = page.nextCursor ?? null;
  } while (progress.cursor && Date.now() < deadline);
  return progress;
}

/**
 * Starts re-scoring the project's wishes with the settings just saved (`settingsVersion`): the
 * first slice runs in this resolver call, the rest on the queue. A job of an older version stops
 * at its next slice.
 */
export async function startRescore(
  caller: Caller,
  access: ProjectAccess,
  settingsVersion: number,
  score: ScoreSettings,
): Promise<WishJobProgress> {
  const total = await countIssues(
    caller.jira.asUser,
    `project = ${access.projectId} AND os2WishStatus IS NOT EMPTY`,
  );
  const job: WishJob = {
    ...baseOf(caller, access.projectId, score, total),
    kind: 'rescore',
    settingsVersion,
    cursor: null,
  };
  const loaded = await createJob(job, true);
  return jobProgress(await runSlice(caller, loaded, 'resolver'));
}

async function rescoreSlice(
  caller: Caller,
  job: Extract<WishJob, { kind: 'rescore' }>,
  deadline: number,
  started: number,
  current: number,
): Promise<WishJob> {
  const at = new Date().toISOString();
  // A newer save started its own job: this one stops where it is.
  if (current !== job.settingsVersion) {
    return { ...job, state: 'superseded', seq: job.seq + 1, updatedAt: at, finishedAt: at };
  }
  const step = await rescorePages(caller, job.projectId, job.score, job.cursor, deadline);
  return afterSlice(
    { ...job, cursor: step.cursor },
    {
      processed: step.scanned,
      updated: step.updated,
      failed: step.failed,
      ms: Date.now() - started,
      more: step.cursor !== null,
    },
    at,
  );
}

// ---------------------------------------------------------------------------------------------
// Bulk triage and marking

type BulkJob = Extract<WishJob, { kind: 'bulk-transition' | 'mark' }>;
export type BulkSpec =
  { kind: 'bulk-transition'; move: Extract<WishJob, { kind: 'bulk-transition' }>['move'] } | { kind: 'mark' };
/** Does one wish's part of a bulk job (as the job's caller); refusals are results, not errors. */
export type BulkItemRunner = (caller: Caller, item: WishJobPendingItem) => Promise<WishJobItemResult>;

/** What a refusal reports, from the error the write cycle threw. */
export function bulkRefusal(
  item: { issueId: string; key: string | null },
  error: AppError,
): WishJobItemResult {
  const code = Array.isArray(error.details)
    ? (error.details[0] as { code?: unknown } | undefined)?.code
    : null;
  const reason: BulkRefusal =
    error.code === 'not-found'
      ? 'not-found'
      : error.code === 'conflict'
        ? 'conflict'
        : code === 'transition-not-allowed'
          ? 'transition-not-allowed'
          : 'refused';
  return { issueId: item.issueId, key: item.key, ok: false, reason, message: error.text };
}

/** Runs `run` on each item, catching the user's errors as that item's refusal. */
function guarded(run: BulkItemRunner): BulkItemRunner {
  return (caller, item) =>
    run(caller, item).catch((error: unknown) => {
      const known = asAppError(error);
      if (!known) throw error;
      return bulkRefusal(item, known);
    });
}

/** The items' batches until `deadline` (at least one batch): what was done and what is left. */
async function bulkBatches(
  caller: Caller,
  pending: readonly WishJobPendingItem[],
  deadline: number,
  run: BulkItemRunner,
): Promise<{ done: WishJobItemResult[]; rest: WishJobPendingItem[] }> {
  const done: WishJobItemResult[] = [];
  let next = 0;
  while (next < pending.length && (next === 0 || Date.now() < deadline)) {
    const batch = pending.slice(next, next + JOB_PARALLEL);
    done.push(...(await Promise.all(batch.map((item) => guarded(run)(caller, item)))));
    next += batch.length;
  }
  return { done, rest: pending.slice(next) };
}

/** How each bulk kind does one item, with the same write cycle and rules as the panel's. */
function runnerOf(job: BulkJob): BulkItemRunner {
  const target = (item: WishJobPendingItem) => ({
    issueId: item.issueId,
    issueKey: item.key,
    projectId: job.projectId,
    score: job.score,
  });
  if (job.kind === 'bulk-transition') {
    return async (caller, item) => {
      await moveWish(caller, target(item), { ...job.move, basedOn: item.basedOn }, { refreshFigures: false });
      return { issueId: item.issueId, key: item.key, ok: true };
    };
  }
  return async (caller, item) => {
    await mutateWish(
      caller,
      target(item),
      (doc, at) =>
        doc.version === 0
          ? { ok: true, changed: true, doc: { ...unstoredWish(at, job.score), version: 1 } }
          : { ok: true, changed: false, doc },
      { action: 'wish.marked', pick: (doc) => ({ status: doc.status }) },
      { refreshFigures: false },
    );
    return { issueId: item.issueId, key: item.key, ok: true };
  };
}

/**
 * Runs a bulk action on the items that passed the caller's checks (`checked` holds the others'
 * results already): in this call until the resolver's budget is spent, the rest as a job on the
 * queue. The results keep the order of `order`.
 */
export async function runBulk(
  caller: Caller,
  spec: BulkSpec & { projectId: string; score: ScoreSettings },
  order: readonly string[],
  checked: readonly WishJobItemResult[],
  pending: readonly WishJobPendingItem[],
): Promise<WishBulkResult> {
  const started = Date.now();
  const { projectId, score, ...kind } = spec;
  const shell: BulkJob = {
    ...baseOf(caller, projectId, score, order.length),
    ...kind,
    pending: [...pending],
    results: [...checked],
  };
  const { done, rest } = await bulkBatches(caller, pending, started + budgetMs('resolver'), runnerOf(shell));
  const results = [...checked, ...done];
  const byId = new Map(results.map((r) => [r.issueId, r]));
  const ordered = order.flatMap((id) => byId.get(id) ?? []);
  if (rest.length === 0) {
    if (done.some((r) => r.ok)) await refreshFigures(caller, projectId);
    return { results: ordered, job: null };
  }
  const job = afterSlice(
    { ...shell, pending: rest, results: ordered },
    { ...countOf(results), ms: Date.now() - started, more: true },
    new Date().toISOString(),
  );
  await createJob(job, false);
  await pushNext(job);
  return { results: ordered, job: jobProgress(job) };
}

const countOf = (results: readonly WishJobItemResult[]) => ({
  processed: results.length,
  updated: results.filter((r) => r.ok).length,
  failed: results.filter((r) => !r.ok).length,
});

async function bulkSlice(caller: Caller, job: BulkJob, deadline: number, started: number): Promise<WishJob> {
  const { done, rest } = await bulkBatches(caller, job.pending, deadline, runnerOf(job));
  return afterSlice(
    { ...job, pending: rest, results: [...job.results, ...done] },
    { ...countOf(done), ms: Date.now() - started, more: rest.length > 0 },
    new Date().toISOString(),
  );
}

// ---------------------------------------------------------------------------------------------
// Slices

/**
 * Runs the job's next slice and stores it (conditionally on the version read); when work is left,
 * queues the event for the slice after it.
 */
async function runSlice(caller: Caller, loaded: LoadedJob, where: Where): Promise<WishJob> {
  const started = Date.now();
  const deadline = started + budgetMs(where);
  const { job } = loaded;
  let next: WishJob;
  if (job.kind === 'rescore') {
    const current = (await loadWishSettings(job.projectId)).version;
    next = await rescoreSlice(caller, job, deadline, started, current);
  } else {
    next = await bulkSlice(caller, job, deadline, started);
  }
  if (next.state === 'done') await refreshFigures(caller, job.projectId);
  await saveJob(loaded, next);
  if (next.state === 'running') await pushNext(next);
  return next;
}

/** The caller a continuation acts as: the app, attributed to the user who started the job. */
function continuationCaller(job: WishJob): Caller {
  const asApp = new JiraClient('app');
  return {
    accountId: job.startedBy,
    moduleKey: WISH_JOB_CONSUMER,
    projectId: job.projectId,
    jira: { asUser: asApp, asApp },
    permissions: new PermissionService(asApp, job.startedBy),
  };
}

/** manifest.yml's consumer module of the wish job queue. */
export const WISH_JOB_CONSUMER = 'os2-wish-jobs-consumer';

const EventSchema = z.object({ jobId: z.uuid(), seq: z.int().min(0) });

export type ConsumedEvent =
  | { ran: true; state: WishJob['state']; seq: number }
  | { ran: false; why: 'invalid' | 'unknown-job' | 'finished' | 'stale' | 'raced' };

/** One queue event: the job's slice `seq`, if that is still the job's next one. */
export async function consumeWishJobEvent(event: { body?: unknown }): Promise<ConsumedEvent> {
  const body = EventSchema.safeParse(event.body);
  if (!body.success) return { ran: false, why: 'invalid' };
  const loaded = await loadJob(body.data.jobId);
  if (!loaded) return { ran: false, why: 'unknown-job' };
  if (loaded.job.state !== 'running') return { ran: false, why: 'finished' };
  if (loaded.job.seq !== body.data.seq) return { ran: false, why: 'stale' };
  try {
    const next = await runSlice(continuationCaller(loaded.job), loaded, 'consumer');
    return { ran: true, state: next.state, seq: next.seq };
  } catch (error) {
    // The same slice delivered twice at once: the other delivery stored it and queued the next.
    if (error instanceof VersionConflictError) return { ran: false, why: 'raced' };
    throw error;
  }
}

/** A job of the caller's project (`jobId` null: its latest re-scoring), as the progress bar shows it. */
export async function wishJobProgress(
  access: ProjectAccess,
  jobId: string | null,
): Promise<WishJobProgress | null> {
  const id =
    jobId ??
    (await getEntity<VersionedValue<{ jobId: string }>>(SETTING, latestKey(access.projectId)))?.record.jobId;
  if (!id) return null;
  const loaded = await loadJob(id);
  // Another project's job is as unknown as one that does not exist.
  if (!loaded || loaded.job.projectId !== access.projectId) {
    if (jobId) throw notFound();
    return null;
  }
  return jobProgress(loaded.job);
}
