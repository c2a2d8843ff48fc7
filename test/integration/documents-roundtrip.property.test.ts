/**
 * Export → import through the resolvers, as a property: generated answers and evaluations saved
 * with the save resolvers export to documents whose import preview changes nothing, and read back
 * (also through `os2 convert`) to what was saved. Runs: OS2_PROPERTY_RUNS (default 10: every run
 * is a few dozen resolver calls through the local host).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { startHost, type RunningHost } from '../../emulator/host/start';
import type { FunctionKey, GovernanceView, RequirementRow, RpcResult } from '../../src/contract';
import { validateAssessment, validateEvaluation } from '../../src/domain/assessment';
import {
  importSelfAssessmentDocument,
  parseEvaluationReport,
  splitAnswer,
  type ImportedAssessment,
} from '../../src/domain/documents';
import {
  answer,
  evaluation,
  propertyRuns,
  requirementId,
  type Answer,
} from '../support/document-arbitraries';
import { expectOk, inputOf, invokeAs, type InputArg } from '../support/invoke';

const RUNS = propertyRuns(10);
const ROOT = path.resolve(__dirname, '..', '..');

let host: RunningHost;
let loop: { id: string; key: string };

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  const project = host.jira.listProjects().find((p) => p.key === 'LOOP')!;
  loop = { id: project.id, key: project.key };
  expectOk(await call('secretariat', 'openEvaluationRound'));
});
afterAll(() => host.close());

async function call<K extends FunctionKey>(persona: string, fn: K, ...input: InputArg<K>) {
  return invokeAs(host.runtime, persona, 'os2-project-page', fn, inputOf(input), {
    type: 'jira:projectPage',
    project: loop,
  });
}

/** Only answers a save accepts (comply-or-explain, safe links): the rest is the save's own test. */
const savable = answer.filter((a) => validateAssessment(a).ok);
const answers = fc.dictionary(requirementId, savable, { minKeys: 1, maxKeys: 6 });
const evaluations = fc.dictionary(
  requirementId,
  evaluation.filter((e) => validateEvaluation(e).ok),
  { minKeys: 1, maxKeys: 6 },
);

/** Saves each entry in turn, each with the version the save before it returned. */
async function saveEach<T>(
  persona: string,
  input: Record<string, T>,
  save: (id: string, value: T, row: RequirementRow) => Promise<RpcResult<GovernanceView>>,
): Promise<void> {
  let view = expectOk(await call(persona, 'getGovernanceView'));
  for (const [id, value] of Object.entries(input)) {
    view = expectOk(
      await save(
        id,
        value,
        view.requirements.find((r) => r.id === id)!,
      ),
    );
  }
}

const saveAnswers = (input: Record<string, Answer>) =>
  saveEach('coordinator', input, (id, a, row) =>
    call('coordinator', 'saveAssessment', {
      requirementId: id,
      ...a,
      expectedVersion: row.assessmentVersion,
    }),
  );

/** What an import would store for a requirement, in the shape of a generated answer. */
const stored = (a: ImportedAssessment | undefined): Answer => ({
  status: a?.status ?? { kind: 'unanswered' },
  documentation: a?.documentation ?? '',
  explanation: a?.explanation ?? '',
  links: [...(a?.links ?? [])],
});

jest.setTimeout(120_000);

describe('export → import through the resolvers (property)', () => {
  it('saved answers export to a governance report and a JSON whose import changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(answers, fc.boolean(), async (input, frontMatter) => {
        await saveAnswers(input);
        for (const kind of ['governance-report', 'self-assessment-json'] as const) {
          const exported = expectOk(await call('coordinator', 'exportDocument', { kind, frontMatter }));
          const preview = expectOk(
            await call('coordinator', 'previewImport', {
              kind: 'self-assessment',
              fileName: exported.fileName,
              content: exported.content,
            }),
          );
          expect({ kind, changes: preview.changes, refused: preview.refused }).toEqual({
            kind,
            changes: [],
            refused: [],
          });
          // The export carries what was saved, not merely something the preview agrees with.
          const back = importSelfAssessmentDocument(exported.content).assessments;
          for (const [id, a] of Object.entries(input)) {
            expect({ id, ...stored(back[id]) }).toEqual({ id, ...a });
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('saved lights, bases and recommendations export to an evaluation report whose import changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(evaluations, async (input) => {
        await saveEach('secretariat', input, (id, e, row) =>
          call('secretariat', 'saveEvaluation', {
            requirementId: id,
            ...e,
            expectedVersion: row.evaluation?.version ?? 0,
          }),
        );
        const exported = expectOk(await call('secretariat', 'exportDocument', { kind: 'evaluation-report' }));
        const preview = expectOk(
          await call('secretariat', 'previewImport', {
            kind: 'evaluation-report',
            fileName: exported.fileName,
            content: exported.content,
          }),
        );
        expect({ changes: preview.changes, refused: preview.refused, warnings: preview.warnings }).toEqual({
          changes: [],
          refused: [],
          warnings: [],
        });
        const back = parseEvaluationReport(exported.content);
        for (const [id, e] of Object.entries(input)) {
          expect({
            id,
            light: back.lights[id],
            basis: back.basis[id],
            recommendation: back.recommendations[id],
          }).toEqual({ id, ...e });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('through the CLI: an exported governance report converts to the statuses, explanations and links saved', async () => {
    const saved = {
      F7: {
        status: { kind: 'known', value: 'Nej' },
        documentation: '',
        explanation: 'Vi mangler en databehandleraftale | den kommer i Q3.',
        links: ['https://example.org/dpa', 'https://example.org/plan?q=1&r=2'],
      },
      F4: {
        status: { kind: 'known', value: 'Planlagt' },
        documentation: 'Se <roadmap>',
        explanation: 'Planlagt til version 2.',
        links: [],
      },
    } satisfies Record<string, Answer>;
    await saveAnswers(saved);
    const report = expectOk(await call('coordinator', 'exportDocument', { kind: 'governance-report' }));
    const json = expectOk(await call('coordinator', 'exportDocument', { kind: 'self-assessment-json' }));
    const dir = mkdtempSync(path.join(tmpdir(), 'os2-roundtrip-'));
    try {
      writeFileSync(path.join(dir, report.fileName), report.content);
      const cli = spawnSync(
        path.join(ROOT, 'node_modules', '.bin', 'tsx'),
        ['src/cli/os2.ts', 'convert', path.join(dir, report.fileName)],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } },
      );
      expect(cli.status).toBe(0);
      const converted = JSON.parse(cli.stdout);
      // The same krav as the app's own JSON export: statuses and the one text with every part.
      expect(converted.krav).toEqual(JSON.parse(json.content).krav);
      for (const [id, a] of Object.entries(saved)) {
        const entry = converted.krav.find((k: { id: string }) => k.id === id);
        const text = splitAnswer(entry.dokumentation);
        expect({ id, status: entry.efterlevet, ...text, answered: undefined }).toEqual({
          id,
          status: a.status.value,
          documentation: a.documentation,
          explanation: a.explanation,
          links: a.links,
          answered: undefined,
        });
        expect(text.answered).toMatch(/, \d{4}-\d{2}-\d{2}$/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
