import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getCatalogue, CURRENT_CATALOGUE_VERSION } from '../catalogue';
import type { Light } from '../assessment';
import { countLights } from '../counts';
import {
  DocumentError,
  draftEvaluations,
  importSelfAssessmentJson,
  parseEvaluationReport,
  renderEvaluationReport,
  type EvaluationReportInput,
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

const LIGHT_CYCLE: Light[] = ['green', 'yellow', 'red', 'grey', 'green'];
const evaluations = Object.fromEntries(
  v1.requirements
    .filter((r) => r.id !== 'G10')
    .map((r, i) => [r.id, { light: LIGHT_CYCLE[i % LIGHT_CYCLE.length], basis: `Grundlag for ${r.id}` }]),
);
evaluations.F4 = { light: 'red', basis: 'Pentest mangler.\nRisikovurdering | DPIA mangler.' };

const input: EvaluationReportInput = {
  productName: 'OS2 Skolebus',
  date: '2026-05-20',
  evaluatedBy: 'OS2-sekretariatet',
  gitLink: 'https://github.com/OS2skolebus',
  selfAssessmentLink: 'https://github.com/OS2skolebus/governance/blob/main/os2-skolebus-checkliste.json',
  status: 'Endelig',
  summary: 'Godt på vej.',
  overallAssessment: 'Opfylder Niveau 1.\nMangler på sikkerhed.',
  recommendationProduct: 'Gennemfør pentesten.',
  recommendationBoard: 'Fastholdes på Niveau 1.',
  evaluations,
};

describe('renderEvaluationReport', () => {
  const md = renderEvaluationReport(input);

  it('writes the 0.9.2 sections in order', () => {
    const order = [
      '## Dokumentinformation',
      '## Resumé',
      '## Overordnet vurdering',
      '## Anbefaling',
      '### Til produktet',
      '### Til bestyrelsen',
      '### Relevans',
      '### Formkrav',
      '### Strategisk sammenhæng',
      '### Governance',
      '## Samlet optælling',
      '### Pr. niveau',
      '### Pr. tema inden for niveau',
      '### Pr. tema',
      '```mermaid',
      '## Forklaring',
    ];
    const at = order.map((heading) => md.indexOf(`\n${heading}\n`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(md).toContain('| Skabelonversion | 0.9.2 |');
    expect(
      md.match(
        /^\| # \| Niveau \| Krav \| Vurderingskriterie \| Vurdering \| Vurderingsgrundlag \| Anbefaling \|$/gm,
      ),
    ).toHaveLength(4);
  });

  it('writes the light emoji, one mermaid pie per level and one in total, and the legend', () => {
    expect(md).toContain('| R1 | Sandkasse (minimumskrav) | Løsningen skaber lokal værdi |');
    expect(md).toMatch(/^\| R1 \|.*\| 🟢 \| Grundlag for R1 \| {2}\|$/m);
    expect(md.match(/^pie showData$/gm)).toHaveLength(5);
    expect(md.match(/^ {4}title .*/gm)).toEqual([
      '    title Sandkasse (minimumskrav)',
      '    title Niveau 1',
      '    title Niveau 2',
      '    title Niveau 3',
      '    title I alt',
    ]);
    // G10 is not evaluated, so every pie has the "Ikke vurderet" slice.
    expect(md.match(/^ {4}"Ikke vurderet" : \d+$/gm)).toHaveLength(5);
    for (const emoji of ['🟢', '🟡', '🔴', '⚪']) expect(md).toMatch(new RegExp(`^- ${emoji} \\*\\*`, 'm'));
  });

  it('writes the counts with percentages, grey included', () => {
    const counts = countLights(
      Object.fromEntries(Object.entries(evaluations).map(([id, e]) => [id, e.light])),
      v1,
    );
    const s = counts.byLevel.sandkasse;
    const pct = (n: number) => Math.round((n / s.total) * 100);
    expect(md).toContain(
      `| Sandkasse (minimumskrav) | ${s.green} (${pct(s.green)} %) | ${s.yellow} (${pct(s.yellow)} %) | ` +
        `${s.red} (${pct(s.red)} %) | ${s.grey} (${pct(s.grey)} %) | 0 (0 %) | 6 |`,
    );
  });

  it('round trip: render → parse gives back lights, basis, information and sections', () => {
    const back = parseEvaluationReport(md);
    expect(back.lights).toEqual(
      Object.fromEntries(
        v1.requirements.filter((r) => evaluations[r.id]).map((r) => [r.id, evaluations[r.id].light]),
      ),
    );
    expect(back.basis.F4).toBe(evaluations.F4.basis);
    expect(back.basis.G10).toBe('');
    expect(back.warnings).toEqual([]);
    expect(back.reportedCounts).toEqual(back.counts);
    expect(back.counts.total).toMatchObject({ unassessed: 1, total: 43 });
    expect(back.metadata).toEqual({
      productName: input.productName,
      templateVersion: '0.9.2',
      date: input.date,
      evaluatedBy: input.evaluatedBy,
      gitLink: input.gitLink,
      selfAssessmentLink: input.selfAssessmentLink,
      status: input.status,
      summary: input.summary,
      overallAssessment: input.overallAssessment,
      recommendationProduct: input.recommendationProduct,
      recommendationBoard: input.recommendationBoard,
    });
  });
});

describe('parseEvaluationReport', () => {
  const row = (id: string, light: string) => `| ${id} | | | | ${light} | grundlag |`;
  const table = (...rows: string[]) =>
    [
      '| # | Niveau | Krav | Vurderingskriterie | Vurdering | Vurderingsgrundlag |',
      '|---|---|---|---|---|---|',
      ...rows,
    ].join('\n');

  it('reads emoji with or without a variation selector and colour names', () => {
    const result = parseEvaluationReport(
      table(row('R1', '🟢'), row('R2', '⚪️'), row('R3', 'Gul'), row('R4', '🔴 Rød')),
    );
    expect(result.lights).toEqual({ R1: 'green', R2: 'grey', R3: 'yellow', R4: 'red' });
    expect(result.counts.total).toMatchObject({ green: 1, yellow: 1, red: 1, grey: 1, unassessed: 39 });
  });

  it('names the line of an unknown light, an unknown id and a requirement evaluated twice', () => {
    expect(thrown(() => parseEvaluationReport(table(row('R1', '🟢'), row('R2', '🟣'))))).toMatchObject({
      code: 'unknown-light',
      line: 4,
    });
    expect(thrown(() => parseEvaluationReport(table(row('R1', '🟢'), row('F8', '🟢'))))).toMatchObject({
      code: 'unknown-id',
      line: 4,
    });
    expect(
      thrown(() => parseEvaluationReport(table(row('R1', '🟢'), '', table(row('R1', '🔴'))))),
    ).toMatchObject({
      code: 'conflicting-light',
      line: 7,
    });
    expect(thrown(() => parseEvaluationReport('# Evalueringsrapport\n\nIngen tabel.'))).toMatchObject({
      code: 'no-table',
      line: 1,
    });
  });

  it('reads the rows of a report whose count table over-fills a bucket, warning with the line', () => {
    const result = parseEvaluationReport(read('evaluation-report-overfull.md'));
    expect(result.lights).toEqual({ R1: 'green', R2: 'green', R3: 'yellow', R4: 'red' });
    const overfull = result.warnings.find((w) => w.code === 'bucket-overflow');
    expect(overfull).toMatchObject({ line: 18 });
    expect(overfull?.message.da).toBe('Sandkasse (minimumskrav): 7 krav talt, men der er kun 6.');
    const differs = result.warnings.find((w) => w.code === 'counts-differ' && w.line === 18);
    expect(differs?.message.da).toContain('tabellen på linje 16 (Sandkasse (minimumskrav))');
    expect(differs?.message.da).toContain('I alt 7 i tabellen, 6 i rækkerne');
  });

  it('reads a count row whose total is not its sum as a warning naming the line', () => {
    const counts = [
      '',
      '| Tema | 🟢 | 🟡 | 🔴 | ⚪ | I alt |',
      '|---|---|---|---|---|---|',
      '| Relevans | 1 | 0 | 0 | 0 | 4 |',
    ];
    // No "Ikke vurderet" column: the 3 missing are read as not assessed, which is what the rows say …
    expect(parseEvaluationReport([table(row('R1', '🟢')), ...counts].join('\n')).warnings).toEqual([]);
    // … but a total below the sum of the lights is a warning; the rows are still read.
    counts[3] = '| Relevans | 3 | 1 | 0 | 0 | 2 |';
    const result = parseEvaluationReport([table(row('R1', '🟢')), ...counts].join('\n'));
    expect(result.lights).toEqual({ R1: 'green' });
    expect(result.warnings.map((w) => [w.line, w.code])).toEqual([
      [7, 'total-mismatch'],
      [7, 'counts-differ'],
    ]);
  });

  it('warns when the count table does not match the lights', () => {
    const md = [
      table(row('R1', '🟢'), row('R2', '🟢')),
      '',
      '| Tema | 🟢 | 🟡 | 🔴 | ⚪ | Ikke vurderet | I alt |',
      '|---|---|---|---|---|---|---|',
      '| Relevans | 1 | 1 | 0 | 0 | 2 | 4 |',
    ].join('\n');
    expect(parseEvaluationReport(md).warnings.map((w) => [w.line, w.code])).toEqual([[8, 'counts-differ']]);
  });
});

describe('draftEvaluations', () => {
  it('derives the draft light from each status (docs/os2-documents.md)', () => {
    const { assessments } = importSelfAssessmentJson(read('self-assessment.json'));
    const drafts = draftEvaluations(assessments);
    expect(drafts.R1.light).toBe('green'); // Ja
    expect(drafts.F11.light).toBe('red'); // Nej
    expect(drafts.F18.light).toBe('grey'); // Ikke relevant
    expect(drafts.R3.light).toBe('yellow'); // Planlagt
    expect(drafts.F20.light).toBe('red'); // Ved ikke
    expect(drafts.R4.light).toBe('red'); // unanswered
    expect(drafts.F7.light).toBe('red'); // "Delvist"
    expect(drafts.R4.basis).toBe('Udkast ud fra selvevalueringen: ikke besvaret. Ingen dokumentation.');
    expect(Object.keys(drafts)).toHaveLength(43);
  });
});
