/**
 * Level decisions (beslutningslog). A product's level is whatever the latest recorded decision
 * says: it is a judgement by the secretariat or the board, never computed from statuses.
 */
import { z } from 'zod';
import { LevelSchema } from './catalogue';
import { AccountIdSchema, HttpUrlSchema, MAX_TEXT_LENGTH, TimestampSchema } from './assessment';
import { DECIDERS, DECISION_KINDS } from './governance/vocabulary';

export { DECIDERS, DECISION_KINDS, type Decider, type DecisionKind } from './governance/vocabulary';
export * from './governance/decision-rules';

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date();

export const LevelDecisionSchema = z
  .object({
    schemaVersion: z.literal(1),
    id: z.string().min(1),
    projectId: z.string().min(1),
    date: IsoDateSchema,
    kind: z.enum(DECISION_KINDS),
    /**
     * The level after the decision. Null exactly when closed: a closed product has no level.
     * A pause keeps the level the product had, so it can resume where it stopped.
     */
    resultingLevel: LevelSchema.nullable(),
    basis: z
      .string()
      .max(MAX_TEXT_LENGTH)
      .refine((s) => s.trim() !== '', { message: 'A decision needs a basis' }),
    decidedBy: z.enum(DECIDERS),
    decidedByAccountId: AccountIdSchema,
    /** Link to the evaluation or the minutes. */
    reference: HttpUrlSchema.optional(),
    recordedAt: TimestampSchema,
    /**
     * A correction: the id of the earlier entry this one replaces. The log stays append-only; the
     * superseded entry is kept and shown struck through, but no longer counts.
     */
    supersedes: z.string().min(1).max(200).optional(),
    /** Why the earlier entry was wrong (required with `supersedes`). */
    correctionReason: z.string().max(MAX_TEXT_LENGTH).optional(),
  })
  .refine((d) => (d.kind === 'closed') === (d.resultingLevel === null), {
    message: 'resultingLevel is null exactly when the decision closes the product',
    path: ['resultingLevel'],
  });
export type LevelDecision = z.infer<typeof LevelDecisionSchema>;

export const EVALUATION_INTERVAL_MONTHS = 6;

/** Evaluations happen twice a year: the date six months after the last one (clamped to month end). */
export function nextEvaluationDue(lastEvaluationDate: string): string {
  if (!IsoDateSchema.safeParse(lastEvaluationDate).success) {
    throw new RangeError(`Not a YYYY-MM-DD date: ${lastEvaluationDate}`);
  }
  const [year, month, day] = lastEvaluationDate.split('-').map(Number);
  const monthIndex = month - 1 + EVALUATION_INTERVAL_MONTHS;
  const dueYear = year + Math.floor(monthIndex / 12);
  const dueMonth = monthIndex % 12;
  const lastDayOfMonth = new Date(Date.UTC(dueYear, dueMonth + 1, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${dueYear}-${pad(dueMonth + 1)}-${pad(Math.min(day, lastDayOfMonth))}`;
}
