/**
 * Generated answers and evaluations for the documents' round-trip properties, shared by the pure
 * domain test (src/domain/documents/roundtrip.property.test.ts) and the one through the resolvers
 * (test/integration/documents-roundtrip.property.test.ts). Runs: OS2_PROPERTY_RUNS.
 */
import fc from 'fast-check';
import {
  isHttpUrl,
  KNOWN_STATUSES,
  LIGHTS,
  parseStatus,
  type Light,
  type SelfStatus,
} from '../../src/domain/assessment';
import { CURRENT_CATALOGUE_VERSION, getCatalogue } from '../../src/domain/catalogue';
import { normaliseCellText } from '../../src/domain/documents/escape';

/** fast-check runs per property; `fallback` keeps the slow ones (through a host) short by default. */
export function propertyRuns(fallback: number): number {
  return Number(process.env.OS2_PROPERTY_RUNS ?? fallback);
}

export const requirementIds = getCatalogue(CURRENT_CATALOGUE_VERSION).requirements.map((r) => r.id);
export const requirementId = fc.constantFrom(...requirementIds);

/** Text built from what markdown, HTML, entities and the answer labels are made of. */
const PIECES = [
  ...'|\\\n <>&#;*_-[]().!:/"\'xæøå1',
  'Forklaring: ',
  'Dokumentation: ',
  'Links: ',
  'Besvaret: ',
  '\\Links: ',
  '<br>',
  '<br/>',
  '&amp;',
  '&#124;',
  '[Ikke udfyldt]',
  '[Udfyldes i selvevaluering]',
  'https://example.org/a_b',
  '---',
  '```',
  '# ',
];
/** As the documents keep text: no whitespace at the start or end of a line (escape.ts, normaliseCellText). */
export const text = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 12 })
  .map((parts) => normaliseCellText(parts.join('')));
export const nonEmptyText = text.filter((t) => t.trim() !== '');
export const url = fc
  .tuple(fc.constantFrom('https://', 'http://'), fc.webSegment(), fc.webPath())
  .map(([scheme, host, p]) => `${scheme}${host || 'x'}.example.org${p}`)
  .filter(isHttpUrl);
export const status: fc.Arbitrary<SelfStatus> = fc.oneof(
  fc.constant<SelfStatus>({ kind: 'unanswered' }),
  fc.constantFrom(...KNOWN_STATUSES).map((value): SelfStatus => ({ kind: 'known', value })),
  text
    .filter((t) => t !== '' && parseStatus(t).kind === 'other')
    .map((t): SelfStatus => ({ kind: 'other', text: t })),
);

export interface Answer {
  status: SelfStatus;
  documentation: string;
  explanation: string;
  links: string[];
}
/** What a self-assessment stores per requirement (who answered is the store's to add). */
export const answer: fc.Arbitrary<Answer> = fc.record({
  status,
  documentation: text,
  explanation: text,
  links: fc.array(url, { maxLength: 3 }),
});

export interface Evaluation {
  light: Light;
  basis: string;
  recommendation: string;
}
export const evaluation: fc.Arbitrary<Evaluation> = fc.record({
  light: fc.constantFrom<Light>(...LIGHTS),
  basis: nonEmptyText,
  recommendation: text,
});
