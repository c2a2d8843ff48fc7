/**
 * `npx tsx bench/wish-triage.ts`: bulk wish actions under a latency model of Forge in production,
 * 40 ms per storage call and 120 ms per Jira call (every call the app makes waits that long
 * before the emulator answers). Marks 50 stories as wishes and moves the 50 to "under
 * evaluation" in one invocation each, and reports wall time and calls against a 5 s target
 * (Forge's invocation limit is 25 s). Exits non-zero when a target is missed.
 */
import { startHost } from '../emulator/host/start';
import { accountIdOf, invokeAs, ok } from '../demo/invoke';
import type { FunctionKey, InputOf } from '../src/contract';

const STORAGE_MS = 40;
const JIRA_MS = 120;
const TARGET_MS = 5_000;
const COUNT = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const host = await startHost({ port: 0, dataDir: ':memory:' });
  const loop = host.jira.listProjects().find((p) => p.key === 'LOOP')!;
  const project = { id: loop.id, key: loop.key };
  const ids: string[] = [];
  for (let i = 0; i < COUNT; i += 1) {
    const created = host.jira.handle({
      method: 'POST',
      path: '/rest/api/3/issue',
      body: JSON.stringify({
        fields: { project: { id: project.id }, issuetype: { name: 'Story' }, summary: `Triageønske ${i}` },
      }),
      headers: { 'content-type': 'application/json' },
      auth: { kind: 'user', accountId: accountIdOf('secretariat')! },
      declaredScopes: ['read:jira-work', 'write:jira-work'],
    } as never) as { status: number; body: { id: string } };
    if (created.status !== 201) throw new Error(`issue not created: ${created.status}`);
    ids.push(created.body.id);
  }

  const counts = { storage: 0, jira: 0 };
  const g = globalThis as {
    __forge_fetch__?: (descriptor: { type?: string }, ...rest: unknown[]) => Promise<Response>;
  };
  const original = g.__forge_fetch__!;
  g.__forge_fetch__ = async (descriptor, ...rest) => {
    const storage = descriptor?.type === 'kvs';
    counts[storage ? 'storage' : 'jira'] += 1;
    await sleep(storage ? STORAGE_MS : JIRA_MS);
    return original(descriptor, ...rest);
  };
  const invoke = <K extends FunctionKey>(fn: K, input: InputOf<K>) =>
    invokeAs(host.runtime, 'coordinator', 'os2-project-page', fn, input, { project }).then((r) =>
      ok(r, `${fn} failed`),
    );

  const rows: string[] = [];
  let failed = false;
  const measure = async (name: string, run: () => Promise<{ results: { ok: boolean }[] }>) => {
    counts.storage = 0;
    counts.jira = 0;
    const start = performance.now();
    const result = await run();
    const ms = performance.now() - start;
    const moved = result.results.filter((r) => r.ok).length;
    const good = ms <= TARGET_MS && moved === COUNT;
    failed ||= !good;
    rows.push(
      `${good ? 'ok  ' : 'MISS'} ${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms (≤ ${TARGET_MS})   ${moved}/${COUNT} done   storage calls ${counts.storage}, Jira calls ${counts.jira}`,
    );
  };

  await measure(`markAsWishes (${COUNT})`, () => invoke('markAsWishes', { issueIds: ids }));
  await measure(`bulkTransitionWishes (${COUNT})`, () =>
    invoke('bulkTransitionWishes', {
      items: ids.map((issueId) => ({ issueId, basedOn: null })),
      to: 'under-evaluation',
      reason: '',
      duplicateOf: '',
    }),
  );
  g.__forge_fetch__ = original;
  await host.close();
  console.log(`Latency model: ${STORAGE_MS} ms per storage call, ${JIRA_MS} ms per Jira call`);
  console.log(rows.join('\n'));
  process.exit(failed ? 1 : 0);
}

void main();
