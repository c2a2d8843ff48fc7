// The manifest's scopes are exactly those the app's Jira calls need: every route the source calls
// (each `route\`…\`` in src/) is matched to the endpoint table the emulator enforces
// (emulator/jira/scopes.ts, from Atlassian's specs), and the scopes those endpoints need are
// compared with manifest.yml's, both ways.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ENDPOINT_SCOPES } from '../../emulator/jira/scopes';

const ROOT = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** A path with every parameter as `{}`: `/issue/${id}/x?y` and `/issue/{issueIdOrKey}/x` agree. */
const shape = (p: string) => p.split('?')[0]!.replace(/\$\{[^}]*\}|\{[^}]*\}/g, '{}');

function calledPaths(): string[] {
  const paths = new Set<string>();
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/route`([^`]*)`/g)) paths.add(shape(match[1]!));
  }
  return [...paths].sort();
}

const manifest = parse(readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8')) as {
  permissions: { scopes: string[] };
};

describe('manifest scopes', () => {
  const paths = calledPaths();
  const endpoints = Object.entries(ENDPOINT_SCOPES).filter(([key]) =>
    paths.includes(shape(key.split(' ')[1]!)),
  );

  it('knows the scopes of every Jira route the app calls', () => {
    expect(paths.length).toBeGreaterThan(10);
    const known = new Set(endpoints.map(([key]) => shape(key.split(' ')[1]!)));
    expect(paths.filter((p) => !known.has(p))).toEqual([]);
  });

  it('declares exactly the scopes those routes need, and storage', () => {
    const needed = new Set<string>(['storage:app']);
    for (const [, scopes] of endpoints) {
      // Classic scopes where the endpoint has them (the app's choice for the platform API);
      // Jira Software's agile endpoints have granular ones only.
      for (const scope of scopes.classic ?? scopes.granular) needed.add(scope);
    }
    expect([...manifest.permissions.scopes].sort()).toEqual([...needed].sort());
  });
});
