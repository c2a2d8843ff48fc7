/** Which entity-property paths JQL may search (the manifest's `jira:entityProperty` modules), and their values. */
import type { EntityPropertyModule } from './types';

export type IndexedType = 'number' | 'string' | 'text' | 'user' | 'date';

export interface IndexedValue {
  entityType: 'issue' | 'project' | 'user';
  propertyKey: string;
  /** Dot-separated path inside the property value. */
  path: string;
  type: IndexedType;
  alias?: string;
}

export class EntityIndex {
  private values: IndexedValue[] = [];

  set(modules: EntityPropertyModule[]): void {
    this.values = modules.flatMap((m) =>
      m.values.map((v) => ({
        entityType: m.entityType ?? 'issue',
        propertyKey: m.propertyKey,
        path: v.path,
        type: v.type,
        alias: v.searchAlias,
      })),
    );
  }

  modules(): IndexedValue[] {
    return this.values;
  }

  /** Aliases are case-insensitive, like every JQL field name. */
  byAlias(alias: string, entityType: IndexedValue['entityType']): IndexedValue | undefined {
    const a = alias.toLowerCase();
    return this.values.find((v) => v.entityType === entityType && v.alias?.toLowerCase() === a);
  }

  byPath(
    propertyKey: string,
    path: string,
    entityType: IndexedValue['entityType'],
  ): IndexedValue | undefined {
    return this.values.find(
      (v) => v.entityType === entityType && v.propertyKey === propertyKey && v.path === path,
    );
  }
}

const spread = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

/** Values at a dotted path; arrays anywhere along the way index their elements (any element may match). */
export function valuesAtPath(value: unknown, path: string): unknown[] {
  let current = spread(value);
  for (const segment of path.split('.').filter(Boolean)) {
    current = current.flatMap((v) =>
      v !== null && typeof v === 'object' && !Array.isArray(v) && segment in v
        ? spread((v as Record<string, unknown>)[segment])
        : [],
    );
  }
  return current.filter((v) => v !== null && v !== undefined);
}
