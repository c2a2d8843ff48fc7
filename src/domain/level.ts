/**
 * Level decisions (beslutningslog). A product's level is whatever the latest recorded decision
 * says: it is a judgement by the secretariat or the board, never computed from statuses.
 */
import { z } from 'zod';
import { LevelSchema, levelIndex, type Level, type LocalText } from './catalogue';
import {
  AccountIdSchema,
  HttpUrlSchema,
  checkFreeText,
  isHttpUrl,
  MAX_TEXT_LENGTH,
  TimestampSchema,
  toResult,
  type DomainError,
  type ValidationResult,
} from './assessment';
import { DECIDERS, DECISION_KINDS, type DecisionKind } from './governance/vocabulary';

export { DECIDERS, DECISION_KINDS, type Decider, type DecisionKind } from './governance/vocabulary';

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
  })
  .refine((d) => (d.kind === 'closed') === (d.resultingLevel === null), {
    message: 'resultingLevel is null exactly when the decision closes the product',
    path: ['resultingLevel'],
  });
export type LevelDecision = z.infer<typeof LevelDecisionSchema>;

export const EVALUATION_INTERVAL_MONTHS = 6;

/** Oldest first: by date, then by when it was recorded (several decisions on one day). */
export function sortDecisions(decisions: readonly LevelDecision[]): LevelDecision[] {
  return [...decisions].sort(
    (a, b) => a.date.localeCompare(b.date) || Date.parse(a.recordedAt) - Date.parse(b.recordedAt),
  );
}

export interface CurrentLevel {
  /** Null when the product is closed. */
  level: Level | null;
  /** The date the product reached this level (decisions keeping or pausing it do not move it). */
  since: string;
  /** The latest decision. */
  decision: LevelDecision;
  status: 'active' | 'paused' | 'closed';
}

/** The product's level per its latest decision, or null when nothing has been decided yet. */
export function currentLevel(decisions: readonly LevelDecision[]): CurrentLevel | null {
  const sorted = sortDecisions(decisions);
  const latest = sorted.at(-1);
  if (!latest) return null;
  let since = latest.date;
  for (let i = sorted.length - 2; i >= 0 && sorted[i].resultingLevel === latest.resultingLevel; i -= 1) {
    if (sorted[i].kind === 'closed') break;
    since = sorted[i].date;
  }
  const status = latest.kind === 'closed' ? 'closed' : latest.kind === 'paused' ? 'paused' : 'active';
  return { level: latest.resultingLevel, since, decision: latest, status };
}

const MESSAGES = {
  basisRequired: {
    da: 'Skriv grundlaget for beslutningen.',
    en: 'Write the basis for the decision.',
  },
  invalidReference: {
    da: 'Referencen skal være en fuld adresse, der begynder med http:// eller https://.',
    en: 'The reference must be a full address starting with http:// or https://.',
  },
  levelRequired: {
    da: 'Angiv hvilket niveau produktet har efter beslutningen.',
    en: 'State the level the product has after the decision.',
  },
  closedHasNoLevel: {
    da: 'Et lukket produkt har intet niveau.',
    en: 'A closed product has no level.',
  },
  dateBeforeLatest: {
    da: 'Beslutningen er dateret før den seneste beslutning i loggen.',
    en: 'The decision is dated before the latest decision in the log.',
  },
  notAdmitted: {
    da: 'Produktet er ikke optaget; den første beslutning skal være en optagelse.',
    en: 'The product has not been admitted; the first decision must admit it.',
  },
  alreadyAdmitted: {
    da: 'Produktet er allerede optaget; brug hævet, sænket eller fastholdt.',
    en: 'The product is already admitted; use raised, lowered or kept.',
  },
  notHigher: {
    da: 'Et hævet niveau skal være højere end det nuværende.',
    en: 'A raised level must be higher than the current one.',
  },
  notLower: {
    da: 'Et sænket niveau skal være lavere end det nuværende.',
    en: 'A lowered level must be lower than the current one.',
  },
  notSame: {
    da: 'Fastholdelse og pause beholder det nuværende niveau.',
    en: 'Keeping and pausing leave the current level unchanged.',
  },
  alreadyPaused: {
    da: 'Produktet er allerede sat på pause.',
    en: 'The product is already paused.',
  },
  deciderNotAllowed: {
    da: 'Kun sekretariatet eller bestyrelsen kan fastsætte et niveau.',
    en: 'Only the secretariat or the board can set a level.',
  },
  boardApprovalRequired: {
    da: 'Niveau 2 og 3 skal godkendes af bestyrelsen.',
    en: 'Niveau 2 and 3 must be approved by the board.',
  },
} satisfies Record<string, LocalText>;

/** Decisions that set the level by judgement; the steering group may pause, resume or close. */
const LEVEL_SETTING: readonly DecisionKind[] = ['admitted', 'raised', 'lowered'];

/**
 * Checks a new decision against the log it joins (`previous`: that project's earlier decisions):
 * admitted only when there is no current level (never admitted, or closed); raised higher,
 * lowered lower, kept and paused at the current level; the level set by the secretariat or the
 * board, and Niveau 2 and 3 reached only with the board's approval (docs/os2-catalogue.md).
 */
export function validateDecision(d: LevelDecision, previous: readonly LevelDecision[]): ValidationResult {
  const errors: DomainError[] = [];
  const error = (field: string, code: string, message: LocalText) => errors.push({ field, code, message });

  if (d.basis.trim() === '') error('basis', 'basis-required', MESSAGES.basisRequired);
  checkFreeText('basis', d.basis, errors);
  if (d.reference !== undefined && !isHttpUrl(d.reference)) {
    error('reference', 'invalid-reference', MESSAGES.invalidReference);
  }
  if (d.kind === 'closed' && d.resultingLevel !== null) {
    error('resultingLevel', 'closed-has-level', MESSAGES.closedHasNoLevel);
  }
  if (d.kind !== 'closed' && d.resultingLevel === null) {
    error('resultingLevel', 'level-required', MESSAGES.levelRequired);
  }

  const log = previous.filter((p) => p.projectId === d.projectId && p.id !== d.id);
  const current = currentLevel(log);
  if (current && d.date < current.decision.date) {
    error('date', 'date-before-latest', MESSAGES.dateBeforeLatest);
  }

  if (!current || current.level === null) {
    if (d.kind !== 'admitted') error('kind', 'not-admitted', MESSAGES.notAdmitted);
  } else if (d.kind === 'admitted') {
    error('kind', 'already-admitted', MESSAGES.alreadyAdmitted);
  } else if (d.resultingLevel !== null) {
    const delta = levelIndex(d.resultingLevel) - levelIndex(current.level);
    if (d.kind === 'raised' && delta <= 0) error('resultingLevel', 'not-higher', MESSAGES.notHigher);
    if (d.kind === 'lowered' && delta >= 0) error('resultingLevel', 'not-lower', MESSAGES.notLower);
    if ((d.kind === 'kept' || d.kind === 'paused') && delta !== 0) {
      error('resultingLevel', 'not-same', MESSAGES.notSame);
    }
    if (d.kind === 'paused' && current.status === 'paused') {
      error('kind', 'already-paused', MESSAGES.alreadyPaused);
    }
  }

  if (LEVEL_SETTING.includes(d.kind)) {
    if (d.decidedBy === 'steering-group') {
      error('decidedBy', 'decider-not-allowed', MESSAGES.deciderNotAllowed);
    } else if (
      d.kind !== 'lowered' &&
      d.resultingLevel !== null &&
      levelIndex(d.resultingLevel) >= levelIndex('2') &&
      d.decidedBy !== 'board'
    ) {
      error('decidedBy', 'board-approval-required', MESSAGES.boardApprovalRequired);
    }
  }
  return toResult(errors);
}

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
