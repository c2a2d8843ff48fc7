import path from 'node:path';
import { existsSync } from 'node:fs';
import { PERSONAS } from '../demo/personas';
import { ROOT_DIR } from './host/manifest';
import { startHost } from './host/start';

/**
 * `npm start [-- --reset] [-- --data DIR] [-- --base FILE]`: the app offline, with OS2's demo data.
 * `--base` starts a fresh or reset database as a copy of FILE (see `writeBaseDatabases`) instead of
 * seeding it.
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
  if (!existsSync(path.join(ROOT_DIR, 'static', 'build'))) {
    console.error('The Custom UI is not built: run `npm run build` (npm start does it for you).');
    process.exit(1);
  }
  const host = await startHost({
    port,
    dataDir,
    reset,
    baseDatabase,
    scheduledTriggers: true,
    log: (line) => console.log(line),
  });
  console.log(
    `\nOS2 Governance for Jira — local Forge host\n  ${host.url}\n  data: ${dataDir}\n\nPersonas (switch in the top bar, or send the header X-Emulator-Persona: <id>):`,
  );
  for (const p of PERSONAS) console.log(`  ${p.id.padEnd(13)} ${p.displayName} — ${p.labelEn}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
