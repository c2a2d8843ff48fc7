import { mkdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { JiraEmulator } from '../jira/jira-emulator';
import { entitiesFromManifest, KvsEmulator } from '../kvs/kvs-emulator';
import { buildSeed } from '../../demo';
import { seedAppData } from '../../demo/app-seed';
import { loadManifest, ROOT_DIR } from './manifest';
import { ForgeRuntime } from './runtime';
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
}

const INTERVAL_MS: Record<string, number> = {
  fiveMinute: 5 * 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
};

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

/** Starts the local Forge host: emulated Jira and storage in one SQLite file, the app's real resolver, the shell. */
export async function startHost(options: HostOptions = {}): Promise<RunningHost> {
  const log = options.log ?? (() => undefined);
  const dataDir = options.dataDir ?? path.join(ROOT_DIR, '.data');
  const file = dataDir === ':memory:' ? ':memory:' : path.join(dataDir, 'forge-host.sqlite');
  if (file !== ':memory:') mkdirSync(dataDir, { recursive: true });
  // A reset starts from an empty database: Jira and storage are re-seeded together.
  if (options.reset && file !== ':memory:') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');

  const manifest = loadManifest();
  const seed = buildSeed();
  const jira = new JiraEmulator(db, { siteUrl: seed.siteUrl });
  jira.entityPropertyIndex(manifest.entityProperties);
  const kvs = new KvsEmulator(db, entitiesFromManifest(manifest.raw));
  const freshSeed = options.reset || !jira.isSeeded();
  if (freshSeed) {
    log(options.reset ? 'Resetting demo data…' : 'Seeding demo data…');
    jira.load(seed);
  }

  // The globals are process-wide, as in one Forge runtime container: one host per process.
  if (globalsOwner) throw new Error('A Forge host is already running in this process');
  const runtime = new ForgeRuntime({ manifest, jira, kvs, cloudId: seed.cloudId, siteUrl: seed.siteUrl });
  runtime.installGlobals();
  globalsOwner = runtime;
  await runtime.loadApp();
  // The app's own records go in through its resolvers, so they are exactly what the app writes.
  if (freshSeed && options.seedApp !== false) await seedAppData(runtime, seed);

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
        server.closeAllConnections();
        server.close(() => {
          db.close();
          globalsOwner = undefined;
          resolve();
        });
      }),
  };
}
