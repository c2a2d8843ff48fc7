/**
 * OS2's documents have one free-text place per requirement (`dokumentation` in the JSON, the
 * *Dokumentation* column in the report); the app keeps the explanation, the documentation and the
 * links apart and knows who answered when. This module maps the parts into that one text and back
 * (docs/os2-documents.md, "One text per requirement"):
 *
 * ```
 * Forklaring: <explanation, any number of lines>
 * Dokumentation: <documentation, any number of lines>
 * Links: <one URL per line>
 * Besvaret: <who>, <YYYY-MM-DD>
 * ```
 *
 * Sections are in that order and only present when non-empty; documentation alone is written as
 * it is, without a label. A continuation line that would read as a label gets a `\` in front.
 *
 * The mapping is a bijection: `splitAnswer(joinAnswer(parts))` returns the parts, and
 * `joinAnswer(splitAnswer(text))` returns the text, for every text. A text that is not exactly in
 * this form is documentation as written, so OS2's own texts are kept unchanged.
 */
import { isHttpUrl } from '../assessment';

export interface AnswerParts {
  documentation: string;
  explanation: string;
  links: readonly string[];
  /** `<who>, <YYYY-MM-DD>`: written for readers, never stored by an import. '' when unknown. */
  answered: string;
}

const LABELS = ['Forklaring', 'Dokumentation', 'Links', 'Besvaret'] as const;
type Label = (typeof LABELS)[number];

/** A line that starts with (backslashes and) a label and its colon, as `^\\*(label):` would match. */
function looksLikeLabel(line: string): boolean {
  let i = 0;
  while (line[i] === '\\') i += 1;
  return LABELS.some((label) => line.startsWith(`${label}:`, i));
}

const escapeLine = (line: string) => (looksLikeLabel(line) ? `\\${line}` : line);
const unescapeLine = (line: string) => (line.startsWith('\\') && looksLikeLabel(line) ? line.slice(1) : line);

function section(label: Label, text: string): string {
  const [first, ...rest] = text.split('\n');
  return [`${label}: ${first}`, ...rest.map(escapeLine)].join('\n');
}

const EMPTY: AnswerParts = { documentation: '', explanation: '', links: [], answered: '' };

function labelled(parts: AnswerParts): string {
  const out: string[] = [];
  if (parts.explanation !== '') out.push(section('Forklaring', parts.explanation));
  if (parts.documentation !== '') out.push(section('Dokumentation', parts.documentation));
  if (parts.links.length > 0) out.push(section('Links', parts.links.join('\n')));
  if (parts.answered !== '') out.push(section('Besvaret', parts.answered.replace(/\s+/g, ' ')));
  return out.join('\n');
}

/** The labelled form read back, or null when the text does not start with a label or breaks its order. */
function readLabelled(text: string): AnswerParts | null {
  const found = new Map<Label, string[]>();
  let current: string[] | null = null;
  let last = -1;
  for (const line of text.split('\n')) {
    const at = LABELS.findIndex((label) => line.startsWith(`${label}: `));
    if (at >= 0) {
      if (at <= last) return null;
      last = at;
      current = [line.slice(LABELS[at].length + 2)];
      found.set(LABELS[at], current);
    } else if (current) {
      current.push(unescapeLine(line));
    } else {
      return null;
    }
  }
  const get = (label: Label) => found.get(label)?.join('\n') ?? '';
  const links = found.get('Links') ?? [];
  if (links.some((l) => !isHttpUrl(l))) return null;
  return {
    explanation: get('Forklaring'),
    documentation: get('Dokumentation'),
    links,
    answered: get('Besvaret'),
  };
}

const documentationOnly = (p: AnswerParts) =>
  p.explanation === '' && p.links.length === 0 && p.answered === '';

/**
 * The labelled reading of `text` when `text` is exactly its labelled form and the reading needs
 * the labels (documentation alone that would read the same without its label is written bare).
 */
function structured(text: string): AnswerParts | null {
  const parts = readLabelled(text);
  if (!parts || labelled(parts) !== text) return null;
  if (documentationOnly(parts) && structured(parts.documentation) === null) return null;
  return parts;
}

/** The parts as the one text OS2's documents hold. */
export function joinAnswer(parts: AnswerParts): string {
  if (documentationOnly(parts) && structured(parts.documentation) === null) return parts.documentation;
  return labelled(parts);
}

/** One text of OS2's documents as its parts; text in no other form is documentation as written. */
export function splitAnswer(text: string): AnswerParts {
  return structured(text) ?? { ...EMPTY, documentation: text };
}

/** A stored or imported assessment's one text; '' for none. */
export function answerTextOf(
  a:
    { documentation: string; explanation?: string; links?: readonly string[]; answered?: string } | undefined,
): string {
  if (!a) return '';
  return joinAnswer({
    documentation: a.documentation,
    explanation: a.explanation ?? '',
    links: a.links ?? [],
    answered: a.answered ?? '',
  });
}
