/**
 * Development wishes (udviklingsønsker): the `os2-wish` issue property, its lifecycle,
 * qualification, support, co-funding pledges and the transparent priority score.
 *
 * Every operation is "apply a change to the latest document": it takes the document as read,
 * returns a new one with `version + 1` (never mutating its input) and recomputes the
 * denormalised fields Jira indexes (`status`, `score`, `organisationCount`, `fundingGap`,
 * `requester`). On a version conflict the caller re-reads and applies the same operation with
 * the same input again; support, pledges, qualification marks and decisions (by id) are keyed
 * so that applying twice gives the same document as applying once.
 */
import { z } from 'zod';
import type { LocalText } from './catalogue';
import { AccountIdSchema, isHttpUrl, TimestampSchema, unsafeLinksInText } from './assessment';

export * from './wish-vocabulary';
import {
  MAX_AMOUNT_DKK,
  MAX_DECISION_LENGTH,
  MAX_DECISIONS,
  MAX_HOURS,
  MAX_ORGANISATION_LENGTH,
  MAX_PLEDGES,
  MAX_PROPERTY_CHARS,
  MAX_RATING,
  MAX_RATIONALE_LENGTH,
  MAX_REASON_LENGTH,
  MAX_REFERENCE_LENGTH,
  MAX_SUPPORTERS,
  PLEDGE_STATES,
  QUALIFICATION_ITEM_IDS,
  QUALIFICATION_ITEMS,
  WISH_STATUSES,
  WISH_STATUS_LABELS,
  type QualificationItemId,
  type WishStatus,
} from './wish-vocabulary';

// ---------------------------------------------------------------------------------------------
// Schemas

/** Same organisation whatever the spacing or case it was typed with. */
export function normaliseOrganisation(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}
function organisationKey(name: string): string {
  return normaliseOrganisation(name).toLocaleLowerCase('da-DK');
}
function sameOrganisation(a: string, b: string): boolean {
  return organisationKey(a) === organisationKey(b);
}

// Control characters (other than tab and line breaks) would survive into Jira's index and exports unseen.
const isControl = (code: number) => (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;
const noControlChars = (s: string) => ![...s].some((ch) => isControl(ch.charCodeAt(0)));
const noUnsafeLinks = (s: string) => unsafeLinksInText(s).length === 0;

function textSchema(max: number) {
  return z
    .string()
    .max(max)
    .refine(noControlChars, { message: 'Control characters are not allowed' })
    .refine(noUnsafeLinks, { message: 'Only http(s) links are allowed' });
}
function requiredTextSchema(max: number) {
  return textSchema(max).refine((s) => s.trim() !== '', { message: 'Required' });
}

const OrganisationSchema = requiredTextSchema(MAX_ORGANISATION_LENGTH);

/** A Jira issue key such as `LOOP-123` (project keys: a capital letter, then capitals, digits, `_`). */
export const IssueKeySchema = z.string().regex(/^[A-Z][A-Z0-9_]{1,19}-[1-9][0-9]{0,9}$/, {
  message: 'Expected an issue key such as LOOP-123',
});

// Browsers drop whitespace and control characters inside a scheme, so `java\tscript:` counts too.
const DANGEROUS_SCHEME = /^(javascript|vbscript|data|file|blob|about):/;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * A meeting reference is free text ("KG-møde 12. marts 2026, pkt. 4") or an absolute http(s)
 * URL to the minutes. Anything that a renderer could turn into a non-http(s) link is refused.
 */
export function isSafeMeetingReference(value: string): boolean {
  if (value.length > MAX_REFERENCE_LENGTH || !noControlChars(value)) return false;
  const compact = [...value]
    .filter((ch) => ch.charCodeAt(0) > 32 && !/\s/.test(ch))
    .join('')
    .toLowerCase();
  if (DANGEROUS_SCHEME.test(compact)) return false;
  const trimmed = value.trim();
  if (URL_LIKE.test(trimmed) || /^https?:/i.test(trimmed)) return isHttpUrl(trimmed);
  return noUnsafeLinks(value);
}

export const MeetingReferenceSchema = z.string().refine(isSafeMeetingReference, {
  message: 'Expected text or an absolute http(s) URL',
});

/** Who did something for which organisation, and when (requester and supporters). */
export const OrganisationSignalSchema = z.object({
  organisation: OrganisationSchema,
  accountId: AccountIdSchema,
  at: TimestampSchema,
});
export type OrganisationSignal = z.infer<typeof OrganisationSignalSchema>;

export const AmountDkkSchema = z.int().min(0).max(MAX_AMOUNT_DKK);

export const PledgeSchema = z.object({
  organisation: OrganisationSchema,
  amountDkk: AmountDkkSchema,
  state: z.enum(PLEDGE_STATES),
  accountId: AccountIdSchema,
  at: TimestampSchema,
});
export type Pledge = z.infer<typeof PledgeSchema>;

export const QualificationMarkSchema = z.object({
  checked: z.boolean(),
  by: AccountIdSchema,
  at: TimestampSchema,
});
export type QualificationMark = z.infer<typeof QualificationMarkSchema>;

export const EstimateSchema = z.object({
  hours: z.number().min(0).max(MAX_HOURS),
  amountDkk: AmountDkkSchema,
  by: AccountIdSchema,
  at: TimestampSchema,
});
export type Estimate = z.infer<typeof EstimateSchema>;

export const RatingSchema = z.int().min(0).max(MAX_RATING);

export const WishDecisionSchema = z.object({
  id: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9._-]+$/),
  date: z.iso.date(),
  decision: requiredTextSchema(MAX_DECISION_LENGTH),
  rationale: textSchema(MAX_RATIONALE_LENGTH),
  /** Free text or an http(s) link to the minutes; '' when there is none. */
  meetingReference: MeetingReferenceSchema,
  by: AccountIdSchema,
  at: TimestampSchema,
});
export type WishDecision = z.infer<typeof WishDecisionSchema>;

const StampSchema = z.object({ by: AccountIdSchema, at: TimestampSchema });

const REASON_STATUSES: readonly WishStatus[] = ['rejected', 'on-hold'];

export const WishDocumentSchema = z
  .object({
    schemaVersion: z.literal(1),
    /** Optimistic concurrency: 1 when created, +1 on every write. */
    version: z.int().min(1),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    /** The requesting organisation and the person who submitted for it. */
    requestedBy: OrganisationSignalSchema.nullable(),
    /** One signal per organisation; never the requester's organisation (it is already counted). */
    supporters: z.array(OrganisationSignalSchema).max(MAX_SUPPORTERS),
    /** One pledge per organisation; an amount of 0 is removed rather than stored. */
    pledges: z.array(PledgeSchema).max(MAX_PLEDGES),
    /** Unticking keeps the entry (checked: false) so the panel shows who unticked and when. */
    qualification: z.partialRecord(z.enum(QUALIFICATION_ITEM_IDS), QualificationMarkSchema),
    estimate: EstimateSchema.nullable(),
    /** Set by the coordination group, 0–5. */
    value: RatingSchema.nullable(),
    urgency: RatingSchema.nullable(),
    prioritisedBy: StampSchema.nullable(),
    status: z.enum(WISH_STATUSES),
    statusReason: textSchema(MAX_REASON_LENGTH).nullable(),
    duplicateOf: IssueKeySchema.nullable(),
    statusChangedBy: AccountIdSchema.nullable(),
    statusChangedAt: TimestampSchema.nullable(),
    decisions: z.array(WishDecisionSchema).max(MAX_DECISIONS),
    // Denormalised for `jira:entityProperty` (JQL search and sort); recomputed on every write.
    /** Priority score 0–100, one decimal. */
    score: z.number().min(0).max(100),
    /** Distinct organisations behind the wish: requester, supporters and pledgers. */
    organisationCount: z.int().min(0),
    /** DKK still missing: estimate − pledges − common budget share, at least 0; 0 before an estimate. */
    fundingGap: z.int().min(0),
    /** The requesting organisation's name, '' when none. */
    requester: z.string().max(MAX_ORGANISATION_LENGTH),
  })
  .superRefine((doc, ctx) => {
    const unique = (items: readonly { organisation: string }[], path: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        const key = organisationKey(item.organisation);
        if (seen.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: [path, i, 'organisation'],
            message: 'Duplicate organisation',
          });
        }
        seen.add(key);
      });
    };
    unique(doc.supporters, 'supporters');
    unique(doc.pledges, 'pledges');
    const requester = doc.requestedBy?.organisation;
    if (requester !== undefined) {
      doc.supporters.forEach((s, i) => {
        if (sameOrganisation(s.organisation, requester)) {
          ctx.addIssue({
            code: 'custom',
            path: ['supporters', i, 'organisation'],
            message: 'The requester is counted already and cannot also support',
          });
        }
      });
    }
    if (doc.requester !== (doc.requestedBy?.organisation ?? '')) {
      ctx.addIssue({ code: 'custom', path: ['requester'], message: 'Must be requestedBy.organisation' });
    }
    const ids = new Set<string>();
    doc.decisions.forEach((d, i) => {
      if (ids.has(d.id))
        ctx.addIssue({ code: 'custom', path: ['decisions', i, 'id'], message: 'Duplicate id' });
      ids.add(d.id);
    });
    if ((doc.status === 'duplicate') !== (doc.duplicateOf !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['duplicateOf'],
        message: 'Set exactly when the status is duplicate',
      });
    }
    if (REASON_STATUSES.includes(doc.status) && (doc.statusReason ?? '').trim() === '') {
      ctx.addIssue({ code: 'custom', path: ['statusReason'], message: 'Rejected and on-hold need a reason' });
    }
  });
export type WishDocument = z.infer<typeof WishDocumentSchema>;

// ---------------------------------------------------------------------------------------------
// Score settings

export const ScoreWeightsSchema = z
  .object({
    reach: z.number().min(0).max(1000),
    value: z.number().min(0).max(1000),
    urgency: z.number().min(0).max(1000),
    cost: z.number().min(0).max(1000),
    funding: z.number().min(0).max(1000),
  })
  .refine((w) => w.reach + w.value + w.urgency + w.cost + w.funding > 0, {
    message: 'At least one weight must be above 0',
  });
export type ScoreWeights = z.infer<typeof ScoreWeightsSchema>;
export type ScoreFactorKey = keyof ScoreWeights;
export const SCORE_FACTOR_KEYS: readonly ScoreFactorKey[] = ['reach', 'value', 'urgency', 'cost', 'funding'];

/**
 * Default weights, out of 10: reach counts most ("3 + 4 = 98"), value, urgency and funding
 * equally, cost least (cheap is good, but a cheap wish nobody needs is not).
 */
export const DEFAULT_WEIGHTS: Readonly<ScoreWeights> = Object.freeze({
  reach: 3,
  value: 2,
  urgency: 2,
  cost: 1,
  funding: 2,
});

/** Denmark's 98 municipalities: the denominator of reach. */
export const ORGANISATION_TOTAL = 98;
/** An estimate at or above this scores 0 on cost; 0 DKK scores 1. */
export const DEFAULT_COST_CEILING_DKK = 500_000;
/** The cost factor of a wish that has no estimate yet: neither rewarded nor punished. */
export const UNESTIMATED_COST_RAW = 0.5;

export const ScoreSettingsSchema = z.object({
  weights: ScoreWeightsSchema.default({ ...DEFAULT_WEIGHTS }),
  /** Common budget (fællesbudget) available to this wish, DKK; 0 when there is no affiliation agreement. */
  commonBudgetDkk: AmountDkkSchema.default(0),
  organisationTotal: z.int().min(1).max(10_000).default(ORGANISATION_TOTAL),
  costCeilingDkk: z.int().min(1).max(MAX_AMOUNT_DKK).default(DEFAULT_COST_CEILING_DKK),
});
export type ScoreSettings = z.output<typeof ScoreSettingsSchema>;

export const DEFAULT_SCORE_SETTINGS: Readonly<ScoreSettings> = Object.freeze({
  weights: DEFAULT_WEIGHTS,
  commonBudgetDkk: 0,
  organisationTotal: ORGANISATION_TOTAL,
  costCeilingDkk: DEFAULT_COST_CEILING_DKK,
});

/** A product's stored (possibly partial) settings, with the defaults filled in. */
export function resolveScoreSettings(input: unknown = {}): ScoreSettings {
  return ScoreSettingsSchema.parse(input ?? {});
}

// ---------------------------------------------------------------------------------------------
// Results and messages

export type WishErrorCode =
  | 'invalid-input'
  | 'invalid-document'
  | 'unsupported-schema'
  | 'transition-not-allowed'
  | 'reason-required'
  | 'duplicate-of-required'
  | 'not-ready-to-order'
  | 'requester-cannot-support'
  | 'wish-is-duplicate'
  | 'fixed-after-order'
  | 'pledge-invoiced'
  | 'limit-reached'
  | 'too-large';

export interface WishError {
  code: WishErrorCode;
  message: LocalText;
  /** The offending input, e.g. `pledges.amountDkk`, where there is one. */
  field?: string;
}

/** `changed: false` when the operation was already applied: the caller need not write. */
export type WishResult = { ok: true; doc: WishDocument; changed: boolean } | { ok: false; error: WishError };

function fail(code: WishErrorCode, message: LocalText, field?: string): WishResult & { ok: false } {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}

const groupDigits = (n: number, separator: string) =>
  Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, separator);
const formatDkk = (n: number): LocalText => ({
  da: `${groupDigits(n, '.')} kr.`,
  en: `DKK ${groupDigits(n, ',')}`,
});
const quote = (status: WishStatus, lang: 'da' | 'en') =>
  lang === 'da' ? `«${WISH_STATUS_LABELS[status].da}»` : `“${WISH_STATUS_LABELS[status].en}”`;
const statusList = (statuses: readonly WishStatus[], lang: 'da' | 'en') =>
  statuses.map((s) => quote(s, lang)).join(', ');

const MESSAGES = {
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
  duplicateOfRequired: {
    da: 'Angiv hvilket ønske dette er en dublet af, fx LOOP-123.',
    en: 'State which wish this one duplicates, e.g. LOOP-123.',
  },
  fixedAfterOrder: {
    da: 'Estimat og kvalificering ligger fast, når ønsket er bestilt. Træk bestillingen tilbage for at ændre dem.',
    en: 'The estimate and qualification are fixed once the wish is ordered. Withdraw the order to change them.',
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

function fromIssue(
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
function checkInput<T>(schema: z.ZodType<T>, value: unknown, prefix: string): WishResult | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : fromIssue(parsed.error.issues[0], [prefix]);
}

// ---------------------------------------------------------------------------------------------
// Derived values

export interface OrganisationsBehind {
  requester: string | null;
  supporters: string[];
  /** Organisations that pledged money without supporting or requesting. */
  pledgersOnly: string[];
  /** Distinct organisations, the number indexed as `organisationCount`. */
  count: number;
}

/**
 * The organisations behind a wish. A pledge is the strongest signal of support there is, so a
 * pledging organisation counts even when it has not also clicked "support".
 */
export function organisationsBehind(doc: WishDocument): OrganisationsBehind {
  const seen = new Set<string>();
  const take = (name: string) => {
    const key = organisationKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const requester =
    doc.requestedBy && take(doc.requestedBy.organisation) ? doc.requestedBy.organisation : null;
  const supporters = doc.supporters.map((s) => s.organisation).filter(take);
  const pledgersOnly = doc.pledges.map((p) => p.organisation).filter(take);
  return { requester, supporters, pledgersOnly, count: seen.size };
}

export interface PledgeTotals {
  indicated: number;
  committed: number;
  invoiced: number;
  total: number;
}

export function pledgeTotals(doc: WishDocument): PledgeTotals {
  const totals: PledgeTotals = { indicated: 0, committed: 0, invoiced: 0, total: 0 };
  for (const p of doc.pledges) {
    totals[p.state] += p.amountDkk;
    totals.total += p.amountDkk;
  }
  return totals;
}

/**
 * DKK still missing once every pledge (indicated ones included: the gap is what nobody has
 * offered yet) and the common budget share are counted. 0 before the supplier has estimated:
 * the gap is unknown, not positive, and JQL `os2WishFundingGap > 0` should list only wishes
 * known to need co-funding.
 */
export function fundingGap(doc: WishDocument, settings: ScoreSettings): number {
  if (!doc.estimate) return 0;
  return Math.max(0, doc.estimate.amountDkk - pledgeTotals(doc).total - settings.commonBudgetDkk);
}

// ---------------------------------------------------------------------------------------------
// Qualification

export interface QualificationProgress {
  checked: number;
  total: number;
  requester: { checked: number; total: number };
  supplier: { checked: number; total: number };
  /** Unticked items, in checklist order. */
  missing: QualificationItemId[];
}

export function qualificationProgress(doc: WishDocument): QualificationProgress {
  const progress: QualificationProgress = {
    checked: 0,
    total: QUALIFICATION_ITEMS.length,
    requester: { checked: 0, total: 0 },
    supplier: { checked: 0, total: 0 },
    missing: [],
  };
  for (const item of QUALIFICATION_ITEMS) {
    progress[item.party].total += 1;
    if (doc.qualification[item.id]?.checked) {
      progress.checked += 1;
      progress[item.party].checked += 1;
    } else {
      progress.missing.push(item.id);
    }
  }
  return progress;
}

/** All nine items ticked. */
export function isQualified(doc: WishDocument): boolean {
  return qualificationProgress(doc).missing.length === 0;
}

// ---------------------------------------------------------------------------------------------
// Score

export interface ScoreFactor {
  key: ScoreFactorKey;
  /** The weight as configured. */
  weight: number;
  /** The weight normalised so that all shares sum to 1. */
  share: number;
  /** How well the wish does on this factor, 0–1. */
  raw: number;
  /** Points out of 100: share × raw × 100, rounded to one decimal so the factors sum to the total. */
  contribution: number;
  explanation: LocalText;
}

export interface WishScore {
  /** 0–100, one decimal. */
  total: number;
  factors: ScoreFactor[];
}

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));
/** Ends a sentence without doubling the full stop of an abbreviation such as "kr.". */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);
const percentText = (n: number): LocalText => ({
  da: `${Math.round(n * 100)} %`,
  en: `${Math.round(n * 100)}%`,
});

function reachExplanation(doc: WishDocument, total: number): LocalText {
  const behind = organisationsBehind(doc);
  if (behind.count === 0) {
    return {
      da: `Ingen organisationer står bag endnu (0 af ${total}).`,
      en: `No organisations are behind it yet (0 of ${total}).`,
    };
  }
  const da: string[] = [];
  const en: string[] = [];
  if (behind.requester) {
    da.push('1 anmoder');
    en.push('1 requester');
  }
  if (behind.supporters.length > 0) {
    da.push(`${behind.supporters.length} støttende`);
    en.push(`${behind.supporters.length} ${behind.supporters.length === 1 ? 'supporter' : 'supporters'}`);
  }
  if (behind.pledgersOnly.length > 0) {
    da.push(`${behind.pledgersOnly.length} medfinansierende`);
    en.push(`${behind.pledgersOnly.length} ${behind.pledgersOnly.length === 1 ? 'co-funder' : 'co-funders'}`);
  }
  return {
    da: `${behind.count} af ${total} organisationer står bag (${da.join(' + ')}) – 3 + 4 = 98.`,
    en: `${behind.count} of ${total} organisations are behind it (${en.join(' + ')}) – 3 + 4 = 98.`,
  };
}

function ratingExplanation(rating: number | null, name: LocalText): LocalText {
  if (rating === null) {
    return {
      da: `${name.da} er ikke vurderet af koordinationsgruppen endnu (tæller 0).`,
      en: `${name.en} is not yet rated by the coordination group (counts 0).`,
    };
  }
  return {
    da: `${name.da} ${rating} af ${MAX_RATING} (koordinationsgruppens vurdering).`,
    en: `${name.en} ${rating} of ${MAX_RATING} (the coordination group's rating).`,
  };
}

function costExplanation(doc: WishDocument, ceiling: number): LocalText {
  const c = formatDkk(ceiling);
  if (!doc.estimate) {
    return {
      da: `Ikke estimeret endnu: neutral værdi 0,5 (loft ${c.da}).`,
      en: `Not estimated yet: neutral value 0.5 (ceiling ${c.en}).`,
    };
  }
  const e = formatDkk(doc.estimate.amountDkk);
  if (doc.estimate.amountDkk >= ceiling) {
    return {
      da: sentence(`Estimatet ${e.da} er på eller over loftet ${c.da}`),
      en: `The estimate of ${e.en} is at or above the ceiling of ${c.en}.`,
    };
  }
  return {
    da: `Estimatet ${e.da} mod loftet ${c.da}: jo billigere, jo højere.`,
    en: `The estimate of ${e.en} against the ceiling of ${c.en}: the cheaper, the higher.`,
  };
}

function fundingExplanation(doc: WishDocument, settings: ScoreSettings, raw: number): LocalText {
  if (!doc.estimate) {
    return {
      da: 'Ikke estimeret endnu: dækningen kan ikke beregnes (tæller 0).',
      en: 'Not estimated yet: coverage cannot be computed (counts 0).',
    };
  }
  const pledged = formatDkk(pledgeTotals(doc).total);
  const common = formatDkk(settings.commonBudgetDkk);
  const estimate = formatDkk(doc.estimate.amountDkk);
  const p = percentText(raw);
  return {
    da: sentence(
      `Tilsagn ${pledged.da} + fællesbudget ${common.da} dækker ${p.da} af estimatet ${estimate.da}`,
    ),
    en: `Pledges of ${pledged.en} + common budget of ${common.en} cover ${p.en} of the estimate of ${estimate.en}.`,
  };
}

/**
 * Largest-remainder rounding to tenths: each contribution is rounded so that they add up to
 * exactly the rounded total, and the panel's sum never disagrees with the score it shows.
 */
function roundToTotal(exact: readonly number[]): { parts: number[]; total: number } {
  const tenths = exact.map((x) => x * 10);
  const floors = tenths.map((t) => Math.floor(t + 1e-9));
  const target = Math.round(tenths.reduce((a, b) => a + b, 0) + 1e-9);
  let remaining = target - floors.reduce((a, b) => a + b, 0);
  const order = tenths
    .map((t, i) => ({ i, rest: t - floors[i] }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (remaining <= 0) break;
    floors[i] += 1;
    remaining -= 1;
  }
  return { parts: floors.map((f) => f / 10), total: target / 10 };
}

/**
 * The priority score, 0–100: Σ share(factor) × raw(factor) × 100, with shares the weights
 * normalised to sum 1. Raw values:
 * - reach = organisations behind / organisationTotal (98), at most 1;
 * - value = value / 5, urgency = urgency / 5 (0 while not rated);
 * - cost = 1 − min(1, estimate / costCeilingDkk), or 0.5 while not estimated;
 * - funding = min(1, (pledges + commonBudgetDkk) / estimate), 0 while not estimated, 1 for a 0 DKK estimate.
 */
export function scoreWish(doc: WishDocument, settings: ScoreSettings): WishScore {
  const w = settings.weights;
  const weightSum = SCORE_FACTOR_KEYS.reduce((sum, k) => sum + w[k], 0);
  const behind = organisationsBehind(doc).count;
  const estimate = doc.estimate?.amountDkk;
  const covered = pledgeTotals(doc).total + settings.commonBudgetDkk;
  const raw: Record<ScoreFactorKey, number> = {
    reach: clamp01(behind / settings.organisationTotal),
    value: doc.value === null ? 0 : clamp01(doc.value / MAX_RATING),
    urgency: doc.urgency === null ? 0 : clamp01(doc.urgency / MAX_RATING),
    cost: estimate === undefined ? UNESTIMATED_COST_RAW : 1 - Math.min(1, estimate / settings.costCeilingDkk),
    funding: estimate === undefined ? 0 : estimate === 0 ? 1 : Math.min(1, covered / estimate),
  };
  const explanation: Record<ScoreFactorKey, LocalText> = {
    reach: reachExplanation(doc, settings.organisationTotal),
    value: ratingExplanation(doc.value, { da: 'Værdi', en: 'Value' }),
    urgency: ratingExplanation(doc.urgency, { da: 'Hastegrad', en: 'Urgency' }),
    cost: costExplanation(doc, settings.costCeilingDkk),
    funding: fundingExplanation(doc, settings, raw.funding),
  };
  const share = (k: ScoreFactorKey) => (weightSum > 0 ? w[k] / weightSum : 0);
  const rounded = roundToTotal(SCORE_FACTOR_KEYS.map((k) => share(k) * raw[k] * 100));
  return {
    total: rounded.total,
    factors: SCORE_FACTOR_KEYS.map((key, i) => ({
      key,
      weight: w[key],
      share: share(key),
      raw: raw[key],
      contribution: rounded.parts[i],
      explanation: explanation[key],
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Size

export function serialisedSize(doc: WishDocument): number {
  return JSON.stringify(doc).length;
}

export function checkPropertySize(
  doc: WishDocument,
): { ok: true; size: number } | { ok: false; error: WishError } {
  const size = serialisedSize(doc);
  if (size <= MAX_PROPERTY_CHARS) return { ok: true, size };
  return {
    ok: false,
    error: {
      code: 'too-large',
      message: {
        da: `Ønskets data fylder ${groupDigits(size, '.')} tegn, men Jira tillader højst ${groupDigits(MAX_PROPERTY_CHARS, '.')} tegn i en issue-egenskab. Forkort begrundelser og beslutningstekster.`,
        en: `The wish's data takes ${groupDigits(size, ',')} characters, but Jira allows at most ${groupDigits(MAX_PROPERTY_CHARS, ',')} in an issue property. Shorten reasons and decision texts.`,
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Creating, reading, writing

function withIndexFields(doc: WishDocument, settings: ScoreSettings): WishDocument {
  return {
    ...doc,
    score: scoreWish(doc, settings).total,
    organisationCount: organisationsBehind(doc).count,
    fundingGap: fundingGap(doc, settings),
    requester: doc.requestedBy?.organisation ?? '',
  };
}

/** Every write goes through here: version + 1, index fields, schema and size checks. */
function commit(prev: WishDocument, draft: WishDocument, at: string, settings: ScoreSettings): WishResult {
  const next = withIndexFields({ ...draft, version: prev.version + 1, updatedAt: at }, settings);
  const parsed = WishDocumentSchema.safeParse(next);
  if (!parsed.success) return fromIssue(parsed.error.issues[0]);
  const size = checkPropertySize(parsed.data);
  if (!size.ok) return size;
  return { ok: true, doc: parsed.data, changed: true };
}

const unchanged = (doc: WishDocument): WishResult => ({ ok: true, doc, changed: false });

/** A new wish as first written (version 1), with the requesting organisation when known. */
export function emptyWish(
  now: string,
  requester: { organisation: string; accountId: string } | null = null,
  settings: ScoreSettings = DEFAULT_SCORE_SETTINGS,
): WishDocument {
  const doc: WishDocument = {
    schemaVersion: 1,
    version: 1,
    createdAt: now,
    updatedAt: now,
    requestedBy: requester
      ? {
          organisation: normaliseOrganisation(requester.organisation),
          accountId: requester.accountId,
          at: now,
        }
      : null,
    supporters: [],
    pledges: [],
    qualification: {},
    estimate: null,
    value: null,
    urgency: null,
    prioritisedBy: null,
    status: 'received',
    statusReason: null,
    duplicateOf: null,
    statusChangedBy: null,
    statusChangedAt: null,
    decisions: [],
    score: 0,
    organisationCount: 0,
    fundingGap: 0,
    requester: '',
  };
  return withIndexFields(doc, settings);
}

/**
 * The stored property as read from Jira. Only schemaVersion 1 exists; later versions migrate here.
 * Index fields are taken as stored; `reindex` refreshes them when the product's settings changed.
 */
export function readWish(value: unknown): WishResult {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== 1) {
    return fail('unsupported-schema', {
      da: `Ønskets data har et ukendt format (schemaVersion ${String(version)}).`,
      en: `The wish's data has an unknown format (schemaVersion ${String(version)}).`,
    });
  }
  const parsed = WishDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const detail = fromIssue(parsed.error.issues[0], [], 'invalid-document').error;
    return fail('invalid-document', MESSAGES.invalidDocument, detail.field);
  }
  return { ok: true, doc: parsed.data, changed: false };
}

/**
 * Recomputes the index fields, e.g. after the coordination group changed the weights or the
 * common budget. Unchanged (no write needed) when they already match.
 */
export function reindex(doc: WishDocument, settings: ScoreSettings, at: string): WishResult {
  const fresh = withIndexFields(doc, settings);
  const same =
    fresh.score === doc.score &&
    fresh.organisationCount === doc.organisationCount &&
    fresh.fundingGap === doc.fundingGap &&
    fresh.requester === doc.requester;
  return same ? unchanged(doc) : commit(doc, fresh, at, settings);
}

// ---------------------------------------------------------------------------------------------
// Lifecycle

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

/** Statuses in which the order's basis (estimate and qualification) is fixed. */
const ORDERED_STATUSES: readonly WishStatus[] = ['ordered', 'in-progress', 'delivered'];
const CLOSED_STATUSES: readonly WishStatus[] = ['rejected', 'delivered', 'duplicate'];

/**
 * A written reason is required to reject, to put on hold, to reopen a closed wish, and to
 * withdraw an order: each undoes or stops someone else's work.
 */
export function reasonRequired(from: WishStatus, to: WishStatus): LocalText | null {
  if (to === 'rejected') return MESSAGES.reasonRejected;
  if (to === 'on-hold') return MESSAGES.reasonOnHold;
  if (CLOSED_STATUSES.includes(from)) return MESSAGES.reasonReopen;
  if (from === 'ordered' && to === 'accepted') return MESSAGES.reasonWithdraw;
  return null;
}

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

// ---------------------------------------------------------------------------------------------
// Requester, support, pledges

function isDuplicateError(doc: WishDocument): WishResult & { ok: false } {
  const key = doc.duplicateOf ?? '';
  return fail('wish-is-duplicate', {
    da: `Ønsket er en dublet af ${key}; støt eller medfinansier ${key} i stedet.`,
    en: `This wish is a duplicate of ${key}; support or co-fund ${key} instead.`,
  });
}

function limitError(what: LocalText, max: number): WishResult & { ok: false } {
  return fail('limit-reached', {
    da: `Et ønske kan højst have ${max} ${what.da}.`,
    en: `A wish can have at most ${max} ${what.en}.`,
  });
}

/**
 * Sets or clears the requesting organisation. If that organisation was a supporter, its support
 * is folded into the request: it is counted once.
 */
export function setRequester(
  doc: WishDocument,
  requester: { organisation: string; accountId: string } | null,
  at: string,
  settings: ScoreSettings,
): WishResult {
  if (requester === null) {
    return doc.requestedBy === null
      ? unchanged(doc)
      : commit(doc, { ...doc, requestedBy: null }, at, settings);
  }
  const signal = {
    organisation: normaliseOrganisation(requester.organisation),
    accountId: requester.accountId,
    at,
  };
  const invalid = checkInput(OrganisationSignalSchema, signal, 'requestedBy');
  if (invalid) return invalid;
  if (doc.requestedBy && sameOrganisation(doc.requestedBy.organisation, signal.organisation))
    return unchanged(doc);
  return commit(
    doc,
    {
      ...doc,
      requestedBy: signal,
      supporters: doc.supporters.filter((s) => !sameOrganisation(s.organisation, signal.organisation)),
    },
    at,
    settings,
  );
}

/**
 * One support signal per organisation. Adding it again is a no-op that keeps the first signal
 * (who and when); the requester's organisation is refused, since it is counted already.
 */
export function addSupport(
  doc: WishDocument,
  input: OrganisationSignal,
  settings: ScoreSettings,
): WishResult {
  const signal = { ...input, organisation: normaliseOrganisation(input.organisation) };
  const invalid = checkInput(OrganisationSignalSchema, signal, 'supporters');
  if (invalid) return invalid;
  if (doc.requestedBy && sameOrganisation(doc.requestedBy.organisation, signal.organisation)) {
    return fail(
      'requester-cannot-support',
      {
        da: `${doc.requestedBy.organisation} har selv indsendt ønsket og tæller allerede med.`,
        en: `${doc.requestedBy.organisation} submitted the wish and is counted already.`,
      },
      'supporters.organisation',
    );
  }
  if (doc.supporters.some((s) => sameOrganisation(s.organisation, signal.organisation)))
    return unchanged(doc);
  if (doc.status === 'duplicate') return isDuplicateError(doc);
  if (doc.supporters.length >= MAX_SUPPORTERS) {
    return limitError({ da: 'støttende organisationer', en: 'supporting organisations' }, MAX_SUPPORTERS);
  }
  return commit(doc, { ...doc, supporters: [...doc.supporters, signal] }, signal.at, settings);
}

/** Withdraws an organisation's support; a no-op when it has none. */
export function removeSupport(
  doc: WishDocument,
  input: { organisation: string; at: string },
  settings: ScoreSettings,
): WishResult {
  const supporters = doc.supporters.filter((s) => !sameOrganisation(s.organisation, input.organisation));
  if (supporters.length === doc.supporters.length) return unchanged(doc);
  return commit(doc, { ...doc, supporters }, input.at, settings);
}

/**
 * Upserts an organisation's pledge; an amount of 0 removes it. Setting the same amount and
 * state again is a no-op. Once invoiced, a pledge can no longer be removed or moved back (the
 * money has been billed), though its amount can be corrected. No new pledges on a duplicate.
 */
export function setPledge(doc: WishDocument, input: Pledge, settings: ScoreSettings): WishResult {
  const pledge = { ...input, organisation: normaliseOrganisation(input.organisation) };
  const invalid = checkInput(PledgeSchema, pledge, 'pledges');
  if (invalid) return invalid;
  const index = doc.pledges.findIndex((p) => sameOrganisation(p.organisation, pledge.organisation));
  const existing = index >= 0 ? doc.pledges[index] : undefined;

  if (pledge.amountDkk === 0) {
    if (!existing) return unchanged(doc);
    if (existing.state === 'invoiced')
      return fail('pledge-invoiced', MESSAGES.pledgeInvoiced, 'pledges.state');
    return commit(doc, { ...doc, pledges: doc.pledges.filter((_, i) => i !== index) }, pledge.at, settings);
  }
  if (existing) {
    if (existing.amountDkk === pledge.amountDkk && existing.state === pledge.state) return unchanged(doc);
    if (existing.state === 'invoiced' && pledge.state !== 'invoiced') {
      return fail('pledge-invoiced', MESSAGES.pledgeInvoiced, 'pledges.state');
    }
    const pledges = doc.pledges.map((p, i) => (i === index ? pledge : p));
    return commit(doc, { ...doc, pledges }, pledge.at, settings);
  }
  if (doc.status === 'duplicate') return isDuplicateError(doc);
  if (doc.pledges.length >= MAX_PLEDGES) {
    return limitError({ da: 'tilsagn om medfinansiering', en: 'co-funding pledges' }, MAX_PLEDGES);
  }
  return commit(doc, { ...doc, pledges: [...doc.pledges, pledge] }, pledge.at, settings);
}

/**
 * Adds the duplicate's requester and supporters as supporters of `target` (the wish that stays),
 * keeping their original signals. Pledges are not moved: money pledged for one wording of a wish
 * must be confirmed again by the organisation for the other.
 */
export function mergeDuplicateSupport(
  target: WishDocument,
  duplicate: WishDocument,
  settings: ScoreSettings,
  at: string,
): WishResult {
  let doc = target;
  let changed = false;
  const signals = [...(duplicate.requestedBy ? [duplicate.requestedBy] : []), ...duplicate.supporters];
  for (const signal of signals) {
    if (doc.requestedBy && sameOrganisation(doc.requestedBy.organisation, signal.organisation)) continue;
    if (doc.supporters.some((s) => sameOrganisation(s.organisation, signal.organisation))) continue;
    if (doc.supporters.length >= MAX_SUPPORTERS) {
      return limitError({ da: 'støttende organisationer', en: 'supporting organisations' }, MAX_SUPPORTERS);
    }
    doc = { ...doc, supporters: [...doc.supporters, signal] };
    changed = true;
  }
  return changed ? commit(target, doc, at, settings) : unchanged(target);
}

// ---------------------------------------------------------------------------------------------
// Qualification, estimate, value and urgency, decisions

function fixedAfterOrder(doc: WishDocument, field: string): WishResult | null {
  return ORDERED_STATUSES.includes(doc.status)
    ? fail('fixed-after-order', MESSAGES.fixedAfterOrder, field)
    : null;
}

/** Ticks or unticks one checklist item; the same state again keeps who ticked it and when. */
export function setQualification(
  doc: WishDocument,
  itemId: QualificationItemId,
  checked: boolean,
  by: string,
  at: string,
  settings: ScoreSettings,
): WishResult {
  if (!(QUALIFICATION_ITEM_IDS as readonly string[]).includes(itemId)) {
    return fail('invalid-input', MESSAGES.invalidQualificationItem, 'qualification');
  }
  if ((doc.qualification[itemId]?.checked ?? false) === checked) return unchanged(doc);
  const frozen = fixedAfterOrder(doc, 'qualification');
  if (frozen) return frozen;
  return commit(
    doc,
    { ...doc, qualification: { ...doc.qualification, [itemId]: { checked, by, at } } },
    at,
    settings,
  );
}

/** The supplier's estimate, or null to clear it. Fixed once the wish is ordered. */
export function setEstimate(
  doc: WishDocument,
  estimate: { hours: number; amountDkk: number } | null,
  by: string,
  at: string,
  settings: ScoreSettings,
): WishResult {
  if (estimate === null) {
    if (doc.estimate === null) return unchanged(doc);
    return fixedAfterOrder(doc, 'estimate') ?? commit(doc, { ...doc, estimate: null }, at, settings);
  }
  const next = { hours: estimate.hours, amountDkk: estimate.amountDkk, by, at };
  const invalid = checkInput(EstimateSchema, next, 'estimate');
  if (invalid) return invalid;
  if (doc.estimate?.hours === next.hours && doc.estimate.amountDkk === next.amountDkk) return unchanged(doc);
  return fixedAfterOrder(doc, 'estimate') ?? commit(doc, { ...doc, estimate: next }, at, settings);
}

/** The coordination group's value and urgency (0–5); an omitted one is kept, null clears it. */
export function setValueUrgency(
  doc: WishDocument,
  input: { value?: number | null; urgency?: number | null },
  by: string,
  at: string,
  settings: ScoreSettings,
): WishResult {
  const value = input.value === undefined ? doc.value : input.value;
  const urgency = input.urgency === undefined ? doc.urgency : input.urgency;
  for (const [field, rating] of [
    ['value', value],
    ['urgency', urgency],
  ] as const) {
    const invalid = checkInput(RatingSchema.nullable(), rating, field);
    if (invalid) return invalid;
  }
  if (value === doc.value && urgency === doc.urgency) return unchanged(doc);
  return commit(doc, { ...doc, value, urgency, prioritisedBy: { by, at } }, at, settings);
}

export interface DecisionInput {
  /** Optional, for idempotent retries: a decision whose id is present already is not added twice. */
  id?: string;
  date: string;
  decision: string;
  rationale: string;
  meetingReference: string;
  by: string;
  at: string;
}

/** Appends a decision entry; without an id it gets the next `D<n>`. */
export function addDecision(doc: WishDocument, input: DecisionInput, settings: ScoreSettings): WishResult {
  if (input.id !== undefined && doc.decisions.some((d) => d.id === input.id)) return unchanged(doc);
  const next =
    doc.decisions.reduce((max, d) => {
      const n = /^D(\d+)$/.exec(d.id);
      return n ? Math.max(max, Number(n[1])) : max;
    }, 0) + 1;
  const decision: WishDecision = {
    id: input.id ?? `D${next}`,
    date: input.date,
    decision: input.decision.trim(),
    rationale: input.rationale.trim(),
    meetingReference: input.meetingReference.trim(),
    by: input.by,
    at: input.at,
  };
  const invalid = checkInput(WishDecisionSchema, decision, 'decisions');
  if (invalid) return invalid;
  if (doc.decisions.length >= MAX_DECISIONS) {
    return limitError({ da: 'beslutninger', en: 'decisions' }, MAX_DECISIONS);
  }
  return commit(doc, { ...doc, decisions: [...doc.decisions, decision] }, input.at, settings);
}
