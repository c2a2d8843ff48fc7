/**
 * Self-assessment (selvevaluering) and evaluation (evalueringsrapport) per requirement:
 * statuses, traffic lights, følg eller forklar, and what is outstanding for a level.
 * Nothing here turns statuses into a level: the level is a recorded decision (see level.ts).
 */
import { z } from 'zod';
import { isHttpUrl as isSharedHttpUrl } from './governance/decision-rules';
import {
  choiceNeedsExplanation,
  KNOWN_STATUSES,
  LIGHT_EMOJI,
  LIGHTS,
  MAX_TEXT_LENGTH,
  STATUS_EMOJI,
  type KnownStatus,
  type Light,
} from './governance/vocabulary';
import {
  appliesAt,
  zeroByLevel,
  zeroByTheme,
  type Catalogue,
  type Level,
  type LocalText,
  type Modality,
  type Requirement,
  type Theme,
} from './catalogue';
import { decodeEntities } from './documents/escape';

// ---------------------------------------------------------------------------------------------
// Shared small rules

/** A rule violation shown to a user; `field` names the offending input (`links.2` for one item). */
export interface DomainError {
  field: string;
  code: string;
  message: LocalText;
}

export type ValidationResult = { ok: true } | { ok: false; errors: DomainError[] };

export function toResult(errors: DomainError[]): ValidationResult {
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

export { MAX_LONG_TEXT_LENGTH, MAX_TEXT_LENGTH } from './governance/vocabulary';
export const MAX_LINKS = 50;
export const MAX_URL_LENGTH = 2048;

/**
 * Absolute http(s) URLs only. Anything else (javascript:, data:, ftp:, mailto:, relative paths)
 * is refused: links are rendered as clickable anchors in Jira and in exported reports.
 */
export function isHttpUrl(value: string): boolean {
  return isSharedHttpUrl(value, MAX_URL_LENGTH);
}

export const HttpUrlSchema = z.string().refine(isHttpUrl, { message: 'Expected an absolute http(s) URL' });
export const AccountIdSchema = z.string().min(1).max(128);
export const TimestampSchema = z.iso.datetime({ offset: true });
const TextSchema = z.string().max(MAX_TEXT_LENGTH);

/** `round(n / total * 100)`; a share of nothing is 0. */
export function percent(n: number, total: number): number {
  return total === 0 ? 0 : Math.round((n / total) * 100);
}

/** Records keyed by requirement id, as a Map or a plain object. */
export type ById<T> = ReadonlyMap<string, T> | Readonly<Record<string, T | undefined>>;

export function lookupById<T>(collection: ById<T> | undefined, id: string): T | undefined {
  if (!collection) return undefined;
  if (collection instanceof Map) return collection.get(id);
  const record = collection as Readonly<Record<string, T | undefined>>;
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Self-assessment status (OS2's `efterlevet`)

export { KNOWN_STATUSES, STATUS_EMOJI, type KnownStatus, type StatusChoice } from './governance/vocabulary';

/** How the generated report (shape D) writes a status that has not been answered yet. */
export const UNANSWERED_PLACEHOLDER = '[Udfyldes i selvevaluering]';

/**
 * `other` keeps a free-text status from an imported report ("Delvist", "I gang / afventer")
 * with its original text, so it is never lost and is exported unchanged.
 */
export const SelfStatusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('known'), value: z.enum(KNOWN_STATUSES) }),
  z.object({ kind: z.literal('unanswered') }),
  z.object({ kind: z.literal('other'), text: z.string().min(1).max(MAX_TEXT_LENGTH) }),
]);
export type SelfStatus = z.infer<typeof SelfStatusSchema>;

export const UNANSWERED: SelfStatus = { kind: 'unanswered' };

export function knownStatus(value: KnownStatus): SelfStatus {
  return { kind: 'known', value };
}

const STATUS_WORDS: ReadonlyMap<string, KnownStatus> = new Map([
  ['ja', 'Ja'],
  ['yes', 'Ja'],
  ['nej', 'Nej'],
  ['no', 'Nej'],
  ['ikke relevant', 'Ikke relevant'],
  ['not relevant', 'Ikke relevant'],
  ['ved ikke', 'Ved ikke'],
  ["don't know", 'Ved ikke'],
  ['planlagt', 'Planlagt'],
  ['planned', 'Planlagt'],
]);

/**
 * Reads a status as people write it: case, spacing, hyphens and markdown emphasis do not matter;
 * OS2's emoji stand for their status, alone or next to the matching word. Blank (or the shape D
 * placeholder) is unanswered. Anything else, including "Ja?" or an emoji contradicting the word,
 * is kept as `other` with the original text.
 */
export function parseStatus(raw: string | null | undefined): SelfStatus {
  const text = (raw ?? '').trim();
  if (text === '' || text === UNANSWERED_PLACEHOLDER) return UNANSWERED;

  let rest = text.normalize('NFC').replace(/\uFE0F/g, '');
  const byEmoji = new Set<KnownStatus>();
  for (const status of KNOWN_STATUSES) {
    if (rest.includes(STATUS_EMOJI[status])) {
      byEmoji.add(status);
      rest = rest.split(STATUS_EMOJI[status]).join(' ');
    }
  }
  const words = rest
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/[\s\u2010-\u2015-]+/g, ' ')
    .replace(/[.:]$/, '')
    .trim();
  const byWord = STATUS_WORDS.get(words);
  const [emojiStatus, ...more] = byEmoji;

  if (more.length > 0) return { kind: 'other', text };
  if (words === '' && emojiStatus) return knownStatus(emojiStatus);
  if (byWord && (!emojiStatus || emojiStatus === byWord)) return knownStatus(byWord);
  return { kind: 'other', text };
}

/** The exact `efterlevet` value OS2's JSON carries. */
export function statusToOs2(status: SelfStatus): string | null {
  switch (status.kind) {
    case 'known':
      return status.value;
    case 'unanswered':
      return null;
    case 'other':
      return status.text;
  }
}

export function isStatus(status: SelfStatus | undefined, value: KnownStatus): boolean {
  return status?.kind === 'known' && status.value === value;
}

// ---------------------------------------------------------------------------------------------
// The stored self-assessment of one requirement

export const RequirementAssessmentSchema = z.object({
  schemaVersion: z.literal(1),
  requirementId: z.string().min(1),
  status: SelfStatusSchema,
  /** Free text (dokumentation); may contain links. */
  documentation: TextSchema,
  /** The "forklar" of følg eller forklar: why a requirement is not (yet) met or not relevant. */
  explanation: TextSchema,
  links: z.array(HttpUrlSchema).max(MAX_LINKS),
  updatedAt: TimestampSchema,
  updatedBy: AccountIdSchema,
  /** Incremented on every write; a write carrying an older version is a conflict. */
  version: z.number().int().nonnegative(),
});
export type RequirementAssessment = z.infer<typeof RequirementAssessmentSchema>;

/** What a user submits; structural only, so validateAssessment can explain what is wrong. */
export const AssessmentDraftSchema = z.object({
  status: SelfStatusSchema,
  documentation: z.string(),
  explanation: z.string(),
  links: z.array(z.string()),
});
export type AssessmentDraft = z.infer<typeof AssessmentDraftSchema>;

/** Følg eller forklar: see `choiceNeedsExplanation` (shared with the UI). */
export function needsExplanation(status: SelfStatus): boolean {
  return choiceNeedsExplanation(status.kind === 'known' ? status.value : status.kind);
}

// Link targets inside free text: markdown `[text](target)`, reference definitions `[id]: target`,
// autolinks `<scheme:…>` and HTML attributes that load or follow a URL. No nested quantifiers, so
// matching stays linear in the text.
const LINK_TARGETS =
  /\]\(\s*<?([^\s)>]+)|^\s{0,3}\[[^\]\n]{1,200}\]:\s*<?(\S+)|<([a-z][a-z0-9+.-]*:[^\s>]*)>|\b(?:href|src|action|formaction|poster|background|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^"'\s>]+))/gim;
// Browsers drop ASCII tab and newline anywhere in a URL and other controls and spaces at its ends.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const URL_IGNORED = /[\u0000-\u0020\u007f]/g;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Link targets in free text that carry a scheme other than http(s), e.g. `javascript:`, also when
 * disguised with character references (`&#106;avascript:`, `javascript&colon;`) or with tabs and
 * controls inside the scheme.
 */
export function unsafeLinksInText(text: string): string[] {
  const unsafe = new Set<string>();
  const decoded = decodeEntities(text, true);
  for (const source of decoded === text ? [text] : [text, decoded]) {
    for (const match of source.matchAll(LINK_TARGETS)) {
      const target = match.slice(1).find((group) => group !== undefined) ?? '';
      const plain = decodeEntities(target, true).replace(URL_IGNORED, '');
      if (HAS_SCHEME.test(plain) && !/^https?:/i.test(plain)) unsafe.add(target);
    }
  }
  return [...unsafe];
}

/**
 * The rules every free text of a record obeys, on every path into it (a save, an import, a bulk
 * action): at most `max` characters and no link other than http(s).
 */
export function checkFreeText(
  field: string,
  text: string,
  errors: DomainError[],
  max: number = MAX_TEXT_LENGTH,
): void {
  if (text.length > max) {
    errors.push({ field, code: 'too-long', message: tooLong(max) });
  }
  if (unsafeLinksInText(text).length > 0) {
    errors.push({ field, code: 'unsafe-link', message: ASSESSMENT_MESSAGES.unsafeLink });
  }
}

const tooLong = (max: number): LocalText => ({
  da: `Teksten må højst være ${max.toLocaleString('da-DK')} tegn.`,
  en: `The text may be at most ${max} characters.`,
});
const ASSESSMENT_MESSAGES = {
  explanationRequired: {
    da: 'Forklar hvorfor kravet ikke er opfyldt (følg eller forklar).',
    en: 'Explain why the requirement is not met (comply or explain).',
  },
  tooManyLinks: { da: `Højst ${MAX_LINKS} links.`, en: `At most ${MAX_LINKS} links.` },
  invalidLink: {
    da: 'Et link skal være en fuld adresse, der begynder med http:// eller https://.',
    en: 'A link must be a full address starting with http:// or https://.',
  },
  unsafeLink: {
    da: 'Teksten indeholder et link, der ikke er http:// eller https://.',
    en: 'The text contains a link that is not http:// or https://.',
  },
} satisfies Record<string, LocalText>;

export function validateAssessment(a: AssessmentDraft): ValidationResult {
  const errors: DomainError[] = [];
  const error = (field: string, code: string, message: LocalText) => errors.push({ field, code, message });

  if (needsExplanation(a.status) && a.explanation.trim() === '') {
    error('explanation', 'explanation-required', ASSESSMENT_MESSAGES.explanationRequired);
  }
  for (const field of ['documentation', 'explanation'] as const) checkFreeText(field, a[field], errors);
  if (a.links.length > MAX_LINKS) error('links', 'too-many-links', ASSESSMENT_MESSAGES.tooManyLinks);
  a.links.forEach((link, i) => {
    if (!isHttpUrl(link.trim())) error(`links.${i}`, 'invalid-link', ASSESSMENT_MESSAGES.invalidLink);
  });
  return toResult(errors);
}

// ---------------------------------------------------------------------------------------------
// Evaluation lights (the secretariat's vurdering)

export { LIGHT_EMOJI, LIGHTS, type Light } from './governance/vocabulary';
export const LightSchema = z.enum(LIGHTS);

export function lightToEmoji(light: Light): string {
  return LIGHT_EMOJI[light];
}

const LIGHT_WORDS: ReadonlyMap<string, Light> = new Map([
  ...LIGHTS.map((light) => [LIGHT_EMOJI[light], light] as const),
  ...LIGHTS.map((light) => [light, light] as const),
  ['gray', 'grey'],
  ['grøn', 'green'],
  ['gul', 'yellow'],
  ['rød', 'red'],
  ['grå', 'grey'],
]);

/** 🟢🟡🔴⚪ (with or without a variation selector), or the colour's name in English or Danish. */
export function lightFromEmoji(value: string): Light | null {
  return (
    LIGHT_WORDS.get(
      value
        .replace(/\uFE0F/g, '')
        .trim()
        .toLowerCase(),
    ) ?? null
  );
}

const DRAFT_LIGHTS: Readonly<Record<KnownStatus, Light>> = {
  Ja: 'green',
  Nej: 'red',
  'Ikke relevant': 'grey',
  Planlagt: 'yellow',
  'Ved ikke': 'red',
};

/** The light suggested by a self-assessment status (docs/os2-documents.md); the secretariat may override it. */
export function draftLight(status: SelfStatus): Light {
  return status.kind === 'known' ? DRAFT_LIGHTS[status.value] : 'red';
}

export const EVALUATION_SOURCES = ['draft', 'set'] as const;
export type EvaluationSource = (typeof EVALUATION_SOURCES)[number];

export const RequirementEvaluationSchema = z.object({
  schemaVersion: z.literal(1),
  requirementId: z.string().min(1),
  light: LightSchema,
  /** Vurderingsgrundlag: what the light is based on. */
  basis: TextSchema,
  recommendation: TextSchema.optional(),
  /** `draft`: derived from the self-assessment and not yet confirmed; `set`: the secretariat's. */
  source: z.enum(EVALUATION_SOURCES),
  evaluatedAt: TimestampSchema,
  evaluatedBy: AccountIdSchema,
  version: z.number().int().nonnegative(),
});
export type RequirementEvaluation = z.infer<typeof RequirementEvaluationSchema>;

const BASIS_REQUIRED: LocalText = {
  da: 'Skriv vurderingsgrundlaget for lyset.',
  en: 'Write the basis (vurderingsgrundlag) for the light.',
};

/** The secretariat's light for one requirement, from the form or from an imported report. */
export function validateEvaluation(e: { basis: string; recommendation?: string }): ValidationResult {
  const errors: DomainError[] = [];
  if (e.basis.trim() === '') errors.push({ field: 'basis', code: 'basis-required', message: BASIS_REQUIRED });
  checkFreeText('basis', e.basis, errors);
  checkFreeText('recommendation', e.recommendation ?? '', errors);
  return toResult(errors);
}

/** Free texts of a record (overall evaluation, decision basis …): each obeys the free-text rules. */
export function validateFreeTexts(
  texts: Readonly<Record<string, string>>,
  max: number = MAX_TEXT_LENGTH,
): ValidationResult {
  const errors: DomainError[] = [];
  for (const [field, text] of Object.entries(texts)) checkFreeText(field, text, errors, max);
  return toResult(errors);
}

// ---------------------------------------------------------------------------------------------
// Met, not relevant, outstanding

type AssessmentLike = Pick<RequirementAssessment, 'status'>;
type EvaluationLike = Pick<RequirementEvaluation, 'light' | 'source'>;

/**
 * The light that counts: the secretariat's once it has set one, else the one the product's own
 * answer suggests. A draft evaluation is ignored: it is only derived from a status that may
 * have changed since, not the secretariat's word.
 */
export function effectiveLight(assessment?: AssessmentLike, evaluation?: EvaluationLike): Light {
  if (evaluation?.source === 'set') return evaluation.light;
  return draftLight(assessment?.status ?? UNANSWERED);
}

export type RequirementState = 'met' | 'not-relevant' | 'outstanding';

/**
 * - `met`: evaluated green, or, before any evaluation, answered Ja.
 * - `not-relevant` (accepted, so not outstanding): evaluated grey, which is how the secretariat
 *   accepts an "Ikke relevant" (or excludes a requirement itself), or, before any evaluation,
 *   answered Ikke relevant: the product's word stands until the secretariat says otherwise.
 * - `outstanding`: everything else, e.g. an "Ikke relevant" the secretariat rejected (red), a
 *   "Ja" without evidence (yellow), Planlagt, Ved ikke, Nej, free text, unanswered.
 */
export function requirementState(assessment?: AssessmentLike, evaluation?: EvaluationLike): RequirementState {
  const light = effectiveLight(assessment, evaluation);
  if (light === 'green') return 'met';
  if (light === 'grey') return 'not-relevant';
  return 'outstanding';
}

export function isMet(assessment?: AssessmentLike, evaluation?: EvaluationLike): boolean {
  return requirementState(assessment, evaluation) === 'met';
}

export function isOutstanding(assessment?: AssessmentLike, evaluation?: EvaluationLike): boolean {
  return requirementState(assessment, evaluation) === 'outstanding';
}

export interface RequirementStanding {
  requirement: Requirement;
  status: SelfStatus;
  light: Light;
  state: RequirementState;
}

/** Every requirement a product at `targetLevel` must meet (levels are cumulative), in catalogue order. */
export function standingUpTo(
  catalogue: Catalogue,
  targetLevel: Level,
  assessments: ById<AssessmentLike>,
  evaluations?: ById<EvaluationLike>,
): RequirementStanding[] {
  return catalogue.requirements
    .filter((requirement) => appliesAt(requirement.level, targetLevel))
    .map((requirement) => {
      const assessment = lookupById(assessments, requirement.id);
      const evaluation = lookupById(evaluations, requirement.id);
      return {
        requirement,
        status: assessment?.status ?? UNANSWERED,
        light: effectiveLight(assessment, evaluation),
        state: requirementState(assessment, evaluation),
      };
    });
}

export interface Outstanding {
  targetLevel: Level;
  /** Catalogue order. */
  items: RequirementStanding[];
  byModality: Record<Modality, RequirementStanding[]>;
  byTheme: Record<Theme, RequirementStanding[]>;
  /** Levels above the target are present and empty. */
  byLevel: Record<Level, RequirementStanding[]>;
  counts: {
    total: number;
    byModality: Record<Modality, number>;
    byTheme: Record<Theme, number>;
    byLevel: Record<Level, number>;
  };
}

function sizesOf<K extends string>(groups: Record<K, readonly unknown[]>): Record<K, number> {
  const entries = Object.entries<readonly unknown[]>(groups).map(([key, list]) => [key, list.length]);
  return Object.fromEntries(entries) as Record<K, number>;
}

/** What stands between the product and `targetLevel`: every requirement up to it that is outstanding. */
export function outstandingForLevel(
  catalogue: Catalogue,
  targetLevel: Level,
  assessments: ById<AssessmentLike>,
  evaluations?: ById<EvaluationLike>,
): Outstanding {
  const items = standingUpTo(catalogue, targetLevel, assessments, evaluations).filter(
    (item) => item.state === 'outstanding',
  );
  const byModality: Record<Modality, RequirementStanding[]> = { skal: [], bør: [] };
  const byTheme = zeroByTheme<RequirementStanding[]>(() => []);
  const byLevel = zeroByLevel<RequirementStanding[]>(() => []);
  for (const item of items) {
    byModality[item.requirement.modality].push(item);
    byTheme[item.requirement.theme].push(item);
    byLevel[item.requirement.level].push(item);
  }
  return {
    targetLevel,
    items,
    byModality,
    byTheme,
    byLevel,
    counts: {
      total: items.length,
      byModality: sizesOf(byModality),
      byTheme: sizesOf(byTheme),
      byLevel: sizesOf(byLevel),
    },
  };
}

export interface ProgressBucket {
  total: number;
  met: number;
  notRelevant: number;
  /** met + accepted not-relevant: nothing more to do for these. */
  done: number;
  outstanding: number;
  /**
   * `round(done / total * 100)`. Accepted not-relevant counts as done, else a product with
   * nothing outstanding could never reach 100 %. An empty bucket (no bør requirements) is 100.
   */
  percent: number;
}

export interface Progress {
  targetLevel: Level;
  all: ProgressBucket;
  byModality: Record<Modality, ProgressBucket>;
}

function progressBucket(items: readonly RequirementStanding[]): ProgressBucket {
  const count = (state: RequirementState) => items.filter((item) => item.state === state).length;
  const met = count('met');
  const notRelevant = count('not-relevant');
  const total = items.length;
  const done = met + notRelevant;
  return {
    total,
    met,
    notRelevant,
    done,
    outstanding: total - done,
    percent: total === 0 ? 100 : percent(done, total),
  };
}

/** How far the product is towards `targetLevel` (cumulative), overall and split skal/bør. */
export function progressTowardLevel(
  catalogue: Catalogue,
  targetLevel: Level,
  assessments: ById<AssessmentLike>,
  evaluations?: ById<EvaluationLike>,
): Progress {
  const items = standingUpTo(catalogue, targetLevel, assessments, evaluations);
  const ofModality = (modality: Modality) => items.filter((item) => item.requirement.modality === modality);
  return {
    targetLevel,
    all: progressBucket(items),
    byModality: { skal: progressBucket(ofModality('skal')), bør: progressBucket(ofModality('bør')) },
  };
}
