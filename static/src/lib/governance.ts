/**
 * Small UI-side facts about OS2's governance model: orderings, emoji and locale keys. Types come
 * from the domain; values that live in zod-importing domain files are restated here (checked
 * against the domain types) so the UI bundle does not pull in the server's validation code.
 */
import type { KnownStatus, Light, SelfStatus } from '../../../src/domain/assessment';
import { LEVELS, THEMES, type Level, type Modality } from '../../../src/domain/catalogue/types';
import type { Decider, DecisionKind } from '../../../src/domain/level';
import type { Translate } from './i18n';

export { LEVELS, THEMES };

const LIGHT_INFO = {
  green: { emoji: '🟢', key: 'lights.green' },
  yellow: { emoji: '🟡', key: 'lights.yellow' },
  red: { emoji: '🔴', key: 'lights.red' },
  grey: { emoji: '⚪', key: 'lights.grey' },
} as const satisfies Record<Light, { emoji: string; key: string }>;

export const LIGHTS = Object.keys(LIGHT_INFO) as Light[];
export const lightEmoji = (light: Light): string => LIGHT_INFO[light].emoji;
export const lightLabel = (t: Translate, light: Light): string => t(LIGHT_INFO[light].key);

/** What a status select offers: OS2's five answers, unanswered, and (from an import) free text. */
export type StatusChoice = KnownStatus | 'unanswered' | 'other';

const STATUS_KEYS = {
  Ja: 'status.yes',
  Nej: 'status.no',
  'Ikke relevant': 'status.notRelevant',
  'Ved ikke': 'status.unknown',
  Planlagt: 'status.planned',
  unanswered: 'status.unanswered',
  other: 'status.other',
} as const satisfies Record<StatusChoice, string>;

export const KNOWN_STATUSES: readonly KnownStatus[] = ['Ja', 'Nej', 'Ikke relevant', 'Ved ikke', 'Planlagt'];

export function statusChoice(status: SelfStatus): StatusChoice {
  return status.kind === 'known' ? status.value : status.kind;
}

export function choiceLabel(t: Translate, choice: StatusChoice, otherText = ''): string {
  return t(STATUS_KEYS[choice], { text: otherText });
}

export function statusLabel(t: Translate, status: SelfStatus): string {
  return choiceLabel(t, statusChoice(status), status.kind === 'other' ? status.text : '');
}

/** Følg eller forklar: every answer but Ja (and no answer) needs a written explanation. */
export function explanationExpected(choice: StatusChoice): boolean {
  return choice !== 'Ja' && choice !== 'unanswered';
}

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

export const DECISION_KINDS = Object.keys(DECISION_KIND_KEYS) as DecisionKind[];
export const decisionKindLabel = (t: Translate, kind: DecisionKind): string => t(DECISION_KIND_KEYS[kind]);

const DECIDER_KEYS = {
  secretariat: 'deciders.secretariat',
  board: 'deciders.board',
  'steering-group': 'deciders.steeringGroup',
} as const satisfies Record<Decider, string>;

export const DECIDERS = Object.keys(DECIDER_KEYS) as Decider[];
export const deciderLabel = (t: Translate, decider: Decider): string => t(DECIDER_KEYS[decider]);

/** Level names for screens without a catalogue at hand (the settings page). */
export const levelName = (t: Translate, level: Level): string => t(`levels.${level}`);

export function levelIndex(level: Level): number {
  return LEVELS.indexOf(level);
}

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
