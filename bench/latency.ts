/**
 * The benchmarks' latency model of Forge in production: every call the app makes through
 * `__forge_fetch__` waits a fixed time before the local host answers (by default 40 ms for a
 * storage call and 120 ms for a Jira or platform call), and is counted.
 *
 * "Rounds" are the sequential round trips on the critical path: a call that starts while no other
 * call is in flight opens a new round; calls made in parallel share one. Modelled time is measured
 * wall time with the model on, so it includes the app's own CPU time.
 */
export interface LatencyModel {
  storageMs: number;
  jiraMs: number;
}

export const DEFAULT_LATENCY: LatencyModel = { storageMs: 40, jiraMs: 120 };

/** `--storage-ms N` and `--jira-ms N` override the defaults. */
export function latencyFromArgs(argv: readonly string[] = process.argv.slice(2)): LatencyModel {
  const flag = (name: string, fallback: number) => {
    const at = argv.indexOf(name);
    if (at < 0) return fallback;
    const value = Number(argv[at + 1]);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} needs a number of milliseconds`);
    return value;
  };
  return {
    storageMs: flag('--storage-ms', DEFAULT_LATENCY.storageMs),
    jiraMs: flag('--jira-ms', DEFAULT_LATENCY.jiraMs),
  };
}

export interface CallCounts {
  storage: number;
  jira: number;
  rounds: number;
}

type ForgeFetch = (descriptor: { type?: string }, ...rest: unknown[]) => Promise<Response>;

const sleep = (ms: number) =>
  new Promise<void>((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)));

/**
 * Wraps the host's `__forge_fetch__` (install after `startHost`). With a zero model every call
 * still yields one event-loop turn, so calls issued together are seen as parallel.
 */
export function installLatencyModel(model: LatencyModel) {
  const g = globalThis as { __forge_fetch__?: ForgeFetch };
  const original = g.__forge_fetch__;
  if (!original) throw new Error('start the host before installing the latency model');
  const counts: CallCounts = { storage: 0, jira: 0, rounds: 0 };
  let inFlight = 0;
  g.__forge_fetch__ = async (descriptor, ...rest) => {
    const storage = descriptor?.type === 'kvs';
    counts[storage ? 'storage' : 'jira'] += 1;
    if (inFlight === 0) counts.rounds += 1;
    inFlight += 1;
    try {
      await sleep(storage ? model.storageMs : model.jiraMs);
      return await original(descriptor, ...rest);
    } finally {
      inFlight -= 1;
    }
  };
  return {
    reset() {
      counts.storage = 0;
      counts.jira = 0;
      counts.rounds = 0;
    },
    read(): CallCounts {
      return { ...counts };
    },
    uninstall() {
      g.__forge_fetch__ = original;
    },
  };
}
