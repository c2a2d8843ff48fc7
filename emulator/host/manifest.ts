import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** The parts of manifest.yml the host needs; read from the same file `forge deploy` uploads. */
export interface UiModule {
  type: string;
  key: string;
  resource: string;
  title?: unknown;
  pages?: { title: unknown; route: string }[];
  edit?: { resource: string };
}

export interface EntityPropertyModule {
  key: string;
  propertyKey: string;
  entityType?: 'issue' | 'project' | 'user';
  values: { path: string; type: 'number' | 'string' | 'text' | 'user' | 'date'; searchAlias?: string }[];
}

export interface FunctionModule {
  key: string;
  /** `<file>.<export>`, relative to src/ */
  handler: string;
  /** 1–900; Forge's default limit applies without it. */
  timeoutSeconds?: number;
}

export interface ScheduledTriggerModule {
  key: string;
  function: string;
  interval: 'fiveMinute' | 'hour' | 'day' | 'week';
}

export interface HostManifest {
  raw: Record<string, unknown>;
  scopes: string[];
  uiModules: UiModule[];
  functions: FunctionModule[];
  scheduledTriggers: ScheduledTriggerModule[];
  entityProperties: EntityPropertyModule[];
  resources: { key: string; path: string; entry: Record<string, string> }[];
  permissions: unknown;
  appId: string;
}

export const ROOT_DIR = path.resolve(__dirname, '..', '..');

export function loadManifest(file = path.join(ROOT_DIR, 'manifest.yml')): HostManifest {
  const raw = parse(readFileSync(file, 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const modules = (raw.modules ?? {}) as Record<string, any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const uiModules: UiModule[] = [];
  for (const [type, list] of Object.entries(modules)) {
    for (const m of list) if (m.resource) uiModules.push({ type, ...m });
  }
  return {
    raw,
    scopes: raw.permissions?.scopes ?? [],
    uiModules,
    functions: modules.function ?? [],
    scheduledTriggers: modules.scheduledTrigger ?? [],
    entityProperties: modules['jira:entityProperty'] ?? [],
    resources: raw.resources ?? [],
    permissions: raw.permissions ?? {},
    appId: String(raw.app?.id ?? ''),
  };
}

/** `ui/project` → the file of that entry inside the resource folder. */
export function resolveResource(manifest: HostManifest, ref: string): { dir: string; file: string } {
  const [resourceKey, entryKey] = ref.split('/');
  const resource = manifest.resources.find((r) => r.key === resourceKey);
  if (!resource) throw new Error(`Unknown resource '${resourceKey}'`);
  const file = entryKey ? resource.entry[entryKey] : 'index.html';
  if (!file) throw new Error(`Resource '${resourceKey}' has no entry '${entryKey}'`);
  return { dir: path.join(ROOT_DIR, resource.path), file };
}
