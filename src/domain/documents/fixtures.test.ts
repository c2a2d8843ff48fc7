/**
 * Every fixture in test/fixtures/documents against the expected result beside it. The fixtures
 * are illustrations written for this project (see docs/os2-documents.md), one per shape and variant.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DocumentError,
  importSelfAssessmentDocument,
  parseEvaluationReport,
  parseGovernanceReport,
  toSelfAssessmentJson,
  type EvaluationReportImport,
  type GovernanceReportImport,
  type ImportResult,
} from './index';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/documents');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const expected = (name: string) => JSON.parse(read(name.replace(/\.(md|json)$/, '.expected.json')));

type Warning = [number, string];
const byLineThenCode = (a: Warning, b: Warning) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

/** An import reduced to what the expected files state. */
function project(result: ImportResult) {
  const report = result.format === 'governance-report' ? (result as GovernanceReportImport) : null;
  const json = toSelfAssessmentJson(result, { generatedAt: '' });
  return {
    shape: report?.shape ?? null,
    legacy: report?.legacy ?? null,
    metadata: result.metadata,
    rows: result.entries.map((e) => [e.line, e.rawId, e.id, e.mappedBy, 'level' in e ? e.level : null]),
    unmapped: result.unmapped.map((e) => [e.line, e.rawId]),
    otherStatuses: result.otherStatuses,
    warnings: result.warnings.map((w): Warning => [w.line, w.code]).sort(byLineThenCode),
    efterlevet: Object.fromEntries(json.krav.map((k) => [k.id, k.efterlevet])),
    dokumentation: Object.fromEntries(
      json.krav.filter((k) => k.dokumentation !== '').map((k) => [k.id, k.dokumentation]),
    ),
  };
}

describe('self-assessment fixtures → expected', () => {
  it.each([
    ['a-tickbox-variants.md', 'A: [x], [X], [ ], empty, <ul><li>, ☑︎, ☐, italics, level 0'],
    ['a-os2iot.md', 'A in the OS2iot style: F13/F14 swapped, old S4 = S5, F7/F8/F9 merged'],
    ['a-2021-legacy.md', 'A from 2021: R1–R5, F7/F8/F9 partly ticked, unknown F23, typo, old texts'],
    ['b-emoji.md', 'B: ✅ ❌ ➖ ❓, blanks, free text, a typo, current numbering'],
    ['c-v110.md', 'C: 🔽 status column, Dokumentinformation, empty-documentation markers'],
    ['d-generated.md', 'D: generated, with both placeholders'],
    [
      'd-audit-site.md',
      'D as the audit site publishes it: front matter, \\#, padding, <br/>, escapes, labelled text',
    ],
    ['self-assessment.json', "OS2's JSON, 43 entries"],
    ['self-assessment-tolerant.json', 'JSON with unknown ids, missing fields, odd statuses'],
  ])('%s (%s)', (name) => {
    expect(project(importSelfAssessmentDocument(read(name)))).toEqual(expected(name));
  });

  it('reads the tick-box fixture the way `os2 convert` writes it', () => {
    const result = parseGovernanceReport(read('a-tickbox-variants.md'));
    expect(toSelfAssessmentJson(result, { generatedAt: '2026-01-01T00:00:00.000Z' })).toEqual(
      JSON.parse(read('a-tickbox-variants.convert.json')),
    );
  });
});

describe('evaluation report fixtures → expected', () => {
  it('evaluation-report.md: lights, basis, metadata and hand-computed counts', () => {
    const result = parseEvaluationReport(read('evaluation-report.md'));
    const want = expected('evaluation-report.md');
    expect(result.lights).toEqual(want.lights);
    expect(result.counts).toEqual(want.counts);
    expect(result.basis).toEqual(want.basis);
    expect(result.metadata).toEqual(want.metadata);
    expect(result.warnings).toEqual(want.warnings);
    // The report's own tables say the same as the hand-computed counts.
    expect(result.reportedCounts?.byLevel['2']).toMatchObject({
      green: 7,
      yellow: 4,
      red: 5,
      grey: 2,
      unassessed: 1,
    });
    expect(result.reportedCounts?.total).toEqual(want.counts.total);
  });
});

/** An evaluation import reduced to what the expected files state; warnings with their Danish text. */
function projectEvaluation(result: EvaluationReportImport) {
  return {
    metadata: result.metadata,
    lights: result.lights,
    basis: result.basis,
    recommendations: result.recommendations,
    warnings: result.warnings.map((w) => [w.line, w.code, w.message.da]),
  };
}

describe('evaluation report fixtures of the audit site and odd shapes → expected', () => {
  it.each([
    [
      'evaluation-report-overfull.md',
      'a count table that over-fills Sandkasse: the rows are read, the table warned about',
    ],
    [
      'evaluation-report-audit-site.md',
      'front matter as the only title, \\#, padded aligned tables, <br/>, grey, Anbefaling and an extra column',
    ],
    ['evaluation-report-miscounted.md', 'a count table that counts 20 at Niveau 2, which has 19'],
  ])('%s (%s)', (name) => {
    expect(projectEvaluation(parseEvaluationReport(read(name)))).toEqual(expected(name));
  });
});

describe('fixtures that must be rejected', () => {
  it.each([
    ['conflict.md', importSelfAssessmentDocument],
    ['not-a-report.md', importSelfAssessmentDocument],
    ['unreadable.md', importSelfAssessmentDocument],
  ] as const)('%s', (name, reader) => {
    const { error } = expected(name);
    let thrown: unknown;
    try {
      reader(read(name));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DocumentError);
    expect(thrown).toMatchObject({ code: error.code, line: error.line });
    expect((thrown as DocumentError).text.da).not.toBe('');
  });
});
