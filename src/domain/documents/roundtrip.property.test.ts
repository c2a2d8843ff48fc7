/**
 * Export → import as a property: for generated assessments and evaluations, every document the app
 * writes reads back to the same statuses, explanations, documentation, links, lights, bases and
 * recommendations. Runs: OS2_PROPERTY_RUNS (default 25).
 */
import fc from 'fast-check';
import { getCatalogue, CURRENT_CATALOGUE_VERSION } from '../catalogue';
import { isHttpUrl, KNOWN_STATUSES, LIGHTS, parseStatus, type Light, type SelfStatus } from '../assessment';
import {
  exportSelfAssessmentJson,
  importSelfAssessmentDocument,
  parseEvaluationReport,
  previewImport,
  renderEvaluationReport,
  renderGovernanceReport,
  stringifySelfAssessmentJson,
  type ExportableAssessment,
  type RequirementEvaluationInput,
} from './index';
import { normaliseCellText } from './escape';

const RUNS = Number(process.env.OS2_PROPERTY_RUNS ?? 25);
const v1 = getCatalogue(CURRENT_CATALOGUE_VERSION);
const ids = v1.requirements.map((r) => r.id);

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
const text = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 12 })
  .map((parts) => normaliseCellText(parts.join('')));
const url = fc
  .tuple(fc.constantFrom('https://', 'http://'), fc.webSegment(), fc.webPath())
  .map(([scheme, host, p]) => `${scheme}${host || 'x'}.example.org${p}`)
  .filter(isHttpUrl);
const status: fc.Arbitrary<SelfStatus> = fc.oneof(
  fc.constant<SelfStatus>({ kind: 'unanswered' }),
  fc.constantFrom(...KNOWN_STATUSES).map((value): SelfStatus => ({ kind: 'known', value })),
  text
    .filter((t) => t !== '' && parseStatus(t).kind === 'other')
    .map((t): SelfStatus => ({ kind: 'other', text: t })),
);
const assessment: fc.Arbitrary<ExportableAssessment> = fc.record({
  status,
  documentation: text,
  explanation: text,
  links: fc.array(url, { maxLength: 3 }),
  answered: fc.constantFrom('', 'Kim Koordinator, 2026-05-01', 'A | B <x>, 2026-12-31'),
});
const assessments = fc.dictionary(fc.constantFrom(...ids), assessment, { maxKeys: 12 });

const nonEmpty = text.filter((t) => t.trim() !== '');
const evaluation: fc.Arbitrary<RequirementEvaluationInput> = fc.record({
  light: fc.constantFrom<Light>(...LIGHTS),
  basis: nonEmpty,
  recommendation: text,
});
const evaluations = fc.dictionary(fc.constantFrom(...ids), evaluation, { maxKeys: 12 });

const header = { productName: 'OS2 Prøve', filledBy: 'Kim', filledDate: '2026-05-01' };

/** What an import would store, compared with what was exported. */
function stored(a: ExportableAssessment | undefined) {
  return {
    status: a?.status ?? { kind: 'unanswered' },
    documentation: a?.documentation ?? '',
    explanation: a?.explanation ?? '',
    links: [...(a?.links ?? [])],
  };
}

describe('export → import round trip (property)', () => {
  it.each([
    [
      'self-assessment JSON',
      (input: Record<string, ExportableAssessment>) =>
        stringifySelfAssessmentJson(
          exportSelfAssessmentJson({
            ...header,
            generatedAt: '2026-05-01T00:00:00.000Z',
            assessments: input,
          }),
        ),
    ],
    [
      'governance report',
      (input: Record<string, ExportableAssessment>) =>
        renderGovernanceReport({ ...header, assessments: input }),
    ],
    [
      'governance report with front matter',
      (input: Record<string, ExportableAssessment>) =>
        renderGovernanceReport({ ...header, assessments: input, frontMatter: true }),
    ],
  ])('%s: the same status, explanation, documentation and links, and nothing to change', (_name, write) => {
    fc.assert(
      fc.property(assessments, (input) => {
        const result = importSelfAssessmentDocument(write(input));
        for (const id of ids) {
          const back = result.assessments[id];
          expect({ id, ...stored(back) }).toEqual({ id, ...stored(input[id]) });
          expect(back?.answered ?? '').toBe(input[id]?.answered ?? '');
        }
        const preview = previewImport(
          Object.fromEntries(Object.entries(input).map(([id, a]) => [id, stored(a)])),
          result,
        );
        expect(preview.changes).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('evaluation report: the same lights, bases and recommendations, without warnings', () => {
    fc.assert(
      fc.property(evaluations, fc.boolean(), (input, frontMatter) => {
        const md = renderEvaluationReport({
          ...header,
          date: '2026-05-20',
          evaluatedBy: 'OS2-sekretariatet',
          gitLink: 'https://github.com/OS2proeve',
          selfAssessmentLink: '2026-05-01-OS2-Prøve-governancerapport.md',
          status: 'Udkast',
          summary: 'Resumé',
          overallAssessment: 'Vurdering',
          recommendationProduct: 'Til produktet',
          recommendationBoard: 'Til bestyrelsen',
          evaluations: input,
          frontMatter,
        });
        const back = parseEvaluationReport(md);
        const want = (pick: (e: RequirementEvaluationInput) => unknown) =>
          Object.fromEntries(ids.filter((id) => input[id]).map((id) => [id, pick(input[id]!)]));
        expect(back.lights).toEqual(want((e) => e.light));
        expect(Object.fromEntries(ids.filter((id) => input[id]).map((id) => [id, back.basis[id]]))).toEqual(
          want((e) => e.basis),
        );
        expect(
          Object.fromEntries(ids.filter((id) => input[id]).map((id) => [id, back.recommendations[id]])),
        ).toEqual(want((e) => e.recommendation ?? ''));
        expect(back.warnings).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
