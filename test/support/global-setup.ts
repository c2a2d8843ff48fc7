// Jest global setup (integration and e2e projects): seeds the demo site once per run and names the
// two base databases in the environment, so every host a test starts (in a worker or a spawned
// process) begins as a copy instead of seeding 968 issues again.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BASE_DB_ENV, writeBaseDatabases } from '../../emulator/host/start';

export default async function globalSetup(): Promise<void> {
  // Both projects register this file; the first one to run writes the bases for the whole run.
  if (process.env[BASE_DB_ENV.withApp] && process.env[BASE_DB_ENV.jiraOnly]) return;
  const started = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'os2-base-db-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const { withApp, jiraOnly } = await writeBaseDatabases(dir);
  process.env[BASE_DB_ENV.withApp] = withApp;
  process.env[BASE_DB_ENV.jiraOnly] = jiraOnly;
  if (process.env.OS2_TEST_TIMING) {
    console.log(`\nbase databases written in ${Date.now() - started} ms: ${dir}`);
  }
}
