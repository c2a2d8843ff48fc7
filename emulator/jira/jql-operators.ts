/**
 * JQL building blocks: operand resolution, Jira's operator semantics (`!=` and `not in` never match an empty
 * field; `~` is word-based) and the generic value and text fields that the field table is made of.
 */
import type { Operand } from '@atlaskit/jql-ast';
import type { EntityIndex } from './entity-index';
import type { Permissions } from './permissions';
import type { Snapshot } from './snapshot';
import type { IssueRecord } from './types';

export interface JqlEnv {
  snapshot: Snapshot;
  perms: Permissions;
  index: EntityIndex;
  now: Date;
}

export type Predicate = (issue: IssueRecord) => boolean;
export type SortKey = (issue: IssueRecord) => string | number | null;

/** A field as one clause or ORDER BY item sees it; compile errors go to `errors` (Jira reports them all). */
export interface FieldHandler {
  compile?(operator: string, operand: Operand | void, errors: string[]): Predicate | undefined;
  sortKey?: SortKey;
}

export const EQ = ['=', '!=', 'in', 'not in', 'is', 'is not'];
export const CMP = ['>', '>=', '<', '<='];
const TEXT = ['~', '!~', 'is', 'is not'];

const notSupported = (op: string, field: string) =>
  `The operator '${op}' is not supported by the '${field}' field.`;
const noValue = (value: string, field: string) =>
  `The value '${value}' does not exist for the field '${field}'.`;
export const unknownFunction = (name: string) => `Unable to find JQL function '${name}()'.`;
export const badFunction = (name: string, field: string) =>
  `A value provided by the function '${name}' is invalid for the field '${field}'.`;

/** A literal that means EMPTY for its field (`resolution = Unresolved`). */
export const EMPTY_LITERAL = '\u0000empty';

/** Operand values resolved to canonical values, plus whether EMPTY was among them. */
interface Resolved<T> {
  values: T[];
  empty: boolean;
}

export type Resolve<T> = (operand: Operand, errors: string[]) => T[] | undefined;

function resolveOperand<T>(operand: Operand, resolveOne: Resolve<T>, errors: string[]): Resolved<T> {
  const out: Resolved<T> = { values: [], empty: false };
  const items = operand.operandType === 'list' ? operand.values : [operand];
  for (const item of items) {
    if (item.operandType === 'keyword') out.empty = true;
    else if (item.operandType === 'list') errors.push('Nested lists are not supported.');
    else
      for (const v of resolveOne(item, errors) ?? []) {
        if (v === EMPTY_LITERAL) out.empty = true;
        else out.values.push(v);
      }
  }
  return out;
}

export const functionName = (o: Operand): string => (o.operandType === 'function' ? o.function.value : '');
export const functionArgs = (o: Operand): string[] =>
  o.operandType === 'function' ? o.arguments.map((a) => a.value) : [];

/** Membership semantics shared by every field with discrete or numeric values. */
function membership<T>(op: string, r: Resolved<T>, values: (i: IssueRecord) => T[]): Predicate | undefined {
  const wanted = new Set(r.values);
  const hit = (i: IssueRecord) => values(i).some((v) => wanted.has(v));
  switch (op) {
    case '=':
    case 'in':
      return (i) => (r.empty && values(i).length === 0) || hit(i);
    case '!=':
    case 'not in':
      return (i) => values(i).length > 0 && !hit(i);
    case 'is':
      return (i) => values(i).length === 0;
    case 'is not':
      return (i) => values(i).length > 0;
    default:
      return undefined;
  }
}

export function comparison(op: string, target: number, values: (i: IssueRecord) => number[]): Predicate {
  const test: Record<string, (v: number) => boolean> = {
    '>': (v) => v > target,
    '>=': (v) => v >= target,
    '<': (v) => v < target,
    '<=': (v) => v <= target,
  };
  return (i) => values(i).some(test[op]);
}

interface FieldSpec<T> {
  name: string;
  operators: string[];
  values(issue: IssueRecord): T[];
  resolve: Resolve<T>;
  sortKey?: SortKey;
}

/** Checks the operator, resolves the operand and builds the predicate for a value-based field. */
export function valueField<T>(spec: FieldSpec<T>): FieldHandler {
  return {
    sortKey: spec.sortKey,
    compile(op, operand, errors) {
      if (!spec.operators.includes(op) || !operand) {
        errors.push(notSupported(op, spec.name));
        return undefined;
      }
      if ((op === 'is' || op === 'is not') && operand.operandType !== 'keyword') {
        errors.push(`The operator '${op}' only supports EMPTY or NULL for the field '${spec.name}'.`);
        return undefined;
      }
      const r = resolveOperand(operand, spec.resolve, errors);
      if (CMP.includes(op)) {
        if (r.empty || r.values.length !== 1) {
          errors.push(`The operator '${op}' requires a single value for the field '${spec.name}'.`);
          return undefined;
        }
        return comparison(op, r.values[0] as number, spec.values as (i: IssueRecord) => number[]);
      }
      return membership(op, r, spec.values);
    },
  };
}

/** Resolves literal values and functions through lookup tables, reporting unknown ones the way Jira does. */
export function resolver<T>(
  field: string,
  literal: (value: string) => T[] | undefined,
  functions: Record<string, (args: string[]) => T[]> = {},
): Resolve<T> {
  return (operand, errors) => {
    if (operand.operandType === 'value') {
      const v = literal(operand.value);
      if (v === undefined) errors.push(noValue(operand.value, field));
      return v;
    }
    const name = functionName(operand);
    const fn = functions[name.toLowerCase()];
    if (fn) return fn(functionArgs(operand));
    errors.push(KNOWN_FUNCTIONS.has(name.toLowerCase()) ? badFunction(name, field) : unknownFunction(name));
    return undefined;
  };
}

export const KNOWN_FUNCTIONS = new Set([
  'currentuser',
  'membersof',
  'opensprints',
  'futuresprints',
  'closedsprints',
  'standardissuetypes',
  'subtaskissuetypes',
  'now',
  'startofday',
  'endofday',
  'startofweek',
  'endofweek',
  'startofmonth',
  'endofmonth',
  'startofyear',
  'endofyear',
]);

export const ci = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
export const one = <T>(v: T | undefined): T[] | undefined => (v === undefined ? undefined : [v]);
export const opt = <T>(v: T | null | undefined): T[] => (v === null || v === undefined ? [] : [v]);

// --- text search ---

const tokenize = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Jira's `~`: every word must occur (trailing `*` for prefixes, `?` for one character); `"…"` is a phrase. */
export function textMatcher(query: string): (text: string) => boolean {
  const phrase = /^"(.*)"$/s.exec(query.trim());
  if (phrase) {
    const words = tokenize(phrase[1]).join(' ');
    return (text) => ` ${tokenize(text).join(' ')} `.includes(` ${words} `);
  }
  const terms = query
    .split(/\s+/)
    .filter((t) => t && !['AND', 'OR', '&&', '||'].includes(t))
    .map((t) => t.replace(/^[+-]/, ''))
    .flatMap((t) => {
      if (!/[*?]/.test(t)) return tokenize(t).map((w) => (x: string) => x === w);
      const source = t
        .toLowerCase()
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
      const re = new RegExp(`^${source}$`, 'u');
      return [(x: string) => re.test(x)];
    });
  return (text) => {
    const tokens = tokenize(text);
    return terms.length > 0 && terms.every((match) => tokens.some(match));
  };
}

export function textField(name: string, text: (i: IssueRecord) => string, sortable = false): FieldHandler {
  return {
    sortKey: sortable ? (i) => text(i).toLowerCase() : undefined,
    compile(op, operand, errors) {
      if (!TEXT.includes(op) || !operand) {
        errors.push(notSupported(op, name));
        return undefined;
      }
      if (op === 'is' || op === 'is not') {
        const wantEmpty = op === 'is';
        return (i) => (text(i).trim() === '') === wantEmpty;
      }
      if (operand.operandType !== 'value') {
        errors.push(`The operator '${op}' requires a text value for the field '${name}'.`);
        return undefined;
      }
      const match = textMatcher(operand.value);
      return op === '~' ? (i) => match(text(i)) : (i) => text(i).trim() !== '' && !match(text(i));
    },
  };
}
