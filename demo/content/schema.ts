/**
 * The schema of a product's demo content file (demo/content/<product>.yaml) and its loader. The files
 * are read at seed build time; a file that does not fit the schema stops the build with an error that
 * names the file and the path inside it, e.g. `mo.yaml: content.epics[0].stories[2].want: …`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ProductContent } from './types';

const text = z.string().min(1);
const labels = z.array(text);

const storySchema = z.strictObject({
  summary: text,
  role: text,
  /** What the role wants, continuing "ønsker jeg …". */
  want: text,
  /** The value, continuing "således at …". */
  soThat: text,
  criteria: z.array(text),
  labels: labels.default(['udviklingsønske']),
});

const epicSchema = z.strictObject({
  summary: text,
  description: text,
  stories: z.array(storySchema),
});

const owner = z.enum(['supplier', 'coordinator', 'secretariat']).default('supplier');

const bugSchema = z.strictObject({
  summary: text,
  description: text,
  labels: labels.default(['fejl']),
  owner,
});

const taskSchema = z.strictObject({
  summary: text,
  description: text,
  labels: labels.default([]),
  owner,
});

export const productContentSchema = z.strictObject({
  components: z.array(text).min(1),
  epics: z.array(epicSchema),
  bugs: z.array(bugSchema),
  tasks: z.array(taskSchema),
});

export const productFileSchema = z.strictObject({
  name: text,
  key: z.string().regex(/^[A-Z][A-Z0-9]+$/, 'a Jira project key in capitals'),
  description: text,
  primaryRole: text,
  /** Person handles (see people.ts). The tovholder leads the project and heads the coordination group. */
  tovholder: text,
  steering: z.array(text),
  /** Includes the tovholder. */
  coordination: z.array(text),
  suppliers: z.array(text),
  /** Generic items (by summary prefix) that would duplicate the product's own content. */
  skipGeneric: z.array(text).optional(),
  content: productContentSchema,
});

export type ProductFile = z.output<typeof productFileSchema>;

// The schema's output must be usable wherever the builder expects content.
const _contentFits: ProductContent = {} as z.output<typeof productContentSchema>;
void _contentFits;

export const CONTENT_DIR = __dirname;

/** `epics[0].stories[2].want` from zod's path. */
function formatPath(issuePath: readonly PropertyKey[]): string {
  return issuePath.reduce<string>(
    (out, part) =>
      typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part),
    '',
  );
}

/** Checks parsed YAML against the schema; throws one error listing every problem with its path. */
export function validateProductFile(data: unknown, fileName: string): ProductFile {
  const result = productFileSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  ${formatPath(issue.path) || '(root)'}: ${issue.message}`,
  );
  throw new Error(`Invalid demo content in ${fileName}:\n${problems.join('\n')}`);
}

/** Parses YAML text; throws naming the file. */
function parseYaml(text: string, fileName: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    throw new Error(`Cannot read demo content ${fileName}: ${(error as Error).message}`);
  }
}

/** Reads and validates demo/content/<name>.yaml. */
export function loadProductFile(name: string, dir: string = CONTENT_DIR): ProductFile {
  const fileName = `${name}.yaml`;
  let text: string;
  try {
    text = readFileSync(path.join(dir, fileName), 'utf8');
  } catch (error) {
    throw new Error(`Cannot read demo content ${fileName}: ${(error as Error).message}`);
  }
  return validateProductFile(parseYaml(text, fileName), fileName);
}

/**
 * Reads and validates several content files at once. A cold YAML parse of all of them costs far more
 * than the rest of a host start, so the parsed data is kept as JSON in the OS's temp folder, keyed by
 * a hash of the exact file texts: any edit to a file misses the cache. Validation always runs.
 */
export function loadProductFiles(names: readonly string[], dir: string = CONTENT_DIR): ProductFile[] {
  const texts = names.map((name) => {
    const fileName = `${name}.yaml`;
    try {
      return readFileSync(path.join(dir, fileName), 'utf8');
    } catch (error) {
      throw new Error(`Cannot read demo content ${fileName}: ${(error as Error).message}`);
    }
  });
  const hash = createHash('sha256');
  names.forEach((name, i) => hash.update(`${name}\0${texts[i]}\0`));
  const cacheFile = path.join(tmpdir(), `os2-demo-content-${hash.digest('hex').slice(0, 32)}.json`);
  let parsed: unknown[] | undefined;
  try {
    const cached: unknown = JSON.parse(readFileSync(cacheFile, 'utf8'));
    if (Array.isArray(cached) && cached.length === names.length) parsed = cached;
  } catch {
    // No cache yet (or an unreadable one): parse the YAML.
  }
  if (!parsed) {
    parsed = texts.map((text, i) => parseYaml(text, `${names[i]}.yaml`));
    try {
      const partial = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify(parsed));
      renameSync(partial, cacheFile);
    } catch {
      // A read-only temp folder only costs the next start the parse.
    }
  }
  const data = parsed;
  return names.map((name, i) => validateProductFile(data[i], `${name}.yaml`));
}
