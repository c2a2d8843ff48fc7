/**
 * A wish job's progress as the UI shows it, as plain types and rules without zod (the record's
 * schema is in ./job), so the Custom UI may import them.
 */
export const WISH_JOB_KINDS = ['rescore', 'bulk-transition', 'mark'] as const;
export type WishJobKind = (typeof WISH_JOB_KINDS)[number];

export const WISH_JOB_STATES = ['running', 'done', 'failed', 'superseded'] as const;
export type WishJobState = (typeof WISH_JOB_STATES)[number];

/** Why a wish was not moved (or marked), for the per-wish report. */
export const BULK_REFUSALS = [
  'not-found',
  'not-a-wish',
  'transition-not-allowed',
  'conflict',
  'refused',
] as const;
export type BulkRefusal = (typeof BULK_REFUSALS)[number];

/** One wish's outcome in bulk triage or marking. */
export interface WishJobItemResult {
  issueId: string;
  key: string | null;
  ok: boolean;
  reason?: BulkRefusal;
  message?: { da: string; en: string };
}

/** The job's progress as the UI shows it (no cursor, no pending items). */
export interface WishJobProgress {
  jobId: string;
  kind: WishJobKind;
  state: WishJobState;
  total: number;
  processed: number;
  updated: number;
  failed: number;
  invocations: number;
  maxInvocationMs: number;
  startedAt: string;
  finishedAt: string | null;
  /** Bulk triage and marking: each wish's outcome so far. */
  results: WishJobItemResult[];
}

/** 0–1 for a progress bar; a finished job is full whatever its counts. */
export function jobFraction(progress: Pick<WishJobProgress, 'state' | 'total' | 'processed'>): number {
  if (progress.state !== 'running') return 1;
  if (progress.total <= 0) return 0;
  return Math.min(1, progress.processed / progress.total);
}
