/**
 * The results of wish operations and their messages in Danish and English: error codes, the
 * texts for invalid input (by field) and the number formats they use.
 */
import type { z } from 'zod';
import type { LocalText } from '../catalogue/types';
import type { WishDocument } from './schema';
import {
  MAX_AMOUNT_DKK,
  MAX_DECISION_LENGTH,
  MAX_HOURS,
  MAX_ORGANISATION_LENGTH,
  MAX_RATING,
  MAX_RATIONALE_LENGTH,
  MAX_REASON_LENGTH,
  WISH_STATUS_LABELS,
  type WishStatus,
} from './vocabulary';

export type WishErrorCode =
  | 'invalid-input'
  | 'invalid-document'
  | 'unsupported-schema'
  | 'transition-not-allowed'
  | 'reason-required'
  | 'duplicate-of-required'
  | 'duplicate-chain'
  | 'duplicate-of-closed'
  | 'not-ready-to-order'
  | 'requester-cannot-support'
  | 'wish-is-duplicate'
  | 'fixed-after-order'
  | 'pledge-invoiced'
  | 'limit-reached'
  | 'id-reused'
  | 'too-large';

export interface WishError {
  code: WishErrorCode;
  message: LocalText;
  /** The offending input, e.g. `pledges.amountDkk`, where there is one. */
  field?: string;
}

/** `changed: false` when the operation was already applied: the caller need not write. */
export type WishResult = { ok: true; doc: WishDocument; changed: boolean } | { ok: false; error: WishError };

export function fail(code: WishErrorCode, message: LocalText, field?: string): WishResult & { ok: false } {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}

export const groupDigits = (n: number, separator: string) =>
  Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, separator);
export const formatDkk = (n: number): LocalText => ({
  da: `${groupDigits(n, '.')} kr.`,
  en: `DKK ${groupDigits(n, ',')}`,
});
export const quote = (status: WishStatus, lang: 'da' | 'en') =>
  lang === 'da' ? `«${WISH_STATUS_LABELS[status].da}»` : `“${WISH_STATUS_LABELS[status].en}”`;
export const statusList = (statuses: readonly WishStatus[], lang: 'da' | 'en') =>
  statuses.map((s) => quote(s, lang)).join(', ');

export const MESSAGES = {
  duplicateOfRequired: {
    da: 'Angiv hvilket ønske dette er en dublet af, fx LOOP-123.',
    en: 'State which wish this one duplicates, e.g. LOOP-123.',
  },
  fixedAfterOrder: {
    da: 'Estimat og kvalificering ligger fast, når ønsket er bestilt. Træk bestillingen tilbage for at ændre dem.',
    en: 'The estimate and qualification are fixed once the wish is ordered. Withdraw the order to change them.',
  },
  pledgeZero: {
    da: 'Et tilsagn skal være på mere end 0 kr. Brug "Træk tilsagnet tilbage" for at fjerne et tilsagn.',
    en: 'A pledge must be more than DKK 0. Use "Withdraw the pledge" to remove a pledge.',
  },
  pledgeInvoiced: {
    da: 'Tilsagnet er faktureret og kan ikke fjernes eller sættes tilbage til et tidligere trin.',
    en: 'The pledge has been invoiced and cannot be removed or moved back to an earlier state.',
  },
  invalidOrganisation: {
    da: `Angiv organisationens navn (højst ${MAX_ORGANISATION_LENGTH} tegn).`,
    en: `State the organisation's name (at most ${MAX_ORGANISATION_LENGTH} characters).`,
  },
  invalidAmount: {
    da: `Beløbet skal være et helt antal kroner fra 0 til ${groupDigits(MAX_AMOUNT_DKK, '.')}.`,
    en: `The amount must be a whole number of kroner from 0 to ${groupDigits(MAX_AMOUNT_DKK, ',')}.`,
  },
  invalidHours: {
    da: `Timetallet skal være et tal fra 0 til ${groupDigits(MAX_HOURS, '.')}.`,
    en: `The hours must be a number from 0 to ${groupDigits(MAX_HOURS, ',')}.`,
  },
  invalidRating: {
    da: `Værdi og hastegrad angives som et helt tal fra 0 til ${MAX_RATING}.`,
    en: `Value and urgency are whole numbers from 0 to ${MAX_RATING}.`,
  },
  invalidReference: {
    da: 'Mødereferencen skal være tekst eller en fuld adresse, der begynder med http:// eller https://.',
    en: 'The meeting reference must be text or a full address starting with http:// or https://.',
  },
  invalidDate: { da: 'Datoen skal skrives som ÅÅÅÅ-MM-DD.', en: 'The date must be written as YYYY-MM-DD.' },
  invalidDecision: {
    da: `Skriv beslutningen (højst ${groupDigits(MAX_DECISION_LENGTH, '.')} tegn).`,
    en: `Write the decision (at most ${groupDigits(MAX_DECISION_LENGTH, ',')} characters).`,
  },
  invalidRationale: {
    da: `Begrundelsen må højst være ${groupDigits(MAX_RATIONALE_LENGTH, '.')} tegn og kun have http(s)-links.`,
    en: `The rationale may be at most ${groupDigits(MAX_RATIONALE_LENGTH, ',')} characters with http(s) links only.`,
  },
  invalidReason: {
    da: `Begrundelsen må højst være ${groupDigits(MAX_REASON_LENGTH, '.')} tegn og kun have http(s)-links.`,
    en: `The reason may be at most ${groupDigits(MAX_REASON_LENGTH, ',')} characters with http(s) links only.`,
  },
  invalidIssueKey: {
    da: 'Angiv en gyldig issue-nøgle, fx LOOP-123.',
    en: 'Give a valid issue key, e.g. LOOP-123.',
  },
  invalidAccount: { da: 'Ugyldig bruger.', en: 'Invalid user.' },
  invalidTimestamp: { da: 'Ugyldigt tidspunkt.', en: 'Invalid time.' },
  invalidQualificationItem: { da: 'Ukendt kvalificeringspunkt.', en: 'Unknown qualification item.' },
  invalidDocument: {
    da: 'Ønskets gemte data er ugyldige og kan ikke læses.',
    en: "The wish's stored data is invalid and cannot be read.",
  },
} satisfies Record<string, LocalText>;

/** Zod paths without the array indices, e.g. `pledges.amountDkk`. */
const FIELD_MESSAGES: Readonly<Record<string, LocalText>> = {
  'requestedBy.organisation': MESSAGES.invalidOrganisation,
  'supporters.organisation': MESSAGES.invalidOrganisation,
  'pledges.organisation': MESSAGES.invalidOrganisation,
  'pledges.amountDkk': MESSAGES.invalidAmount,
  'estimate.amountDkk': MESSAGES.invalidAmount,
  'estimate.hours': MESSAGES.invalidHours,
  value: MESSAGES.invalidRating,
  urgency: MESSAGES.invalidRating,
  'decisions.meetingReference': MESSAGES.invalidReference,
  'decisions.date': MESSAGES.invalidDate,
  'decisions.decision': MESSAGES.invalidDecision,
  'decisions.rationale': MESSAGES.invalidRationale,
  statusReason: MESSAGES.invalidReason,
  duplicateOf: MESSAGES.invalidIssueKey,
};

export function fromIssue(
  issue: z.core.$ZodIssue,
  prefix: readonly PropertyKey[] = [],
  code: WishErrorCode = 'invalid-input',
): WishResult & { ok: false } {
  const field = [...prefix, ...issue.path].filter((p) => typeof p === 'string').join('.');
  const last = field.split('.').at(-1) ?? '';
  const message =
    FIELD_MESSAGES[field] ??
    (['accountId', 'by', 'statusChangedBy'].includes(last)
      ? MESSAGES.invalidAccount
      : ['at', 'createdAt', 'updatedAt', 'statusChangedAt'].includes(last)
        ? MESSAGES.invalidTimestamp
        : {
            da: `Ugyldige data i feltet ${field || 'ønsket'}.`,
            en: `Invalid data in ${field || 'the wish'}.`,
          });
  return fail(code, message, field || undefined);
}

/** Validates one input item against the schema of the place it will be stored in. */
export function checkInput<T>(schema: z.ZodType<T>, value: unknown, prefix: string): WishResult | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : fromIssue(parsed.error.issues[0], [prefix]);
}
