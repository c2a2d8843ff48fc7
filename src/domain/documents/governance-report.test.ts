import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCatalogue, CURRENT_CATALOGUE_VERSION } from '../catalogue';
import type { SelfStatus } from '../assessment';
import {
  DocumentError,
  governanceReportFileName,
  importSelfAssessmentJson,
  parseGovernanceReport,
  readTickBox,
  renderGovernanceReport,
  renderEvaluationReport,
  stringifySelfAssessmentJson,
  toSelfAssessmentJson,
  type ExportableAssessment,
} from './index';
import { normaliseDate } from './common';

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

const ja: SelfStatus = { kind: 'known', value: 'Ja' };
/** A row without labelled parts: its one text is documentation as written. */
const NO_PARTS = { explanation: '', links: [], answered: '' };

describe('tick boxes (shape A)', () => {
  it.each([
    ['[x]', 'ticked'],
    ['[X]', 'ticked'],
    ['<ul><li> [x] </li></ul>', 'ticked'],
    ['☑︎', 'ticked'],
    ['☑', 'ticked'],
    ['*[x]*', 'ticked'],
    ['- [x]', 'ticked'],
    ['[ ]', 'unticked'],
    ['[]', 'unticked'],
    ['☐', 'unticked'],
    ['<ul><li> [ ] </li></ul>', 'unticked'],
    ['', 'empty'],
    ['  ', 'empty'],
    ['✅', null],
    ['Delvist', null],
  ])('%j is %s', (cell, tick) => {
    expect(readTickBox(cell)).toBe(tick);
  });
});

describe('parseGovernanceReport', () => {
  it('applies the OS2iot swap only when the report is in that style', () => {
    const auto = parseGovernanceReport(read('a-os2iot.md'));
    const standard = parseGovernanceReport(read('a-os2iot.md'), { legacyStyle: 'standard' });
    // The abbreviated F13 row ("Kommunikationsmateriale (strategisk niveau)") has no recognisable
    // text, so only the style decides it: today's F14 in the OS2iot style, F13 otherwise.
    const abbreviated = (r: typeof auto) =>
      r.entries.find((e) => e.text.startsWith('Kommunikationsmateriale'));
    expect(abbreviated(auto)).toMatchObject({ rawId: 'F13', id: 'F14', mappedBy: 'legacy-id' });
    expect(abbreviated(standard)).toMatchObject({ rawId: 'F13', id: 'F13', mappedBy: 'id' });
    expect(auto.assessments.F14.status).toEqual(ja);
    // In the standard reading F13 gets the ticked strategic row and the unticked presentation row.
    expect(standard.assessments.F13.status).toEqual({ kind: 'unanswered' });
    expect(standard.assessments.F14).toBeUndefined();
    expect(standard.warnings.map((w) => w.code)).toContain('merged-partly-met');
  });

  it('decides the numbering from the texts: the emoji report uses the current ids', () => {
    const auto = parseGovernanceReport(read('b-emoji.md'));
    expect(auto.legacy).toEqual({ ids: false, style: 'standard' });
    // "Fælles potentiale" is not recognisable; as R3 it is today's R3 …
    expect(auto.entries.find((e) => e.rawId === 'R3')).toMatchObject({ id: 'R3', mappedBy: 'id' });
    // … but read with the old numbering it would be today's R2 and collide with the real R2.
    const forced = parseGovernanceReport(read('b-emoji.md'), { legacyIds: true });
    expect(forced.entries.find((e) => e.rawId === 'R3')).toMatchObject({ id: 'R2', mappedBy: 'legacy-id' });
    expect(forced.assessments.R2.status).toEqual({ kind: 'other', text: 'R2: Ved ikke; R3: Delvist' });
    expect(forced.assessments.R3).toBeUndefined();
  });

  it('reads a C table without the 🔽 column as documentation only', () => {
    const md = [
      '# OS2tilsyn – Governancerapport',
      '',
      '| # | Krav | Beskrivelse / Dokumentation | Produktniveau | Retningslinjer |',
      '|---|---|---|---|---|',
      `| R1 | ${v1.requirements[0].nameDa} | I drift i to kommuner | Sandkasse | … |`,
      '| F2 | Open Source licenskriterier overholdes | — | Sandkasse | … |',
    ].join('\n');
    const result = parseGovernanceReport(md);
    expect(result.shape).toBe('C');
    expect(result.assessments).toEqual({
      R1: { ...NO_PARTS, status: { kind: 'unanswered' }, documentation: 'I drift i to kommuner', lines: [5] },
      F2: { ...NO_PARTS, status: { kind: 'unanswered' }, documentation: '', lines: [6] },
    });
  });

  it('reports a mixed document, an unknown id and an id whose text is another requirement', () => {
    const md = [
      '| | # | Krav | Henvisning | Niveau |',
      '|---|---|---|---|---|',
      '| [x] | R1 | Løsningen skaber lokal værdi | | 0 |',
      '',
      '| # | Krav | Produktniveau | Retningslinjer | Efterlevet? | Dokumentation |',
      '|---|---|---|---|---|---|',
      '| F99 | Et krav der ikke findes | Niveau 2 | | Ja | |',
      '| G6 | Der er nedsat en koordinationsgruppe (anbefaling) | Niveau 2 | | Nej | Ingen gruppe |',
      "| G1 | Produktet er oprettet i OS2's porteføljestyring | Niveau 7 | | ✅ Ja | |",
    ].join('\n');
    const result = parseGovernanceReport(md);
    expect(result.shape).toBe('mixed');
    expect(result.tables.map((t) => t.shape)).toEqual(['A', 'D']);
    expect(result.unmapped).toEqual([expect.objectContaining({ line: 7, rawId: 'F99', id: null })]);
    expect(result.assessments.G6.status).toEqual({ kind: 'known', value: 'Nej' });
    expect(result.warnings.map((w) => [w.line, w.code])).toEqual([
      [7, 'unmapped'],
      [8, 'id-text-mismatch'],
      [9, 'unknown-level'],
    ]);
  });

  it('keeps free-text statuses with their original text, also in the converted JSON', () => {
    const result = parseGovernanceReport(read('b-emoji.md'));
    const json = toSelfAssessmentJson(result, { generatedAt: '2026-01-01T00:00:00.000Z' });
    expect(json.krav.find((k) => k.id === 'F4')?.efterlevet).toBe('I gang / afventer');
    expect(json.krav.find((k) => k.id === 'F11')?.efterlevet).toBe('?');
  });

  it('rejects ambiguous and unreadable documents, naming the line', () => {
    const conflict = thrown(() => parseGovernanceReport(read('conflict.md')));
    expect(conflict).toMatchObject({ code: 'conflicting-status', line: 14 });
    expect(conflict.text.en).toContain('line 7');

    expect(thrown(() => parseGovernanceReport('# Noter\n\nIngen tabel her.\n'))).toMatchObject({
      code: 'no-table',
      line: 1,
    });
    const evaluation = renderEvaluationReport({
      productName: 'X',
      date: '2026-01-01',
      evaluatedBy: '',
      gitLink: '',
      selfAssessmentLink: '',
      status: '',
      summary: '',
      overallAssessment: '',
      recommendationProduct: '',
      recommendationBoard: '',
      evaluations: {},
    });
    expect(thrown(() => parseGovernanceReport(evaluation)).text.en).toMatch(/evaluation report/);
    expect(thrown(() => parseGovernanceReport('a\nb\nc\u0000d'))).toMatchObject({
      code: 'unreadable',
      line: 3,
    });
  });
});

describe('renderGovernanceReport (shape D)', () => {
  const source = importSelfAssessmentJson(read('self-assessment.json'));
  const input = {
    productName: 'OS2 Skolebus',
    filledBy: 'Peter Friis / Skanderborg Kommune',
    filledDate: '2026-05-01',
    generatedAt: '2026-05-01T12:27:28.000Z',
    assessments: source.assessments,
  };

  it('writes the generated shape exactly (the d-generated.md fixture)', () => {
    expect(renderGovernanceReport(input)).toBe(read('d-generated.md'));
  });

  it('writes a table per theme with the header and every requirement in catalogue order', () => {
    const md = renderGovernanceReport(input);
    expect(md.match(/^## .*/gm)).toEqual([
      '## Relevans',
      '## Formkrav',
      '## Strategisk sammenhæng',
      '## Governance',
    ]);
    expect(
      md.match(/^\| # \| Krav \| Produktniveau \| Retningslinjer \| Efterlevet\? \| Dokumentation \|$/gm),
    ).toHaveLength(4);
    expect(md.match(/^\| ([RFSG]\d+) \|/gm)?.map((l) => l.slice(2, -2))).toEqual(
      v1.requirements.map((r) => r.id),
    );
  });

  it('round trip: JSON → report → convert gives back the same JSON', () => {
    const report = renderGovernanceReport(input);
    const back = toSelfAssessmentJson(parseGovernanceReport(report), { generatedAt: 'not used' });
    expect(stringifySelfAssessmentJson(back)).toBe(read('self-assessment.json'));
  });

  it('round trip: every status kind, pipes, newlines and blanks survive export → import', () => {
    const assessments: Record<string, ExportableAssessment> = {
      R1: { status: ja, documentation: 'https://example.org/a | b\nanden linje' },
      R2: { status: { kind: 'known', value: 'Nej' }, documentation: 'Ikke accepteret endnu' },
      R3: { status: { kind: 'known', value: 'Ikke relevant' }, documentation: '' },
      R4: { status: { kind: 'known', value: 'Ved ikke' }, documentation: '' },
      F1: { status: { kind: 'known', value: 'Planlagt' }, documentation: '*kursiv* og **fed**' },
      F2: { status: { kind: 'other', text: 'I gang / afventer' }, documentation: '' },
      F3: { status: { kind: 'other', text: 'F7: Ja; F8: Nej' }, documentation: '' },
      F4: { status: { kind: 'other', text: 'a | b' }, documentation: '[Udfyldes senere]' },
      F5: { status: { kind: 'unanswered' }, documentation: 'Noter uden status' },
    };
    const md = renderGovernanceReport({ productName: 'P', filledBy: '', filledDate: '', assessments });
    const back = parseGovernanceReport(md);
    for (const r of v1.requirements) {
      const want = assessments[r.id] ?? { status: { kind: 'unanswered' }, documentation: '' };
      expect({
        id: r.id,
        status: back.assessments[r.id].status,
        documentation: back.assessments[r.id].documentation,
      }).toEqual({
        id: r.id,
        ...want,
      });
    }
    expect(back.metadata).toMatchObject({ productName: 'P', filledBy: '', filledDate: '' });
  });

  it('names the file YYYY-MM-DD-<Produkt>-governancerapport.md', () => {
    expect(governanceReportFileName('2026-05-01', 'OS2kalender')).toBe(
      '2026-05-01-OS2kalender-governancerapport.md',
    );
    expect(governanceReportFileName('2026-05-01', 'OS2 Skolebus')).toBe(
      '2026-05-01-OS2-Skolebus-governancerapport.md',
    );
    expect(() => governanceReportFileName('1.5.2026', 'X')).toThrow(RangeError);
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2025-06-12', '2025-06-12'],
    ['12-06-2025', '2025-06-12'],
    ['12.6.2025', '2025-06-12'],
    ['12/06/2025', '2025-06-12'],
    ['3. marts 2025', '2025-03-03'],
    ['1 december 2024', '2024-12-01'],
    ['sommer 2025', 'sommer 2025'],
  ])('%s → %s', (text, iso) => {
    expect(normaliseDate(text)).toBe(iso);
  });
});
