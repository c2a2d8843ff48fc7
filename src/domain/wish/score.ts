/**
 * The transparent priority score and the derived values it rests on (organisations behind a
 * wish, pledge totals, funding gap), with the product's score settings.
 */
import { z } from 'zod';
import type { LocalText } from '../catalogue/types';
import { organisationKey } from '../organisations';
import { formatDkk } from './messages';
import { AmountDkkSchema, type WishDocument } from './schema';
import { MAX_AMOUNT_DKK, MAX_RATING, SCORE_FACTOR_KEYS } from './vocabulary';

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

/** Denmark's 98 municipalities: the most organisations a wish can reach (shown beside the count). */
export const ORGANISATION_TOTAL = 98;
/**
 * Reach saturates: half of its points at this many organisations, three quarters at twice as
 * many. A share of all 98 municipalities gave 5 organisations 1.5 of 30 points, so reach could
 * not outweigh a single higher rating; on this curve every added organisation counts, the first
 * ones most.
 */
export const DEFAULT_REACH_HALF_AT = 5;
/** An estimate at or above this scores 0 on cost; 0 DKK scores 1. */
export const DEFAULT_COST_CEILING_DKK = 500_000;
/** The cost factor of a wish that has no estimate yet: neither rewarded nor punished. */
export const UNESTIMATED_COST_RAW = 0.5;

export const ScoreSettingsSchema = z.object({
  weights: ScoreWeightsSchema.default({ ...DEFAULT_WEIGHTS }),
  /** Common budget (fællesbudget) available to this wish, DKK; 0 when there is no affiliation agreement. */
  commonBudgetDkk: AmountDkkSchema.default(0),
  organisationTotal: z.int().min(1).max(10_000).default(ORGANISATION_TOTAL),
  /** Organisations at which reach gives half of its points. */
  reachHalfAt: z.int().min(1).max(1000).default(DEFAULT_REACH_HALF_AT),
  costCeilingDkk: z.int().min(1).max(MAX_AMOUNT_DKK).default(DEFAULT_COST_CEILING_DKK),
});
export type ScoreSettings = z.output<typeof ScoreSettingsSchema>;

export const DEFAULT_SCORE_SETTINGS: Readonly<ScoreSettings> = Object.freeze({
  weights: DEFAULT_WEIGHTS,
  commonBudgetDkk: 0,
  organisationTotal: ORGANISATION_TOTAL,
  reachHalfAt: DEFAULT_REACH_HALF_AT,
  costCeilingDkk: DEFAULT_COST_CEILING_DKK,
});

/** A product's stored (possibly partial) settings, with the defaults filled in. */
export function resolveScoreSettings(input: unknown = {}): ScoreSettings {
  return ScoreSettingsSchema.parse(input ?? {});
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

/** DKK offered beyond the estimate (pledges + common budget share − estimate), 0 when not over-funded. */
export function overfunding(doc: WishDocument, settings: ScoreSettings): number {
  if (!doc.estimate) return 0;
  return Math.max(0, pledgeTotals(doc).total + settings.commonBudgetDkk - doc.estimate.amountDkk);
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

/** Reach, 0–1: 1 − 2^(−organisations ÷ halfAt); 0 organisations give 0, halfAt give 0.5. */
export function reachOf(organisations: number, halfAt: number): number {
  return organisations <= 0 ? 0 : clamp01(1 - 2 ** (-organisations / halfAt));
}

function reachExplanation(doc: WishDocument, total: number, halfAt: number): LocalText {
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
    da: `${behind.count} af ${total} organisationer står bag (${da.join(' + ')}) – 3 + 4 = 98; halvdelen af point ved ${halfAt}.`,
    en: `${behind.count} of ${total} organisations are behind it (${en.join(' + ')}) – 3 + 4 = 98; half the points at ${halfAt}.`,
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
  const over = overfunding(doc, settings);
  if (over > 0) {
    const o = formatDkk(over);
    return {
      da: `Tilsagn ${pledged.da} + fællesbudget ${common.da} overstiger estimatet ${estimate.da} med ${o.da}: overfinansieret (tæller højst 100 %).`,
      en: `Pledges of ${pledged.en} + common budget of ${common.en} exceed the estimate of ${estimate.en} by ${o.en}: over-funded (counts at most 100%).`,
    };
  }
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
 * - reach = 1 − 2^(−organisations behind / reachHalfAt): 0.5 at 5 organisations, 0.75 at 10;
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
    reach: reachOf(behind, settings.reachHalfAt),
    value: doc.value === null ? 0 : clamp01(doc.value / MAX_RATING),
    urgency: doc.urgency === null ? 0 : clamp01(doc.urgency / MAX_RATING),
    cost: estimate === undefined ? UNESTIMATED_COST_RAW : 1 - Math.min(1, estimate / settings.costCeilingDkk),
    funding: estimate === undefined ? 0 : estimate === 0 ? 1 : Math.min(1, covered / estimate),
  };
  const explanation: Record<ScoreFactorKey, LocalText> = {
    reach: reachExplanation(doc, settings.organisationTotal, settings.reachHalfAt),
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
