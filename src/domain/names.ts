import { z } from 'zod';
import type { LocalText } from './catalogue/types';

/**
 * Names people type and others read: project roles, Jira groups, organisations. They are shown in
 * lists, written to documents and compared with Jira's names, so none may hide what it says
 * (controls, bidi overrides and isolates, broken UTF-16) or differ only in surrounding spaces.
 */
/**
 * A Jira id (project, issue) as Jira writes it. Storage keys and permission checks both use ids,
 * so `0010005` must not pass as 10005: a second spelling would be a second key.
 */
export const JiraIdSchema = z.string().regex(/^[1-9]\d{0,17}$/);

export type NameProblem = 'empty' | 'too-long' | 'untrimmed' | 'control' | 'bidi' | 'ill-formed';

export const NAME_MESSAGES: Record<NameProblem, LocalText> = {
  empty: { da: 'Navnet må ikke være tomt.', en: 'The name must not be empty.' },
  'too-long': { da: 'Navnet er for langt.', en: 'The name is too long.' },
  untrimmed: {
    da: 'Navnet må ikke begynde eller slutte med mellemrum.',
    en: 'The name must not start or end with white space.',
  },
  control: {
    da: 'Navnet indeholder et kontroltegn.',
    en: 'The name contains a control character.',
  },
  bidi: {
    da: 'Navnet indeholder et tegn, der vender skriveretningen.',
    en: 'The name contains a character that overrides the text direction.',
  },
  'ill-formed': { da: 'Navnet indeholder ugyldige tegn.', en: 'The name contains invalid characters.' },
};

const isControl = (c: number) => c <= 0x1f || (c >= 0x7f && c <= 0x9f);
/** Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const isBidiControl = (c: number) => (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);

/** Whether `text` is well-formed UTF-16: with the `u` flag a lone surrogate is a code point of its own. */
export const isWellFormedText = (text: string): boolean => !/\p{Cs}/u.test(text);

/** What is wrong with a name, or null. Length counts code points, as people count characters. */
export function nameProblem(name: string, maxLength: number): NameProblem | null {
  if (!isWellFormedText(name)) return 'ill-formed';
  if (name.trim() !== name) return 'untrimmed';
  if (name === '') return 'empty';
  let length = 0;
  for (const ch of name) {
    const c = ch.codePointAt(0)!;
    if (isControl(c)) return 'control';
    if (isBidiControl(c)) return 'bidi';
    length += 1;
  }
  return length > maxLength ? 'too-long' : null;
}

/**
 * A name in a request: surrounding white space trimmed, then checked by `nameProblem`; with
 * `allowEmpty`, `''` stands for a setting that is off. The issue
 * carries the bilingual message as `params.text` for the dispatcher to show.
 */
export function nameSchema(maxLength: number, { allowEmpty = false } = {}) {
  return z
    .string()
    .trim()
    .superRefine((name, ctx) => {
      if (allowEmpty && name === '') return;
      const problem = nameProblem(name, maxLength);
      if (problem) {
        const text = NAME_MESSAGES[problem];
        ctx.addIssue({ code: 'custom', message: text.en, params: { text } });
      }
    });
}
