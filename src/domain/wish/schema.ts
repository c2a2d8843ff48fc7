/**
 * The wish record as the app stores it (the custom entity `wish`): its zod schema and the
 * document type. The `os2-wish` issue property holds only the search index derived from it.
 */
import { z } from 'zod';
import { AccountIdSchema, isHttpUrl, TimestampSchema, unsafeLinksInText } from '../assessment';
import { organisationKey, sameOrganisation } from '../organisations';
import { REASON_STATUSES } from './lifecycle';
import {
  MAX_AMOUNT_DKK,
  MAX_CARRIED,
  MAX_DECISION_LENGTH,
  MAX_DECISIONS,
  MAX_EVIDENCE_QUOTE_LENGTH,
  MAX_EVIDENCE_URL_LENGTH,
  MAX_HOURS,
  MAX_ORGANISATION_LENGTH,
  MAX_PLEDGES,
  MAX_RATING,
  MAX_RATIONALE_LENGTH,
  MAX_REASON_LENGTH,
  MAX_REFERENCE_LENGTH,
  MAX_SUPPORTERS,
  PLEDGE_STATES,
  QUALIFICATION_ITEM_IDS,
  WISH_STATUSES,
} from './vocabulary';

/** The only schema version so far; a later one migrates to it when read. */
export const WISH_SCHEMA_VERSION = 1;

// Control characters (other than tab and line breaks) would survive into Jira's index and exports unseen.
const isControl = (code: number) => (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;
const noControlChars = (s: string) => ![...s].some((ch) => isControl(ch.charCodeAt(0)));
const noUnsafeLinks = (s: string) => unsafeLinksInText(s).length === 0;

/** Free text as every wish text must be: no control characters, no link other than http(s). */
export const isPlainText = (s: string): boolean => noControlChars(s) && noUnsafeLinks(s);

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

/** Only https: the link is shown to everyone who browses the wish. */
export const isEvidenceUrl = (value: string): boolean =>
  value.length <= MAX_EVIDENCE_URL_LENGTH && isHttpUrl(value) && /^https:/i.test(value);

/**
 * What an organisation backs its request or support with (as Jira Product Discovery's insights):
 * a link and a short quote, at least one of them; '' when absent.
 */
export const EvidenceSchema = z
  .object({
    url: z.string().refine((u) => u === '' || isEvidenceUrl(u), { message: 'Expected an https URL' }),
    quote: textSchema(MAX_EVIDENCE_QUOTE_LENGTH),
    accountId: AccountIdSchema,
    at: TimestampSchema,
  })
  .refine((e) => e.url !== '' || e.quote.trim() !== '', { message: 'A link or a quote' });
export type Evidence = z.infer<typeof EvidenceSchema>;

/** Who did something for which organisation, and when (requester and supporters). */
export const OrganisationSignalSchema = z.object({
  organisation: OrganisationSchema,
  accountId: AccountIdSchema,
  at: TimestampSchema,
  /** The organisation's evidence; absent until it adds some. */
  evidence: EvidenceSchema.optional(),
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

/** What an order went ahead without: the estimate, a qualification item id, or `funding`. */
export const ORDER_GAPS = ['estimate', 'funding', ...QUALIFICATION_ITEM_IDS] as const;

/** The coordination group ordered a wish that was not ready, with its reason. */
export const OrderOverrideSchema = z.object({
  reason: requiredTextSchema(MAX_REASON_LENGTH),
  missing: z.array(z.enum(ORDER_GAPS)).max(ORDER_GAPS.length),
  /** Committed pledges plus the common budget share fell short of the estimate by this much. */
  shortfallDkk: AmountDkkSchema,
  by: AccountIdSchema,
  at: TimestampSchema,
});
export type OrderOverride = z.infer<typeof OrderOverrideSchema>;
export type OrderGap = (typeof ORDER_GAPS)[number];

const CarriedPledgeSchema = z.object({
  organisation: OrganisationSchema,
  amountDkk: AmountDkkSchema,
  state: z.enum(PLEDGE_STATES),
});

/** Support and pledges moved between a duplicate and the wish that stays, as each side records it. */
export const CarriedSchema = z.object({
  /** The other wish: the duplicate on the original's side, the original on the duplicate's. */
  key: IssueKeySchema,
  supporters: z.array(OrganisationSchema).max(MAX_SUPPORTERS + 1),
  pledges: z.array(CarriedPledgeSchema).max(MAX_PLEDGES),
  by: AccountIdSchema,
  at: TimestampSchema,
});
export type Carried = z.infer<typeof CarriedSchema>;

export const WishDocumentSchema = z
  .object({
    schemaVersion: z.literal(WISH_SCHEMA_VERSION),
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
    /** Set when the coordination group ordered the wish without everything in place. */
    orderOverride: OrderOverrideSchema.nullable().default(null),
    /**
     * Who submitted the wish through the app's intake, and whether Jira created the issue as
     * that user or as the app (for a user who may browse but not create issues). Null for wishes
     * that began as an ordinary issue.
     */
    submittedBy: z
      .object({ accountId: AccountIdSchema, at: TimestampSchema, via: z.enum(['user', 'app']) })
      .nullable()
      .default(null),
    /** Support and pledges carried over from wishes marked as duplicates of this one. */
    carriedFrom: z.array(CarriedSchema).max(MAX_CARRIED).default([]),
    /** On a duplicate: what was carried to the wish that stays. */
    carriedTo: CarriedSchema.nullable().default(null),
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
