/**
 * Small UI-side facts about OS2's governance model: locale keys and formatting. The values and
 * rules themselves (answers, lights, decision kinds, levels) come from the domain's zod-free
 * vocabulary, so the UI bundle does not pull in the server's validation code.
 */
import type { SelfStatus } from '../../../src/domain/assessment';
import {
  LEVELS,
  levelIndex,
  THEMES,
  type Level,
  type Modality,
} from '../../../src/domain/catalogue/vocabulary';
import {
  choiceNeedsExplanation,
  DECIDERS,
  DECISION_KINDS,
  KNOWN_STATUSES,
  LIGHT_EMOJI,
  LIGHTS,
  type Decider,
  type DecisionKind,
  type Light,
  type StatusChoice,
} from '../../../src/domain/governance/vocabulary';
import type { Translate } from './i18n';

export { DECIDERS, DECISION_KINDS, KNOWN_STATUSES, LEVELS, LIGHTS, THEMES, type StatusChoice };

const LIGHT_KEYS = {
  green: 'lights.green',
  yellow: 'lights.yellow',
  red: 'lights.red',
  grey: 'lights.grey',
} as const satisfies Record<Light, string>;

export const lightEmoji = (light: Light): string => LIGHT_EMOJI[light];
export const lightLabel = (t: Translate, light: Light): string => t(LIGHT_KEYS[light]);

const STATUS_KEYS = {
  Ja: 'status.yes',
  Nej: 'status.no',
  'Ikke relevant': 'status.notRelevant',
  'Ved ikke': 'status.unknown',
  Planlagt: 'status.planned',
  unanswered: 'status.unanswered',
  other: 'status.other',
} as const satisfies Record<StatusChoice, string>;

export function statusChoice(status: SelfStatus): StatusChoice {
  return status.kind === 'known' ? status.value : status.kind;
}

export function choiceLabel(t: Translate, choice: StatusChoice, otherText = ''): string {
  return t(STATUS_KEYS[choice], { text: otherText });
}

export function statusLabel(t: Translate, status: SelfStatus): string {
  return choiceLabel(t, statusChoice(status), status.kind === 'other' ? status.text : '');
}

/** Følg eller forklar: the domain's rule, so the editor asks exactly when the server will. */
export const explanationExpected = choiceNeedsExplanation;

export const modalityLabel = (t: Translate, modality: Modality): string =>
  t(modality === 'skal' ? 'modality.must' : 'modality.should');

const DECISION_KIND_KEYS = {
  admitted: 'decisionKinds.admitted',
  raised: 'decisionKinds.raised',
  lowered: 'decisionKinds.lowered',
  kept: 'decisionKinds.kept',
  paused: 'decisionKinds.paused',
  closed: 'decisionKinds.closed',
} as const satisfies Record<DecisionKind, string>;

export const decisionKindLabel = (t: Translate, kind: DecisionKind): string => t(DECISION_KIND_KEYS[kind]);

const DECIDER_KEYS = {
  secretariat: 'deciders.secretariat',
  board: 'deciders.board',
  'steering-group': 'deciders.steeringGroup',
} as const satisfies Record<Decider, string>;

export const deciderLabel = (t: Translate, decider: Decider): string => t(DECIDER_KEYS[decider]);

/** Level names for screens without a catalogue at hand (the settings page). */
export const levelName = (t: Translate, level: Level): string => t(`levels.${level}`);

export { levelIndex };

/** An absolute http(s) URL, or null: only such links are rendered as anchors. */
export function safeHttpUrl(value: string | undefined | null): string | null {
  if (!value || !/^https?:\/\/\S+$/i.test(value)) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Today as `YYYY-MM-DD` in the user's time zone. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
