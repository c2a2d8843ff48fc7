/**
 * Planning through Jira: moving a wish into a sprint (after every standing warning is confirmed;
 * an accepted, ready wish is ordered on the way), out to the backlog, re-ranking it; the
 * supplier's capacity and estimates; the product's sharing setting; and settlement of a
 * delivered wish. Each checks the caller's standing first; Jira's agile calls run as the user, so
 * Jira checks Schedule and Edit Issues again itself. Every change is audited.
 */
import type { ParsedInputOf, SprintPlanView } from '../contract';
import {
  settlementProposal,
  settleWish as settleDoc,
  unconfirmed,
  WARNING_LABELS,
  type Settlement,
} from '../domain/sprint';
import { setEstimate } from '../domain/wish';
import { amountRefusal } from '../domain/wish/amount';
import { estimateRefusal } from '../domain/wish/rules';
import { moveIssuesToBacklog, moveIssuesToSprint, rankIssues } from '../platform/jira-gateway';
import { transact } from '../platform/storage';
import type { Caller } from './caller';
import { AppError, forbidden, notFound } from './errors';
import { auditWrite } from './records';
import {
  loadPlanContext,
  placementsOf,
  planView,
  sprintCan,
  targetFor,
  type PlanContext,
  type PlanIssue,
} from './sprint-planning';
import { saveCapacity, saveSettlement, saveSprintSettingsRecord } from './sprint-store';
import { mutateWish } from './wish-store';
import { ensureFieldUnchanged, moveWish, withNamedConflicts } from './wishes';
import { conflictError } from './write';
import type { WishDocument } from '../domain/wish';

/** The wish (record and issue) behind an issue id of the payload: it must be one of the product's. */
function wishOf(ctx: PlanContext, issueId: string): { doc: WishDocument; issue: PlanIssue } {
  const doc = ctx.records.get(issueId);
  const issue = ctx.issues.get(issueId);
  if (!doc || !issue) {
    throw notFound({
      da: 'Ønsket findes ikke i produktets planlægning (eller du kan ikke se det).',
      en: 'The wish is not in the product’s planning (or you cannot see it).',
    });
  }
  return { doc, issue };
}

function openSprintOf(ctx: PlanContext, sprintId: number) {
  const sprint = ctx.openSprints.find((s) => s.id === sprintId);
  if (!sprint) {
    throw notFound({
      da: 'Sprinten er ikke en aktiv eller kommende sprint på produktets board.',
      en: 'The sprint is not an active or future sprint on the product’s board.',
    });
  }
  return sprint;
}

async function audit(
  caller: Caller,
  ctx: PlanContext,
  action: string,
  target: string,
  before: unknown,
  after: unknown,
) {
  await transact([auditWrite(ctx.access.projectId, caller.accountId, action, { target, before, after })]);
}

/** The view after a change: loaded again, so it shows what Jira and storage hold now. */
async function fresh(caller: Caller): Promise<SprintPlanView> {
  return planView(caller, await loadPlanContext(caller));
}

export async function planIntoSprint(
  caller: Caller,
  input: ParsedInputOf<'planIntoSprint'>,
): Promise<SprintPlanView> {
  const ctx = await loadPlanContext(caller);
  if (!sprintCan.plan(ctx.access)) throw forbidden();
  const sprint = openSprintOf(ctx, input.sprintId);
  const { doc, issue } = wishOf(ctx, input.issueId);
  if (!['accepted', 'ordered', 'in-progress'].includes(doc.status)) {
    throw new AppError('invalid-input', {
      da: 'Kun bestilte ønsker og accepterede ønsker, der er klar til bestilling, kan planlægges i en sprint.',
      en: 'Only ordered wishes, and accepted wishes ready to be ordered, can be planned into a sprint.',
    });
  }
  if (issue.openSprint?.id === sprint.id) return planView(caller, ctx);
  const warnings = placementsOf(ctx, doc, issue).find((p) => p.sprintId === sprint.id)?.warnings ?? [];
  const open = unconfirmed(warnings, input.confirmed);
  if (open.length > 0) {
    throw new AppError(
      'invalid-input',
      {
        da: `Bekræft advarslerne, før ${issue.key} flyttes ind i ${sprint.name}: ${open.map((w) => WARNING_LABELS[w]).join(', ')}.`,
        en: `Confirm the warnings before ${issue.key} moves into ${sprint.name}: ${open.join(', ')}.`,
      },
      { warnings: open },
    );
  }
  if (doc.status === 'accepted') {
    await moveWish(caller, targetFor(ctx, issue), {
      to: 'ordered',
      reason: '',
      duplicateOf: '',
      basedOn: doc.statusChangedAt,
    });
  }
  await moveIssuesToSprint(caller.jira.asUser, sprint.id, [issue.key]);
  await audit(
    caller,
    ctx,
    'sprint.planned',
    issue.key,
    { sprint: issue.openSprint?.name ?? null },
    {
      sprint: sprint.name,
      confirmed: warnings,
    },
  );
  return fresh(caller);
}

export async function removeFromSprint(
  caller: Caller,
  input: ParsedInputOf<'removeFromSprint'>,
): Promise<SprintPlanView> {
  const ctx = await loadPlanContext(caller);
  if (!sprintCan.plan(ctx.access)) throw forbidden();
  const { issue } = wishOf(ctx, input.issueId);
  if (!issue.openSprint) return planView(caller, ctx);
  await moveIssuesToBacklog(caller.jira.asUser, [issue.key]);
  await audit(
    caller,
    ctx,
    'sprint.unplanned',
    issue.key,
    { sprint: issue.openSprint.name },
    { sprint: null },
  );
  return fresh(caller);
}

export async function rankInSprint(
  caller: Caller,
  input: ParsedInputOf<'rankInSprint'>,
): Promise<SprintPlanView> {
  const ctx = await loadPlanContext(caller);
  if (!sprintCan.plan(ctx.access)) throw forbidden();
  const { issue } = wishOf(ctx, input.issueId);
  const { issue: anchor } = wishOf(ctx, input.anchorIssueId);
  if (!issue.openSprint || anchor.openSprint?.id !== issue.openSprint.id || anchor.id === issue.id) {
    throw new AppError('invalid-input', {
      da: 'Et ønske rangeres i forhold til et andet ønske i samme sprint.',
      en: 'A wish is ranked relative to another wish in the same sprint.',
    });
  }
  await rankIssues(
    caller.jira.asUser,
    [issue.key],
    input.position === 'before' ? { rankBeforeIssue: anchor.key } : { rankAfterIssue: anchor.key },
  );
  await audit(caller, ctx, 'sprint.ranked', issue.key, null, { [input.position]: anchor.key });
  return fresh(caller);
}

export async function setSprintCapacity(
  caller: Caller,
  input: ParsedInputOf<'setSprintCapacity'>,
): Promise<SprintPlanView> {
  const ctx = await loadPlanContext(caller);
  if (!sprintCan.supply(ctx.access)) throw forbidden();
  const sprint = openSprintOf(ctx, input.sprintId);
  await saveCapacity(caller, ctx.access.projectId, sprint, input.hours, input.expectedVersion);
  return fresh(caller);
}

export async function setSprintEstimate(
  caller: Caller,
  input: ParsedInputOf<'setSprintEstimate'>,
): Promise<SprintPlanView> {
  const ctx = await loadPlanContext(caller);
  if (!sprintCan.supply(ctx.access)) throw forbidden();
  const { issue } = wishOf(ctx, input.issueId);
  const estimate = { hours: input.hours, amountDkk: input.amountDkk };
  const refusal = amountRefusal(input.amountDkk) ?? estimateRefusal(estimate);
  if (refusal)
    throw new AppError('invalid-input', refusal, [{ field: 'estimate', message: refusal, code: 'rule' }]);
  await withNamedConflicts(caller, () =>
    mutateWish(
      caller,
      targetFor(ctx, issue),
      (doc, at) => {
        ensureFieldUnchanged(doc.estimate?.at ?? null, input.basedOn, doc.estimate?.by);
        return setEstimate(doc, estimate, caller.accountId, at, ctx.score);
      },
      {
        action: 'wish.estimated',
        pick: (d) => (d.estimate ? { hours: d.estimate.hours, amountDkk: d.estimate.amountDkk } : null),
      },
    ),
  );
  return fresh(caller);
}

export async function saveSprintSettings(
  caller: Caller,
  input: ParsedInputOf<'saveSprintSettings'>,
): Promise<SprintPlanView> {
  const ctx = await loadPlanContext(caller);
  if (!sprintCan.plan(ctx.access)) throw forbidden();
  await saveSprintSettingsRecord(
    caller,
    ctx.access.projectId,
    input.shareFundingWithSupplier,
    input.expectedVersion,
  );
  return fresh(caller);
}

/**
 * Confirms the proposed invoice basis of a delivered wish: its committed pledges become invoiced
 * through the wish record's write cycle (versioned, audited), then the settlement is recorded.
 */
export async function settleDelivery(
  caller: Caller,
  input: ParsedInputOf<'settleDelivery'>,
): Promise<SprintPlanView> {
  const ctx = await loadPlanContext(caller);
  if (!sprintCan.plan(ctx.access)) throw forbidden();
  const { doc, issue } = wishOf(ctx, input.issueId);
  if (ctx.settlements.has(issue.id)) {
    const done = ctx.settlements.get(issue.id)!;
    throw await conflictError(caller, { by: done.updatedBy, at: done.updatedAt });
  }
  if (doc.version !== input.expectedVersion) {
    throw await conflictError(caller, { by: doc.statusChangedBy, at: doc.updatedAt });
  }
  // The basis as proposed: computed before the pledges change state.
  const proposal = settlementProposal(doc, ctx.perWishDkk);
  await mutateWish(
    caller,
    targetFor(ctx, issue),
    (current, at) => settleDoc(current, caller.accountId, at, ctx.score),
    {
      action: 'wish.settled',
      pick: (d) =>
        d.pledges.map((p) => ({ organisation: p.organisation, amountDkk: p.amountDkk, state: p.state })),
    },
  );
  const at = new Date().toISOString();
  const settlement: Settlement = {
    schemaVersion: 1,
    issueId: issue.id,
    issueKey: issue.key,
    summary: issue.summary.slice(0, 1000),
    sprintId: issue.lastSprintId,
    sprintName: issue.lastSprintName ?? '',
    estimateDkk: proposal.estimateDkk,
    estimateHours: proposal.estimateHours,
    lines: proposal.lines,
    totalDkk: proposal.totalDkk,
    year: ctx.year,
    version: 1,
    updatedAt: at,
    updatedBy: caller.accountId,
  };
  await saveSettlement(caller, ctx.access.projectId, settlement);
  return fresh(caller);
}
