/**
 * The words of OS2's governance model as plain data without zod, shared by the server and the
 * Custom UI: self-assessment answers and the "følg eller forklar" rule, the secretariat's lights,
 * and the kinds and deciders of level decisions. The schemas in ../assessment and ../level are
 * built on these values.
 */

// ---------------------------------------------------------------------------------------------
// Free-text limits (the form's maxLength and the server's check are the same number)

/** A requirement's texts: documentation, explanation, basis, recommendation. */
export const MAX_TEXT_LENGTH = 5000;
/** An evaluation round's overall texts: summary, overall assessment, the two recommendations. */
export const MAX_LONG_TEXT_LENGTH = 10_000;

// ---------------------------------------------------------------------------------------------
// Self-assessment status (OS2's `efterlevet`)

export const KNOWN_STATUSES = ['Ja', 'Nej', 'Ikke relevant', 'Ved ikke', 'Planlagt'] as const;
export type KnownStatus = (typeof KNOWN_STATUSES)[number];

/** How OS2's reports show each status. */
export const STATUS_EMOJI: Readonly<Record<KnownStatus, string>> = {
  Ja: '✅',
  Nej: '❌',
  'Ikke relevant': '➖',
  'Ved ikke': '❓',
  Planlagt: '🟡',
};

/** What a status select offers: OS2's five answers, unanswered, and (from an import) free text. */
export type StatusChoice = KnownStatus | 'unanswered' | 'other';

/**
 * Følg eller forklar. docs/os2-catalogue.md: "a requirement that is not met, or is declared not relevant,
 * must carry a written explanation". Only `Ja` claims the requirement is met, so every other
 * answer needs one: Nej, Ikke relevant, Planlagt (not met yet), Ved ikke (not known to be met)
 * and a free-text status. Unanswered needs none: it claims nothing yet (the assessment is merely
 * incomplete), and notes must be savable before a status is chosen.
 */
export function choiceNeedsExplanation(choice: StatusChoice): boolean {
  return choice !== 'Ja' && choice !== 'unanswered';
}

// ---------------------------------------------------------------------------------------------
// Evaluation lights (the secretariat's vurdering)

export const LIGHTS = ['green', 'yellow', 'red', 'grey'] as const;
export type Light = (typeof LIGHTS)[number];

export const LIGHT_EMOJI: Readonly<Record<Light, string>> = {
  green: '🟢',
  yellow: '🟡',
  red: '🔴',
  grey: '⚪',
};

// ---------------------------------------------------------------------------------------------
// Level decisions (beslutningslog)

export const DECISION_KINDS = ['admitted', 'raised', 'lowered', 'kept', 'paused', 'closed'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const DECIDERS = ['secretariat', 'board', 'steering-group'] as const;
export type Decider = (typeof DECIDERS)[number];
