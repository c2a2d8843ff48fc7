/**
 * The wish document's storage: the Jira issue property `os2-wish`.
 *
 * Jira has no conditional PUT for properties, so every change runs as one serialised cycle:
 *
 *   1. take a short KVS lock `lock:wish:<issueId>` (FAIL_IF_EXISTS + TTL): writers of the same
 *      issue queue up instead of overwriting each other;
 *   2. read the property (as the app, after the caller's own checks), apply the pure domain
 *      operation (version + 1, index fields recomputed, schema and 32 KB checks);
 *   3. PUT it as the app (municipality users lack Edit Issues), read it back and check
 *      that the version and timestamp written are the ones stored; if another writer (outside
 *      this app, which does not take the lock) got in between, re-read and re-apply — the domain
 *      operations are idempotent per organisation, item and decision id — up to 5 times with a
 *      small random back-off;
 *   4. write the audit entry (before → after of the part that changed), then release the lock.
 */
import type { WishErrorCode } from '../domain/wish';
import { emptyWish, readWish, type ScoreSettings, type WishDocument, type WishResult } from '../domain/wish';
import { LockBusyError, transact, withLock } from '../platform/storage';
import type { JiraClient } from '../platform/jira';
import { getIssueProperty, setIssueProperty } from '../platform/jira-gateway';
import type { Caller } from './caller';
import { AppError } from './errors';
import { auditWrite } from './records';

export const WISH_PROPERTY = 'os2-wish';
const MAX_ATTEMPTS = 5;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The property's value, or null when the issue is not a wish yet (404). */
export async function readWishProperty(client: JiraClient, issueId: string): Promise<unknown | null> {
  return getIssueProperty(client, issueId, WISH_PROPERTY);
}

const DOMAIN_TO_RPC: Partial<Record<WishErrorCode, 'too-large' | 'internal'>> = {
  'too-large': 'too-large',
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
 * Applies `op` to the latest stored document (or to a fresh one) and stores the result; see the
 * file comment. `op` gets the same timestamp on every attempt, so re-applying it is idempotent.
 */
export async function mutateWish(
  caller: Caller,
  target: WishTarget,
  op: (doc: WishDocument, at: string) => WishResult,
  audit: WishAudit | null,
): Promise<MutationResult> {
  const at = new Date().toISOString();
  const client = caller.jira.asApp;
  try {
    return await withLock(
      `lock:wish:${target.issueId}`,
      async () => {
        for (let attempt = 1; ; attempt++) {
          const raw = await readWishProperty(client, target.issueId);
          const before = raw === null ? null : parseWish(raw);
          const base = before ?? unstoredWish(at, target.score);
          const result = op(base, at);
          if (!result.ok) throw wishError(result.error);
          if (!result.changed) return { doc: base, stored: before !== null, changed: false };

          await setIssueProperty(client, target.issueId, WISH_PROPERTY, result.doc);
          const check = (await readWishProperty(client, target.issueId)) as Partial<WishDocument> | null;
          if (check?.version === result.doc.version && check.updatedAt === result.doc.updatedAt) {
            if (audit) {
              await transact([
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
              ]);
            }
            return { doc: result.doc, stored: true, changed: true };
          }
          if (attempt >= MAX_ATTEMPTS) throw new AppError('conflict', BUSY);
          await sleep(20 + Math.random() * 80 * attempt);
        }
      },
      { ttlSeconds: 20, waitMs: 12_000 },
    );
  } catch (error) {
    if (error instanceof LockBusyError) throw new AppError('conflict', BUSY);
    throw error;
  }
}
