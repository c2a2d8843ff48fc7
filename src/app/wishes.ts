/**
 * Development wishes on one issue: the issue panel and badge, and every change a user
 * makes there. Each use case checks the caller's standing itself (wish-access.ts), then applies a
 * pure domain operation through the serialised write cycle (wish-store.ts),
 * which also writes the audit entry.
 */
import type { ParsedInputOf, WishBadgeView, WishPanelView } from '../contract';
import { getCatalogue, requirementById } from '../domain/catalogue';
import { ORGANISATIONS } from '../domain/organisations';
import {
  addDecision,
  addSupport,
  ALLOWED_TRANSITIONS,
  carryToOriginal,
  orderReadiness,
  pledgeTotals,
  qualificationProgress,
  QUALIFICATION_ITEMS,
  removeSupport,
  sameOrganisation,
  scoreWish,
  setEstimate,
  setPledge,
  setQualification,
  setRequester,
  setEvidence,
  setValueUrgency,
  statusDrift,
  transition,
  withdrawPledge,
  type Carried,
  type WishDocument,
  type WishResult,
} from '../domain/wish';
import { amountRefusal } from '../domain/wish/amount';
import type { LocalText } from '../domain/catalogue';
import {
  decisionDateRefusal,
  duplicateOfRefusal,
  estimateRefusal,
  evidenceRefusal,
  newPledgeRefusal,
  newSupportRefusal,
} from '../domain/wish/rules';
import type { Caller } from './caller';
import { AppError, forbidden } from './errors';
import { peopleById } from './people';
import { auditWrite } from './records';
import { transact } from '../platform/storage';
import { getTransitions, transitionIssue } from '../platform/jira-gateway';
import { conflictError } from './write';
import {
  capabilitiesOf,
  ensureOrganisation,
  loadIssue,
  loadWishContext,
  requireWish,
  targetOf,
  wishCan,
  type WishContext,
} from './wish-access';
import { commonBudgetPerWish, loadWishSettings, scoreSettingsOf } from './wish-settings';
import {
  issueProjectOf,
  loadWishRecords,
  mutateWish,
  parseWish,
  unstoredWish,
  wishError,
  type MutationResult,
  type WishAudit,
  type WishTarget,
} from './wish-store';

/** A rule of the record refused the change; nothing was written. */
function refused(text: LocalText, field: string): AppError {
  return new AppError('invalid-input', text, [{ field, message: text, code: 'rule' }]);
}

/**
 * A status change to duplicate must name an existing wish of the same product, not itself;
 * answers that wish (null for any other change).
 */
export async function ensureDuplicateOf(
  caller: Caller,
  self: { key: string; projectId: string },
  input: { to: WishDocument['status']; duplicateOf: string },
): Promise<{ id: string; key: string; issueType: string } | null> {
  if (input.to !== 'duplicate' || input.duplicateOf.trim() === '') return null;
  const target = await issueProjectOf(caller.jira.asUser, input.duplicateOf.trim());
  const refusal = duplicateOfRefusal(self, input.duplicateOf, target);
  if (refusal) throw refused(refusal, 'duplicateOf');
  return target;
}

// ---------------------------------------------------------------------------------------------
// Reading

function requirementOf(ctx: WishContext): WishPanelView['requirement'] {
  const profile = ctx.access.profile;
  if (!ctx.requirementId || !profile) return null;
  const requirement = requirementById(getCatalogue(profile.catalogueVersion), ctx.requirementId);
  if (!requirement) return null;
  return {
    id: requirement.id,
    name: { da: requirement.nameDa, en: requirement.nameEn },
    catalogueVersion: profile.catalogueVersion,
  };
}

function accountIdsIn(doc: WishDocument): string[] {
  return [
    doc.requestedBy?.accountId ?? '',
    ...doc.supporters.map((s) => s.accountId),
    ...[doc.requestedBy, ...doc.supporters].map((s) => s?.evidence?.accountId ?? ''),
    ...doc.pledges.map((p) => p.accountId),
    ...Object.values(doc.qualification).map((q) => q?.by ?? ''),
    doc.estimate?.by ?? '',
    doc.prioritisedBy?.by ?? '',
    doc.statusChangedBy ?? '',
    ...doc.decisions.map((d) => d.by),
    doc.orderOverride?.by ?? '',
    ...doc.carriedFrom.map((c) => c.by),
    doc.carriedTo?.by ?? '',
  ];
}

/** The panel's whole answer for one document (stored or not yet). */
async function panelView(
  caller: Caller,
  ctx: WishContext,
  doc: WishDocument,
  stored: boolean,
): Promise<WishPanelView> {
  const capabilities = capabilitiesOf(ctx, stored ? doc : null);
  const score = scoreWish(doc, ctx.score);
  const people = await peopleById(caller, accountIdsIn(doc));
  return {
    issue: {
      id: ctx.issue.id,
      key: ctx.issue.key,
      summary: ctx.issue.summary,
      issueType: ctx.issue.issueType,
      created: ctx.issue.created,
    },
    project: { id: ctx.issue.projectId, key: ctx.issue.projectKey },
    productName: ctx.access.profile?.productName ?? null,
    isWishType: ctx.isWishType,
    wishIssueTypes: ctx.settings.values.wishIssueTypes,
    requirement: requirementOf(ctx),
    stored,
    wish: doc,
    score: { total: score.total, factors: score.factors },
    pledges: pledgeTotals(doc),
    commonBudgetDkk: commonBudgetPerWish(ctx.settings.values, ctx.access.profile),
    qualification: qualificationProgress(doc),
    orderReadiness: orderReadiness(doc, ctx.score),
    allowedTransitions: [...ALLOWED_TRANSITIONS[doc.status]],
    jira: { status: ctx.issue.jiraStatus, category: ctx.issue.jiraStatusCategory },
    // Only a wish (one with a record) has a status to keep in step; a story not yet marked has none.
    drift: stored
      ? statusDrift(doc.status, ctx.issue.jiraStatusCategory, ctx.settings.values.statusCategories)
      : null,
    people: [...people.values()],
    myOrganisation: ctx.organisation,
    organisations: capabilities.canSetRequester || capabilities.canManagePledges ? ORGANISATIONS : [],
    capabilities,
  };
}

function currentDoc(ctx: WishContext): { doc: WishDocument; stored: boolean } {
  if (ctx.issue.wishValue === null)
    return { doc: unstoredWish(new Date().toISOString(), ctx.score), stored: false };
  return { doc: parseWish(ctx.issue.wishValue), stored: true };
}

export async function getWishPanel(caller: Caller): Promise<WishPanelView> {
  const ctx = await loadWishContext(caller);
  const { doc, stored } = currentDoc(ctx);
  return panelView(caller, ctx, doc, stored);
}

/** Status and score for the issue-context badge: the issue (as the user), its record and the settings. */
export async function getWishBadge(caller: Caller): Promise<WishBadgeView> {
  const issue = await loadIssue(caller);
  const settings = await loadWishSettings(issue.projectId);
  const isWishType = settings.values.wishIssueTypes.includes(issue.issueType);
  if (issue.wishValue === null) {
    // What the panel shows for a wish nobody has acted on yet (no estimate, so no budget share involved).
    const fresh = unstoredWish(new Date().toISOString(), scoreSettingsOf(settings.values, null));
    return isWishType
      ? { isWish: true, stored: false, status: fresh.status, score: fresh.score }
      : { isWish: false, stored: false, status: null, score: null };
  }
  const doc = parseWish(issue.wishValue);
  return { isWish: true, stored: true, status: doc.status, score: doc.score };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** A field conflict as the error the UI shows: who changed the field, and when. */
export async function withNamedConflicts<T>(caller: Caller, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof FieldConflict) throw await conflictError(caller, error);
    throw error;
  }
}

/** One change on the context issue: load, check, apply through the write cycle, answer with the panel. */
function change(
  caller: Caller,
  authorise: (ctx: WishContext) => void | Promise<void>,
  op: (ctx: WishContext) => (doc: WishDocument, at: string) => WishResult,
  audit: WishAudit,
): Promise<WishPanelView> {
  return changeWith(caller, authorise, (ctx) =>
    withNamedConflicts(caller, () => mutateWish(caller, targetOf(ctx), op(ctx), audit)),
  );
}

/** `change` with its own write (one that touches more than the context issue). */
async function changeWith(
  caller: Caller,
  authorise: (ctx: WishContext) => void | Promise<void>,
  write: (ctx: WishContext) => Promise<MutationResult>,
): Promise<WishPanelView> {
  const ctx = await loadWishContext(caller);
  requireWish(ctx);
  await authorise(ctx);
  const result = await write(ctx);
  return panelView(
    caller,
    { ...ctx, issue: { ...ctx.issue, wishValue: result.stored ? result.doc : null } },
    result.doc,
    result.stored,
  );
}

/** A field changed by someone else since the caller loaded it (see `ensureFieldUnchanged`). */
class FieldConflict extends Error {
  constructor(
    readonly by: string | null,
    readonly at: string | null,
  ) {
    super('field changed since it was read');
  }
}

/**
 * No silent overwrite of a field someone else changed since the editor loaded it: the client
 * sends the field's timestamp as it saw it. The check runs inside the wish's write cycle, on the
 * record as stored, so a concurrent writer of the same field always makes this one a conflict.
 */
export function ensureFieldUnchanged(
  current: string | null,
  basedOn: string | null,
  changedBy: string | null | undefined,
): void {
  if (current !== basedOn) throw new FieldConflict(changedBy ?? null, current);
}

const supportersOf = (doc: WishDocument) => doc.supporters.map((s) => s.organisation);

export function supportWish(caller: Caller, input: ParsedInputOf<'supportWish'>): Promise<WishPanelView> {
  let organisation = '';
  return change(
    caller,
    (ctx) => {
      organisation = ensureOrganisation(ctx);
    },
    (ctx) => (doc, at) => {
      if (!input.support) return removeSupport(doc, { organisation, at }, ctx.score);
      const refusal = newSupportRefusal(doc, organisation);
      if (refusal) throw refused(refusal, 'support');
      return addSupport(doc, { organisation, accountId: caller.accountId, at }, ctx.score);
    },
    { action: input.support ? 'wish.supported' : 'wish.support-withdrawn', pick: supportersOf },
  );
}

export function pledgeWish(caller: Caller, input: ParsedInputOf<'pledgeWish'>): Promise<WishPanelView> {
  let organisation = '';
  return change(
    caller,
    (ctx) => {
      const amount = amountRefusal(input.amountDkk);
      if (amount) throw refused(amount, 'amountDkk');
      organisation = pledgeOrganisation(ctx, input.organisation, input.state === 'invoiced');
    },
    (ctx) => (doc, at) => {
      const refusal = newPledgeRefusal(doc, organisation, input.amountDkk);
      if (refusal) throw refused(refusal, 'amountDkk');
      return setPledge(
        doc,
        { organisation, amountDkk: input.amountDkk, state: input.state, accountId: caller.accountId, at },
        ctx.score,
      );
    },
    { action: 'wish.pledged', pick: pledgesOf },
  );
}

const pledgesOf = (doc: WishDocument) =>
  doc.pledges.map((p) => ({ organisation: p.organisation, amountDkk: p.amountDkk, state: p.state }));

/** The organisation a pledge action is for: the caller's own, or any for the coordination group. */
function pledgeOrganisation(ctx: WishContext, requested: string | undefined, bookkeeping: boolean): string {
  const other = requested !== undefined && requested !== ctx.organisation;
  if (!other && !bookkeeping) return ensureOrganisation(ctx);
  // Pledges of other organisations, and invoicing, are the coordination group's bookkeeping.
  if (!wishCan.govern(ctx.access)) throw forbidden();
  if (other && !ORGANISATIONS.includes(requested)) throw unknownOrganisation();
  return requested ?? ensureOrganisation(ctx);
}

export function withdrawPledgeWish(
  caller: Caller,
  input: ParsedInputOf<'withdrawPledge'>,
): Promise<WishPanelView> {
  let organisation = '';
  return change(
    caller,
    (ctx) => {
      organisation = pledgeOrganisation(ctx, input.organisation, false);
    },
    (ctx) => (doc, at) => withdrawPledge(doc, { organisation, at }, ctx.score),
    { action: 'wish.pledge-withdrawn', pick: pledgesOf },
  );
}

function unknownOrganisation(): AppError {
  return new AppError('invalid-input', {
    da: 'Ukendt organisation: vælg en af de 98 kommuner eller en anden offentlig myndighed fra listen.',
    en: 'Unknown organisation: choose one of the 98 municipalities or another public body from the list.',
  });
}

/**
 * The requesting organisation. The coordination group sets or changes it; anyone else may claim
 * it for their own organisation while none is named, and withdraw their own organisation's claim.
 */
export function setWishRequester(
  caller: Caller,
  input: ParsedInputOf<'setWishRequester'>,
): Promise<WishPanelView> {
  let governs = false;
  let own: string | null = null;
  return change(
    caller,
    (ctx) => {
      governs = wishCan.govern(ctx.access);
      if (governs) {
        if (input.organisation !== null && !ORGANISATIONS.includes(input.organisation))
          throw unknownOrganisation();
        return;
      }
      own = ensureOrganisation(ctx);
      if (input.organisation !== null && input.organisation !== own) throw forbidden();
    },
    (ctx) => (doc, at) => {
      ensureFieldUnchanged(doc.requestedBy?.at ?? null, input.basedOn, doc.requestedBy?.accountId);
      if (!governs) {
        const current = doc.requestedBy?.organisation ?? null;
        // Claim only while nobody is named; withdraw only one's own organisation's claim.
        if (input.organisation !== null && current !== null && current !== own) throw forbidden();
        if (input.organisation === null && current !== null && current !== own) throw forbidden();
      }
      return setRequester(
        doc,
        input.organisation === null
          ? null
          : { organisation: input.organisation, accountId: caller.accountId },
        at,
        ctx.score,
      );
    },
    { action: 'wish.requester', pick: (doc) => doc.requestedBy?.organisation ?? null },
  );
}

export function setWishQualification(
  caller: Caller,
  input: ParsedInputOf<'setWishQualification'>,
): Promise<WishPanelView> {
  const party = QUALIFICATION_ITEMS.find((i) => i.id === input.itemId)!.party;
  return change(
    caller,
    (ctx) => {
      if (party === 'supplier' && !wishCan.supply(ctx.access)) throw forbidden();
      if (party === 'requester' && !wishCan.govern(ctx.access) && ctx.organisation === null)
        throw forbidden();
    },
    (ctx) => (doc, at) => {
      // The requesting organisation is known only on the latest document.
      if (party === 'requester' && !wishCan.qualifyRequester(ctx.access, ctx.organisation, doc))
        throw forbidden();
      return setQualification(doc, input.itemId, input.checked, caller.accountId, at, ctx.score);
    },
    {
      action: 'wish.qualification',
      pick: (doc) => ({ [input.itemId]: doc.qualification[input.itemId]?.checked ?? false }),
    },
  );
}

export function setWishEstimate(
  caller: Caller,
  input: ParsedInputOf<'setWishEstimate'>,
): Promise<WishPanelView> {
  return change(
    caller,
    (ctx) => {
      if (!wishCan.supply(ctx.access)) throw forbidden();
      const amount = input.estimate && amountRefusal(input.estimate.amountDkk);
      if (amount) throw refused(amount, 'estimate.amountDkk');
      const refusal = estimateRefusal(input.estimate);
      if (refusal) throw refused(refusal, 'estimate');
    },
    (ctx) => (doc, at) => {
      ensureFieldUnchanged(doc.estimate?.at ?? null, input.basedOn, doc.estimate?.by);
      return setEstimate(doc, input.estimate, caller.accountId, at, ctx.score);
    },
    {
      action: 'wish.estimated',
      pick: (doc) => (doc.estimate ? { hours: doc.estimate.hours, amountDkk: doc.estimate.amountDkk } : null),
    },
  );
}

export function setWishRating(caller: Caller, input: ParsedInputOf<'setWishRating'>): Promise<WishPanelView> {
  return change(
    caller,
    (ctx) => {
      if (!wishCan.govern(ctx.access)) throw forbidden();
    },
    (ctx) => (doc, at) => {
      ensureFieldUnchanged(doc.prioritisedBy?.at ?? null, input.basedOn, doc.prioritisedBy?.by);
      return setValueUrgency(
        doc,
        { value: input.value, urgency: input.urgency },
        caller.accountId,
        at,
        ctx.score,
      );
    },
    { action: 'wish.rated', pick: (doc) => ({ value: doc.value, urgency: doc.urgency, score: doc.score }) },
  );
}

type MoveInput = Pick<
  ParsedInputOf<'transitionWish'>,
  'to' | 'reason' | 'duplicateOf' | 'basedOn' | 'override'
>;

function transitionOp(caller: Caller, input: MoveInput, score: WishContext['score'], carried?: Carried) {
  return (doc: WishDocument, at: string): WishResult => {
    if (doc.status !== input.to)
      ensureFieldUnchanged(doc.statusChangedAt, input.basedOn, doc.statusChangedBy);
    return transition(
      doc,
      input.to,
      {
        reason: input.reason,
        duplicateOf: input.duplicateOf,
        override: input.override,
        carried,
        by: caller.accountId,
        at,
      },
      score,
    );
  };
}

const statusAudit: WishAudit = {
  action: 'wish.status',
  pick: (doc) => ({
    status: doc.status,
    statusReason: doc.statusReason,
    duplicateOf: doc.duplicateOf,
    ...(doc.orderOverride ? { orderOverride: doc.orderOverride.reason } : {}),
    ...(doc.carriedTo ? { carriedTo: doc.carriedTo } : {}),
  }),
};

const backingOf = (doc: WishDocument) => ({ supporters: supportersOf(doc), pledges: pledgesOf(doc) });

/**
 * A status change, as the panel and bulk triage make it (the caller's right to govern checked
 * already). Marking a duplicate first carries its requester, supporters and pledges to the wish
 * that stays, audited there, then records on the duplicate what moved; a retry after a failure in
 * between moves nothing twice (see `carryToOriginal`).
 */
export async function moveWish(
  caller: Caller,
  target: WishTarget,
  input: MoveInput,
  /** `refreshFigures: false`: a bulk job refreshes the portfolio's figures once at its end. */
  options: { refreshFigures?: boolean } = {},
) {
  return withNamedConflicts(caller, async () => {
    const original = await ensureDuplicateOf(
      caller,
      { key: target.issueKey, projectId: target.projectId },
      input,
    );
    if (!original)
      return mutateWish(caller, target, transitionOp(caller, input, target.score), statusAudit, options);

    const [records, settings] = await Promise.all([
      loadWishRecords([target.issueId, original.id]),
      loadWishSettings(target.projectId),
    ]);
    if (!records.has(original.id) && !settings.values.wishIssueTypes.includes(original.issueType)) {
      throw refused(
        {
          da: `${original.key} er ikke et udviklingsønske. En dublet skal pege på det ønske, der beholdes.`,
          en: `${original.key} is not a development wish. A duplicate must point to the wish that stays.`,
        },
        'duplicateOf',
      );
    }
    const stored = records.get(target.issueId);
    const duplicate = stored
      ? parseWish(stored.record)
      : unstoredWish(new Date().toISOString(), target.score);
    // Nothing is carried for a move that would be refused.
    const trial = transitionOp(caller, input, target.score)(duplicate, new Date().toISOString());
    if (!trial.ok) throw wishError(trial.error);
    if (!trial.changed) return { doc: duplicate, stored: stored !== undefined, changed: false };

    let carried: Carried | undefined;
    await mutateWish(
      caller,
      { issueId: original.id, issueKey: original.key, projectId: target.projectId, score: target.score },
      (doc, at) => {
        const result = carryToOriginal(
          doc,
          duplicate,
          { key: target.issueKey, by: caller.accountId, at },
          target.score,
        );
        if (result.ok) carried = result.carried;
        return result;
      },
      { action: 'wish.carried-in', pick: backingOf },
      options,
    );
    return mutateWish(
      caller,
      target,
      transitionOp(caller, input, target.score, carried),
      statusAudit,
      options,
    );
  });
}

export function transitionWish(
  caller: Caller,
  input: ParsedInputOf<'transitionWish'>,
): Promise<WishPanelView> {
  return changeWith(
    caller,
    (ctx) => {
      if (!wishCan.govern(ctx.access)) throw forbidden();
    },
    (ctx) => moveWish(caller, targetOf(ctx), input),
  );
}

export function addWishDecision(
  caller: Caller,
  input: ParsedInputOf<'addWishDecision'>,
): Promise<WishPanelView> {
  return change(
    caller,
    (ctx) => {
      if (!wishCan.govern(ctx.access)) throw forbidden();
      const refusal = decisionDateRefusal(input.date);
      if (refusal) throw refused(refusal, 'date');
    },
    (ctx) => (doc, at) =>
      addDecision(
        doc,
        {
          id: input.id,
          date: input.date,
          decision: input.decision,
          rationale: input.rationale,
          meetingReference: input.meetingReference,
          by: caller.accountId,
          at,
        },
        ctx.score,
      ),
    {
      action: 'wish.decision',
      pick: (doc) => {
        const d = doc.decisions.find((x) => x.id === input.id);
        return d
          ? {
              date: d.date,
              decision: d.decision,
              rationale: d.rationale,
              meetingReference: d.meetingReference,
            }
          : null;
      },
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Evidence and Jira status

const signalOf = (doc: WishDocument, organisation: string) =>
  [doc.requestedBy, ...doc.supporters].find(
    (s) => s !== null && sameOrganisation(s.organisation, organisation),
  );

/** The caller's organisation's evidence with its request or support: set, edit or remove. */
export function setWishEvidence(
  caller: Caller,
  input: ParsedInputOf<'setWishEvidence'>,
): Promise<WishPanelView> {
  let organisation = '';
  return change(
    caller,
    (ctx) => {
      organisation = ensureOrganisation(ctx);
      const refusal = input.evidence && evidenceRefusal(input.evidence);
      if (refusal) throw refused(refusal.text, `evidence.${refusal.field}`);
    },
    (ctx) => (doc, at) => {
      const current = signalOf(doc, organisation)?.evidence;
      ensureFieldUnchanged(current?.at ?? null, input.basedOn, current?.accountId);
      return setEvidence(
        doc,
        { organisation, evidence: input.evidence, accountId: caller.accountId, at },
        ctx.score,
      );
    },
    {
      action: 'wish.evidence',
      pick: (doc) => {
        const e = signalOf(doc, organisation)?.evidence;
        return { organisation, evidence: e ? { url: e.url, quote: e.quote } : null };
      },
    },
  );
}

/**
 * "Move the Jira issue to match": the first transition Jira offers the user into a status of the
 * category the product maps the wish's status to, made as the user (so Jira checks Transition
 * Issues and its workflow), and audited. The wish status must be the one the user saw.
 */
export async function syncJiraStatus(
  caller: Caller,
  input: ParsedInputOf<'syncJiraStatus'>,
): Promise<WishPanelView> {
  const ctx = await loadWishContext(caller);
  requireWish(ctx);
  if (!wishCan.govern(ctx.access)) throw forbidden();
  const { doc, stored } = currentDoc(ctx);
  await withNamedConflicts(caller, async () =>
    ensureFieldUnchanged(doc.statusChangedAt, input.basedOn, doc.statusChangedBy),
  );
  const drift = stored
    ? statusDrift(doc.status, ctx.issue.jiraStatusCategory, ctx.settings.values.statusCategories)
    : null;
  // In step (perhaps someone synced it meanwhile), or not a wish yet: nothing to move.
  if (!drift) return getWishPanel(caller);
  const transitions = await getTransitions(caller.jira.asUser, ctx.issue.id);
  const into = transitions.find((t) => t.to.statusCategory?.key === drift.expected);
  if (!into) throw noTransition(drift.expected, ctx.issue.jiraStatus);
  await transitionIssue(caller.jira.asUser, ctx.issue.id, into.id);
  await transact([
    auditWrite(ctx.issue.projectId, caller.accountId, 'wish.jira-status', {
      target: ctx.issue.key,
      before: { jiraStatus: ctx.issue.jiraStatus, wishStatus: doc.status },
      after: { jiraStatus: into.to.name, wishStatus: doc.status },
    }),
  ]);
  return getWishPanel(caller);
}

const CATEGORY_NAMES: Record<string, LocalText> = {
  new: { da: 'Ikke startet', en: 'To do' },
  indeterminate: { da: 'I gang', en: 'In progress' },
  done: { da: 'Færdig', en: 'Done' },
};

function noTransition(category: string, from: string): AppError {
  const name = CATEGORY_NAMES[category] ?? { da: category, en: category };
  return new AppError(
    'invalid-input',
    {
      da: `Jira tilbyder dig ingen overgang fra ${from} til en status i kategorien ${name.da}. Det kræver tilladelsen Transition Issues og en overgang i projektets workflow.`,
      en: `Jira offers you no transition from ${from} into a status of the category ${name.en}. It needs the Transition Issues permission and a transition in the project's workflow.`,
    },
    [{ field: 'jira', message: name, code: 'no-transition' }],
  );
}
