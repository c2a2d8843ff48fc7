/**
 * Forge's async event queue (`@forge/events`) and the invocation's remaining time: long wish
 * jobs continue on the queue once an invocation's budget is spent.
 */
import { getAppContext } from '@forge/api';
import { Queue } from '@forge/events';

/** The queue of manifest.yml's consumer `os2-wish-jobs-consumer`. */
export const WISH_JOB_QUEUE = 'os2-wish-jobs';

const queue = new Queue({ key: WISH_JOB_QUEUE });

/** Queues one event for the consumer; only the job's id and slice travel, the job is in storage. */
export async function pushWishJobEvent(body: { jobId: string; seq: number }): Promise<void> {
  await queue.push({ body });
}

/** What this invocation has left of its time limit, ms. */
export function remainingTimeMs(): number {
  return getAppContext().invocationRemainingTimeInMillis();
}
