/** JQL: parsed by `@atlaskit/jql-ast`, compiled into a predicate and a comparator over issue records. */
import { JastBuilder, JQLSyntaxError, type Clause, type Field, type Jast } from '@atlaskit/jql-ast';
import { errorBody, JiraError } from './errors';
import { lookupField, type FieldHandler, type JqlEnv, type Predicate, type SortKey } from './jql-fields';
import type { IssueRecord } from './types';

export type { JqlEnv } from './jql-fields';

export const MAX_ORDER_BY_FIELDS = 7;

export interface CompiledJql {
  /** Jira calls a query with no search restriction "unbounded". */
  bounded: boolean;
  hasOrderBy: boolean;
  matches: Predicate;
  compare(a: IssueRecord, b: IssueRecord): number;
}

/** Parses JQL; syntax errors come back as Jira's messages. */
export function parseJql(jql: string): { jast: Jast; errors: string[] } {
  // A fresh builder each time: one builder asked for the same string twice returns a query without its WHERE.
  const jast = new JastBuilder().build(jql);
  const errors = jast.errors.map((e) => {
    const at = e instanceof JQLSyntaxError ? ` (line ${e.line}, character ${e.charPositionInLine + 1})` : '';
    return `Error in the JQL Query: ${e.message}${at}.`;
  });
  return { jast, errors };
}

const fieldProperty = (f: Field): { key: string; path: string } | undefined => {
  const p = f.properties?.[0];
  if (!p) return undefined;
  return { key: p.key?.value ?? '', path: (p.path ?? []).map((a) => a.value.replace(/^\./, '')).join('.') };
};

const fieldLabel = (f: Field): string => {
  const p = fieldProperty(f);
  return p ? `${f.value}[${p.key}].${p.path}` : f.value;
};

const unknownField = (f: Field) =>
  `Field '${fieldLabel(f)}' does not exist or you do not have permission to view it.`;

function handlerFor(f: Field, env: JqlEnv, errors: string[]): FieldHandler | undefined {
  const h = lookupField(f.value, fieldProperty(f), env);
  if (!h) errors.push(unknownField(f));
  return h;
}

function compileClause(clause: Clause, env: JqlEnv, errors: string[]): Predicate {
  const never: Predicate = () => false;
  switch (clause.clauseType) {
    case 'compound': {
      const parts = clause.clauses.map((c) => compileClause(c, env, errors));
      return clause.operator.value === 'and'
        ? (i) => parts.every((p) => p(i))
        : (i) => parts.some((p) => p(i));
    }
    case 'not': {
      const inner = compileClause(clause.clause, env, errors);
      return (i) => !inner(i);
    }
    case 'terminal': {
      const h = handlerFor(clause.field, env, errors);
      const op = clause.operator?.value ?? '';
      if (!h) return never;
      if (!h.compile) {
        errors.push(`The operator '${op}' is not supported by the '${clause.field.value}' field.`);
        return never;
      }
      if (clause.predicates.length) {
        errors.push(
          `History searches ('${op} … ${clause.predicates[0].operator.value}') are not supported here.`,
        );
        return never;
      }
      return h.compile(op, clause.operand, errors) ?? never;
    }
  }
}

function compileOrderBy(jast: Jast, env: JqlEnv, errors: string[], fallback: SortKey, fallbackDesc: boolean) {
  const items = jast.query?.orderBy?.fields ?? [];
  if (items.length > MAX_ORDER_BY_FIELDS) {
    errors.push(`The ORDER BY clause can contain a maximum of ${MAX_ORDER_BY_FIELDS} fields.`);
  }
  const keys: { key: SortKey; desc: boolean }[] = [];
  for (const item of items) {
    const h = handlerFor(item.field, env, errors);
    if (!h) continue;
    if (!h.sortKey) {
      errors.push(`Field '${fieldLabel(item.field)}' does not support sorting.`);
      continue;
    }
    keys.push({ key: h.sortKey, desc: item.direction?.value.toUpperCase() === 'DESC' });
  }
  if (!items.length) keys.push({ key: fallback, desc: fallbackDesc });
  return (a: IssueRecord, b: IssueRecord): number => {
    for (const { key, desc } of keys) {
      const c = compareValues(key(a), key(b));
      if (c !== 0) return desc ? -c : c;
    }
    return Number(a.id) - Number(b.id);
  };
}

/** Empty values sort after everything ascending (and so first descending), as in Jira. */
function compareValues(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export interface CompileOptions {
  /** Order when the JQL has no ORDER BY: Jira's issue search uses key descending, agile lists use rank. */
  defaultOrder?: 'key' | 'rank';
}

/** Compiles JQL or throws Jira's 400 listing every problem found. */
export function compileJql(jql: string, env: JqlEnv, options: CompileOptions = {}): CompiledJql {
  const { jast, errors } = parseJql(jql);
  if (errors.length) throw new JiraError(400, errorBody(errors));
  const semantic: string[] = [];
  const where = jast.query?.where;
  const matches = where ? compileClause(where, env, semantic) : () => true;
  const rank = lookupField('rank', undefined, env)!.sortKey!;
  const key = lookupField('key', undefined, env)!.sortKey!;
  const compare =
    options.defaultOrder === 'rank'
      ? compileOrderBy(jast, env, semantic, rank, false)
      : compileOrderBy(jast, env, semantic, key, true);
  if (semantic.length) throw new JiraError(400, errorBody([...new Set(semantic)]));
  return { bounded: !!where, hasOrderBy: !!jast.query?.orderBy, matches, compare };
}
