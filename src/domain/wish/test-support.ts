/** Shared builders for the wish tests: documents in a known state, and result unwrapping. */
import {
  DEFAULT_SCORE_SETTINGS,
  emptyWish,
  QUALIFICATION_ITEM_IDS,
  setEstimate,
  setPledge,
  setQualification,
  WishDocumentSchema,
  type WishDocument,
  type WishResult,
  type WishStatus,
} from '.';

export const S = DEFAULT_SCORE_SETTINGS;
export const T0 = '2026-03-01T09:00:00.000Z';
export const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
export const ACC = 'acc-coordinator';

export function ok(result: WishResult): WishDocument {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}: ${result.error.message.en}`);
  return result.doc;
}
export function err(result: WishResult) {
  if (result.ok) throw new Error('Expected an error');
  return result.error;
}

export const base = () => emptyWish(T0, { organisation: 'Aarhus Kommune', accountId: 'acc-aarhus' });

/** All nine items ticked and an estimate: qualified, though not yet funded. */
export function ready(doc: WishDocument = base()): WishDocument {
  let d = doc;
  for (const id of QUALIFICATION_ITEM_IDS) d = ok(setQualification(d, id, true, ACC, at(1), S));
  return ok(setEstimate(d, { hours: 200, amountDkk: 200_000 }, 'acc-supplier', at(2), S));
}

/** Qualified, and a committed pledge covers the estimate: ready to be ordered. */
export function funded(doc: WishDocument = base()): WishDocument {
  const pledge = { organisation: 'Aarhus Kommune', amountDkk: 200_000, state: 'committed' as const };
  return ok(setPledge(ready(doc), { ...pledge, accountId: 'acc-aarhus', at: at(3) }, S));
}

/** A valid document in any status (the path there does not matter for these tests). */
export function inStatus(status: WishStatus): WishDocument {
  const doc = funded();
  return WishDocumentSchema.parse({
    ...doc,
    status,
    statusReason: status === 'rejected' || status === 'on-hold' ? 'Afventer budget' : null,
    duplicateOf: status === 'duplicate' ? 'LOOP-1' : null,
  });
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
