// The fast part of `npm run bench`: each screen's calls and sequential round trips stay within its
// budget (bench/views.ts). Counts, not times: a zero latency model, so this runs in seconds.
import { startHost, type RunningHost } from '../../emulator/host/start';
import { installLatencyModel } from '../../bench/latency';
import { benchViews, countView, loadView, type BenchView } from '../../bench/views';

let host: RunningHost;
let views: BenchView[];
let latency: ReturnType<typeof installLatencyModel>;

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:', indexLagMs: 0 });
  views = await benchViews(host);
  latency = installLatencyModel({ storageMs: 0, jiraMs: 0 });
}, 180_000);

afterAll(async () => {
  latency?.uninstall();
  await host?.close();
});

it('keeps every screen within its budget of calls and round trips', async () => {
  const over: string[] = [];
  for (const view of views) {
    await loadView(host, view); // warm, as in the benchmark
    const counted = await countView(host, view, latency);
    expect(counted.invocations).toBeGreaterThan(0);
    expect(counted.calls).toBeGreaterThan(0);
    if (counted.calls > view.maxCalls || counted.rounds > view.maxRounds)
      over.push(
        `${view.name}: ${counted.calls} calls (≤ ${view.maxCalls}), ${counted.rounds} rounds (≤ ${view.maxRounds})`,
      );
  }
  expect(over).toEqual([]);
}, 120_000);
