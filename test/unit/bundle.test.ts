import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getNodeBundler, NODE_RUNTIME_CODE_FILE } from '@forge/bundler';
import type { ConfigReader, Logger } from '@forge/cli-shared';
import type { ManifestSchema } from '@forge/manifest';
import { parse } from 'yaml';
import {
  BUDGETS_KB,
  initialScripts,
  measureModule,
  overBudget,
  sizeTable,
  staticClosure,
} from '../../scripts/bundle-size';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = parse(readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8')) as ManifestSchema;

// `forge deploy` fetches the Forge runtime's loader and wrapper from Atlassian's CDN and adds them to
// the upload; they are not part of the app's bundle, so offline stand-ins do.
const offlineWrapper: Parameters<typeof getNodeBundler>[1] = {
  getNodeRuntimeWrapper: async () => ({ script: '/* wrapper */', source: 'offline', version: 'offline' }),
  getNodeRuntimeLoader: async () => ({ script: '/* loader */', source: 'offline', version: 'offline' }),
};
const warnings: string[] = [];
const logger: Logger = {
  traceEnabled: false,
  debugEnabled: false,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: (message) => void warnings.push(message),
  error: (error) => void warnings.push(error.message),
};
const configReader: ConfigReader = { readConfig: async () => manifest };

let outputDir: string | undefined;
afterAll(() => {
  if (outputDir) rmSync(outputDir, { recursive: true, force: true });
});

describe('the Forge bundle', () => {
  it('compiles every function handler of the manifest as `forge deploy` does, and exports it', async () => {
    const functions = manifest.modules?.function ?? [];
    expect(functions.length).toBeGreaterThan(0);
    // A handler is `<module>.<export>`: the module is a file under src/, as the Forge CLI reads it.
    const handlers = functions.map((f) => {
      const [module, exported] = f.handler.split('.') as [string, string];
      return { module, exported };
    });
    const entryPoints = [...new Set(handlers.map((h) => h.module))].map((name) => ({
      name,
      path: path.join(ROOT, 'src', name),
    }));

    const bundler = getNodeBundler(logger, offlineWrapper, configReader);
    const result = await bundler.bundle({ appDirectory: ROOT, entryPoints });
    outputDir = result.outputDir;

    expect(result.additionalOutputs?.has(NODE_RUNTIME_CODE_FILE)).toBe(true);
    for (const { module, exported } of handlers) {
      const file = path.join(result.outputDir, `${module}.cjs`);
      expect(existsSync(file)).toBe(true);
      expect(statSync(file).size).toBeGreaterThan(10_000);
      // Loaded as the Forge runtime loads it (plain Node, CommonJS), the handler is a function.
      const kind = execFileSync(
        process.execPath,
        ['-e', `process.stdout.write(typeof require(${JSON.stringify(file)})[${JSON.stringify(exported)}])`],
        { encoding: 'utf8' },
      );
      expect(kind).toBe('function');
    }
    expect(warnings).toEqual([]);
  }, 120_000);
});

describe('the Custom UI bundles', () => {
  // A fresh build of the current sources (with Vite's manifest), not whatever static/build holds.
  let buildDir: string;
  beforeAll(() => {
    buildDir = mkdtempSync(path.join(os.tmpdir(), 'os2-ui-build-'));
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '--config',
        path.join(ROOT, 'static', 'vite.config.mts'),
        '--outDir',
        buildDir,
        '--emptyOutDir',
        '--manifest',
        '--logLevel',
        'error',
      ],
      // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
    );
  }, 180_000);
  afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

  const modules = () =>
    readdirSync(buildDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.slice(0, -'.html'.length))
      .sort();

  it('has a budget for every module page, and a page for every budget', () => {
    expect(modules()).toEqual(Object.keys(BUDGETS_KB).sort());
  });

  it("measures what each page loads at once: its HTML's module script and preloads are the entry's static imports", () => {
    const manifest = JSON.parse(readFileSync(path.join(buildDir, '.vite', 'manifest.json'), 'utf8'));
    for (const module of modules()) {
      const html = readFileSync(path.join(buildDir, `${module}.html`), 'utf8');
      expect(new Set(initialScripts(html))).toEqual(new Set(staticClosure(manifest, `${module}.html`)));
    }
  });

  it("keeps each module's initial JavaScript within its budget (gzip -9): the badge 60 KB, the others 150 KB", () => {
    const sizes = modules().map((m) => measureModule(buildDir, m));
    console.log(`Initial JavaScript per module:\n${sizeTable(sizes)}`);
    expect(overBudget(sizes)).toEqual([]);
    // Not an empty measurement: each page loads React at least.
    for (const s of sizes) expect(s.gzipBytes).toBeGreaterThan(40 * 1024);
  });

  it('reports a module over its budget, or without one', () => {
    const size = (module: string, kb: number) => ({ module, files: [], rawBytes: 0, gzipBytes: kb * 1024 });
    expect(overBudget([size('wish-badge', 60), size('project', 149.9)])).toEqual([]);
    expect(overBudget([size('wish-badge', 60.1), size('project', 151), size('new-module', 1)])).toEqual([
      'wish-badge: 60.1 KB > 60 KB',
      'project: 151.0 KB > 150 KB',
      'new-module: no budget',
    ]);
  });
});
