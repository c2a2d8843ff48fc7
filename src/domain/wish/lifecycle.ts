/**
 * The lifecycle of a wish as plain rules without zod, shared by the server and the Custom UI:
 * where a wish can go from each status, which statuses are closed or fix the order's basis, and
 * which moves need a written reason.
 */
import type { LocalText } from '../catalogue/types';
import { WISH_STATUSES, type WishStatus } from './vocabulary';

/**
 * Where a wish can go from each status. Rejected, delivered and duplicate are closed: they only
 * reopen to under evaluation. An order can be withdrawn back to accepted, and ordered or
 * in-progress work can be put on hold; it resumes by being ordered again (which re-checks the
 * estimate and qualification).
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<WishStatus, readonly WishStatus[]>> = {
  received: ['under-evaluation', 'on-hold', 'rejected', 'accepted', 'duplicate'],
  'under-evaluation': ['on-hold', 'rejected', 'accepted', 'duplicate'],
  'on-hold': ['under-evaluation', 'accepted', 'ordered', 'rejected', 'duplicate'],
  rejected: ['under-evaluation'],
  accepted: ['ordered', 'under-evaluation', 'on-hold', 'rejected', 'duplicate'],
  ordered: ['in-progress', 'accepted', 'on-hold'],
  'in-progress': ['delivered', 'on-hold'],
  delivered: ['under-evaluation'],
  duplicate: ['under-evaluation'],
};

export function canTransition(from: WishStatus, to: WishStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

/**
 * The statuses bulk triage offers for wishes in these statuses: those the workflow allows from at
 * least one of them, in the workflow's order (the others are reported as not moved).
 */
export function bulkTargets(from: readonly WishStatus[]): WishStatus[] {
  const reachable = new Set(from.flatMap((s) => ALLOWED_TRANSITIONS[s]));
  return WISH_STATUSES.filter((s) => reachable.has(s));
}

/** Statuses in which the order's basis (estimate and qualification) is fixed. */
export const ORDERED_STATUSES: readonly WishStatus[] = ['ordered', 'in-progress', 'delivered'];
/** Closed statuses: they only reopen to under evaluation, with a reason. */
export const CLOSED_STATUSES: readonly WishStatus[] = ['rejected', 'delivered', 'duplicate'];
/** Statuses a wish can only be in with a written reason (stored as `statusReason`). */
export const REASON_STATUSES: readonly WishStatus[] = ['rejected', 'on-hold'];

const REASON_MESSAGES = {
  reasonRejected: {
    da: 'Skriv en begrundelse for afvisningen.',
    en: 'Give a reason for rejecting the wish.',
  },
  reasonOnHold: {
    da: 'Skriv en begrundelse for at sætte ønsket i bero.',
    en: 'Give a reason for putting the wish on hold.',
  },
  reasonReopen: {
    da: 'Skriv en begrundelse for at genåbne ønsket.',
    en: 'Give a reason for reopening the wish.',
  },
  reasonWithdraw: {
    da: 'Skriv en begrundelse for at trække bestillingen tilbage.',
    en: 'Give a reason for withdrawing the order.',
  },
} satisfies Record<string, LocalText>;

/**
 * A written reason is required to reject, to put on hold, to reopen a closed wish, and to
 * withdraw an order: each undoes or stops someone else's work.
 */
export function reasonRequired(from: WishStatus, to: WishStatus): LocalText | null {
  if (to === 'rejected') return REASON_MESSAGES.reasonRejected;
  if (to === 'on-hold') return REASON_MESSAGES.reasonOnHold;
  if (CLOSED_STATUSES.includes(from)) return REASON_MESSAGES.reasonReopen;
  if (from === 'ordered' && to === 'accepted') return REASON_MESSAGES.reasonWithdraw;
  return null;
}

/** True when moving from `from` to `to` needs a written reason. */
export function needsReason(from: WishStatus, to: WishStatus): boolean {
  return reasonRequired(from, to) !== null;
}
