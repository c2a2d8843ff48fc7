/**
 * `npm run bench`: the performance targets, measured against the local host (real @forge packages,
 * emulated Jira and storage). Counts round trips per view as well as time; prints a table and exits
 * non-zero when a target is missed. Not part of `npm test`: timings belong here, not in tests.
 */
import { startHost } from '../emulator/host/start';
import { invokeAs, ok } from '../demo/invoke';
import type { FunctionKey, InputOf } from '../src/contract';

interface Target {
  name: string;
  /** Median milliseconds allowed. */
  medianMs: number;
  /** Jira + storage calls allowed for one invocation. */
  maxCalls: number;
  run: () => Promise<unknown>;
}

async function main() {
  const host = await startHost({ port: 0, dataDir: ':memory:' });
  const loop = host.jira.listProjects().find((p) => p.key === 'LOOP')!;
  const project = { id: loop.id, key: loop.key };
  let calls = 0;
  const g = globalThis as { __forge_fetch__?: (...args: unknown[]) => Promise<Response> };
  const original = g.__forge_fetch__!;
  g.__forge_fetch__ = (...args: unknown[]) => {
    calls += 1;
    return original(...args);
  };
  const invoke = async <K extends FunctionKey>(
    persona: string,
    fn: K,
    input: InputOf<K>,
    moduleKey = 'os2-project-page',
  ) => ok(await invokeAs(host.runtime, persona, moduleKey, fn, input, { project }), `${fn} failed`);

  let version = 0;
  const targets: Target[] = [
    {
      name: 'getGovernanceView (coordinator)',
      medianMs: 50,
      maxCalls: 13,
      run: () => invoke('coordinator', 'getGovernanceView', {}),
    },
    {
      name: 'getBacklogPage (coordinator)',
      medianMs: 30,
      maxCalls: 3,
      run: () => invoke('coordinator', 'getBacklogPage', { startAt: 0 }),
    },
    {
      name: 'saveAssessment + fresh view',
      medianMs: 80,
      maxCalls: 22,
      run: async () => {
        await invoke('coordinator', 'saveAssessment', {
          requirementId: 'S1',
          status: { kind: 'known', value: 'Ja' },
          documentation: `bench ${version}`,
          explanation: '',
          links: [],
          expectedVersion: version,
        });
        version += 1;
      },
    },
    {
      name: 'exportDocument governance-report',
      medianMs: 50,
      maxCalls: 13,
      run: () => invoke('municipality', 'exportDocument', { kind: 'governance-report' }),
    },
    {
      // The aggregate's shards (3 batch reads) + app settings; permitted projects, myself, admin check.
      name: 'getPortfolio (secretariat)',
      medianMs: 40,
      maxCalls: 7,
      run: () => invoke('secretariat', 'getPortfolio', {}, 'os2-portfolio'),
    },
  ];

  const rows: string[] = [];
  let failed = false;
  for (const target of targets) {
    await target.run(); // warm-up
    const times: number[] = [];
    let maxCalls = 0;
    for (let i = 0; i < 15; i++) {
      calls = 0;
      const start = performance.now();
      await target.run();
      times.push(performance.now() - start);
      maxCalls = Math.max(maxCalls, calls);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const ok = median <= target.medianMs && maxCalls <= target.maxCalls;
    failed ||= !ok;
    rows.push(
      `${ok ? 'ok  ' : 'MISS'} ${target.name.padEnd(36)} median ${median.toFixed(1).padStart(7)} ms (≤ ${target.medianMs})   calls ${String(maxCalls).padStart(3)} (≤ ${target.maxCalls})`,
    );
  }
  await host.close();
  console.log(rows.join('\n'));
  process.exit(failed ? 1 : 0);
}

void main();
