/**
 * Reading requirement ids and levels from older OS2 governance reports (2021–2025), whose ids
 * do not always mean what they mean today (docs/os2-catalogue.md, legacy ids). The text of a
 * requirement is the more reliable key, so it is tried first; the id rules are the fallback.
 */
import { requirementById } from './index';
import type { Catalogue, Level } from './types';

export type LegacyStyle = 'standard' | 'os2iot';

export interface LegacyRequirementInput {
  id?: string;
  text?: string;
  style?: LegacyStyle;
}

/**
 * `id: null` with reason `text` or `legacy-id` means the row was recognised as a retired
 * requirement (old R2, "potential value for others"); `unmapped` means it was not recognised.
 */
export interface LegacyMapping {
  id: string | null;
  reason: 'id' | 'text' | 'legacy-id' | 'unmapped';
}

/**
 * Minimum similarity for a text match. The closest distinct pairs in v1.1.0 score 0.80 (G6/G7)
 * and 0.78 (S3/S5); a one-letter typo scores about 0.95.
 */
export const TEXT_MATCH_THRESHOLD = 0.85;
/** The best match must beat the runner-up (another id) by this much, or the text is ambiguous. */
const TEXT_MATCH_MARGIN = 0.05;

/** Wordings of the retired old R2 seen in reports; matching one maps the row to no requirement. */
const RETIRED_TEXTS = [
  'Løsningen har potentielt værdi for andre',
  'Løsningen har potentiel værdi for andre',
  'Potentielt værdi for andre',
  'Potential value for others',
];

/** Old id → today's id (null: retired). Applies to every pre-v1.1.0 report. */
const STANDARD_LEGACY_IDS: Readonly<Record<string, string | null>> = {
  R2: null,
  R3: 'R2',
  R4: 'R3',
  R5: 'R4',
  F8: 'F7',
  F9: 'F7',
};

/** Extra differences in reports written in the OS2iot style, applied before the standard ones. */
const OS2IOT_LEGACY_IDS: Readonly<Record<string, string>> = {
  F13: 'F14',
  F14: 'F13',
  S4: 'S5',
};

/**
 * Lower-cases and strips what differs between copies of the same requirement text: markdown
 * and HTML decoration, "(anbefaling)", apostrophes ("OS2's" = "OS2s"), other punctuation and
 * extra whitespace. Letters with accents (æ, ø, å, é) are kept: they distinguish words.
 */
export function normaliseRequirementText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/\(\s*anbefaling\s*\)/g, ' ')
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  // Two reused rows instead of a fresh array per row: this runs for every candidate of every row.
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      const insertion = current[j - 1] + 1;
      const deletion = previous[j] + 1;
      current[j] =
        substitution < insertion
          ? substitution < deletion
            ? substitution
            : deletion
          : insertion < deletion
            ? insertion
            : deletion;
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/**
 * Similarity of two normalised texts in 0..1: the better of a character-level Levenshtein ratio
 * (tolerates typos) and a token Dice coefficient (tolerates reordered or dropped words).
 */
export function textSimilarity(a: string, b: string, floor = 0): number {
  if (a.length === 0 || b.length === 0) return 0;
  const tokensA = new Set(a.split(' '));
  const tokensB = new Set(b.split(' '));
  let shared = 0;
  for (const token of tokensA) if (tokensB.has(token)) shared += 1;
  const dice = (2 * shared) / (tokensA.size + tokensB.size);
  // The edit distance is at least the difference in length: skip it when even that cannot beat
  // the token score or the floor the caller cares about.
  const longer = Math.max(a.length, b.length);
  const charRatioBound = 1 - Math.abs(a.length - b.length) / longer;
  if (charRatioBound <= Math.max(dice, floor)) return dice;
  const charRatio = 1 - levenshtein(a, b) / longer;
  return Math.max(charRatio, dice);
}

interface TextCandidate {
  text: string;
  id: string | null;
}

const candidateCache = new WeakMap<Catalogue, readonly TextCandidate[]>();

function textCandidates(catalogue: Catalogue): readonly TextCandidate[] {
  let candidates = candidateCache.get(catalogue);
  if (!candidates) {
    candidates = [
      ...catalogue.requirements.flatMap((r) => [
        { text: normaliseRequirementText(r.nameDa), id: r.id },
        { text: normaliseRequirementText(r.nameEn), id: r.id },
      ]),
      ...RETIRED_TEXTS.map((text) => ({ text: normaliseRequirementText(text), id: null })),
    ];
    candidateCache.set(catalogue, candidates);
  }
  return candidates;
}

/** The requirement whose text this is, `null` for a retired one, or undefined when unsure. */
export function matchRequirementText(text: string, catalogue: Catalogue): string | null | undefined {
  const needle = normaliseRequirementText(text);
  if (needle.length === 0) return undefined;
  const bestById = new Map<string | null, number>();
  for (const candidate of textCandidates(catalogue)) {
    // Scores below the threshold less the margin change neither the best nor the tie check.
    const score = textSimilarity(needle, candidate.text, TEXT_MATCH_THRESHOLD - TEXT_MATCH_MARGIN);
    if (score > (bestById.get(candidate.id) ?? -1)) bestById.set(candidate.id, score);
  }
  const ranked = [...bestById].sort((x, y) => y[1] - x[1]);
  const [best, runnerUp] = ranked;
  if (!best || best[1] < TEXT_MATCH_THRESHOLD) return undefined;
  if (runnerUp && best[1] - runnerUp[1] < TEXT_MATCH_MARGIN) return undefined;
  return best[0];
}

/** `**F 8.**` → `F8`. */
function normaliseId(id: string): string {
  return id.toUpperCase().replace(/[^A-Z0-9-]/g, '');
}

/**
 * Maps one row of an older report to today's requirement: by text when the text is recognisable,
 * else by its id through the legacy rules. Only for pre-v1.1.0 reports: in them `R3` means
 * today's R2, so do not pass ids from reports already written against v1.1.0.
 */
export function mapLegacyRequirement(input: LegacyRequirementInput, catalogue: Catalogue): LegacyMapping {
  if (input.text) {
    const byText = matchRequirementText(input.text, catalogue);
    if (byText !== undefined) return { id: byText, reason: 'text' };
  }
  if (!input.id) return { id: null, reason: 'unmapped' };

  const id = normaliseId(input.id);
  const styled =
    input.style === 'os2iot' && Object.hasOwn(OS2IOT_LEGACY_IDS, id) ? OS2IOT_LEGACY_IDS[id] : id;
  const mapped = Object.hasOwn(STANDARD_LEGACY_IDS, styled) ? STANDARD_LEGACY_IDS[styled] : styled;
  if (mapped === null) return { id: null, reason: 'legacy-id' };
  if (!requirementById(catalogue, mapped)) return { id: null, reason: 'unmapped' };
  return { id: mapped, reason: mapped === id ? 'id' : 'legacy-id' };
}

const LEVEL_WORDS: Readonly<Record<string, Level>> = {
  '0': 'sandkasse',
  sandkasse: 'sandkasse',
  minimumskrav: 'sandkasse',
  'sandkasse minimumskrav': 'sandkasse',
  sandbox: 'sandkasse',
  'minimum requirements': 'sandkasse',
  'sandbox minimum requirements': 'sandkasse',
  '1': '1',
  '2': '2',
  '3': '3',
};

/**
 * A level as written anywhere OS2 writes one: `sandkasse`, `Sandkasse`, `Minimumskrav`, `0`,
 * `1`, `Niveau 1`, `Level 2`, `N3`, with or without markdown emphasis. Null when unrecognised.
 */
export function parseLevel(value: string): Level | null {
  const words = value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:niveau|level|n)\s*(?=\d$)/, '');
  return Object.hasOwn(LEVEL_WORDS, words) ? LEVEL_WORDS[words] : null;
}
