/**
 * Wish intake: what a municipality fills in to submit a wish (OS2's requester items of the
 * qualification checklist), the Jira description made from it, the first wish record, and the
 * similar-title suggestions shown before submitting. Pure: the resolver does the I/O.
 */
import { z } from 'zod';
import { unsafeLinksInText } from '../assessment';
import { emptyWish, withIndexFields } from './document';
import { WishDocumentSchema, type WishDocument } from './schema';
import type { ScoreSettings } from './score';
import type { QualificationItemId } from './vocabulary';

export const MAX_INTAKE_TITLE = 200;
export const MAX_INTAKE_TEXT = 4000;

const isControl = (code: number) => (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 127;
const clean = (s: string) => ![...s].some((ch) => isControl(ch.charCodeAt(0)));

function intakeText(max: number, required: boolean) {
  return z
    .string()
    .max(max, { message: `At most ${max} characters` })
    .refine(clean, { message: 'Control characters are not allowed' })
    .refine((s) => unsafeLinksInText(s).length === 0, { message: 'Only http(s) links are allowed' })
    .refine((s) => !required || s.trim() !== '', { message: 'Required' });
}

/** The form: title and the requester's five qualification items (description = problem + value). */
export const WishIntakeFieldsSchema = z
  .object({
    title: intakeText(MAX_INTAKE_TITLE, true).refine((s) => !/[\r\n]/.test(s), {
      message: 'One line only',
    }),
    /** What is the problem, and for whom. */
    problem: intakeText(MAX_INTAKE_TEXT, true),
    /** What it is worth to the municipalities that use the product. */
    value: intakeText(MAX_INTAKE_TEXT, true),
    userStories: intakeText(MAX_INTAKE_TEXT, false),
    acceptanceCriteria: intakeText(MAX_INTAKE_TEXT, false),
    documentation: intakeText(MAX_INTAKE_TEXT, false),
  })
  .strict();
export type WishIntakeFields = z.infer<typeof WishIntakeFieldsSchema>;

/** The requester's qualification items the form fills, each ticked when its text is given. */
export function intakeQualification(fields: WishIntakeFields): QualificationItemId[] {
  const given = (s: string) => s.trim() !== '';
  const items: [QualificationItemId, boolean][] = [
    ['requester.title', given(fields.title)],
    ['requester.description', given(fields.problem) && given(fields.value)],
    ['requester.userStories', given(fields.userStories)],
    ['requester.acceptanceCriteria', given(fields.acceptanceCriteria)],
    ['requester.documentation', given(fields.documentation)],
  ];
  return items.filter(([, on]) => on).map(([id]) => id);
}

/** Section headings of the issue description, in Danish (OS2's working language in Jira). */
const SECTIONS: [keyof WishIntakeFields, string][] = [
  ['problem', 'Problem'],
  ['value', 'Værdi for kommunerne'],
  ['userStories', 'Brugerhistorier'],
  ['acceptanceCriteria', 'Acceptkriterier'],
  ['documentation', 'Krav til dokumentation'],
];

interface AdfNode {
  type: string;
  attrs?: Record<string, unknown>;
  text?: string;
  content?: AdfNode[];
}

/** One paragraph per blank-line separated block; single line breaks become hard breaks. */
function paragraphs(text: string): AdfNode[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({
      type: 'paragraph',
      content: p
        .split('\n')
        .flatMap((line, i): AdfNode[] => [
          ...(i > 0 ? [{ type: 'hardBreak' }] : []),
          ...(line === '' ? [] : [{ type: 'text', text: line }]),
        ]),
    }));
}

/** The issue description as ADF: user text only ever as text nodes, never as markup. */
export function intakeDescription(
  fields: WishIntakeFields,
  submitter: string,
): { type: 'doc'; version: 1; content: AdfNode[] } {
  const content: AdfNode[] = [];
  for (const [key, heading] of SECTIONS) {
    const text = fields[key].trim();
    if (text === '' || key === 'title') continue;
    content.push({ type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: heading }] });
    content.push(...paragraphs(text));
  }
  content.push(...paragraphs(`Indsendt via OS2 Governance af ${submitter}.`));
  return { type: 'doc', version: 1, content };
}

/** The first record of a submitted wish: the requester, the filled items ticked, who submitted how. */
export function submittedWish(
  now: string,
  submitter: { accountId: string; organisation: string | null; via: 'user' | 'app' },
  items: readonly QualificationItemId[],
  settings: ScoreSettings,
): WishDocument {
  const base = emptyWish(
    now,
    submitter.organisation ? { organisation: submitter.organisation, accountId: submitter.accountId } : null,
    settings,
  );
  const qualification = Object.fromEntries(
    items.map((id) => [id, { checked: true, by: submitter.accountId, at: now }]),
  );
  return WishDocumentSchema.parse(
    withIndexFields(
      {
        ...base,
        qualification,
        submittedBy: { accountId: submitter.accountId, at: now, via: submitter.via },
      },
      settings,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Similar wishes

/** Words too common in wish titles to say anything about similarity. */
const STOP_WORDS = new Set(
  (
    'og i at det en er til på med for af som de den der kan skal ikke om fra har eller ved så vi ' +
    'the a an and or of to in on for with by from is be as at it not can should'
  ).split(' '),
);

export function titleWords(title: string): string[] {
  const words = title
    .toLocaleLowerCase('da-DK')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
  return [...new Set(words)];
}

/** At most this many words go into the search: the longest say most. */
export const MAX_SEARCH_WORDS = 6;

/** The words to search for: the longest first, at most `MAX_SEARCH_WORDS`. */
export function searchWords(title: string): string[] {
  return titleWords(title)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .slice(0, MAX_SEARCH_WORDS);
}

/**
 * How alike two titles are, 0–1: shared words ÷ the words of the shorter title, so "Eksport
 * af kontrakter til Excel" and "Eksport af kontrakter" match strongly.
 */
export function titleSimilarity(a: string, b: string): number {
  const wa = new Set(titleWords(a));
  const wb = new Set(titleWords(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return shared / Math.min(wa.size, wb.size);
}

export const SIMILARITY_THRESHOLD = 0.34;

/** Candidates at or above the threshold, most similar first, at most `limit`. */
export function rankSimilar<T extends { summary: string }>(
  title: string,
  candidates: readonly T[],
  limit = 5,
): (T & { similarity: number })[] {
  return candidates
    .map((c) => ({ ...c, similarity: Math.round(titleSimilarity(title, c.summary) * 100) / 100 }))
    .filter((c) => c.similarity >= SIMILARITY_THRESHOLD)
    .sort((a, b) => b.similarity - a.similarity || a.summary.localeCompare(b.summary))
    .slice(0, limit);
}
