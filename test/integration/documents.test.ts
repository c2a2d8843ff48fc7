import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startHost, type RunningHost } from '../../emulator/host/start';
import type { FunctionKey } from '../../src/contract';
import { parseEvaluationReport } from '../../src/domain/documents';
import { inputOf, invokeAs, type InputArg } from '../support/invoke';

/** OS2's documents through the resolvers: export in OS2's formats, import with preview-then-apply. */
let host: RunningHost;
let loop: { id: string; key: string };
const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'documents');

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  const project = host.jira.listProjects().find((p) => p.key === 'LOOP')!;
  loop = { id: project.id, key: project.key };
});
afterAll(() => host.close());

/**
 * Typed input; the answer is read loosely (`any`) because these tests check `ok` with expectations
 * and then read `data` without narrowing.
 */
async function call<K extends FunctionKey>(persona: string, fn: K, ...input: InputArg<K>): Promise<any> {
  return invokeAs(host.runtime, persona, 'os2-project-page', fn, inputOf(input), {
    type: 'jira:projectPage',
    project: loop,
  });
}

const statuses = (view: any) =>
  Object.fromEntries(view.requirements.map((r: any) => [r.id, [r.status, r.documentation]]));

describe('OS2 documents through the resolvers', () => {
  it('exports the self-assessment JSON exactly in OS2 schema and file name', async () => {
    const exported = await call('municipality', 'exportDocument', { kind: 'self-assessment-json' });
    expect(exported.ok).toBe(true);
    expect(exported.data.fileName).toMatch(/^\d{4}-\d{2}-\d{2}-os2loop-checkliste\.json$/);
    const json = JSON.parse(exported.data.content);
    expect(json.krav).toHaveLength(43);
    expect(json.krav.map((k: any) => k.id).slice(0, 6)).toEqual(['R1', 'R2', 'R3', 'R4', 'F1', 'F2']);
    expect(json.krav.find((k: any) => k.id === 'R1')).toMatchObject({
      kategori: 'relevans',
      produktniveau: 'sandkasse',
      efterlevet: 'Ja',
    });
    expect(json.krav.find((k: any) => k.id === 'R4').efterlevet).toBeNull();
  });

  it('exports the governance report (shape D), the evaluation report and the decision log', async () => {
    const report = await call('coordinator', 'exportDocument', { kind: 'governance-report' });
    expect(report.data.fileName).toMatch(/^\d{4}-\d{2}-\d{2}-OS2loop-governancerapport\.md$/);
    expect(report.data.content).toContain(
      '| # | Krav | Produktniveau | Retningslinjer | Efterlevet? | Dokumentation |',
    );
    const evaluation = await call('coordinator', 'exportDocument', { kind: 'evaluation-report' });
    expect(evaluation.data.content).toMatch(/```mermaid/);
    const log = await call('coordinator', 'exportDocument', { kind: 'decision-log' });
    expect(log.data.content).toContain('# Beslutningslog for OS2loop');
  });

  it('round-trips: export → import changes nothing', async () => {
    const exported = await call('coordinator', 'exportDocument', { kind: 'governance-report' });
    const preview = await call('coordinator', 'previewImport', {
      kind: 'self-assessment',
      fileName: exported.data.fileName,
      content: exported.data.content,
    });
    expect(preview.ok).toBe(true);
    expect(preview.data.changes).toEqual([]);
  });

  it('previews an import without writing, then applies exactly the preview and audits it', async () => {
    const before = statuses((await call('coordinator', 'getGovernanceView')).data);
    const content = readFileSync(path.join(FIXTURES, 'b-emoji.md'), 'utf8');
    const preview = await call('coordinator', 'previewImport', {
      kind: 'self-assessment',
      fileName: 'b-emoji.md',
      content,
    });
    expect(preview.ok).toBe(true);
    expect(preview.data.format).toBe('B');
    expect(preview.data.changes.length).toBeGreaterThan(0);
    expect(preview.data.otherStatuses.map((o: any) => o.text)).toEqual(expect.arrayContaining(['Delvist']));
    expect(statuses((await call('coordinator', 'getGovernanceView')).data)).toEqual(before);

    const applied = await call('coordinator', 'applyImport', {
      kind: 'self-assessment',
      fileName: 'b-emoji.md',
      content,
      basedOn: preview.data.basedOn,
    });
    expect(applied.ok).toBe(true);
    const after = statuses(applied.data);
    for (const change of preview.data.changes.filter((c: any) => c.field === 'documentation')) {
      expect(after[change.requirementId][1]).toBe(change.after);
    }
    const other = applied.data.requirements.find((r: any) => r.status.kind === 'other');
    expect(other).toBeDefined();
    const audit = await call('coordinator', 'getAuditLog', { cursor: null });
    expect(audit.data.entries.filter((e: any) => e.action === 'assessment.imported').length).toBeGreaterThan(
      0,
    );
  });

  it('refuses to apply a stale preview: nothing is silently overwritten', async () => {
    const content = readFileSync(path.join(FIXTURES, 'c-v110.md'), 'utf8');
    const preview = await call('coordinator', 'previewImport', {
      kind: 'self-assessment',
      fileName: 'c.md',
      content,
    });
    const target = preview.data.changes[0].requirementId;
    const row = (await call('coordinator', 'getGovernanceView')).data.requirements.find(
      (r: any) => r.id === target,
    );
    await call('steering', 'saveAssessment', {
      requirementId: target,
      status: { kind: 'known', value: 'Planlagt' },
      documentation: 'Ændret imens',
      explanation: 'Planlagt til næste kvartal.',
      links: [],
      expectedVersion: row.assessmentVersion,
    });
    const applied = await call('coordinator', 'applyImport', {
      kind: 'self-assessment',
      fileName: 'c.md',
      content,
      basedOn: preview.data.basedOn,
    });
    expect(applied).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const now = (await call('coordinator', 'getGovernanceView')).data.requirements.find(
      (r: any) => r.id === target,
    );
    expect(now.documentation).toBe('Ændret imens');
  });

  it('imports an evaluation report only as the secretariat, and reports unreadable input by line', async () => {
    const content = readFileSync(path.join(FIXTURES, 'evaluation-report.md'), 'utf8');
    const denied = await call('coordinator', 'previewImport', {
      kind: 'evaluation-report',
      fileName: 'e.md',
      content,
    });
    expect(denied).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Into an open evaluation round only.
    const noRound = await call('secretariat', 'previewImport', {
      kind: 'evaluation-report',
      fileName: 'e.md',
      content,
    });
    expect(noRound).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await call('secretariat', 'openEvaluationRound', {})).ok).toBe(true);
    const preview = await call('secretariat', 'previewImport', {
      kind: 'evaluation-report',
      fileName: 'e.md',
      content,
    });
    expect(preview.ok).toBe(true);
    const applied = await call('secretariat', 'applyImport', {
      kind: 'evaluation-report',
      fileName: 'e.md',
      content,
      basedOn: preview.data.basedOn,
    });
    expect(applied.ok).toBe(true);
    expect(
      applied.data.requirements.filter((r: any) => r.evaluation?.source === 'set').length,
    ).toBeGreaterThan(10);

    const overfull = readFileSync(path.join(FIXTURES, 'evaluation-report-overfull.md'), 'utf8');
    const bad = await call('secretariat', 'previewImport', {
      kind: 'evaluation-report',
      fileName: 'x.md',
      content: overfull,
    });
    // The rows are the truth: a count table that over-fills a bucket is a warning with its line.
    expect(bad.ok).toBe(true);
    expect(bad.data.warnings).toContainEqual({
      line: 18,
      message: {
        da: 'Sandkasse (minimumskrav): 7 krav talt, men der er kun 6.',
        en: 'Sandbox (minimum requirements): 7 requirements counted, but there are only 6.',
      },
    });
    const unreadable = await call('secretariat', 'previewImport', {
      kind: 'evaluation-report',
      fileName: 'x.md',
      content: '| # | Vurdering |\n|---|---|\n| R1 | 🟣 |\n',
    });
    expect(unreadable).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: { en: expect.stringMatching(/^Line 3:/) } },
    });
  });

  it('saves "Til produktet" and "Til bestyrelsen" (long texts) in the open round and exports them', async () => {
    // The round opened by the test above is still open.
    const before = (await call('secretariat', 'getGovernanceView')).data.evaluationSummary;
    const product = `Til produktet: ${'Skriv en driftsvejledning. '.repeat(300)}`.trim();
    expect(product.length).toBeGreaterThan(5000);
    const saved = await call('secretariat', 'saveEvaluationSummary', {
      summary: 'Resumé',
      overall: 'Samlet vurdering',
      recommendationProduct: product,
      recommendationBoard: 'Fastholdes på niveau 1.',
      expectedVersion: before?.version ?? 0,
    });
    expect(saved.ok).toBe(true);
    expect(saved.data.evaluationSummary).toMatchObject({
      recommendationProduct: product,
      recommendationBoard: 'Fastholdes på niveau 1.',
    });
    // The free-text rules still hold: no link other than http(s).
    const unsafe = await call('secretariat', 'saveEvaluationSummary', {
      summary: '',
      overall: '',
      recommendationProduct: product,
      recommendationBoard: '[x](javascript:alert(1))',
      expectedVersion: saved.data.evaluationSummary.version,
    });
    expect(unsafe).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const exported = await call('secretariat', 'exportDocument', { kind: 'evaluation-report' });
    expect(parseEvaluationReport(exported.data.content).metadata).toMatchObject({
      summary: 'Resumé',
      overallAssessment: 'Samlet vurdering',
      recommendationProduct: product,
      recommendationBoard: 'Fastholdes på niveau 1.',
    });
  });
});
