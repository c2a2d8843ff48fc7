// `npm test`: builds the Custom UI (the manifest check and the end-to-end tests need it), then runs
// every jest project (unit, ui, integration, e2e) in one run so the closing line totals them all.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD = path.join(ROOT, 'static', 'build');
const run = (cmd, args) => spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', shell: false }).status ?? 1;

/** One hash over a folder's file names and contents. */
function treeHash(dir) {
  const hash = createHash('sha256');
  const walk = (sub) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else
        hash
          .update(rel)
          .update('\0')
          .update(readFileSync(path.join(dir, rel)))
          .update('\0');
    }
  };
  walk('');
  return hash.digest('hex');
}

// The build goes to a scratch folder first and replaces static/build only if it changed, so a second
// `npm test` in the same checkout never empties the folder a running one's hosts serve from.
mkdirSync(path.join(ROOT, '.data'), { recursive: true });
const scratch = path.join(ROOT, '.data', `ui-build-${process.pid}`);
const built =
  run('npx', [
    'vite',
    'build',
    '--config',
    'static/vite.config.mts',
    '--logLevel',
    'warn',
    '--outDir',
    scratch,
    '--emptyOutDir',
  ]) === 0;
if (!built) {
  rmSync(scratch, { recursive: true, force: true });
  console.log('0 passed, 1 failed');
  process.exit(1);
}
if (existsSync(BUILD) && treeHash(BUILD) === treeHash(scratch)) {
  rmSync(scratch, { recursive: true, force: true });
} else {
  const old = `${scratch}-old`;
  if (existsSync(BUILD)) renameSync(BUILD, old);
  renameSync(scratch, BUILD);
  rmSync(old, { recursive: true, force: true });
}
process.exit(run('npx', ['jest', '--ci', ...process.argv.slice(2)]));
