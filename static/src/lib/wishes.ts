/**
 * UI-side facts about wishes: orderings, lozenge appearances and locale keys. Values come
 * from the domain's zod-free vocabulary, so the UI bundle does not pull in the server's schemas.
 */
import type { OrderGap, PledgeState, QualificationItemId, ScoreFactorKey } from '../../../src/domain/wish';
import {
  MAX_HOURS,
  PLEDGE_STATES,
  QUALIFICATION_ITEMS,
  SCORE_FACTOR_KEYS,
  WISH_STATUSES,
} from '../../../src/domain/wish/vocabulary';
import type { Translate } from './i18n';
import { readKroner } from '../../../src/domain/wish/amount';
import type { LocalText } from '../../../src/domain/catalogue';

export { WISH_STATUSES };

// In their own file so that the issue badge can show a status without this module's other imports.
export { STATUS_APPEARANCE, statusLabel, WISH_CHANGED_EVENT } from './wish-status';

export { PLEDGE_STATES };
export const pledgeStateLabel = (t: Translate, state: PledgeState): string => t(`wish.pledgeState.${state}`);

export const SCORE_FACTORS = SCORE_FACTOR_KEYS satisfies readonly ScoreFactorKey[];
export const factorLabel = (t: Translate, key: ScoreFactorKey): string => t(`wish.factors.${key}`);

export { QUALIFICATION_ITEMS };
export const qualificationLabel = (t: Translate, id: QualificationItemId): string =>
  t(`wish.qualification.items.${id.replace('.', '_')}`);

/** What ordering lacks, as a list for a sentence: the estimate, funding, unticked items. */
export function orderGapsText(t: Translate, gaps: readonly OrderGap[], shortfall: string): string {
  return gaps
    .map((gap) =>
      gap === 'estimate'
        ? t('wish.statusSection.gapEstimate')
        : gap === 'funding'
          ? t('wish.statusSection.gapFunding', { amount: shortfall })
          : qualificationLabel(t, gap),
    )
    .join('; ');
}

export const RATINGS = [0, 1, 2, 3, 4, 5] as const;

/** Whole kroner from what a user typed, the Danish way ("150.000", "150 000", "150000"); null when it is not one. */
export function parseKroner(input: string): number | null {
  const read = readKroner(input);
  return read.ok ? read.value : null;
}

/** Why what a user typed is not an amount in whole kroner (e.g. "1,5" or "1.5"), or null. */
export function kronerHint(input: string): LocalText | null {
  const read = readKroner(input);
  return read.ok ? null : read.hint;
}

/** Hours, with a decimal comma or point. */
export function parseHours(input: string): number | null {
  const compact = input.trim().replace(',', '.');
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(compact)) return null;
  const value = Number(compact);
  return value <= MAX_HOURS ? value : null;
}

/** An id for a decision entry, chosen once per form so that a retried request adds it once. */
export function newEntryId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return `d-${random.replace(/[^A-Za-z0-9]/g, '').slice(0, 16)}`;
}

/** Whole days since an ISO timestamp. */
export function ageInDays(iso: string, now = Date.now()): number {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? 0 : Math.max(0, Math.floor((now - at) / 86_400_000));
}
