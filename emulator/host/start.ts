import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { JiraEmulator } from '../jira/jira-emulator';
import { entitiesFromManifest, KvsEmulator } from '../kvs/kvs-emulator';
import { buildSeed } from '../../demo';
import { seedAppData } from '../../demo/app-seed';
import { loadManifest, ROOT_DIR } from './manifest';
import { ForgeRuntime } from './runtime';
import { parseRateLimits, RATE_LIMIT_ENV, type RateLimitSpec } from './rate-limit-spec';
import { createHostServer } from './server';

export interface HostOptions {
  port?: number;
  /** Folder for the SQLite file; `:memory:` keeps state in memory only (tests). */
  dataDir?: string;
  reset?: boolean;
  /** Seed the app's own storage (product profiles, decisions) too; default true. */
  seedApp?: boolean;
  /** Run the manifest's scheduled triggers on their interval (off unless asked; tests run them on demand). */
  scheduledTriggers?: boolean;
  log?: (line: string) => void;
  /**
   * A database written by `writeBaseDatabases`: a fresh or reset host starts from a copy of it instead
   * of seeding (an in-memory host from a deserialised copy). It must match `seedApp`. Defaults to the
   * file named by the environment variable `OS2_BASE_DB` (`OS2_BASE_DB_JIRA` with `seedApp: false`),
   * which the test runner's global setup sets; `false` always seeds.
   */
  baseDatabase?: string | false;
  /** Search-index lag in ms (see emulator/jira/search-index.ts); default `OS2_INDEX_LAG_MS`, else 0. */
  indexLagMs?: number;
  /** 429s the emulated Jira answers first (`npm start -- --rate-limit …`, `OS2_RATE_LIMIT`). */
  rateLimits?: RateLimitSpec[];
}

const INTERVAL_MS: Record<string, number> = {
  fiveMinute: 5 * 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
};

/** The environment variables that name the base databases, so that spawned hosts find them too. */
export const BASE_DB_ENV = { withApp: 'OS2_BASE_DB', jiraOnly: 'OS2_BASE_DB_JIRA' } as const;

const DB_FILE = 'forge-host.sqlite';

export interface RunningHost {
  url: string;
  port: number;
  runtime: ForgeRuntime;
  jira: JiraEmulator;
  kvs: KvsEmulator;
  db: Database.Database;
  close(): Promise<void>;
}

let globalsOwner: ForgeRuntime | undefined;

function baseFor(options: HostOptions): string | undefined {
  if (options.baseDatabase === false) return undefined;
  const base =
    options.baseDatabase ??
    process.env[options.seedApp === false ? BASE_DB_ENV.jiraOnly : BASE_DB_ENV.withApp];
  if (base && !existsSync(base)) throw new Error(`The base database ${base} does not exist`);
  return base || undefined;
}

/**
 * Opens the host's database: a file in `dataDir`, or memory. A fresh or reset one starts as a copy of
 * `base`; `fromBase` says so, and that it needs no seeding.
 */
function openDatabase(
  dataDir: string,
  reset: boolean,
  base: string | undefined,
): { db: Database.Database; fromBase: boolean } {
  if (dataDir === ':memory:') {
    return { db: new Database(base ? readFileSync(base) : ':memory:'), fromBase: !!base };
  }
  const file = path.join(dataDir, DB_FILE);
  mkdirSync(dataDir, { recursive: true });
  // A reset starts from an empty database: Jira and storage are re-seeded together.
  if (reset) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const fromBase = !!base && !existsSync(file);
  if (base && fromBase) copyFileSync(base, file);
  return { db: new Database(file), fromBase };
}

/** Jira and storage over one database, with the manifest's entity properties indexed. */
function openStores(db: Database.Database) {
  db.pragma('journal_mode = WAL');
  const manifest = loadManifest();
  const seed = buildSeed();
  const jira = new JiraEmulator(db, { siteUrl: seed.siteUrl });
  jira.entityPropertyIndex(manifest.entityProperties);
  const kvs = new KvsEmulator(db, entitiesFromManifest(manifest.raw));
  return { manifest, seed, jira, kvs };
}

/** The Forge runtime around the app's real resolver; its globals are process-wide. */
async function loadRuntime({
  manifest,
  seed,
  jira,
  kvs,
}: ReturnType<typeof openStores>): Promise<ForgeRuntime> {
  // The globals are process-wide, as in one Forge runtime container: one host per process.
  if (globalsOwner) throw new Error('A Forge host is already running in this process');
  const runtime = new ForgeRuntime({ manifest, jira, kvs, cloudId: seed.cloudId, siteUrl: seed.siteUrl });
  runtime.installGlobals();
  globalsOwner = runtime;
  await runtime.loadApp();
  return runtime;
}

/** Starts the local Forge host: emulated Jira and storage in one SQLite file, the app's real resolver, the shell. */
export async function startHost(options: HostOptions = {}): Promise<RunningHost> {
  const log = options.log ?? (() => undefined);
  const dataDir = options.dataDir ?? path.join(ROOT_DIR, '.data');
  const { db, fromBase } = openDatabase(dataDir, options.reset === true, baseFor(options));
  const stores = openStores(db);
  const { manifest, seed, jira, kvs } = stores;
  if (options.indexLagMs !== undefined) jira.indexLagMs = options.indexLagMs;
  const freshSeed = !fromBase && (options.reset || !jira.isSeeded());
  if (freshSeed) {
    log(options.reset ? 'Resetting demo data…' : 'Seeding demo data…');
    jira.load(seed);
  }
  let runtime: ForgeRuntime;
  try {
    runtime = await loadRuntime(stores);
    // The app's own records go in through its resolvers, so they are exactly what the app writes.
    if (freshSeed && options.seedApp !== false) await seedAppData(runtime, seed);
  } catch (error) {
    db.close();
    throw error;
  }

  // Injected after seeding, so that the limits meet the app's calls, not the seeding's.
  const envLimits = process.env[RATE_LIMIT_ENV];
  for (const limit of options.rateLimits ?? (envLimits ? parseRateLimits(envLimits) : [])) {
    jira.addRateLimit(limit.count, limit);
  }

  const server = createHostServer({
    manifest,
    runtime,
    jira,
    db,
    siteUrl: seed.siteUrl,
    cloudId: seed.cloudId,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3000, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const timers = options.scheduledTriggers
    ? manifest.scheduledTriggers.map((trigger) =>
        setInterval(
          () =>
            void runtime.runScheduledTrigger(trigger.key).then((result) => {
              if (!result.ok) log(`Scheduled trigger ${trigger.key} failed: ${result.message}`);
            }),
          INTERVAL_MS[trigger.interval] ?? INTERVAL_MS.hour,
        ).unref(),
      )
    : [];
  return {
    url: `http://localhost:${port}`,
    port,
    runtime,
    jira,
    kvs,
    db,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        runtime.queue.stop();
        server.closeAllConnections();
        server.close(() => {
          db.close();
          globalsOwner = undefined;
          resolve();
        });
      }),
  };
}

/**
 * Writes the two databases a fresh host starts with into `dir`, seeding once: Jira only (`seedApp:
 * false`), and Jira with the app's records. They are written by the same steps as a fresh start, and
 * checkpointed with a rollback journal, so a plain file copy or `new Database(buffer)` opens them.
 */
export async function writeBaseDatabases(dir: string): Promise<{ withApp: string; jiraOnly: string }> {
  mkdirSync(dir, { recursive: true });
  const jiraOnly = path.join(dir, 'jira.sqlite');
  const withApp = path.join(dir, 'jira-and-app.sqlite');
  const close = (db: Database.Database) => {
    db.pragma('journal_mode = DELETE');
    db.close();
  };
  for (const file of [jiraOnly, withApp]) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
  }

  const jiraDb = new Database(jiraOnly);
  try {
    const stores = openStores(jiraDb);
    stores.jira.load(stores.seed);
  } finally {
    close(jiraDb);
  }

  copyFileSync(jiraOnly, withApp);
  const appDb = new Database(withApp);
  try {
    const stores = openStores(appDb);
    const runtime = await loadRuntime(stores);
    try {
      await seedAppData(runtime, stores.seed);
    } finally {
      globalsOwner = undefined;
    }
  } finally {
    close(appDb);
  }
  return { withApp, jiraOnly };
}
