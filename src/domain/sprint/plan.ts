/**
 * Sprint planning arithmetic: what a wish costs a sprint in hours and DKK, how much of the
 * product's common budget it needs once its committed pledges are counted, and the warnings a
 * planner must confirm before a wish moves into a sprint. Pure; shared by the resolver and the UI.
 */
import { isQualified, pledgeTotals, type WishDocument, type WishStatus } from '../wish';

/** Warnings a planner confirms before a wish moves into a sprint. */
export const SPRINT_WARNINGS = [
  'over-capacity',
  'over-budget',
  'unqualified',
  'unestimated',
  'unfunded',
] as const;
export type SprintWarning = (typeof SPRINT_WARNINGS)[number];

/** Statuses a wish may be planned from: ordered, or accepted and (after confirmation) ordered on the way. */
export const PLANNABLE_STATUSES: readonly WishStatus[] = ['accepted', 'ordered', 'in-progress'];

/** How a wish is paid for, DKK. */
export interface WishFunding {
  estimateDkk: number;
  estimateHours: number;
  /** Committed and invoiced pledges (indicated ones are only interest). */
  pledgedDkk: number;
  /** The part of the estimate the common budget pays: what pledges leave, at most the share per wish. */
  commonShareDkk: number;
  /** What neither pledges nor the common budget share cover. */
  shortfallDkk: number;
}

/**
 * Pledges pay first; the common budget covers what they leave, up to the product's share per
 * wish. Before an estimate nothing is needed (the cost is unknown, flagged as `unestimated`).
 */
export function wishFunding(doc: WishDocument, commonSharePerWishDkk: number): WishFunding {
  const totals = pledgeTotals(doc);
  const pledgedDkk = totals.committed + totals.invoiced;
  if (!doc.estimate) {
    return { estimateDkk: 0, estimateHours: 0, pledgedDkk, commonShareDkk: 0, shortfallDkk: 0 };
  }
  const open = Math.max(0, doc.estimate.amountDkk - pledgedDkk);
  const commonShareDkk = Math.min(open, Math.max(0, commonSharePerWishDkk));
  return {
    estimateDkk: doc.estimate.amountDkk,
    estimateHours: doc.estimate.hours,
    pledgedDkk,
    commonShareDkk,
    shortfallDkk: open - commonShareDkk,
  };
}

/** Hours and DKK a set of wishes commits, and the common budget they draw. */
export interface Load {
  hours: number;
  amountDkk: number;
  commonShareDkk: number;
}

export const EMPTY_LOAD: Readonly<Load> = Object.freeze({ hours: 0, amountDkk: 0, commonShareDkk: 0 });

export function loadOf(fundings: readonly WishFunding[]): Load {
  return fundings.reduce<Load>(
    (sum, f) => ({
      hours: sum.hours + f.estimateHours,
      amountDkk: sum.amountDkk + f.estimateDkk,
      commonShareDkk: sum.commonShareDkk + f.commonShareDkk,
    }),
    { ...EMPTY_LOAD },
  );
}

/** The yearly common budget less what committed work draws on it (negative when overspent). */
export function budgetLeft(yearlyBudgetDkk: number, drawnDkk: number): number {
  return yearlyBudgetDkk - drawnDkk;
}

/** Warnings about the wish itself, whatever sprint it goes to. */
export function wishWarnings(doc: WishDocument, funding: WishFunding): SprintWarning[] {
  const out: SprintWarning[] = [];
  if (!isQualified(doc)) out.push('unqualified');
  if (!doc.estimate) out.push('unestimated');
  else if (funding.shortfallDkk > 0) out.push('unfunded');
  return out;
}

export interface PlacementFacts {
  /** The sprint's load before this wish (without it, if it is there already). */
  sprintLoad: Load;
  /** The supplier's capacity for the sprint; null while not set (no capacity warning then). */
  capacityHours: number | null;
  /** The common budget left for the year before this wish (without its own share). */
  budgetLeftDkk: number;
}

/** Every warning that stands against putting this wish into the sprint, in `SPRINT_WARNINGS` order. */
export function placementWarnings(
  doc: WishDocument,
  funding: WishFunding,
  facts: PlacementFacts,
): SprintWarning[] {
  const found = new Set<SprintWarning>(wishWarnings(doc, funding));
  if (facts.capacityHours !== null && facts.sprintLoad.hours + funding.estimateHours > facts.capacityHours)
    found.add('over-capacity');
  if (funding.commonShareDkk > facts.budgetLeftDkk) found.add('over-budget');
  return SPRINT_WARNINGS.filter((w) => found.has(w));
}

/** Warnings not among those the planner confirmed; empty = the move may go ahead. */
export function unconfirmed(
  warnings: readonly SprintWarning[],
  confirmed: readonly SprintWarning[],
): SprintWarning[] {
  return warnings.filter((w) => !confirmed.includes(w));
}

/** Wishes that block ordering (the order gate of the wish record): these need a reason to order. */
export const ORDER_GATE_WARNINGS: readonly SprintWarning[] = ['unqualified', 'unestimated', 'unfunded'];
