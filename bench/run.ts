/**
 * `npm run bench`: every screen of bench/views.ts against the local host (real @forge packages,
 * emulated Jira and storage) under the latency model of bench/latency.ts (default 40 ms a storage
 * call, 120 ms a Jira call; `--storage-ms`, `--jira-ms` override). Prints per screen: invocations,
 * calls, sequential round trips, bytes answered and the modelled time (median of 5 loads), and
 * exits non-zero when a screen exceeds its call or round budget. Times are reported, not asserted.
 */
import { startHost } from '../emulator/host/start';
import { installLatencyModel, latencyFromArgs } from './latency';
import { benchViews, countView, loadView } from './views';

const LOADS = 5;

async function main() {
  const model = latencyFromArgs();
  const host = await startHost({ port: 0, dataDir: ':memory:', indexLagMs: 0 });
  const views = await benchViews(host);
  console.error(`host ready; ${views.length} screens`);
  const latency = installLatencyModel(model);
  const header = ['screen', 'invocations', 'calls', 'rounds', 'bytes', 'modelled ms', 'budget'];
  const rows: string[][] = [];
  let failed = false;
  for (const view of views) {
    await loadView(host, view); // warm-up: caches a real invocation would also have warm
    const counted = await countView(host, view, latency);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < LOADS; i++) {
      const start = performance.now();
      bytes = Math.max(bytes, (await loadView(host, view)).bytes);
      times.push(performance.now() - start);
    }
    const worst = { ...counted, bytes };
    times.sort((a, b) => a - b);
    const within = worst.calls <= view.maxCalls && worst.rounds <= view.maxRounds;
    failed ||= !within;
    rows.push([
      view.name,
      String(worst.invocations),
      String(worst.calls),
      String(worst.rounds),
      worst.bytes.toLocaleString('en'),
      times[Math.floor(times.length / 2)]!.toFixed(0),
      `${within ? 'ok' : 'MISS'} (≤ ${view.maxCalls} calls, ≤ ${view.maxRounds} rounds)`,
    ]);
  }
  latency.uninstall();
  await host.close();
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 || c === 6 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ');
  console.log(`Latency model: ${model.storageMs} ms a storage call, ${model.jiraMs} ms a Jira call.`);
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  process.exit(failed ? 1 : 0);
}

void main();
