/**
 * Evaluation rounds (evalueringsrunder): the secretariat opens a round, sets a light, a basis and
 * a recommendation per requirement and writes the overall assessment, then completes the round.
 * Until then the round is a private draft; what counts for everyone else is the last completed
 * round. The schedule (last evaluation, next due) follows from completed rounds only.
 */
import { z } from 'zod';
import {
  AccountIdSchema,
  LightSchema,
  MAX_LONG_TEXT_LENGTH,
  MAX_TEXT_LENGTH,
  TimestampSchema,
  type RequirementAssessment,
  type RequirementEvaluation,
} from './assessment';
import type { LocalText } from './catalogue';
import {
  effectiveDecisions,
  EVALUATION_INTERVAL_MONTHS,
  nextEvaluationDue,
  type LevelDecision,
} from './level';
import { todayInCopenhagen } from './governance/decision-rules';

const TextSchema = z.string().max(MAX_TEXT_LENGTH);
const LongTextSchema = z.string().max(MAX_LONG_TEXT_LENGTH);

export const RoundLightSchema = z.object({
  requirementId: z.string().min(1),
  light: LightSchema,
  basis: TextSchema,
  recommendation: TextSchema,
  setAt: TimestampSchema,
  setBy: AccountIdSchema,
  /** The self-assessment as it was when the light was set (see `assessmentFingerprint`). */
  assessmentFingerprint: z.string(),
  /** Per light, so two evaluators on different requirements do not conflict. */
  version: z.number().int().positive(),
});
export type RoundLight = z.infer<typeof RoundLightSchema>;

export const ROUND_STATUSES = ['open', 'completed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const EvaluationRoundSchema = z.object({
  schemaVersion: z.literal(1),
  projectId: z.string().min(1),
  /** 1, 2, …: one product's rounds in order. */
  number: z.number().int().positive(),
  status: z.enum(ROUND_STATUSES),
  openedAt: TimestampSchema,
  openedBy: AccountIdSchema,
  completedAt: TimestampSchema.optional(),
  completedBy: AccountIdSchema.optional(),
  lights: z.array(RoundLightSchema),
  summary: LongTextSchema,
  overall: LongTextSchema,
  /** "Til produktet": the recommendation to the product's groups. */
  recommendationProduct: LongTextSchema,
  /** "Til bestyrelsen": the recommendation to the board. */
  recommendationBoard: LongTextSchema,
  /** Version of the overall fields, so they conflict on their own. */
  summaryVersion: z.number().int().nonnegative(),
  summaryUpdatedAt: TimestampSchema.optional(),
  summaryUpdatedBy: AccountIdSchema.optional(),
  version: z.number().int().positive(),
  updatedAt: TimestampSchema,
  updatedBy: AccountIdSchema,
});
export type EvaluationRound = z.infer<typeof EvaluationRoundSchema>;

/** A small, stable hash of what the product said about a requirement (status, texts, links). */
export function assessmentFingerprint(
  assessment: Pick<RequirementAssessment, 'status' | 'documentation' | 'explanation' | 'links'> | undefined,
): string {
  if (!assessment) return 'none';
  const text = JSON.stringify([
    assessment.status,
    assessment.documentation,
    assessment.explanation,
    assessment.links,
  ]);
  // FNV-1a, 32 bits: enough to notice a change; not a security boundary.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The self-assessment changed after the light was set: the light may no longer fit. */
export function isLightStale(
  light: Pick<RoundLight, 'assessmentFingerprint'>,
  assessment: Parameters<typeof assessmentFingerprint>[0],
): boolean {
  return light.assessmentFingerprint !== assessmentFingerprint(assessment);
}

/** A round's lights in the shape the rest of the domain reads (the secretariat's, so `set`). */
export function roundEvaluations(round: EvaluationRound | undefined): Map<string, RequirementEvaluation> {
  return new Map(
    (round?.lights ?? []).map((l) => [
      l.requirementId,
      {
        schemaVersion: 1,
        requirementId: l.requirementId,
        light: l.light,
        basis: l.basis,
        ...(l.recommendation ? { recommendation: l.recommendation } : {}),
        source: 'set',
        evaluatedAt: l.setAt,
        evaluatedBy: l.setBy,
        version: l.version,
      } satisfies RequirementEvaluation,
    ]),
  );
}

export function openRound(rounds: readonly EvaluationRound[]): EvaluationRound | undefined {
  return rounds.find((r) => r.status === 'open');
}

export function lastCompletedRound(rounds: readonly EvaluationRound[]): EvaluationRound | undefined {
  return [...rounds]
    .filter((r) => r.status === 'completed')
    .sort((a, b) => a.number - b.number)
    .at(-1);
}

/**
 * The round a reader sees: the open draft for those who may see drafts (the secretariat, the
 * board when a board group is configured), else the last completed round.
 */
export function shownRound(
  rounds: readonly EvaluationRound[],
  canSeeDrafts: boolean,
): EvaluationRound | undefined {
  return (canSeeDrafts ? openRound(rounds) : undefined) ?? lastCompletedRound(rounds);
}

const COMPLETION_MESSAGES = {
  unlit: (ids: string[]) => ({
    da: `Alle krav skal have et lys, før runden kan afsluttes. Mangler: ${ids.join(', ')}.`,
    en: `Every requirement needs a light before the round can be completed. Missing: ${ids.join(', ')}.`,
  }),
  greyWithoutReason: (ids: string[]) => ({
    da: `Et gråt lys skal begrundes. Mangler begrundelse: ${ids.join(', ')}.`,
    en: `A grey light needs a reason. Missing a reason: ${ids.join(', ')}.`,
  }),
  notOpen: {
    da: 'Runden er allerede afsluttet.',
    en: 'The round has already been completed.',
  },
} as const;

export interface CompletionProblems {
  unlit: string[];
  greyWithoutReason: string[];
  message: LocalText | null;
}

/** What stops a round from being completed: requirements without a light, grey lights without a reason. */
export function completionProblems(
  round: EvaluationRound,
  requirementIds: readonly string[],
): CompletionProblems {
  if (round.status !== 'open')
    return { unlit: [], greyWithoutReason: [], message: COMPLETION_MESSAGES.notOpen };
  const lights = new Map(round.lights.map((l) => [l.requirementId, l]));
  const unlit = requirementIds.filter((id) => !lights.has(id));
  const greyWithoutReason = requirementIds.filter((id) => {
    const light = lights.get(id);
    return light?.light === 'grey' && light.basis.trim() === '';
  });
  const message =
    unlit.length > 0
      ? COMPLETION_MESSAGES.unlit(unlit)
      : greyWithoutReason.length > 0
        ? COMPLETION_MESSAGES.greyWithoutReason(greyWithoutReason)
        : null;
  return { unlit, greyWithoutReason, message };
}

/** A timestamp's calendar date in Denmark. */
export function copenhagenDate(instant: string): string {
  return todayInCopenhagen(new Date(instant));
}

export interface EvaluationSchedule {
  /** The date the last completed round was completed (Danish time). */
  lastEvaluation: string | null;
  /**
   * Six months after the last completed round; never evaluated: six months after the first level
   * decision that counts. Null when there is neither.
   */
  nextDue: string | null;
  /** The due date has passed (a never-evaluated product whose first decision is over six months old). */
  overdue: boolean;
}

/** When the product was last evaluated and when it is next due, as of `today` (YYYY-MM-DD, Danish time). */
export function evaluationSchedule(
  rounds: readonly EvaluationRound[],
  decisions: readonly LevelDecision[],
  today: string = todayInCopenhagen(),
): EvaluationSchedule {
  const last = lastCompletedRound(rounds);
  const lastEvaluation = last?.completedAt ? copenhagenDate(last.completedAt) : null;
  const first = effectiveDecisions(decisions)[0];
  const from = lastEvaluation ?? first?.date ?? null;
  const nextDue = from ? nextEvaluationDue(from) : null;
  return { lastEvaluation, nextDue, overdue: nextDue !== null && nextDue < today };
}

export { EVALUATION_INTERVAL_MONTHS };
