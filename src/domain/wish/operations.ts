/**
 * The operations on a wish besides its status: requester, support, pledges, qualification,
 * estimate, value and urgency, decisions. Each applies one change to the latest document and is
 * keyed so that applying it twice gives the same document as applying it once.
 */
import type { LocalText } from '../catalogue/types';
import { normaliseOrganisation, sameOrganisation } from '../organisations';
import { commit, unchanged } from './document';
import { CLOSED_STATUSES, ORDERED_STATUSES } from './lifecycle';
import { checkInput, fail, MESSAGES, type WishResult } from './messages';
import {
  EstimateSchema,
  OrganisationSignalSchema,
  PledgeSchema,
  RatingSchema,
  WishDecisionSchema,
  type Carried,
  type OrganisationSignal,
  type Pledge,
  type WishDecision,
  type WishDocument,
} from './schema';
import type { ScoreSettings } from './score';
import {
  MAX_CARRIED,
  MAX_DECISIONS,
  MAX_PLEDGES,
  MAX_SUPPORTERS,
  QUALIFICATION_ITEM_IDS,
  QUALIFICATION_ITEMS,
  type QualificationItemId,
} from './vocabulary';

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
  const organisation = normaliseOrganisation(requester.organisation);
  // A supporter that becomes the requester keeps its evidence.
  const evidence = doc.supporters.find((s) => sameOrganisation(s.organisation, organisation))?.evidence;
  const signal = { organisation, accountId: requester.accountId, at, ...(evidence ? { evidence } : {}) };
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
 * Sets or removes an organisation's evidence. It goes with the organisation's request or support
 * (and is gone when that is withdrawn); the same link and quote again is a no-op.
 */
export function setEvidence(
  doc: WishDocument,
  input: {
    organisation: string;
    evidence: { url: string; quote: string } | null;
    accountId: string;
    at: string;
  },
  settings: ScoreSettings,
): WishResult {
  const isRequester =
    doc.requestedBy !== null && sameOrganisation(doc.requestedBy.organisation, input.organisation);
  const index = doc.supporters.findIndex((s) => sameOrganisation(s.organisation, input.organisation));
  const signal = isRequester ? doc.requestedBy : index >= 0 ? doc.supporters[index] : null;
  if (!signal) {
    return fail(
      'invalid-input',
      {
        da: `${input.organisation} støtter ikke ønsket. Støt det først; dokumentationen hører til støtten.`,
        en: `${input.organisation} does not support the wish. Support it first; the evidence goes with the support.`,
      },
      'evidence',
    );
  }
  const evidence = input.evidence && {
    url: input.evidence.url.trim(),
    quote: input.evidence.quote.trim(),
    accountId: input.accountId,
    at: input.at,
  };
  const current = signal.evidence;
  if (
    evidence === null
      ? current === undefined
      : current?.url === evidence.url && current.quote === evidence.quote
  )
    return unchanged(doc);
  const { evidence: _old, ...rest } = signal;
  const next: OrganisationSignal = evidence ? { ...rest, evidence } : rest;
  return commit(
    doc,
    isRequester
      ? { ...doc, requestedBy: next }
      : { ...doc, supporters: doc.supporters.map((s, i) => (i === index ? next : s)) },
    input.at,
    settings,
  );
}

/**
 * Upserts an organisation's pledge. Setting the same amount and state again is a no-op. A pledge
 * is above 0 kr.: withdrawing one is its own action (`withdrawPledge`), never a side effect of a
 * typed 0. Once invoiced, a pledge cannot be moved back (the money has been billed), though its
 * amount can be corrected. No new pledges on a duplicate.
 */
export function setPledge(doc: WishDocument, input: Pledge, settings: ScoreSettings): WishResult {
  const pledge = { ...input, organisation: normaliseOrganisation(input.organisation) };
  if (pledge.amountDkk === 0) return fail('invalid-input', MESSAGES.pledgeZero, 'pledges.amountDkk');
  const invalid = checkInput(PledgeSchema, pledge, 'pledges');
  if (invalid) return invalid;
  const index = doc.pledges.findIndex((p) => sameOrganisation(p.organisation, pledge.organisation));
  const existing = index >= 0 ? doc.pledges[index] : undefined;
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

/** Removes an organisation's pledge; a no-op when it has none. An invoiced pledge stays. */
export function withdrawPledge(
  doc: WishDocument,
  input: { organisation: string; at: string },
  settings: ScoreSettings,
): WishResult {
  const index = doc.pledges.findIndex((p) => sameOrganisation(p.organisation, input.organisation));
  if (index < 0) return unchanged(doc);
  if (doc.pledges[index].state === 'invoiced')
    return fail('pledge-invoiced', MESSAGES.pledgeInvoiced, 'pledges.state');
  return commit(doc, { ...doc, pledges: doc.pledges.filter((_, i) => i !== index) }, input.at, settings);
}

export type CarryResult = (WishResult & { ok: false }) | (WishResult & { ok: true; carried: Carried });

/**
 * Takes over a duplicate's backing on the wish that stays (`original`): the duplicate's requester
 * and supporters become supporters, its pledges become pledges, each keeping who signalled and
 * when. An organisation already behind the original keeps its own signal and pledge there; what
 * it gave the duplicate stays on the duplicate. `carried` says what moved, for both records.
 *
 * A carry recorded on the original but not yet on the duplicate (a retry after the duplicate's
 * write failed) is returned as it is, so the same backing never moves twice.
 */
export function carryToOriginal(
  original: WishDocument,
  duplicate: WishDocument,
  source: { key: string; by: string; at: string },
  settings: ScoreSettings,
): CarryResult {
  if (original.status === 'duplicate') {
    const key = original.duplicateOf ?? '';
    return fail(
      'duplicate-chain',
      {
        da: `Det ønske er selv en dublet af ${key}. Angiv ${key} i stedet.`,
        en: `That wish is itself a duplicate of ${key}. Give ${key} instead.`,
      },
      'duplicateOf',
    );
  }
  if (CLOSED_STATUSES.includes(original.status)) {
    return fail(
      'duplicate-of-closed',
      {
        da: 'Det ønske er lukket og kan ikke overtage støtte og tilsagn. Angiv et åbent ønske, eller afvis dette med en begrundelse.',
        en: 'That wish is closed and cannot take over support and pledges. Give an open wish, or reject this one with a reason.',
      },
      'duplicateOf',
    );
  }
  const pending = original.carriedFrom.find((c) => c.key === source.key && duplicate.carriedTo?.at !== c.at);
  if (pending) return { ok: true, doc: original, changed: false, carried: pending };

  const behind = (organisation: string) =>
    (original.requestedBy !== null && sameOrganisation(original.requestedBy.organisation, organisation)) ||
    original.supporters.some((s) => sameOrganisation(s.organisation, organisation));
  const signals = [...(duplicate.requestedBy ? [duplicate.requestedBy] : []), ...duplicate.supporters];
  const supporters = signals.filter((signal) => !behind(signal.organisation));
  const pledges = duplicate.pledges.filter(
    (p) => !original.pledges.some((o) => sameOrganisation(o.organisation, p.organisation)),
  );
  if (original.supporters.length + supporters.length > MAX_SUPPORTERS) {
    return limitError({ da: 'støttende organisationer', en: 'supporting organisations' }, MAX_SUPPORTERS);
  }
  if (original.pledges.length + pledges.length > MAX_PLEDGES) {
    return limitError({ da: 'tilsagn om medfinansiering', en: 'co-funding pledges' }, MAX_PLEDGES);
  }
  if (original.carriedFrom.length >= MAX_CARRIED) {
    return limitError({ da: 'overtagne dubletter', en: 'duplicates taken over' }, MAX_CARRIED);
  }
  const carried: Carried = {
    key: source.key,
    supporters: supporters.map((s) => s.organisation),
    pledges: pledges.map((p) => ({ organisation: p.organisation, amountDkk: p.amountDkk, state: p.state })),
    by: source.by,
    at: source.at,
  };
  const result = commit(
    original,
    {
      ...original,
      supporters: [...original.supporters, ...supporters],
      pledges: [...original.pledges, ...pledges],
      carriedFrom: [...original.carriedFrom, carried],
    },
    source.at,
    settings,
  );
  return result.ok ? { ok: true, doc: result.doc, changed: result.changed, carried } : result;
}

/** The duplicate's side of a carry: what moved to `originalKey` leaves the duplicate, recorded. */
export function releaseCarried(doc: WishDocument, carried: Carried, originalKey: string): WishDocument {
  const moved = (organisation: string) => carried.supporters.some((o) => sameOrganisation(o, organisation));
  const movedPledge = (organisation: string) =>
    carried.pledges.some((p) => sameOrganisation(p.organisation, organisation));
  return {
    ...doc,
    supporters: doc.supporters.filter((s) => !moved(s.organisation)),
    pledges: doc.pledges.filter((p) => !movedPledge(p.organisation)),
    carriedTo: { ...carried, key: originalKey },
  };
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
  const known = input.id === undefined ? undefined : doc.decisions.find((d) => d.id === input.id);
  if (known) {
    // The id is an idempotency key: a retry of the same decision is a no-op, other content is refused.
    const same =
      known.date === input.date &&
      known.decision === input.decision.trim() &&
      known.rationale === input.rationale.trim() &&
      known.meetingReference === input.meetingReference.trim();
    if (same) return unchanged(doc);
    return fail(
      'id-reused',
      {
        da: `Beslutning ${known.id} er allerede registreret med et andet indhold; intet er ændret. Genindlæs ønsket for at se den.`,
        en: `Decision ${known.id} was already recorded with other content; nothing was changed. Reload the wish to see it.`,
      },
      'id',
    );
  }
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
