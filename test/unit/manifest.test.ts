import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { checkManifest, projectRules, validateWithForge } from '../../scripts/manifest-check';

const ROOT = path.resolve(__dirname, '..', '..');
const REAL = path.join(ROOT, 'manifest.yml');

/** A copy of the app in a temp folder (sources linked) with a manifest changed by `mutate`. */
function brokenCopy(mutate: (manifest: any) => void): { file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  for (const name of ['src', 'static', 'locales']) symlinkSync(path.join(ROOT, name), path.join(dir, name));
  const manifest = parse(readFileSync(REAL, 'utf8'));
  mutate(manifest);
  const file = path.join(dir, 'manifest.yml');
  writeFileSync(file, stringify(manifest));
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('manifest.yml', () => {
  beforeAll(() => {
    if (!existsSync(path.join(ROOT, 'static', 'build', 'project.html'))) {
      throw new Error(
        'The Custom UI must be built first (npm run build): FULL validation checks the resource files',
      );
    }
  });

  it('passes Atlassian validation (BASIC and FULL) and the project rules', async () => {
    expect(await validateWithForge('BASIC', REAL)).toEqual([]);
    expect(await validateWithForge('FULL', REAL)).toEqual([]);
    expect(projectRules(REAL)).toEqual([]);
  });

  it('declares every module the app needs, all as Custom UI on one resource and one resolver', () => {
    const manifest = parse(readFileSync(REAL, 'utf8'));
    const modules = manifest.modules;
    for (const type of [
      'jira:issuePanel',
      'jira:issueContext',
      'jira:projectPage',
      'jira:projectSettingsPage',
      'jira:globalPage',
      'jira:adminPage',
      'jira:dashboardGadget',
      'jira:entityProperty',
    ]) {
      expect(modules[type]).toHaveLength(1);
    }
    // Jira allows one global page per app: the portfolio and the wishes across products are its pages.
    expect(modules['jira:globalPage'][0].pages.map((p: { route: string }) => p.route)).toEqual([
      'portfolio',
      'wishes',
    ]);
    expect(modules['jira:issueGlance']).toBeUndefined();
    // The UI modules' one resolver, the wish index sweep's function behind its scheduled trigger,
    // and the consumer of the wish job queue (src/platform/queue.ts pushes to it).
    expect(modules.function).toEqual([
      { key: 'resolver', handler: 'index.handler' },
      { key: 'wish-index-sweep', handler: 'index.sweepWishIndex' },
      { key: 'wish-jobs', handler: 'index.wishJobConsumer' },
    ]);
    expect(modules.consumer).toEqual([
      { key: 'os2-wish-jobs-consumer', queue: 'os2-wish-jobs', function: 'wish-jobs' },
    ]);
    expect(modules.scheduledTrigger).toEqual([
      { key: 'os2-wish-index-sweep', function: 'wish-index-sweep', interval: 'hour' },
    ]);
    expect(manifest.resources).toHaveLength(1);
    expect(modules['jira:projectPage'][0].pages.map((p: { route: string }) => p.route)).toEqual([
      'governance',
      'wishes',
      'sprint-planning',
    ]);
    expect(modules['jira:dashboardGadget'][0].edit.resource).toBe('ui/gadget-edit');
    expect(JSON.stringify(manifest)).not.toContain('@forge/ui');
  });

  it('has the same translation keys in Danish and English', () => {
    const keys = (node: unknown, prefix = ''): string[] =>
      typeof node === 'object' && node !== null
        ? Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
        : [prefix];
    const da = keys(JSON.parse(readFileSync(path.join(ROOT, 'locales', 'da-DK.json'), 'utf8'))).sort();
    const en = keys(JSON.parse(readFileSync(path.join(ROOT, 'locales', 'en-US.json'), 'utf8'))).sort();
    expect(da).toEqual(en);
    expect(da.length).toBeGreaterThan(20);
  });

  it.each([
    [
      'an unknown scope',
      (m: any) => m.permissions.scopes.push('read:everything:jira'),
      /read:everything:jira/,
    ],
    [
      'a missing resource folder',
      (m: any) => {
        m.resources[0].path = 'static/no-such-build';
      },
      /missing resource/,
    ],
    [
      'a UI Kit 1 module (function: instead of resource:)',
      (m: any) => {
        m.modules.function.push({ key: 'legacy-ui', handler: 'index.handler' });
        m.modules['jira:issuePanel'].push({
          key: 'legacy-panel',
          function: 'legacy-ui',
          title: 'Legacy',
          icon: 'resource:ui;icons/os2.svg',
        });
      },
      /UI Kit 1/,
    ],
    [
      'custom entities without storage:app',
      (m: any) => {
        m.permissions.scopes = m.permissions.scopes.filter((s: string) => s !== 'storage:app');
      },
      /storage:app/,
    ],
  ])('rejects %s', async (_name, mutate, expected) => {
    const copy = brokenCopy(mutate);
    try {
      const problems = await checkManifest(copy.file);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.map((p) => p.message).join('\n')).toMatch(expected);
    } finally {
      copy.cleanup();
    }
  });
});
