import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCatalogue, THEME_KATEGORI, CURRENT_CATALOGUE_VERSION } from '../catalogue';
import { KNOWN_STATUSES, type SelfStatus } from '../assessment';
import {
  DocumentError,
  exportSelfAssessmentJson,
  importSelfAssessmentDocument,
  importSelfAssessmentJson,
  SelfAssessmentJsonSchema,
  selfAssessmentFileName,
  stringifySelfAssessmentJson,
  toSelfAssessmentJson,
  type ExportableAssessment,
} from './index';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/documents');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const v1 = getCatalogue(CURRENT_CATALOGUE_VERSION);

function thrown(fn: () => unknown): DocumentError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DocumentError) return error;
    throw error;
  }
  throw new Error('expected a DocumentError');
}

/** One assessment per requirement, cycling through every status kind. */
function sampleAssessments(): Record<string, ExportableAssessment> {
  const statuses: SelfStatus[] = [
    ...KNOWN_STATUSES.map((value): SelfStatus => ({ kind: 'known', value })),
    { kind: 'unanswered' },
    { kind: 'other', text: 'Delvist' },
    { kind: 'other', text: 'I gang / afventer' },
  ];
  return Object.fromEntries(
    v1.requirements.map((r, i) => [
      r.id,
      {
        status: statuses[i % statuses.length],
        documentation: i % 3 === 0 ? '' : `Note ${r.id}\nhttps://example.org/${i}`,
      },
    ]),
  );
}

const header = {
  productName: 'OS2 Skolebus',
  filledBy: 'Peter Friis / Skanderborg Kommune',
  filledDate: '2026-05-01',
  generatedAt: '2026-05-01T12:27:28.000Z',
};

describe('exportSelfAssessmentJson', () => {
  const json = exportSelfAssessmentJson({
    ...header,
    assessments: { R1: { status: { kind: 'known', value: 'Ja' }, documentation: 'x' } },
  });

  it("writes OS2's schema exactly: header fields, then one entry per requirement in catalogue order", () => {
    expect(SelfAssessmentJsonSchema.parse(json)).toEqual(json);
    expect(Object.keys(json)).toEqual(['productName', 'filledBy', 'filledDate', 'generatedAt', 'krav']);
    expect(json.krav).toHaveLength(43);
    expect(json.krav.map((k) => k.id)).toEqual(v1.requirements.map((r) => r.id));
    expect(Object.keys(json.krav[0])).toEqual([
      'id',
      'kategori',
      'krav',
      'produktniveau',
      'retningslinjer',
      'efterlevet',
      'dokumentation',
    ]);
  });

  it('uses the canonical Danish names, kategori, level and guidance; null and "" when unanswered', () => {
    for (const [i, r] of v1.requirements.entries()) {
      expect(json.krav[i]).toMatchObject({
        krav: r.nameDa,
        kategori: THEME_KATEGORI[r.theme],
        produktniveau: r.level,
        retningslinjer: r.guidanceDa ?? '',
      });
    }
    expect(json.krav[0]).toMatchObject({ efterlevet: 'Ja', dokumentation: 'x' });
    expect(json.krav[1]).toMatchObject({ efterlevet: null, dokumentation: '' });
  });

  it("names the file the way OS2's form does, date first", () => {
    expect(selfAssessmentFileName('2026-05-01', 'OS2 Skolebus')).toBe(
      '2026-05-01-os2-skolebus-checkliste.json',
    );
    expect(selfAssessmentFileName('2026-05-01', 'OS2kalender')).toBe(
      '2026-05-01-os2kalender-checkliste.json',
    );
    expect(() => selfAssessmentFileName('1. maj', 'OS2kalender')).toThrow(RangeError);
  });
});

describe('importSelfAssessmentJson', () => {
  it('round trip: export → import gives back the same assessment', () => {
    const assessments = sampleAssessments();
    const text = stringifySelfAssessmentJson(exportSelfAssessmentJson({ ...header, assessments }));
    const back = importSelfAssessmentJson(text);
    expect(back.unmapped).toEqual([]);
    expect(back.metadata).toEqual(header);
    expect(Object.keys(back.assessments)).toEqual(v1.requirements.map((r) => r.id));
    for (const [id, want] of Object.entries(assessments)) {
      expect({
        id,
        status: back.assessments[id].status,
        documentation: back.assessments[id].documentation,
      }).toEqual({
        id,
        ...want,
      });
    }
  });

  it('converts its own fixture to the identical file', () => {
    const text = read('self-assessment.json');
    expect(
      stringifySelfAssessmentJson(toSelfAssessmentJson(importSelfAssessmentJson(text), { generatedAt: '' })),
    ).toBe(text);
  });

  it('names the line of a JSON syntax error', () => {
    const text = '{\n  "krav": [\n    { "id": "R1", }\n  ]\n}\n';
    expect(thrown(() => importSelfAssessmentJson(text))).toMatchObject({ code: 'invalid-json', line: 3 });
  });

  it('requires only a krav array', () => {
    expect(thrown(() => importSelfAssessmentJson('{"productName": "X"}'))).toMatchObject({
      code: 'no-krav',
      line: 1,
    });
    expect(thrown(() => importSelfAssessmentJson('{\n"krav": {}\n}'))).toMatchObject({
      code: 'no-krav',
      line: 2,
    });
    expect(importSelfAssessmentJson('{"krav": []}').assessments).toEqual({});
  });

  it('rejects an id given twice with different statuses; merges it when they agree', () => {
    const conflicting =
      '{"krav": [\n{"id": "R1", "efterlevet": "Ja"},\n{"id": "R1", "efterlevet": "Nej"}\n]}';
    expect(thrown(() => importSelfAssessmentJson(conflicting))).toMatchObject({
      code: 'conflicting-status',
      line: 3,
    });
    const agreeing =
      '{"krav": [\n{"id": "R1", "efterlevet": "Ja"},\n{"id": "R1", "efterlevet": "Ja", "dokumentation": "d"}\n]}';
    const result = importSelfAssessmentJson(agreeing);
    expect(result.assessments.R1).toEqual({
      status: { kind: 'known', value: 'Ja' },
      documentation: 'd',
      explanation: '',
      links: [],
      answered: '',
      lines: [2, 3],
    });
    expect(result.warnings.map((w) => w.code)).toEqual(['duplicate-row']);
  });
});

describe('importSelfAssessmentDocument', () => {
  it('reads JSON as JSON and markdown as a governance report', () => {
    expect(importSelfAssessmentDocument(read('self-assessment.json')).format).toBe('self-assessment-json');
    expect(importSelfAssessmentDocument(read('b-emoji.md')).format).toBe('governance-report');
  });

  it('rejects a file that is neither', () => {
    expect(thrown(() => importSelfAssessmentDocument('Hej\nverden\n'))).toMatchObject({
      code: 'no-table',
      line: 1,
    });
    expect(thrown(() => importSelfAssessmentDocument('{ "krav": [ ]'))).toMatchObject({
      code: 'invalid-json',
    });
  });
});
