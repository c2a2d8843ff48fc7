/**
 * The app's own demo data (product profiles, level decisions, a few assessments and lights), written
 * through the app's real resolvers as the secretariat: the same path, checks and audit log as a user's
 * edit. Public facts: OS2autoproces kept at Niveau 1 (September 2025), OS2faktor lowered
 * to Niveau 1 (November 2025), OS2rollekatalog recommended for Niveau 2 (September 2026), OS2loop
 * targets Niveau 2. Every other level, date and text is invented for the demo.
 */
import type { FunctionKey, InputOf, OutputOf, RpcResult } from '../src/contract';
import type { ForgeRuntime } from '../emulator/host/runtime';
import { invokeAs, ok } from './invoke';
import { MUNICIPALITIES } from './organisations';
import type { JiraSeed } from '../emulator/jira/seed-types';
import { seedWishes } from './wish-seed';
import { seedSprintBudget, seedSprintCapacity } from './sprint-seed';
import { CURRENT_CATALOGUE_VERSION, getCatalogue, levelIndex } from '../src/domain/catalogue';

type Level = 'sandkasse' | '1' | '2' | '3';
type Decision = {
  date: string;
  kind: InputOf<'recordDecision'>['kind'];
  level: Level | null;
  decidedBy: 'secretariat' | 'board';
  basis: string;
};

const admitted = (date: string, level: Level = '1'): Decision => ({
  date,
  kind: 'admitted',
  level,
  decidedBy: 'secretariat',
  basis: 'Optaget i OS2-porteføljen efter sekretariatets gennemgang af minimumskravene.',
});
const raised = (date: string, level: Level): Decision => ({
  date,
  kind: 'raised',
  level,
  decidedBy: 'board',
  basis: `Bestyrelsen godkendte produktet på Niveau ${level} på baggrund af sekretariatets evaluering.`,
});

/** Level history and target per product key. */
const LEVELS: Record<string, { target: Level; decisions: Decision[] }> = {
  CPR: { target: '2', decisions: [admitted('2019-03-12'), raised('2021-06-17', '2')] },
  BPC: {
    target: '3',
    decisions: [admitted('2018-09-04'), raised('2020-05-20', '2'), raised('2023-11-23', '3')],
  },
  DAGS: { target: '1', decisions: [admitted('2020-02-11')] },
  KITOS: {
    target: '3',
    decisions: [admitted('2018-10-02'), raised('2020-11-18', '2'), raised('2024-05-29', '3')],
  },
  KLE: { target: '2', decisions: [admitted('2019-08-27'), raised('2022-09-21', '2')] },
  LOOP: { target: '2', decisions: [admitted('2021-04-13')] },
  DISPLAY: { target: '2', decisions: [admitted('2019-11-05'), raised('2022-03-16', '2')] },
  DATASCAN: { target: '2', decisions: [admitted('2020-06-09'), raised('2023-06-21', '2')] },
  VALGHAL: {
    target: '2',
    decisions: [
      admitted('2021-09-14', 'sandkasse'),
      { ...raised('2022-10-12', '1'), decidedBy: 'secretariat' },
    ],
  },
  KRAVMOTOR: { target: '1', decisions: [admitted('2019-05-07')] },
  AUTOPROC: {
    target: '1',
    decisions: [
      admitted('2020-10-06'),
      {
        date: '2025-09-24',
        kind: 'kept',
        level: '1',
        decidedBy: 'secretariat',
        basis: 'Evaluering september 2025: produktet fastholdes på Niveau 1.',
      },
    ],
  },
  FORMS: { target: '2', decisions: [admitted('2021-02-02')] },
  MO: {
    target: '3',
    decisions: [admitted('2018-06-12'), raised('2019-12-11', '2'), raised('2023-05-24', '3')],
  },
  FAKTOR: {
    target: '2',
    decisions: [
      admitted('2019-01-15'),
      raised('2021-03-24', '2'),
      {
        date: '2025-11-26',
        kind: 'lowered',
        level: '1',
        decidedBy: 'board',
        basis:
          'Sekretariatets evaluering november 2025 anbefalede at sænke produktet til Niveau 1; bestyrelsen fulgte anbefalingen.',
      },
    ],
  },
  OPGAVE: { target: '1', decisions: [admitted('2022-04-19', 'sandkasse')] },
  ROL: { target: '2', decisions: [admitted('2019-04-02')] },
  INDB: { target: '1', decisions: [admitted('2018-11-20')] },
};

/** A few answers for OS2loop, so its governance page shows work in progress (and gaps). */
const LOOP_ASSESSMENTS: {
  id: string;
  status: Extract<InputOf<'saveAssessment'>['status'], { kind: 'known' }>['value'] | null;
  documentation?: string;
  explanation?: string;
}[] = [
  { id: 'R1', status: 'Ja', documentation: 'Brugt af 14 kommuner til intern læring og videndeling.' },
  { id: 'F1', status: 'Ja', documentation: 'https://github.com/os2loop' },
  { id: 'F2', status: 'Ja', documentation: 'MPL-2.0, se LICENSE i repositoriet.' },
  { id: 'F3', status: 'Ja', documentation: 'Udbud gennemført 2021 via SKI 02.19.' },
  { id: 'F4', status: 'Planlagt', explanation: 'Ekstern sikkerhedsgennemgang er bestilt til Q1 2027.' },
  { id: 'F5', status: 'Ja', documentation: 'https://os2.eu/produkt/os2loop' },
  { id: 'F6', status: 'Ja', documentation: "Koden ligger i OS2's GitHub-organisation." },
  {
    id: 'F11',
    status: 'Nej',
    explanation: 'Jira-projektet er endnu ikke offentligt; det åbnes når kunde-data er ryddet ud.',
  },
  { id: 'G3', status: 'Ja', documentation: 'Tovholder er udpeget i koordinationsgruppen.' },
  {
    id: 'G6',
    status: 'Ikke relevant',
    explanation: 'Styregruppen nedsættes først ved overgang til Niveau 2.',
  },
];

/** The count a refused raise asks to confirm, or null when the answer is anything else. */
function outstandingSkalCount(result: RpcResult<unknown>): number | null {
  if (result.ok || result.error.code !== 'invalid-input' || !Array.isArray(result.error.details)) return null;
  const detail = (result.error.details as { code?: string; count?: number }[]).find(
    (d) => d.code === 'outstanding-skal',
  );
  return typeof detail?.count === 'number' ? detail.count : null;
}

export async function seedAppData(runtime: ForgeRuntime, seed: JiraSeed): Promise<void> {
  const call = async <K extends FunctionKey>(
    moduleKey: string,
    project: { id: string; key: string },
    fn: K,
    input: InputOf<K>,
  ) =>
    ok(
      await invokeAs(runtime, 'secretariat', moduleKey, fn, input, { project }),
      `Seeding ${project.key}: ${fn}`,
    );
  for (const [index, project] of seed.projects.entries()) {
    const plan = LEVELS[project.key];
    if (!plan) continue;
    const ref = { id: project.id, key: project.key };
    const organisations = MUNICIPALITIES.filter((_, i) => (i * 7 + index * 3) % 11 < 4);
    await call('os2-project-settings', ref, 'saveProductSettings', {
      productName: project.name,
      catalogueVersion: CURRENT_CATALOGUE_VERSION,
      targetLevel: plan.target,
      githubUrl: `https://github.com/OS2${project.key.toLowerCase()}`,
      websiteUrl: `https://os2.eu/produkt/${project.name.toLowerCase()}`,
      tovholderAccountId: project.roles.Koordinationsgruppe.users[0] ?? null,
      steeringGroup: [{ kind: 'role', role: 'Styregruppe' }],
      coordinationGroup: [{ kind: 'role', role: 'Koordinationsgruppe' }],
      suppliers: [{ kind: 'role', role: 'Leverandør' }],
      organisations,
      commonBudgetDkk: plan.target === '1' ? 0 : 150_000 + index * 25_000,
      expectedVersion: 0,
    });
    for (const d of plan.decisions) {
      const input: InputOf<'recordDecision'> = {
        date: d.date,
        kind: d.kind,
        resultingLevel: d.level,
        basis: d.basis,
        decidedBy: d.decidedBy,
        reference: '',
      };
      // --- Governance record: a raise past outstanding skal requirements confirms their count.
      const first = await invokeAs(runtime, 'secretariat', 'os2-project-page', 'recordDecision', input, {
        project: ref,
      });
      const count = outstandingSkalCount(first);
      if (count === null) ok(first, `Seeding ${project.key}: recordDecision`);
      else {
        await call('os2-project-page', ref, 'recordDecision', {
          ...input,
          acknowledgedOutstandingSkal: count,
        });
      }
    }
    if (project.key !== 'LOOP') {
      await seedSelfAssessment(call, ref, plan.target, index);
    } else {
      for (const a of LOOP_ASSESSMENTS) {
        await call('os2-project-page', ref, 'saveAssessment', {
          requirementId: a.id,
          status: a.status === null ? { kind: 'unanswered' } : { kind: 'known', value: a.status },
          documentation: a.documentation ?? '',
          explanation: a.explanation ?? '',
          links: [],
          expectedVersion: 0,
        });
      }
    }
  }
  await seedSprintBudget(runtime, seed);
  await seedWishes(runtime, seed);
  await seedSprintCapacity(runtime, seed);
}

// --- portfolio demo: a self-assessment for every product and the secretariat's lights for most

type SeedCall = <K extends FunctionKey>(
  moduleKey: string,
  project: { id: string; key: string },
  fn: K,
  input: InputOf<K>,
) => Promise<OutputOf<K>>;

/** Products the secretariat has not evaluated yet, so the portfolio shows both. */
const NOT_EVALUATED = new Set(['OPGAVE', 'INDB']);
/** Products whose evaluation round is still open (a draft only the secretariat sees). */
const ROUND_IN_PROGRESS = new Set(['ROL', 'DISPLAY']);

/**
 * Answers every requirement up to the target level, deterministically varied per product: mostly
 * "Ja" with documentation, some "Planlagt" or "Nej" with an explanation, a few left open. Then the
 * secretariat's lights for most products (green for a documented "Ja", yellow for planned, red for
 * "Nej", a few grey), so the matrix and the lights vary across the portfolio.
 */
async function seedSelfAssessment(
  call: SeedCall,
  ref: { id: string; key: string },
  target: Level,
  index: number,
): Promise<void> {
  const requirements = getCatalogue(CURRENT_CATALOGUE_VERSION).requirements.filter(
    (r) => levelIndex(r.level) <= levelIndex(target),
  );
  const answered: { id: string; status: 'Ja' | 'Planlagt' | 'Nej' }[] = [];
  for (const [i, r] of requirements.entries()) {
    const roll = (i * 13 + index * 7) % 20;
    if (roll === 19) continue; // left open
    const status = roll < 14 ? 'Ja' : roll < 17 ? 'Planlagt' : 'Nej';
    await call('os2-project-page', ref, 'saveAssessment', {
      requirementId: r.id,
      status: { kind: 'known', value: status },
      documentation:
        status === 'Ja' ? `https://os2.eu/produkt/${ref.key.toLowerCase()}/dokumentation#${r.id}` : '',
      explanation:
        status === 'Planlagt'
          ? 'Arbejdet er planlagt i koordinationsgruppens køreplan for det kommende halvår.'
          : status === 'Nej'
            ? 'Kravet er endnu ikke opfyldt; styregruppen har prioriteret andre krav først.'
            : '',
      links: [],
      expectedVersion: 0,
    });
    answered.push({ id: r.id, status });
  }
  if (NOT_EVALUATED.has(ref.key)) return;
  // A round lights every requirement of the catalogue before it completes; a requirement the
  // product has not answered (or that lies above its target) is grey, with the reason.
  await call('os2-project-page', ref, 'openEvaluationRound', {});
  const status = new Map(answered.map((a) => [a.id, a.status]));
  const all = getCatalogue(CURRENT_CATALOGUE_VERSION).requirements;
  for (const [i, r] of all.entries()) {
    const answer = status.get(r.id);
    const light =
      answer === undefined
        ? 'grey'
        : answer === 'Ja'
          ? (i + index) % 9 === 0
            ? 'grey'
            : 'green'
          : answer === 'Planlagt'
            ? 'yellow'
            : 'red';
    await call('os2-project-page', ref, 'saveEvaluation', {
      requirementId: r.id,
      light,
      basis:
        light === 'green'
          ? 'Dokumentationen er gennemgået og opfylder kravet.'
          : light === 'yellow'
            ? 'Delvist opfyldt; planen er realistisk.'
            : light === 'red'
              ? 'Ikke opfyldt.'
              : answer === undefined
                ? 'Ikke besvaret i selvevalueringen, eller over produktets målniveau.'
                : 'Kan ikke vurderes ud fra det foreliggende materiale.',
      recommendation: '',
      expectedVersion: 0,
    });
  }
  if (ROUND_IN_PROGRESS.has(ref.key)) return;
  const view = await call('os2-project-page', ref, 'getGovernanceView', {});
  await call('os2-project-page', ref, 'completeEvaluationRound', {
    expectedVersion: view.evaluationRound?.version ?? 0,
  });
}
// --- end portfolio demo
