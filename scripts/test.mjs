// `npm test`: builds the Custom UI (the manifest check and the end-to-end tests need it), then runs
// every jest project (unit, integration, e2e) in one run so the closing line totals them all.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;

if (run('npx', ['vite', 'build', '--config', 'static/vite.config.mts', '--logLevel', 'warn']) !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
process.exit(run('npx', ['jest', '--ci', ...process.argv.slice(2)]));
