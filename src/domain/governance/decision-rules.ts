/**
 * The rules of the level decision log, zod-free so the Custom UI runs exactly the checks the
 * server runs (re-exported by ../level, where the schema lives). A product's level is whatever
 * the latest decision that counts says; a correction supersedes an earlier entry.
 */
import type { DomainError, ValidationResult } from '../assessment';
import type { Level, LocalText } from '../catalogue/types';
import { levelIndex } from '../catalogue/vocabulary';
import type { LevelDecision } from '../level';
import type { DecisionKind } from './vocabulary';

const toResult = (errors: DomainError[]): ValidationResult =>
  errors.length === 0 ? { ok: true } : { ok: false, errors };

/** Absolute http(s) URLs only (see `isHttpUrl` in ../assessment, which uses this). */
export function isHttpUrl(value: string, maxLength = 2048): boolean {
  if (value.length > maxLength || !/^https?:\/\/\S+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Today's date (YYYY-MM-DD) in Denmark. */
export function todayInCopenhagen(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A decision is recorded after it was taken: its date is at most today (Danish time). */
export function decisionDateRefusal(date: string, now: Date = new Date()): LocalText | null {
  const today = todayInCopenhagen(now);
  if (date <= today) return null;
  return {
    da: `Beslutningens dato (${date}) ligger efter i dag (${today}). Registrér en beslutning, når den er truffet.`,
    en: `The decision's date (${date}) is after today (${today}). Record a decision once it has been made.`,
  };
}

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

/** The ids of entries a later correction replaced. */
export function supersededIds(decisions: readonly Pick<LevelDecision, 'supersedes'>[]): Set<string> {
  return new Set(decisions.flatMap((d) => (d.supersedes ? [d.supersedes] : [])));
}

/** The decisions that count, oldest first: every entry no correction has superseded. */
export function effectiveDecisions(decisions: readonly LevelDecision[]): LevelDecision[] {
  const superseded = supersededIds(decisions);
  return sortDecisions(decisions.filter((d) => !superseded.has(d.id)));
}

/** The product's level per its latest (not superseded) decision, or null when nothing has been decided yet. */
export function currentLevel(decisions: readonly LevelDecision[]): CurrentLevel | null {
  const sorted = effectiveDecisions(decisions);
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
  correctionTargetMissing: {
    da: 'Den beslutning, der skal rettes, findes ikke i loggen eller er allerede rettet.',
    en: 'The decision to correct is not in the log or has already been corrected.',
  },
  correctionReasonRequired: {
    da: 'Skriv hvorfor den tidligere beslutning var forkert.',
    en: 'Write why the earlier decision was wrong.',
  },
  correctionBreaksLater: {
    da: 'Rettelsen passer ikke med de senere beslutninger i loggen; ret dem først.',
    en: 'The correction does not fit the later decisions in the log; correct those first.',
  },
  boardApprovalRequired: {
    da: 'Niveau 2 og 3 skal godkendes af bestyrelsen.',
    en: 'Niveau 2 and 3 must be approved by the board.',
  },
} satisfies Record<string, LocalText>;

/** Decisions that set the level by judgement; the steering group may pause, resume or close. */
const LEVEL_SETTING: readonly DecisionKind[] = ['admitted', 'raised', 'lowered'];

/**
 * Checks a decision's date: at most today in Denmark, and not before the latest decision that
 * still counts (`previous`: the effective decisions it follows).
 */
export function decisionDateErrors(
  date: string,
  previous: readonly LevelDecision[],
  now: Date = new Date(),
): DomainError[] {
  const errors: DomainError[] = [];
  const future = decisionDateRefusal(date, now);
  if (future) errors.push({ field: 'date', code: 'date-in-future', message: future });
  const latest = sortDecisions(previous).at(-1);
  if (latest && date < latest.date) {
    errors.push({ field: 'date', code: 'date-before-latest', message: MESSAGES.dateBeforeLatest });
  }
  return errors;
}

/**
 * Checks a new decision against the log it joins (`previous`: that project's earlier decisions):
 * dated at most today and not before the latest effective decision; admitted only when there is
 * no current level (never admitted, or closed); raised higher, lowered lower, kept and paused at
 * the current level; the level set by the secretariat or the board, and Niveau 2 and 3 reached
 * only with the board's approval (docs/os2-catalogue.md). A correction (`supersedes`) is checked
 * in the place of the entry it replaces, and must leave every later decision valid.
 */
export function validateDecision(
  d: LevelDecision,
  previous: readonly LevelDecision[],
  now: Date = new Date(),
): ValidationResult {
  const log = previous.filter((p) => p.projectId === d.projectId && p.id !== d.id);
  if (d.supersedes === undefined) return toResult(decisionErrors(d, effectiveDecisions(log), now));

  const errors: DomainError[] = [];
  const effective = effectiveDecisions(log);
  const target = effective.find((p) => p.id === d.supersedes);
  if (!target) {
    errors.push({
      field: 'supersedes',
      code: 'correction-target-missing',
      message: MESSAGES.correctionTargetMissing,
    });
  }
  if ((d.correctionReason ?? '').trim() === '') {
    errors.push({
      field: 'correctionReason',
      code: 'correction-reason-required',
      message: MESSAGES.correctionReasonRequired,
    });
  }
  if (!target) return toResult(errors);
  // Replay the corrected log: the correction where it belongs by date, every later entry after it.
  const corrected = sortDecisions([...effective.filter((p) => p.id !== target.id), d]);
  const at = corrected.indexOf(d);
  errors.push(...decisionErrors(d, corrected.slice(0, at), now));
  const laterBroken = corrected
    .slice(at + 1)
    .some((later, i) => decisionErrors(later, corrected.slice(0, at + 1 + i), now, false).length > 0);
  if (laterBroken) {
    errors.push({ field: 'date', code: 'correction-breaks-later', message: MESSAGES.correctionBreaksLater });
  }
  return toResult(errors);
}

/** The rules for one decision following `log` (effective, oldest first). */
function decisionErrors(
  d: LevelDecision,
  log: readonly LevelDecision[],
  now: Date,
  checkFuture = true,
): DomainError[] {
  const errors: DomainError[] = [];
  const error = (field: string, code: string, message: LocalText) => errors.push({ field, code, message });

  if (d.basis.trim() === '') error('basis', 'basis-required', MESSAGES.basisRequired);
  if (d.reference !== undefined && !isHttpUrl(d.reference)) {
    error('reference', 'invalid-reference', MESSAGES.invalidReference);
  }
  if (d.kind === 'closed' && d.resultingLevel !== null) {
    error('resultingLevel', 'closed-has-level', MESSAGES.closedHasNoLevel);
  }
  if (d.kind !== 'closed' && d.resultingLevel === null) {
    error('resultingLevel', 'level-required', MESSAGES.levelRequired);
  }

  const current = currentLevel(log);
  errors.push(
    ...decisionDateErrors(d.date, log, now).filter((e) => checkFuture || e.code !== 'date-in-future'),
  );

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
  return errors;
}

/** Skal requirements at or below `level` that are still outstanding: what a raise to it leaves open. */
export function outstandingSkalAt(
  level: Level,
  items: readonly { level: Level; modality: 'skal' | 'bør'; state: string }[],
): number {
  return items.filter(
    (i) => i.modality === 'skal' && i.state === 'outstanding' && levelIndex(i.level) <= levelIndex(level),
  ).length;
}

/** A raise to a level with skal requirements outstanding needs the decider to acknowledge their count. */
export function needsOutstandingAcknowledgement(kind: DecisionKind, outstandingSkal: number): boolean {
  return kind === 'raised' && outstandingSkal > 0;
}
