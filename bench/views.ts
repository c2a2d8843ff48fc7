/**
 * The screens the benchmark measures: each opens with the invocations its page makes on load (run in
 * parallel, as the Custom UI does), and has a budget of calls and sequential round trips. `npm run
 * bench` times them under the latency model; `test/integration/bench-budgets.test.ts` checks the
 * budgets (counts, not times) in `npm test`.
 */
import type { RunningHost } from '../emulator/host/start';
import { invokeAs, ok, type Extension } from '../demo/invoke';
import type { FunctionKey, InputOf } from '../src/contract';
import type { installLatencyModel } from './latency';

export interface Invocation {
  persona: string;
  moduleKey: string;
  fn: FunctionKey;
  input: unknown;
  extension: Extension;
}

export interface BenchView {
  name: string;
  /** Calls to Jira and storage allowed for the whole screen. */
  maxCalls: number;
  /** Sequential round trips allowed on the screen's critical path. */
  maxRounds: number;
  /** The invocations the screen makes on load (in parallel); a write runs them in order. */
  invocations: () => Invocation[];
  sequential?: boolean;
}

const call = <K extends FunctionKey>(
  persona: string,
  moduleKey: string,
  fn: K,
  input: InputOf<K>,
  extension: Extension,
): Invocation => ({ persona, moduleKey, fn, input, extension });

/** Runs one invocation; its answer's size in bytes (as JSON, what crosses the bridge). */
export async function runInvocation(host: RunningHost, i: Invocation): Promise<number> {
  const answer = await invokeAs(host.runtime, i.persona, i.moduleKey, i.fn, i.input as never, i.extension);
  return Buffer.byteLength(JSON.stringify(ok(answer, i.fn)));
}

/** The screens, over the demo's OS2loop (governance, wishes, sprints) and the whole portfolio. */
export async function benchViews(host: RunningHost): Promise<BenchView[]> {
  const loop = host.jira.listProjects().find((p) => p.key === 'LOOP')!;
  const project = { id: loop.id, key: loop.key };
  const page = { project };
  const list = ok(
    await invokeAs(host.runtime, 'coordinator', 'os2-project-page', 'listWishes', {}, page),
    'listWishes',
  );
  const wish = list.rows[0];
  if (!wish) throw new Error('the demo has no wish in OS2loop');
  const issue = { project, issue: { id: wish.id, key: wish.key } };
  let version = ok(
    await invokeAs(host.runtime, 'coordinator', 'os2-project-page', 'getGovernanceView', {}, page),
    'getGovernanceView',
  ).requirements.find((r) => r.id === 'S1')!.assessmentVersion;
  return [
    {
      name: 'Governance page (coordinator)',
      maxCalls: 19,
      maxRounds: 4,
      invocations: () => [
        call('coordinator', 'os2-project-page', 'getSession', {}, page),
        call('coordinator', 'os2-project-page', 'getGovernanceView', {}, page),
        call('coordinator', 'os2-project-page', 'getBacklogPage', { startAt: 0 }, page),
      ],
    },
    {
      name: 'Save a self-assessment',
      maxCalls: 20,
      maxRounds: 10,
      invocations: () => [
        call(
          'coordinator',
          'os2-project-page',
          'saveAssessment',
          {
            requirementId: 'S1',
            status: { kind: 'known', value: 'Ja' },
            documentation: `bench ${version}`,
            explanation: '',
            links: [],
            expectedVersion: version++,
          },
          page,
        ),
      ],
    },
    {
      name: 'Export the governance report',
      maxCalls: 14,
      maxRounds: 6,
      invocations: () => [
        call('municipality', 'os2-project-page', 'exportDocument', { kind: 'governance-report' }, page),
      ],
    },
    {
      name: 'Wishes page (coordinator)',
      maxCalls: 28,
      maxRounds: 6,
      invocations: () => [
        call('coordinator', 'os2-project-page', 'getSession', {}, page),
        call('coordinator', 'os2-project-page', 'listWishes', {}, page),
      ],
    },
    {
      name: 'Issue view: panel + badge (municipality)',
      maxCalls: 19,
      maxRounds: 6,
      invocations: () => [
        call('municipality', 'os2-wish-panel', 'getWishPanel', {}, issue),
        call('municipality', 'os2-wish-badge', 'getWishBadge', {}, issue),
      ],
    },
    {
      name: 'Sprint planning (supplier)',
      maxCalls: 18,
      maxRounds: 7,
      invocations: () => [call('supplier', 'os2-project-page', 'getSprintPlan', {}, page)],
    },
    {
      name: 'Portfolio (secretariat)',
      maxCalls: 10,
      maxRounds: 2,
      invocations: () => [
        call('secretariat', 'os2-portfolio', 'getSession', {}, {}),
        call('secretariat', 'os2-portfolio', 'getPortfolio', {}, {}),
      ],
    },
    {
      name: 'Global wishes (municipality)',
      maxCalls: 9,
      maxRounds: 5,
      invocations: () => [
        call(
          'municipality',
          'os2-portfolio',
          'listAllWishes',
          { cursor: null, mine: 'all', status: 'all', search: '' },
          {},
        ),
      ],
    },
  ];
}

/** Loads a screen once: its invocations in parallel (or in order for a write); the bytes answered. */
export async function loadView(
  host: RunningHost,
  view: BenchView,
): Promise<{ invocations: number; bytes: number }> {
  const invocations = view.invocations();
  let bytes = 0;
  if (view.sequential) for (const i of invocations) bytes += await runInvocation(host, i);
  else for (const size of await Promise.all(invocations.map((i) => runInvocation(host, i)))) bytes += size;
  return { invocations: invocations.length, bytes };
}

/**
 * Calls and rounds of a screen: each invocation alone, so its rounds are its own critical path; the
 * screen's rounds are the longest one's (they run in parallel), its calls their sum.
 */
export async function countView(
  host: RunningHost,
  view: BenchView,
  latency: ReturnType<typeof installLatencyModel>,
): Promise<{ invocations: number; calls: number; rounds: number }> {
  const result = { invocations: 0, calls: 0, rounds: 0 };
  for (const invocation of view.invocations()) {
    latency.reset();
    await runInvocation(host, invocation);
    const { storage, jira, rounds } = latency.read();
    result.invocations += 1;
    result.calls += storage + jira;
    result.rounds = view.sequential ? result.rounds + rounds : Math.max(result.rounds, rounds);
  }
  return result;
}
