/**
 * `npm run --silent os2 -- …` as the secretariat's scripts and CI run it: a child process per case
 * (each costs about half a second, so there are ten). The formats themselves are tested in
 * src/domain/documents; this checks the command line: stdout, stderr and exit codes.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEvaluationReport } from '../../src/domain/documents';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const FIXTURES = 'test/fixtures/documents';
const fixture = (name: string) => `${FIXTURES}/${name}`;
const read = (name: string) => readFileSync(path.join(ROOT, FIXTURES, name), 'utf8');

function os2(args: string[], input?: string) {
  const result = spawnSync(TSX, ['src/cli/os2.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600', LANG: 'C', LC_ALL: '', LC_MESSAGES: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

jest.setTimeout(30_000);

describe('os2 convert', () => {
  it("rewrites OS2's own JSON unchanged", () => {
    const { status, stdout, stderr } = os2(['convert', fixture('self-assessment.json')]);
    expect(stderr).toBe(
      `os2: ${fixture('self-assessment.json')}:98: note: F7: free-text status "Delvist" is kept as written.\n`,
    );
    expect(status).toBe(0);
    expect(stdout).toBe(read('self-assessment.json'));
  });

  it('turns a tick-box report into JSON: ticked → "Ja", unticked → null, warnings on stderr', () => {
    const { status, stdout, stderr } = os2(['convert', fixture('a-tickbox-variants.md')]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(read('a-tickbox-variants.convert.json')));
    expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`);
    expect(stderr).toBe(
      `os2: ${fixture('a-tickbox-variants.md')}:15: warning: R2 is a retired requirement (old R2); the row was not imported.\n`,
    );
  });

  it('reads a generated report from stdin: JSON → report → convert gives back the same JSON', () => {
    const report = os2(['report', fixture('self-assessment.json'), '--as', 'governance-report']);
    expect(report.status).toBe(0);
    expect(report.stdout).toBe(read('d-generated.md'));
    const back = os2(['convert', '-'], report.stdout);
    expect(back.status).toBe(0);
    expect(back.stdout).toBe(read('self-assessment.json'));
  });
});

describe('os2 lights', () => {
  it('writes the lights and the counts of an evaluation report', () => {
    const { status, stdout, stderr } = os2(['lights', fixture('evaluation-report.md')]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const expected = JSON.parse(read('evaluation-report.expected.json'));
    expect(JSON.parse(stdout)).toEqual({ lights: expected.lights, counts: expected.counts });
  });

  it('reads the rows of a report whose count table over-fills a bucket, warning with the line', () => {
    const { status, stdout, stderr } = os2(['lights', fixture('evaluation-report-overfull.md')]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).lights).toEqual(
      JSON.parse(read('evaluation-report-overfull.expected.json')).lights,
    );
    expect(stderr).toContain(
      `os2: ${fixture('evaluation-report-overfull.md')}:18: warning: ` +
        'Sandbox (minimum requirements): 7 requirements counted, but there are only 6.\n',
    );
  });

  it('exits 1 naming the line of an unreadable light', () => {
    const { status, stdout, stderr } = os2(['lights', '-'], '| # | Vurdering |\n|---|---|\n| R1 | 🟣 |\n');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('os2: <stdin>:3: R1: unknown light "🟣" (use 🟢, 🟡, 🔴 or ⚪).\n');
  });
});

describe('os2 report', () => {
  it('writes a draft evaluation report whose lights are the draft lights', () => {
    const { status, stdout } = os2(['report', fixture('self-assessment.json'), '--as', 'evaluation-report']);
    expect(status).toBe(0);
    const parsed = parseEvaluationReport(stdout);
    expect(parsed.metadata).toMatchObject({
      productName: 'OS2 Skolebus',
      date: '2026-01-01',
      templateVersion: '0.9.2',
    });
    expect(parsed.lights).toMatchObject({ R1: 'green', R3: 'yellow', R4: 'red', F18: 'grey', F7: 'red' });
    expect(parsed.counts.total.unassessed).toBe(0);
  });

  it('exits 2 on a usage error', () => {
    const { status, stdout, stderr } = os2(['report', fixture('self-assessment.json')]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'os2: report needs --as governance-report or --as evaluation-report\nRun with --help for usage.\n',
    );
  });
});

describe('os2 convert|lights DIR', () => {
  // An audit repository in miniature: documents of both kinds in nested folders, a README, other
  // JSON, a hidden folder, and one broken report.
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'os2-cli-'));
    const put = (from: string, to: string) => {
      mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
      copyFileSync(path.join(ROOT, FIXTURES, from), path.join(dir, to));
    };
    put('self-assessment.json', 'skolebus/2026-05-01-selvevaluering.json');
    put('a-tickbox-variants.md', 'skolebus/governance.md');
    put('evaluation-report.md', 'skolebus/evaluering/2026-06-01-evalueringsrapport.md');
    put('evaluation-report-overfull.md', 'bogbus/evalueringsrapport.md');
    put('conflict.md', 'bogbus/governance.md');
    put('not-a-report.md', 'README.md');
    put('evaluation-report.md', '.git/evalueringsrapport.md');
    writeFileSync(path.join(dir, 'package.json'), '{ "name": "audit-site" }\n');
    writeFileSync(path.join(dir, 'bogbus/broken.md'), '| # | Vurdering |\n|---|---|\n| R1 | 🟣 |\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const lines = (stdout: string) =>
    stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));

  it('converts every self-assessment document, one JSON line per file, and exits 1 for the broken one', () => {
    const { status, stdout, stderr } = os2(['convert', dir]);
    expect(status).toBe(1);
    const out = lines(stdout);
    expect(out.map((l) => [path.relative(dir, l.path), l.ok])).toEqual([
      ['bogbus/governance.md', false],
      ['skolebus/2026-05-01-selvevaluering.json', true],
      ['skolebus/governance.md', true],
    ]);
    expect(out[0].error).toEqual({
      line: 14,
      code: 'conflicting-status',
      message: 'R1 appears on line 7 (Ja) and here (Nej).',
    });
    expect(out[1].result).toEqual(JSON.parse(read('self-assessment.json')));
    expect(out[1].warnings).toEqual([expect.objectContaining({ line: 98, code: 'free-text-status' })]);
    expect(out[2].result).toEqual(JSON.parse(read('a-tickbox-variants.convert.json')));
    expect(out[2].warnings).toEqual([expect.objectContaining({ line: 15 })]);
    expect(stderr).toBe(`os2: ${dir}: 3 documents read, 1 failed, 5 other files skipped.\n`);
  });

  it("reads the lights of every evaluation report, naming the broken one's line", () => {
    const { status, stdout } = os2(['lights', dir]);
    expect(status).toBe(1);
    const out = lines(stdout);
    expect(out.map((l) => path.relative(dir, l.path))).toEqual([
      'bogbus/broken.md',
      'bogbus/evalueringsrapport.md',
      'skolebus/evaluering/2026-06-01-evalueringsrapport.md',
    ]);
    expect(out[0]).toMatchObject({ ok: false, error: { line: 3, code: 'unknown-light' } });
    expect(out[1].result.lights).toEqual(JSON.parse(read('evaluation-report-overfull.expected.json')).lights);
    expect(out[1].warnings).toContainEqual(expect.objectContaining({ line: 18 }));
    const expected = JSON.parse(read('evaluation-report.expected.json'));
    expect(out[2]).toEqual({
      path: out[2].path,
      ok: true,
      result: { lights: expected.lights, counts: expected.counts },
      warnings: [],
    });
    // Without the broken report the folder passes.
    rmSync(path.join(dir, 'bogbus/broken.md'));
    rmSync(path.join(dir, 'bogbus/governance.md'));
    expect(os2(['lights', dir]).status).toBe(0);
    expect(os2(['convert', dir]).status).toBe(0);
  });
});
