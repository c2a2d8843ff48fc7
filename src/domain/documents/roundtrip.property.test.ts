/**
 * Export → import as a property: for generated assessments and evaluations, every document the app
 * writes reads back to the same statuses, explanations, documentation, links, lights, bases and
 * recommendations. Runs: OS2_PROPERTY_RUNS (default 25).
 */
import fc from 'fast-check';
import {
  answer,
  evaluation,
  propertyRuns,
  requirementId,
  requirementIds as ids,
} from '../../../test/support/document-arbitraries';
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

const RUNS = propertyRuns(25);
const assessment: fc.Arbitrary<ExportableAssessment> = fc
  .tuple(answer, fc.constantFrom('', 'Kim Koordinator, 2026-05-01', 'A | B <x>, 2026-12-31'))
  .map(([a, answered]) => ({ ...a, answered }));
const assessments = fc.dictionary(requirementId, assessment, { maxKeys: 12 });
const evaluations = fc.dictionary(requirementId, evaluation, { maxKeys: 12 });

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
