import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { getNodeBundler, NODE_RUNTIME_CODE_FILE } from '@forge/bundler';
import type { ConfigReader, Logger } from '@forge/cli-shared';
import type { ManifestSchema } from '@forge/manifest';
import { parse } from 'yaml';

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
