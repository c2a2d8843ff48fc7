import { readFileSync } from 'node:fs';
import { ProcessorBuilder, ValidationTypes } from '@forge/manifest';
import { parse } from 'yaml';

export interface ManifestProblem {
  level: string;
  message: string;
  line?: number;
}

/** Atlassian's own validator, offline: BASIC is the schema; FULL adds functions, resources, scopes and i18n keys. */
export async function validateWithForge(kind: 'BASIC' | 'FULL', file: string): Promise<ManifestProblem[]> {
  const result = await ProcessorBuilder.instance()
    .withValidation(ValidationTypes[kind])
    .withOptions({ deprecatedRuntimes: [] })
    .build()
    .process(file);
  return (result.errors ?? [])
    .filter((e) => e.level === 'error')
    .map((e) => ({ level: e.level, message: e.message, line: e.line }));
}

/**
 * What Atlassian's validator still lets through: a UI module declared the UI Kit 1 way (`function:`
 * instead of `resource:`) passes the schema, but UI Kit 1 was removed in 2025 and such a module no
 * longer renders. Also: custom entities need the `storage:app` scope, which the linter does not notice.
 */
export function projectRules(file: string): ManifestProblem[] {
  const manifest = parse(readFileSync(file, 'utf8')) as {
    modules?: Record<string, Array<Record<string, unknown>>>;
    permissions?: { scopes?: string[] };
    app?: { storage?: { entities?: unknown[] } };
  };
  const problems: ManifestProblem[] = [];
  const nonUiTypes = new Set([
    'function',
    'jira:entityProperty',
    'trigger',
    'scheduledTrigger',
    'webtrigger',
    'consumer',
  ]);
  for (const [type, modules] of Object.entries(manifest.modules ?? {})) {
    if (nonUiTypes.has(type)) continue;
    for (const module of modules) {
      if (!module.resource) {
        problems.push({
          level: 'error',
          message: `${type} module '${String(module.key)}' has no 'resource': UI Kit 1 ('function:') modules were removed by Atlassian`,
        });
      }
    }
  }
  if (
    (manifest.app?.storage?.entities?.length ?? 0) > 0 &&
    !manifest.permissions?.scopes?.includes('storage:app')
  ) {
    problems.push({
      level: 'error',
      message: "custom entities are declared but the scope 'storage:app' is missing",
    });
  }
  return problems;
}

export async function checkManifest(file: string): Promise<ManifestProblem[]> {
  const basic = await validateWithForge('BASIC', file);
  if (basic.length > 0) return basic;
  return [...(await validateWithForge('FULL', file)), ...projectRules(file)];
}
