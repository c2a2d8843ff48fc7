/**
 * `npm run --silent os2 -- …` as the secretariat's scripts and CI run it: a child process per case
 * (each costs about half a second, so there are eight). The formats themselves are tested in
 * src/domain/documents; this checks the command line: stdout, stderr and exit codes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
