import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Initial JavaScript per Custom UI module, in bytes gzip (level 9); the budget test and the report share it. */
export const BUDGETS_KB: Readonly<Record<string, number>> = {
  'wish-badge': 60,
  'wish-panel': 150,
  project: 150,
  settings: 150,
  portfolio: 150,
  admin: 150,
  gadget: 150,
  'gadget-edit': 150,
};

export interface ModuleSize {
  module: string;
  /** Files the HTML loads before any user action: the entry script and its modulepreloads, in order. */
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(file), { level: 9 }).length;
    gzipCache.set(file, size);
  }
  return size;
}

/** The JavaScript an HTML page fetches at once: `<script type="module" src>` and `<link rel="modulepreload">`. */
export function initialScripts(html: string): string[] {
  const files: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModule = /^<script\b/.test(tag) && /\btype="module"/.test(tag);
    const isPreload = /^<link\b/.test(tag) && /\brel="modulepreload"/.test(tag);
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isModule || isPreload) && url) files.push(url.replace(/^\.\//, ''));
  }
  return files;
}

export function measureModule(buildDir: string, module: string): ModuleSize {
  const files = initialScripts(readFileSync(path.join(buildDir, `${module}.html`), 'utf8'));
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const full = path.join(buildDir, file);
    rawBytes += readFileSync(full).length;
    gzipBytes += gzipSize(full);
  }
  return { module, files, rawBytes, gzipBytes };
}

export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

/** The modules over their budget, each as "module: size KB > budget KB"; a module without a budget counts. */
export function overBudget(sizes: readonly ModuleSize[]): string[] {
  return sizes.flatMap((s) => {
    const budget = BUDGETS_KB[s.module];
    if (budget === undefined) return [`${s.module}: no budget`];
    return s.gzipBytes > budget * 1024 ? [`${s.module}: ${kb(s.gzipBytes)} KB > ${budget} KB`] : [];
  });
}

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** From Vite's build manifest: the entry's file and every chunk it imports statically, transitively. */
export function staticClosure(manifest: Record<string, ManifestChunk>, entryKey: string): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(entryKey);
  return [...files];
}

/** A Markdown table: module, files, raw and gzip KB, budget. */
export function sizeTable(sizes: ModuleSize[]): string {
  const rows = sizes.map(
    (s) =>
      `| ${s.module} | ${s.files.length} | ${kb(s.rawBytes)} | ${kb(s.gzipBytes)} | ${BUDGETS_KB[s.module] ?? '-'} |`,
  );
  return ['| module | files | raw KB | gzip KB | budget KB |', '|---|---:|---:|---:|---:|', ...rows].join(
    '\n',
  );
}

// `npx tsx scripts/bundle-size.ts [buildDir]` prints the table for a build.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const buildDir = process.argv[2] ?? path.resolve(__dirname, '..', 'static', 'build');
  console.log(sizeTable(Object.keys(BUDGETS_KB).map((m) => measureModule(buildDir, m))));
}
