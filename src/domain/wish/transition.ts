/** Moving a wish through its lifecycle: the rules of ./lifecycle applied to a document. */
import { commit, unchanged } from './document';
import { fail, MESSAGES, quote, statusList, type WishResult } from './messages';
import { ALLOWED_TRANSITIONS, canTransition, reasonRequired } from './lifecycle';
import { qualificationProgress } from './operations';
import type { WishDocument } from './schema';
import type { ScoreSettings } from './score';
import { QUALIFICATION_ITEMS, WISH_STATUSES, type WishStatus } from './vocabulary';

export interface TransitionOptions {
  reason?: string;
  duplicateOf?: string;
  by: string;
  at: string;
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
  if (!canTransition(from, to)) {
    const allowed = ALLOWED_TRANSITIONS[from];
    return fail(
      'transition-not-allowed',
      {
        da: `Et ønske kan ikke gå fra ${quote(from, 'da')} til ${quote(to, 'da')}. Herfra kan det gå til ${statusList(allowed, 'da')}.`,
        en: `A wish cannot go from ${quote(from, 'en')} to ${quote(to, 'en')}. From here it can go to ${statusList(allowed, 'en')}.`,
      },
      'status',
    );
  }
  const reason = options.reason?.trim() ?? '';
  const needsReason = reasonRequired(from, to);
  if (needsReason && reason === '') return fail('reason-required', needsReason, 'statusReason');

  let duplicateOf: string | null = null;
  if (to === 'duplicate') {
    duplicateOf = options.duplicateOf?.trim().toUpperCase() ?? '';
    if (duplicateOf === '') return fail('duplicate-of-required', MESSAGES.duplicateOfRequired, 'duplicateOf');
  }

  if (to === 'ordered') {
    const progress = qualificationProgress(doc);
    if (!doc.estimate || progress.missing.length > 0) {
      const missingDa: string[] = [];
      const missingEn: string[] = [];
      if (!doc.estimate) {
        missingDa.push('leverandørens estimat');
        missingEn.push("the supplier's estimate");
      }
      for (const id of progress.missing) {
        const item = QUALIFICATION_ITEMS.find((i) => i.id === id);
        if (item) {
          missingDa.push(item.label.da);
          missingEn.push(item.label.en);
        }
      }
      return fail(
        'not-ready-to-order',
        {
          da: `Ønsket kan først bestilles, når leverandøren har estimeret det, og alle ${progress.total} kvalificeringspunkter er afkrydset (${progress.checked} af ${progress.total} nu). Mangler: ${missingDa.join('; ')}.`,
          en: `The wish can be ordered only once the supplier has estimated it and all ${progress.total} qualification items are ticked (${progress.checked} of ${progress.total} now). Missing: ${missingEn.join('; ')}.`,
        },
        'status',
      );
    }
  }

  return commit(
    doc,
    {
      ...doc,
      status: to,
      statusReason: reason === '' ? null : reason,
      duplicateOf,
      statusChangedBy: options.by,
      statusChangedAt: options.at,
    },
    options.at,
    settings,
  );
}
