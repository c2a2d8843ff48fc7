/** Moving a wish through its lifecycle: the rules of ./lifecycle applied to a document. */
import type { LocalText } from '../catalogue/types';
import { commit, unchanged } from './document';
import { fail, formatDkk, MESSAGES, quote, statusList, type WishResult } from './messages';
import { ALLOWED_TRANSITIONS, canTransition, ORDERED_STATUSES, reasonRequired } from './lifecycle';
import { qualificationProgress, releaseCarried } from './operations';
import type { Carried, OrderGap, WishDocument } from './schema';
import { pledgeTotals, type ScoreSettings } from './score';
import { QUALIFICATION_ITEMS, WISH_STATUSES, type WishStatus } from './vocabulary';

export interface TransitionOptions {
  reason?: string;
  duplicateOf?: string;
  /**
   * The coordination group's reason to order a wish that is not ready (no estimate, items
   * unticked or funding short); ignored when it is ready.
   */
  override?: string;
  /** Marking a duplicate: the backing already carried to the wish that stays (see `carryToOriginal`). */
  carried?: Carried;
  by: string;
  at: string;
}

/** Why the workflow does not allow `from` → `to` (null: allowed, or already there). */
export function transitionRefusal(from: WishStatus, to: WishStatus): LocalText | null {
  if (from === to || canTransition(from, to)) return null;
  const allowed = ALLOWED_TRANSITIONS[from];
  return {
    da: `Et ønske kan ikke gå fra ${quote(from, 'da')} til ${quote(to, 'da')}. Herfra kan det gå til ${statusList(allowed, 'da')}.`,
    en: `A wish cannot go from ${quote(from, 'en')} to ${quote(to, 'en')}. From here it can go to ${statusList(allowed, 'en')}.`,
  };
}

/**
 * Moves the wish to `to`. Moving to the status it already has is a no-op (so a retried request
 * succeeds), whatever reason is given.
 */
export function transition(
  doc: WishDocument,
  to: WishStatus,
  options: TransitionOptions,
  settings: ScoreSettings,
): WishResult {
  if (!(WISH_STATUSES as readonly string[]).includes(to)) {
    return fail('invalid-input', { da: 'Ukendt status.', en: 'Unknown status.' }, 'status');
  }
  const from = doc.status;
  if (from === to) return unchanged(doc);
  const refusal = transitionRefusal(from, to);
  if (refusal) return fail('transition-not-allowed', refusal, 'status');
  const reason = options.reason?.trim() ?? '';
  const needsReason = reasonRequired(from, to);
  if (needsReason && reason === '') return fail('reason-required', needsReason, 'statusReason');

  let duplicateOf: string | null = null;
  if (to === 'duplicate') {
    duplicateOf = options.duplicateOf?.trim().toUpperCase() ?? '';
    if (duplicateOf === '') return fail('duplicate-of-required', MESSAGES.duplicateOfRequired, 'duplicateOf');
  }

  let orderOverride = ORDERED_STATUSES.includes(to) ? doc.orderOverride : null;
  if (to === 'ordered') {
    const readiness = orderReadiness(doc, settings);
    const override = options.override?.trim() ?? '';
    if (readiness.missing.length === 0) {
      orderOverride = null;
    } else if (override === '') {
      return fail('not-ready-to-order', notReadyText(doc, readiness), 'status');
    } else {
      orderOverride = {
        reason: override,
        missing: readiness.missing,
        shortfallDkk: readiness.shortfallDkk,
        by: options.by,
        at: options.at,
      };
    }
  }

  const base =
    to === 'duplicate' && options.carried ? releaseCarried(doc, options.carried, duplicateOf!) : doc;
  return commit(
    doc,
    {
      ...base,
      status: to,
      statusReason: reason === '' ? null : reason,
      duplicateOf,
      statusChangedBy: options.by,
      statusChangedAt: options.at,
      orderOverride,
    },
    options.at,
    settings,
  );
}

export interface OrderReadiness {
  /** What is not in place, in the order the checklist shows it; empty when the wish can be ordered. */
  missing: OrderGap[];
  /** Committed and invoiced pledges plus the product's common budget share for one wish. */
  coveredDkk: number;
  /** How much of the estimate that leaves uncovered (0 without an estimate). */
  shortfallDkk: number;
}

/**
 * A wish can be ordered once the supplier has estimated it, all qualification items are ticked,
 * and money that is promised (committed or invoiced pledges, plus the common budget share)
 * covers the estimate; indicated pledges are only interest.
 */
export function orderReadiness(doc: WishDocument, settings: ScoreSettings): OrderReadiness {
  const totals = pledgeTotals(doc);
  const coveredDkk = totals.committed + totals.invoiced + settings.commonBudgetDkk;
  const shortfallDkk = doc.estimate ? Math.max(0, doc.estimate.amountDkk - coveredDkk) : 0;
  const missing: OrderGap[] = [];
  if (!doc.estimate) missing.push('estimate');
  if (shortfallDkk > 0) missing.push('funding');
  missing.push(...qualificationProgress(doc).missing);
  return { missing, coveredDkk, shortfallDkk };
}

function notReadyText(doc: WishDocument, readiness: OrderReadiness): LocalText {
  const progress = qualificationProgress(doc);
  const da: string[] = [];
  const en: string[] = [];
  for (const gap of readiness.missing) {
    if (gap === 'estimate') {
      da.push('leverandørens estimat');
      en.push("the supplier's estimate");
    } else if (gap === 'funding') {
      const covered = formatDkk(readiness.coveredDkk);
      const short = formatDkk(readiness.shortfallDkk);
      da.push(
        `finansiering (der mangler ${short.da}; bindende tilsagn og fællesbudget dækker ${covered.da})`,
      );
      en.push(
        `funding (${short.en} is missing; committed pledges and the common budget cover ${covered.en})`,
      );
    } else {
      const item = QUALIFICATION_ITEMS.find((i) => i.id === gap);
      if (item) {
        da.push(item.label.da);
        en.push(item.label.en);
      }
    }
  }
  return {
    da: `Ønsket kan først bestilles, når leverandøren har estimeret det, alle ${progress.total} kvalificeringspunkter er afkrydset (${progress.checked} af ${progress.total} nu), og bindende tilsagn plus fællesbudget dækker estimatet. Mangler: ${da.join('; ')}. Koordinationsgruppen kan bestille alligevel med en begrundelse.`,
    en: `The wish can be ordered only once the supplier has estimated it, all ${progress.total} qualification items are ticked (${progress.checked} of ${progress.total} now) and committed pledges plus the common budget cover the estimate. Missing: ${en.join('; ')}. The coordination group can order it anyway, giving a reason.`,
  };
}
