import path from 'node:path';
import { existsSync } from 'node:fs';
import { PERSONAS } from '../demo/personas';
import { ROOT_DIR } from './host/manifest';
import { parseRateLimits } from './host/rate-limit-spec';
import { startHost } from './host/start';

/**
 * `npm start [-- --reset] [-- --data DIR] [-- --base FILE]`: the app offline, with OS2's demo data.
 * `--base` starts a fresh or reset database as a copy of FILE (see `writeBaseDatabases`) instead of
 * seeding it. `--rate-limit 'GET /rest/api/3/search/jql:2:60'` (repeatable, or `OS2_RATE_LIMIT`) makes
 * Jira answer the next two searches with 429 and `Retry-After: 60`; `--index-lag MS` (or
 * `OS2_INDEX_LAG_MS`) makes JQL search lag behind writes as Jira's index does.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const reset = args.includes('--reset');
  const dataIndex = args.indexOf('--data');
  const dataDir =
    dataIndex >= 0 ? path.resolve(args[dataIndex + 1] ?? '.data') : path.join(ROOT_DIR, '.data');
  const baseIndex = args.indexOf('--base');
  const baseArg = baseIndex >= 0 ? args[baseIndex + 1] : undefined;
  const baseDatabase = baseArg ? path.resolve(baseArg) : undefined;
  const port = Number(process.env.PORT ?? 3000);
  const rateLimitArgs = args.flatMap((a, i) => (a === '--rate-limit' ? [args[i + 1] ?? ''] : []));
  const rateLimits = rateLimitArgs.length ? rateLimitArgs.flatMap(parseRateLimits) : undefined;
  const lagIndex = args.indexOf('--index-lag');
  const indexLagMs = lagIndex >= 0 ? Number(args[lagIndex + 1]) : undefined;
  if (indexLagMs !== undefined && !(indexLagMs >= 0)) {
    console.error('--index-lag takes a number of milliseconds');
    process.exit(1);
  }
  if (!existsSync(path.join(ROOT_DIR, 'static', 'build'))) {
    console.error('The Custom UI is not built: run `npm run build` (npm start does it for you).');
    process.exit(1);
  }
  const host = await startHost({
    port,
    dataDir,
    reset,
    baseDatabase,
    rateLimits,
    indexLagMs,
    scheduledTriggers: true,
    log: (line) => console.log(line),
  });
  console.log(
    `\nOS2 Governance for Jira — local Forge host\n  ${host.url}\n  data: ${dataDir}\n\nPersonas (switch in the top bar, or send the header X-Emulator-Persona: <id>):`,
  );
  for (const p of PERSONAS) console.log(`  ${p.id.padEnd(13)} ${p.displayName} — ${p.labelEn}`);
  if (host.jira.indexLagMs > 0) console.log(`\nSearch index lag: ${host.jira.indexLagMs} ms`);
  for (const r of rateLimits ?? []) {
    console.log(
      `Rate limit: ${r.count} × 429 (Retry-After ${r.retryAfterSeconds} s) on ${r.method || '*'} ${r.path}`,
    );
  }
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
