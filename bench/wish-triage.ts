/**
 * `npm run bench:wishes`: long wish work under bench/latency.ts's model of Forge in production
 * (40 ms per storage call, 120 ms per Jira call; `--storage-ms`, `--jira-ms` override them).
 *
 * - Marks 50 stories as wishes and moves the 50 to "under evaluation" (bulk triage), each in one
 *   resolver call: target ≤ 5 s modelled.
 * - Re-scores 1,000 wishes after a settings save: the save's resolver call and the queue
 *   consumer's slices, each invocation within Forge's 25 s limit.
 *
 * Prints wall time, calls and rounds (sequential round trips) per invocation; exits non-zero when
 * a target is missed.
 */
import { startHost } from '../emulator/host/start';
import type { InvocationRecord } from '../emulator/host/runtime';
import { accountIdOf, invokeAs, ok } from '../demo/invoke';
import type { FunctionKey, InputOf, OutputOf } from '../src/contract';
import { installLatencyModel, latencyFromArgs, type CallCounts } from './latency';

const BULK_TARGET_MS = 5_000;
const INVOCATION_LIMIT_MS = 25_000;
const BULK = 50;
const RESCORED = 1_000;

async function main() {
  const model = latencyFromArgs();
  const host = await startHost({ port: 0, dataDir: ':memory:' });
  const loop = host.jira.listProjects().find((p) => p.key === 'LOOP')!;
  const project = { id: loop.id, key: loop.key };
  const createStories = (count: number, label: string) =>
    Array.from({ length: count }, (_, i) => {
      const created = host.jira.handle({
        method: 'POST',
        path: '/rest/api/3/issue',
        body: JSON.stringify({
          fields: { project: { id: project.id }, issuetype: { name: 'Story' }, summary: `${label} ${i}` },
        }),
        headers: { 'content-type': 'application/json' },
        auth: { kind: 'user', accountId: accountIdOf('secretariat')! },
        declaredScopes: ['read:jira-work', 'write:jira-work'],
      } as never) as { status: number; body: { id: string } };
      if (created.status !== 201) throw new Error(`issue not created: ${created.status}`);
      return created.body.id;
    });
  const invoke = <K extends FunctionKey>(fn: K, input: InputOf<K>): Promise<OutputOf<K>> =>
    invokeAs(host.runtime, 'coordinator', 'os2-project-page', fn, input, { project }).then((r) =>
      ok(r, `${fn} failed`),
    );

  // Setup without the model: 1,000 wishes to re-score.
  const many = createStories(RESCORED, 'Scoreønske');
  for (let i = 0; i < many.length; i += BULK)
    await invoke('markAsWishes', { issueIds: many.slice(i, i + BULK) });
  await host.runtime.queue.settled();
  const ids = createStories(BULK, 'Triageønske');

  const latency = installLatencyModel(model);
  const rows: string[] = [];
  let failed = false;
  const fmt = (c: CallCounts) => `storage ${c.storage}, Jira ${c.jira}, rounds ${c.rounds}`;

  const bulk = async (name: string, run: () => Promise<{ results: { ok: boolean }[]; job: unknown }>) => {
    latency.reset();
    const start = performance.now();
    const result = await run();
    const ms = performance.now() - start;
    const done = result.results.filter((r) => r.ok).length;
    const good = ms <= BULK_TARGET_MS && done === BULK && result.job === null;
    failed ||= !good;
    rows.push(
      `${good ? 'ok  ' : 'MISS'} ${name.padEnd(30)} ${ms.toFixed(0).padStart(6)} ms (≤ ${BULK_TARGET_MS})  ${done}/${BULK} done  ${fmt(latency.read())}`,
    );
  };
  await bulk(`markAsWishes (${BULK})`, () => invoke('markAsWishes', { issueIds: ids }));
  await bulk(`bulkTransitionWishes (${BULK})`, () =>
    invoke('bulkTransitionWishes', {
      items: ids.map((issueId) => ({ issueId, basedOn: null })),
      to: 'under-evaluation',
      reason: '',
      duplicateOf: '',
    }),
  );

  // Re-scoring: every invocation the save sets off, with the calls made while it ran.
  const invocations: { record: InvocationRecord; counts: CallCounts }[] = [];
  const stop = host.runtime.observe((record) => {
    invocations.push({ record, counts: latency.read() });
    latency.reset();
  });
  const settings = await invoke('getWishSettings', {});
  const { version, updatedAt: _a, updatedBy: _b, ...values } = settings.settings;
  invocations.length = 0;
  latency.reset();
  const start = performance.now();
  const saved = await invoke('saveWishSettings', {
    ...values,
    weights: { reach: 4, value: 2, urgency: 1, cost: 2, funding: 1 },
    expectedVersion: version,
  });
  await host.runtime.queue.settled();
  const total = performance.now() - start;
  stop();
  const job = (await invoke('getWishJobProgress', { jobId: saved.job.jobId })).job!;
  const longest = Math.max(...invocations.map((i) => i.record.ms));
  const good =
    job.state === 'done' && job.processed >= RESCORED && longest <= INVOCATION_LIMIT_MS && job.failed === 0;
  failed ||= !good;
  rows.push(
    `${good ? 'ok  ' : 'MISS'} re-score ${RESCORED}+ wishes           ${total.toFixed(0).padStart(6)} ms in all, ${invocations.length} invocations, longest ${longest.toFixed(0)} ms (≤ ${INVOCATION_LIMIT_MS})  ${job.processed} checked, ${job.updated} updated, ${job.failed} failed`,
  );
  for (const [n, { record, counts }] of invocations.entries()) {
    rows.push(
      `       ${String(n + 1).padStart(2)}. ${record.kind.padEnd(8)} ${record.ms.toFixed(0).padStart(6)} ms  ${fmt(counts)}${record.ok ? '' : '  FAILED'}`,
    );
  }
  latency.uninstall();
  await host.close();
  console.log(`Latency model: ${model.storageMs} ms per storage call, ${model.jiraMs} ms per Jira call`);
  console.log(rows.join('\n'));
  process.exit(failed ? 1 : 0);
}

void main();
