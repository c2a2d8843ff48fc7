// Emulated Forge KVS + Custom Entity Store: the server side of the HTTP protocol `@forge/kvs` 1.6.5 speaks
// (docs/forge-contracts.md), backed by SQLite so state can outlive the process when the db is a file.
import Database from 'better-sqlite3';

export type AttributeType = 'integer' | 'float' | 'string' | 'boolean' | 'any';

/** One entry of manifest.yml `app.storage.entities[]`. */
export interface EntityDeclaration {
  name: string;
  attributes: Record<string, { type: AttributeType }>;
  indexes: Array<string | { name: string; range: string[]; partition?: string[] }>;
}

export interface KvsEmulatorOptions {
  /** Error code of a failed transaction condition; unverified on the real platform (docs/forge-contracts.md). */
  conditionFailureCode?: string;
  conditionFailureStatus?: number;
  /** Clock in epoch ms, injectable so TTL can be tested without waiting. */
  now?: () => number;
  /** Undeclared attributes in entity values are refused unless this is true (the platform's behaviour is unverified). */
  allowUndeclaredAttributes?: boolean;
}

export interface KvsResponse {
  status: number;
  body?: unknown;
}

export const KVS_LIMITS = {
  keyLength: 500,
  valueBytes: 240 * 1024,
  valueDepth: 31,
  keyQueryDefault: 10,
  keyQueryMax: 100,
  entityQueryDefault: 10,
  entityQueryMax: 100,
  queryConditions: 100,
  transactionOps: 25,
  transactionBytes: 4 * 1024 * 1024,
  batchItems: 25,
  batchBytes: 4 * 1024 * 1024,
  ttlMaxMs: 365 * 24 * 3600 * 1000,
  rangeValueBytes: 900,
  partitionValueBytes: 1700,
} as const;

const KEY_RE = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
const ENTITY_NAME_RE = /^(?![_.-])(?!.*\.{2})[a-z0-9:\-_.]*(?<![.])$/;
const ATTRIBUTE_TYPES: readonly AttributeType[] = ['integer', 'float', 'string', 'boolean', 'any'];
const METADATA_FIELDS = ['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME'] as const;
type MetadataField = (typeof METADATA_FIELDS)[number];
const TTL_UNIT_MS: Record<string, number> = {
  SECONDS: 1000,
  MINUTES: 60_000,
  HOURS: 3_600_000,
  DAYS: 86_400_000,
};
const RANGE_CONDITIONS = new Set([
  'BETWEEN',
  'BEGINS_WITH',
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
]);
const FILTER_CONDITIONS = new Set([
  ...RANGE_CONDITIONS,
  'CONTAINS',
  'NOT_CONTAINS',
  'NOT_EQUAL_TO',
  'EXISTS',
  'NOT_EXISTS',
]);
const BY_KEY = 'by-key';
const KV_SPACE = 'kv';
const SECRET_SPACE = 'secret';
const entitySpace = (name: string): string => `entity:${name}`;

class KvsError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const bad = (code: string, message: string): KvsError => new KvsError(400, code, message);

interface Row {
  key: string;
  value: string;
  created_at: number;
  updated_at: number;
  expire_at: number | null;
}

interface IndexDef {
  name: string;
  /** Attribute the index sorts on; null for `by-key`, which sorts on the key. */
  range: string | null;
  partition: string[];
}

interface EntityDef {
  name: string;
  attributes: Map<string, AttributeType>;
  indexes: Map<string, IndexDef>;
}

interface FilterItem {
  property: string;
  condition: string;
  values: unknown[];
}

interface Filters {
  op: 'and' | 'or';
  items: FilterItem[];
}

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function asBody(body: unknown): Obj {
  if (!isObject(body)) throw bad('BAD_REQUEST', 'The request body must be a JSON object.');
  return body;
}

function byteLength(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');
}

// Depth counts containers: `{a: 1}` is 1 deep. Stops early so hostile nesting cannot blow the stack.
function depthExceeds(v: unknown, max: number, level = 0): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (level + 1 > max) return true;
  for (const child of Object.values(v)) if (depthExceeds(child, max, level + 1)) return true;
  return false;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    return JSON.stringify(a) === JSON.stringify(b);
  }
  return a === b;
}

// Ordered comparison only between values of one kind, as a typed store would: otherwise incomparable.
function compare(a: unknown, b: unknown): number | null {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return null;
}

function conditionHolds(c: FilterItem, v: unknown): boolean {
  const [a, b] = c.values;
  switch (c.condition) {
    case 'EXISTS':
      return v !== undefined;
    case 'NOT_EXISTS':
      return v === undefined;
    case 'EQUAL_TO':
      return sameValue(v, a);
    case 'NOT_EQUAL_TO':
      return !sameValue(v, a);
    case 'BEGINS_WITH':
      return typeof v === 'string' && v.startsWith(String(a));
    case 'CONTAINS':
      return (
        (typeof v === 'string' && v.includes(String(a))) ||
        (Array.isArray(v) && v.some((x) => sameValue(x, a)))
      );
    case 'NOT_CONTAINS':
      return !(
        (typeof v === 'string' && v.includes(String(a))) ||
        (Array.isArray(v) && v.some((x) => sameValue(x, a)))
      );
    case 'GREATER_THAN':
      return (compare(v, a) ?? 0) > 0;
    case 'GREATER_THAN_EQUAL_TO': {
      const r = compare(v, a);
      return r !== null && r >= 0;
    }
    case 'LESS_THAN':
      return (compare(v, a) ?? 0) < 0;
    case 'LESS_THAN_EQUAL_TO': {
      const r = compare(v, a);
      return r !== null && r <= 0;
    }
    case 'BETWEEN': {
      const lo = compare(v, a);
      const hi = compare(v, b);
      return lo !== null && hi !== null && lo >= 0 && hi <= 0;
    }
    default:
      return false;
  }
}

function parseCondition(raw: unknown, allowed: Set<string>, what: string): FilterItem {
  if (!isObject(raw)) throw bad('BAD_REQUEST', `Each ${what} must be an object.`);
  const condition = raw.condition;
  if (typeof condition !== 'string' || !allowed.has(condition)) {
    throw bad('INVALID_CONDITION', `Unsupported ${what} condition: ${String(condition)}.`);
  }
  const values = raw.values === undefined ? [] : raw.values;
  if (!Array.isArray(values)) throw bad('BAD_REQUEST', `The ${what} values must be an array.`);
  if (condition === 'BETWEEN' && values.length < 2) {
    throw bad('INSUFFICIENT_FILTER_VALUES', 'The specified condition needs at least two values.');
  }
  if (condition !== 'EXISTS' && condition !== 'NOT_EXISTS' && values.length < 1) {
    throw bad('INSUFFICIENT_FILTER_VALUES', `The ${condition} condition needs a value.`);
  }
  for (const v of values) {
    if (!['string', 'number', 'boolean'].includes(typeof v)) {
      throw bad('INVALID_CONDITION', `Condition values must be strings, numbers or booleans.`);
    }
  }
  return { property: typeof raw.property === 'string' ? raw.property : '', condition, values };
}

function parseFilters(raw: unknown): Filters | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw)) throw bad('BAD_REQUEST', 'Filters must be an object with "and" or "or".');
  const ops = Object.keys(raw).filter((k) => raw[k] !== undefined);
  if (ops.some((k) => k !== 'and' && k !== 'or'))
    throw bad('BAD_REQUEST', 'Filter operators are "and" and "or".');
  if (ops.length > 1) {
    throw bad(
      'INVALID_FILTER_OPERATORS_COMBINATION',
      'Filter operators "and" and "or" cannot be present at the same level.',
    );
  }
  const op = ops[0] as 'and' | 'or' | undefined;
  const list = op ? raw[op] : undefined;
  if (!op || !Array.isArray(list) || list.length === 0) {
    throw bad('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.');
  }
  const items = list.map((c) => parseCondition(c, FILTER_CONDITIONS, 'filter'));
  for (const item of items) {
    if (!item.property) throw bad('BAD_REQUEST', 'Each filter needs a property.');
  }
  return { op, items };
}

function filtersMatch(filters: Filters | undefined, value: unknown): boolean {
  if (!filters) return true;
  const get = (p: string): unknown => (isObject(value) ? value[p] : undefined);
  return filters.op === 'and'
    ? filters.items.every((c) => conditionHolds(c, get(c.property)))
    : filters.items.some((c) => conditionHolds(c, get(c.property)));
}

function parseMetadataFields(raw: unknown): Set<MetadataField> {
  if (raw === undefined) return new Set();
  if (!Array.isArray(raw) || raw.some((f) => !METADATA_FIELDS.includes(f as MetadataField))) {
    throw bad('BAD_REQUEST', `Metadata fields must be among ${METADATA_FIELDS.join(', ')}.`);
  }
  return new Set(raw as MetadataField[]);
}

function encodeCursor(payload: unknown): string {
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

function decodeCursor(raw: unknown): Obj {
  if (typeof raw !== 'string' || raw === '') throw bad('INVALID_CURSOR', 'The cursor is not valid.');
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (isObject(parsed)) return parsed;
  } catch {
    // fall through to the error below
  }
  throw bad('INVALID_CURSOR', 'The cursor is not valid.');
}

function normaliseEntity(decl: EntityDeclaration): EntityDef {
  const attributes = new Map<string, AttributeType>();
  for (const [name, spec] of Object.entries(decl.attributes ?? {})) {
    // Names go into JSON paths, so only the manifest's attribute-name shape is accepted.
    if (!/^[a-zA-Z][a-zA-Z0-9_]*$/.test(name))
      throw new Error(`Entity "${decl.name}": bad attribute name "${name}"`);
    if (!ATTRIBUTE_TYPES.includes(spec?.type)) {
      throw new Error(`Entity "${decl.name}": attribute "${name}" has unknown type "${String(spec?.type)}"`);
    }
    attributes.set(name, spec.type);
  }
  const indexes = new Map<string, IndexDef>([[BY_KEY, { name: BY_KEY, range: null, partition: [] }]]);
  for (const ix of decl.indexes ?? []) {
    const def: IndexDef =
      typeof ix === 'string'
        ? { name: ix, range: ix, partition: [] }
        : { name: ix.name, range: ix.range?.[0] ?? null, partition: ix.partition ?? [] };
    if (typeof ix !== 'string' && ix.range?.length !== 1) {
      throw new Error(`Entity "${decl.name}": index "${ix.name}" must have exactly one range attribute`);
    }
    for (const attr of [def.range, ...def.partition]) {
      if (attr !== null && !attributes.has(attr)) {
        throw new Error(`Entity "${decl.name}": index "${def.name}" uses undeclared attribute "${attr}"`);
      }
    }
    if (indexes.has(def.name)) throw new Error(`Entity "${decl.name}": duplicate index "${def.name}"`);
    indexes.set(def.name, def);
  }
  return { name: decl.name, attributes, indexes };
}

/** Reads `app.storage.entities` from a parsed manifest.yml; an app without entities yields []. */
export function entitiesFromManifest(manifest: unknown): EntityDeclaration[] {
  const app = isObject(manifest) ? manifest.app : undefined;
  const storage = isObject(app) ? app.storage : undefined;
  const entities = isObject(storage) ? storage.entities : undefined;
  if (!Array.isArray(entities)) return [];
  return entities.filter(isObject).map((e) => ({
    name: String(e.name),
    attributes: (isObject(e.attributes) ? e.attributes : {}) as EntityDeclaration['attributes'],
    indexes: (Array.isArray(e.indexes) ? e.indexes : []) as EntityDeclaration['indexes'],
  }));
}

type SqlParam = string | number | null;

// The SQL type guard and bound value for a condition value, so comparisons never cross JSON types.
function typed(v: unknown): { types: string[]; param: SqlParam } {
  if (typeof v === 'number') return { types: ['integer', 'real'], param: v };
  if (typeof v === 'string') return { types: ['text'], param: v };
  if (typeof v === 'boolean') return { types: ['true', 'false'], param: v ? 1 : 0 };
  throw bad('INVALID_CONDITION', 'Condition values must be strings, numbers or booleans.');
}

const SQL_OPS: Record<string, string> = {
  EQUAL_TO: '=',
  GREATER_THAN: '>',
  GREATER_THAN_EQUAL_TO: '>=',
  LESS_THAN: '<',
  LESS_THAN_EQUAL_TO: '<=',
};

export class KvsEmulator {
  private readonly entities = new Map<string, EntityDef>();
  private readonly conditionFailureCode: string;
  private readonly conditionFailureStatus: number;
  private readonly now: () => number;
  private readonly allowUndeclaredAttributes: boolean;
  private rateLimitRemaining = 0;
  /** Only requests to this endpoint are refused ('' for any). */
  private rateLimitPath = '';
  private readonly entityQueries = new Map<
    string,
    Database.Statement<SqlParam[], Row & { rv: string | number }>
  >();
  private lastPurge = -Infinity;
  private readonly stmt: {
    get: Database.Statement<[string, string, number], Row>;
    upsert: Database.Statement<[string, string, string, number, number, number | null]>;
    remove: Database.Statement<[string, string]>;
    purge: Database.Statement<[number]>;
    keyQuery: Database.Statement<[string, number, string, string, string, number], Row>;
  };
  private readonly routes: Record<string, (body: unknown) => KvsResponse>;

  constructor(
    private readonly db: Database.Database,
    entities: EntityDeclaration[],
    options: KvsEmulatorOptions = {},
  ) {
    for (const e of entities) this.entities.set(e.name, normaliseEntity(e));
    this.conditionFailureCode = options.conditionFailureCode ?? 'CONDITION_CHECK_FAILED';
    this.conditionFailureStatus = options.conditionFailureStatus ?? 409;
    this.now = options.now ?? Date.now;
    this.allowUndeclaredAttributes = options.allowUndeclaredAttributes ?? false;
    // One table for every namespace: `kv`, `secret` and `entity:<name>` never see each other's keys.
    db.exec(`
      CREATE TABLE IF NOT EXISTS kvs_items (
        space TEXT NOT NULL,
        key TEXT NOT NULL,
        value TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        expire_at INTEGER,
        PRIMARY KEY (space, key)
      ) WITHOUT ROWID;
      CREATE INDEX IF NOT EXISTS kvs_items_expire ON kvs_items (expire_at) WHERE expire_at IS NOT NULL;
    `);
    const alive = '(expire_at IS NULL OR expire_at > ?)';
    this.stmt = {
      get: db.prepare(
        `SELECT key, value, created_at, updated_at, expire_at FROM kvs_items WHERE space = ? AND key = ? AND ${alive}`,
      ),
      upsert: db.prepare(
        `INSERT INTO kvs_items (space, key, value, created_at, updated_at, expire_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (space, key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at,
           updated_at = excluded.updated_at, expire_at = excluded.expire_at`,
      ),
      remove: db.prepare('DELETE FROM kvs_items WHERE space = ? AND key = ?'),
      purge: db.prepare('DELETE FROM kvs_items WHERE expire_at IS NOT NULL AND expire_at <= ?'),
      keyQuery: db.prepare(
        `SELECT key, value, created_at, updated_at, expire_at FROM kvs_items
         WHERE space = ? AND ${alive} AND substr(key, 1, length(?)) = ? AND key > ?
         ORDER BY key LIMIT ?`,
      ),
    };
    const plain = (space: string) => ({
      get: (b: unknown) => this.get(space, asBody(b)),
      set: (b: unknown) => this.set(space, asBody(b)),
      delete: (b: unknown) => this.delete(space, asBody(b)),
    });
    const kv = plain(KV_SPACE);
    const secret = plain(SECRET_SPACE);
    const entity = (b: unknown): [string, Obj] => {
      const body = asBody(b);
      return [entitySpace(this.entity(body.entityName).name), body];
    };
    this.routes = {
      '/api/v1/get': kv.get,
      '/api/v1/set': kv.set,
      '/api/v1/delete': kv.delete,
      '/api/v1/query': (b) => this.keyQuery(asBody(b)),
      '/api/v1/secret/get': secret.get,
      '/api/v1/secret/set': secret.set,
      '/api/v1/secret/delete': secret.delete,
      '/api/v1/entity/get': (b) => this.get(...entity(b)),
      '/api/v1/entity/set': (b) => this.set(...entity(b)),
      '/api/v1/entity/delete': (b) => this.delete(...entity(b)),
      '/api/v1/entity/query': (b) => this.entityQuery(asBody(b)),
      '/api/v1/batch/set': (b) => this.batch(b, 'set'),
      '/api/v1/batch/get': (b) => this.batch(b, 'get'),
      '/api/v1/batch/delete': (b) => this.batch(b, 'delete'),
      '/api/v1/transaction': (b) => this.transaction(asBody(b)),
    };
  }

  /** The next `count` requests (to `path`, e.g. `/api/v1/transaction`, when given) answer 429 `RATE_LIMIT_EXCEEDED`. */
  injectRateLimit(count: number, path = ''): void {
    this.rateLimitRemaining = Math.max(0, Math.floor(count));
    this.rateLimitPath = path;
  }

  handle(path: string, body: unknown): KvsResponse {
    if (
      this.rateLimitRemaining > 0 &&
      (this.rateLimitPath === '' || path.split('?')[0] === this.rateLimitPath)
    ) {
      this.rateLimitRemaining--;
      return {
        status: 429,
        body: { code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded (injected).' },
      };
    }
    const name = path.split('?')[0].replace(/\/+$/, '');
    const route = Object.hasOwn(this.routes, name) ? this.routes[name] : undefined;
    if (!route) return { status: 404, body: { code: 'NOT_FOUND', message: `Unknown KVS endpoint ${path}` } };
    try {
      this.purgeExpired();
      return route(body);
    } catch (e) {
      if (e instanceof KvsError) return { status: e.status, body: { code: e.code, message: e.message } };
      return {
        status: 500,
        body: { code: 'INTERNAL_SERVER_ERROR', message: String((e as Error)?.message ?? e) },
      };
    }
  }

  // Reads already hide expired rows; deleting them only keeps the table small, so once a second is plenty.
  private purgeExpired(): void {
    const now = this.now();
    if (now - this.lastPurge < 1000) return;
    this.lastPurge = now;
    this.stmt.purge.run(now);
  }

  // ---- validation ----

  private checkKey(key: unknown): string {
    if (key === undefined || key === null || key === '') throw bad('EMPTY_KEY', 'Key cannot be empty.');
    if (typeof key !== 'string') throw bad('INVALID_KEY', 'Key must be a string.');
    if (key.length > KVS_LIMITS.keyLength) {
      throw bad(
        'KEY_TOO_LONG',
        `The provided key has exceeded the maximum ${KVS_LIMITS.keyLength} characters.`,
      );
    }
    if (!KEY_RE.test(key)) throw bad('INVALID_KEY', `The provided key does not match the regex: ${KEY_RE}`);
    return key;
  }

  private checkValue(value: unknown): string {
    if (value === undefined || value === null)
      throw bad('INVALID_VALUE', 'Value must be JSON other than null.');
    const json = JSON.stringify(value);
    if (Buffer.byteLength(json, 'utf8') > KVS_LIMITS.valueBytes) {
      throw bad('MAX_SIZE', 'The provided value has exceeded the maximum size limit.');
    }
    if (depthExceeds(value, KVS_LIMITS.valueDepth)) {
      throw bad(
        'MAX_DEPTH',
        `The provided value has exceeded the maximum object depth (${KVS_LIMITS.valueDepth}).`,
      );
    }
    return json;
  }

  private entity(name: unknown): EntityDef {
    if (typeof name !== 'string') throw bad('BAD_REQUEST', 'entityName must be a string.');
    if (name.length < 3) throw bad('ENTITY_TYPE_TOO_SHORT', 'The entity name needs at least 3 characters.');
    if (name.length > 60)
      throw bad('ENTITY_TYPE_TOO_LARGE', 'The entity name has exceeded the maximum 60 characters.');
    if (!ENTITY_NAME_RE.test(name))
      throw bad('INVALID_ENTITY_TYPE', `The entity name does not match ${ENTITY_NAME_RE}`);
    const def = this.entities.get(name);
    if (!def)
      throw new KvsError(404, 'SCHEMA_NOT_FOUND', `Entity "${name}" is not declared in the manifest.`);
    return def;
  }

  private checkEntityValue(space: string, value: unknown): void {
    if (!space.startsWith('entity:')) return;
    const def = this.entities.get(space.slice('entity:'.length));
    if (!def) return;
    if (!isObject(value)) throw bad('INVALID_ENTITY_VALUE', 'Entity values must be JSON objects.');
    for (const [attr, v] of Object.entries(value)) {
      const type = def.attributes.get(attr);
      if (!type) {
        if (this.allowUndeclaredAttributes) continue;
        throw bad('INVALID_ENTITY_VALUE', `Attribute "${attr}" is not declared for entity "${def.name}".`);
      }
      if (!attributeOk(type, v)) {
        throw bad('INVALID_ENTITY_VALUE', `Data type for attribute "${attr}" is defined as "${type}".`);
      }
    }
    for (const ix of def.indexes.values()) {
      const size = (attrs: string[]) =>
        attrs.reduce(
          (n, a) => n + (value[a] === undefined ? 0 : Buffer.byteLength(String(value[a]), 'utf8')),
          0,
        );
      if (ix.range && size([ix.range]) > KVS_LIMITS.rangeValueBytes) {
        throw bad(
          'INVALID_ENTITY_VALUE',
          `Range values of index "${ix.name}" exceed ${KVS_LIMITS.rangeValueBytes} bytes.`,
        );
      }
      if (size(ix.partition) > KVS_LIMITS.partitionValueBytes) {
        throw bad(
          'INVALID_ENTITY_VALUE',
          `Partition values of index "${ix.name}" exceed ${KVS_LIMITS.partitionValueBytes} bytes.`,
        );
      }
    }
  }

  private ttlMs(ttl: unknown): number | null {
    if (ttl === undefined) return null;
    if (!isObject(ttl)) throw bad('INVALID_TTL', 'TTL must be an object {value, unit}.');
    const unit = TTL_UNIT_MS[String(ttl.unit)];
    if (!unit) throw bad('INVALID_TTL', `TTL unit must be SECONDS, MINUTES, HOURS or DAYS.`);
    const value = ttl.value;
    if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
      throw bad('INVALID_TTL', `TTL value must be a positive integer, received: ${String(value)}`);
    }
    const ms = value * unit;
    if (ms > KVS_LIMITS.ttlMaxMs) throw bad('INVALID_TTL', 'TTL cannot exceed 1 year.');
    return ms;
  }

  // ---- storage primitives ----

  private read(space: string, key: string): Row | undefined {
    return this.stmt.get.get(space, key, this.now());
  }

  private record(row: Row, fields: Set<MetadataField>): Obj {
    return {
      key: row.key,
      value: JSON.parse(row.value) as unknown,
      ...(fields.has('CREATED_AT') && { createdAt: row.created_at }),
      ...(fields.has('UPDATED_AT') && { updatedAt: row.updated_at }),
      ...(fields.has('EXPIRE_TIME') &&
        row.expire_at !== null && { expireTime: new Date(row.expire_at).toISOString() }),
    };
  }

  /** Validated write; returns the live row it replaced (if any) and the new one. */
  private write(
    space: string,
    key: unknown,
    value: unknown,
    options: Obj,
  ): { previous: Row | undefined; latest: Row } {
    const k = this.checkKey(key);
    const json = this.checkValue(value);
    this.checkEntityValue(space, value);
    const ttl = this.ttlMs(options.ttl);
    const policy = options.keyPolicy ?? 'OVERRIDE';
    if (policy !== 'OVERRIDE' && policy !== 'FAIL_IF_EXISTS') {
      throw bad('BAD_REQUEST', 'keyPolicy must be OVERRIDE or FAIL_IF_EXISTS.');
    }
    const previous = this.read(space, k);
    if (policy === 'FAIL_IF_EXISTS' && previous) {
      throw new KvsError(409, 'KEY_CONFLICT', 'Provided key already exists and cannot be overwritten.');
    }
    const now = this.now();
    const latest: Row = {
      key: k,
      value: json,
      created_at: previous?.created_at ?? now,
      updated_at: now,
      expire_at: ttl === null ? null : now + ttl,
    };
    this.stmt.upsert.run(space, k, json, latest.created_at, latest.updated_at, latest.expire_at);
    return { previous, latest };
  }

  // ---- endpoints ----

  private get(space: string, body: Obj): KvsResponse {
    const key = this.checkKey(body.key);
    const fields = parseMetadataFields(isObject(body.options) ? body.options.metadataFields : undefined);
    const row = this.read(space, key);
    if (!row) return { status: 404, body: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' } };
    return { status: 200, body: this.record(row, fields) };
  }

  private set(space: string, body: Obj): KvsResponse {
    const options = body.options === undefined ? {} : body.options;
    if (!isObject(options)) throw bad('BAD_REQUEST', 'options must be an object.');
    const returnValue = options.returnValue;
    if (returnValue !== undefined && returnValue !== 'PREVIOUS' && returnValue !== 'LATEST') {
      throw bad('BAD_REQUEST', 'returnValue must be PREVIOUS or LATEST.');
    }
    if (returnValue !== undefined && options.keyPolicy === 'FAIL_IF_EXISTS') {
      throw bad('BAD_REQUEST', 'returnValue needs keyPolicy OVERRIDE.');
    }
    if (options.returnMetadataFields !== undefined && returnValue === undefined) {
      throw bad('BAD_REQUEST', 'returnMetadataFields needs returnValue.');
    }
    const fields = parseMetadataFields(options.returnMetadataFields);
    const { previous, latest } = this.db.transaction(() =>
      this.write(space, body.key, body.value, options),
    )();
    const row = returnValue === 'LATEST' ? latest : returnValue === 'PREVIOUS' ? previous : undefined;
    return row ? { status: 200, body: this.record(row, fields) } : { status: 204 };
  }

  private delete(space: string, body: Obj): KvsResponse {
    const key = this.checkKey(body.key);
    if (!this.read(space, key)) {
      return { status: 404, body: { code: 'KEY_NOT_FOUND', message: 'Provided key does not exist' } };
    }
    this.stmt.remove.run(space, key);
    return { status: 204 };
  }

  private keyQuery(body: Obj): KvsResponse {
    const limit = body.limit ?? KVS_LIMITS.keyQueryDefault;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
      throw bad('BAD_REQUEST', 'limit must be a positive integer.');
    }
    if (limit > KVS_LIMITS.keyQueryMax) {
      throw bad('LIST_QUERY_LIMIT_EXCEEDED', `The query limit cannot exceed ${KVS_LIMITS.keyQueryMax}.`);
    }
    let prefix = '';
    const where = body.where ?? [];
    if (!Array.isArray(where)) throw bad('BAD_REQUEST', 'where must be an array.');
    if (where.length > 1) throw bad('INVALID_WHERE_CONDITION', 'A key query takes a single where condition.');
    if (where.length === 1) {
      const w: unknown = where[0];
      if (!isObject(w) || w.property !== 'key' || w.condition !== 'BEGINS_WITH') {
        throw bad('INVALID_WHERE_CONDITION', 'The only key query condition is BEGINS_WITH on "key".');
      }
      const v = Array.isArray(w.values) ? w.values[0] : undefined;
      if (typeof v !== 'string' && typeof v !== 'number') {
        throw bad('INVALID_WHERE_CONDITION', 'BEGINS_WITH needs one string value.');
      }
      prefix = String(v);
    }
    let after = '';
    if (body.after !== undefined) {
      const c = decodeCursor(body.after);
      if (c.t !== 'key' || typeof c.k !== 'string') throw bad('INVALID_CURSOR', 'The cursor is not valid.');
      after = c.k;
    }
    const fields = parseMetadataFields(isObject(body.options) ? body.options.metadataFields : undefined);
    const rows = this.stmt.keyQuery.all(KV_SPACE, this.now(), prefix, prefix, after, limit + 1);
    const page = rows.slice(0, limit);
    const more = rows.length > limit;
    return {
      status: 200,
      body: {
        data: page.map((r) => this.record(r, fields)),
        ...(more && { cursor: encodeCursor({ t: 'key', k: page[page.length - 1].key }) }),
      },
    };
  }

  private entityQuery(body: Obj): KvsResponse {
    const entity = this.entity(body.entityName);
    const index = entity.indexes.get(String(body.indexName));
    if (!index) {
      throw bad(
        'INVALID_ENTITY_INDEX',
        `Index "${String(body.indexName)}" is not declared for "${entity.name}".`,
      );
    }
    const limit = body.limit ?? KVS_LIMITS.entityQueryDefault;
    if (
      typeof limit !== 'number' ||
      !Number.isInteger(limit) ||
      limit < 1 ||
      limit > KVS_LIMITS.entityQueryMax
    ) {
      throw bad(
        'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
        `The page limit must be set between 1 and ${KVS_LIMITS.entityQueryMax}.`,
      );
    }
    const sort = body.sort ?? 'ASC';
    if (sort !== 'ASC' && sort !== 'DESC') throw bad('BAD_REQUEST', 'sort must be ASC or DESC.');
    const partition = body.partition ?? [];
    if (!Array.isArray(partition)) throw bad('BAD_REQUEST', 'partition must be an array.');
    if (partition.length !== index.partition.length) {
      throw bad(
        'INVALID_PARTITION',
        `Index "${index.name}" needs ${index.partition.length} partition value(s), got ${partition.length}.`,
      );
    }
    const range =
      body.range === undefined ? undefined : parseCondition(body.range, RANGE_CONDITIONS, 'range');
    const filters = parseFilters(body.filters);
    const conditions = partition.length + (range ? 1 : 0) + (filters?.items.length ?? 0);
    if (conditions > KVS_LIMITS.queryConditions) {
      throw bad('TOO_MANY_CONDITIONS', `A query can have at most ${KVS_LIMITS.queryConditions} conditions.`);
    }
    const options = isObject(body.options) ? body.options : {};
    const fields = parseMetadataFields(options.metadataFields ?? body.metadataFields);

    // A subquery exposes the range value as `rv` (and its JSON type as `rt`) so conditions and order share it.
    const params: SqlParam[] = [];
    const path = (attr: string): string => `$."${attr}"`;
    let inner: string;
    if (index.range === null) {
      inner = `SELECT key, value, created_at, updated_at, expire_at, key AS rv, 'text' AS rt FROM kvs_items`;
    } else {
      inner = `SELECT key, value, created_at, updated_at, expire_at, json_extract(value, ?) AS rv,
        json_type(value, ?) AS rt FROM kvs_items`;
      params.push(path(index.range), path(index.range));
    }
    inner += ` WHERE space = ? AND (expire_at IS NULL OR expire_at > ?)`;
    params.push(entitySpace(entity.name), this.now());
    const where: string[] = ['rt IS NOT NULL'];
    index.partition.forEach((attr, i) => {
      const t = typed(partition[i]);
      where.push(
        `json_type(value, ?) IN (${t.types.map(() => '?').join(', ')}) AND json_extract(value, ?) = ?`,
      );
      params.push(path(attr), ...t.types, path(attr), t.param);
    });
    if (range) {
      // The key index only holds strings, so numbers given to it compare as their text.
      const values = index.range === null ? range.values.map((v) => String(v)) : range.values;
      if (range.condition === 'BEGINS_WITH') {
        where.push(`rt = 'text' AND substr(rv, 1, length(?)) = ?`);
        params.push(String(values[0]), String(values[0]));
      } else {
        const t = typed(values[0]);
        const guard = `rt IN (${t.types.map(() => '?').join(', ')})`;
        if (range.condition === 'BETWEEN') {
          const hi = typed(values[1]);
          if (hi.types[0] !== t.types[0])
            throw bad('INVALID_CONDITION', 'BETWEEN bounds must have the same type.');
          where.push(`${guard} AND rv BETWEEN ? AND ?`);
          params.push(...t.types, t.param, hi.param);
        } else {
          where.push(`${guard} AND rv ${SQL_OPS[range.condition]} ?`);
          params.push(...t.types, t.param);
        }
      }
    }
    if (body.cursor !== undefined) {
      const c = decodeCursor(body.cursor);
      if (
        c.t !== 'entity' ||
        c.i !== index.name ||
        typeof c.k !== 'string' ||
        !['string', 'number'].includes(typeof c.r)
      ) {
        throw bad('INVALID_CURSOR', 'The cursor is not valid for this query.');
      }
      where.push(`(rv, key) ${sort === 'ASC' ? '>' : '<'} (?, ?)`);
      params.push(c.r as SqlParam, c.k);
    }
    const dir = sort === 'ASC' ? 'ASC' : 'DESC';
    const sql = `SELECT * FROM (${inner}) WHERE ${where.join(' AND ')} ORDER BY rv ${dir}, key ${dir} LIMIT ?`;
    params.push(limit + 1);
    let stmt = this.entityQueries.get(sql);
    if (!stmt) {
      stmt = this.db.prepare<SqlParam[], Row & { rv: string | number }>(sql);
      this.entityQueries.set(sql, stmt);
    }
    const rows = stmt.all(...params);
    const page = rows.slice(0, limit);
    const more = rows.length > limit;
    const last = page[page.length - 1];
    // Filters run in memory on the page the index returned, as on the platform: a page may come back short
    // (even empty) while the cursor still points further.
    const data = page
      .filter((r) => filtersMatch(filters, JSON.parse(r.value)))
      .map((r) => this.record(r, fields));
    return {
      status: 200,
      body: {
        data,
        ...(more && { cursor: encodeCursor({ t: 'entity', i: index.name, r: last.rv, k: last.key }) }),
      },
    };
  }

  private batch(body: unknown, op: 'set' | 'get' | 'delete'): KvsResponse {
    if (!Array.isArray(body)) throw bad('BAD_REQUEST', 'A batch request body must be an array.');
    if (body.length === 0) throw bad('EMPTY_BATCH', `A batch ${op} needs at least one item.`);
    if (body.length > KVS_LIMITS.batchItems) {
      throw bad(
        'TOO_MANY_BATCH_ENTITIES',
        `A batch ${op} can hold at most ${KVS_LIMITS.batchItems} items; got ${body.length}.`,
      );
    }
    if (op === 'set' && byteLength(body) > KVS_LIMITS.batchBytes) {
      throw bad('MAX_SIZE', `A batch set payload cannot exceed ${KVS_LIMITS.batchBytes} bytes.`);
    }
    const seen = new Set<string>();
    for (const item of body) {
      if (!isObject(item)) throw bad('BAD_REQUEST', 'Each batch item must be an object.');
      const id = `${String(item.entityName ?? '')}\u0000${String(item.key)}`;
      if (seen.has(id))
        throw bad('KEY_DUPLICATION_ERROR', `Duplicate key "${String(item.key)}" in batch request.`);
      seen.add(id);
    }
    const successfulKeys: Obj[] = [];
    const failedKeys: Obj[] = [];
    this.db.transaction(() => {
      for (const item of body as Obj[]) {
        const ref = { key: item.key, ...(item.entityName !== undefined && { entityName: item.entityName }) };
        try {
          const space =
            item.entityName === undefined ? KV_SPACE : entitySpace(this.entity(item.entityName).name);
          if (op === 'set') {
            const options = isObject(item.options) ? item.options : {};
            // Batch set takes only a TTL; key policies belong to single writes.
            this.write(space, item.key, item.value, { ttl: options.ttl });
            successfulKeys.push(ref);
          } else if (op === 'get') {
            const key = this.checkKey(item.key);
            const fields = parseMetadataFields(
              isObject(item.options) ? item.options.metadataFields : undefined,
            );
            const row = this.read(space, key);
            if (!row) throw new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');
            successfulKeys.push({ ...ref, ...this.record(row, fields) });
          } else {
            const key = this.checkKey(item.key);
            if (!this.read(space, key))
              throw new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');
            this.stmt.remove.run(space, key);
            successfulKeys.push(ref);
          }
        } catch (e) {
          if (!(e instanceof KvsError)) throw e;
          failedKeys.push({ ...ref, error: { code: e.code, message: e.message } });
        }
      }
    })();
    return { status: 200, body: { successfulKeys, failedKeys } };
  }

  private transaction(body: Obj): KvsResponse {
    const list = (name: string): Obj[] => {
      const v = body[name] ?? [];
      if (!Array.isArray(v) || v.some((x) => !isObject(x)))
        throw bad('BAD_REQUEST', `${name} must be an array of objects.`);
      return v as Obj[];
    };
    const sets = list('set');
    const deletes = list('delete');
    const checks = list('check');
    const all = [...sets, ...deletes, ...checks];
    if (all.length === 0) throw bad('BAD_REQUEST', 'A transaction needs at least one operation.');
    if (all.length > KVS_LIMITS.transactionOps) {
      // 422 rather than 400: what the platform was reported to answer (third-party probe, unverified here).
      throw new KvsError(
        422,
        'UNPROCESSABLE_ENTITY',
        `A transaction can hold at most ${KVS_LIMITS.transactionOps} operations; got ${all.length}.`,
      );
    }
    if (byteLength(body) > KVS_LIMITS.transactionBytes) {
      throw bad('MAX_SIZE', `A transaction payload cannot exceed ${KVS_LIMITS.transactionBytes} bytes.`);
    }
    const seen = new Set<string>();
    const prepared = all.map((op) => {
      const key = this.checkKey(op.key);
      const space = op.entityName === undefined ? KV_SPACE : entitySpace(this.entity(op.entityName).name);
      if (seen.has(`${space}\u0000${key}`)) {
        throw bad('KEY_DUPLICATION_ERROR', `Key "${key}" appears more than once in the transaction.`);
      }
      seen.add(`${space}\u0000${key}`);
      const conditions = parseFilters(op.conditions);
      return { op, key, space, conditions };
    });
    for (const p of prepared.slice(sets.length + deletes.length)) {
      if (!p.conditions) throw bad('BAD_REQUEST', 'A check operation needs conditions.');
    }
    for (const p of prepared.slice(0, sets.length)) {
      this.checkValue(p.op.value);
      this.checkEntityValue(p.space, p.op.value);
      this.ttlMs(isObject(p.op.options) ? p.op.options.ttl : undefined);
    }
    // better-sqlite3 transactions roll back when the callback throws, which gives all-or-nothing.
    this.db.transaction(() => {
      for (const p of prepared) {
        if (!p.conditions) continue;
        const row = this.read(p.space, p.key);
        if (!row || !filtersMatch(p.conditions, JSON.parse(row.value))) {
          throw new KvsError(
            this.conditionFailureStatus,
            this.conditionFailureCode,
            `Transaction cancelled: the condition on key "${p.key}" does not hold.`,
          );
        }
      }
      prepared.forEach((p, i) => {
        if (i < sets.length) {
          const options = isObject(p.op.options) ? p.op.options : {};
          this.write(p.space, p.key, p.op.value, { ttl: options.ttl });
        } else if (i < sets.length + deletes.length) {
          this.stmt.remove.run(p.space, p.key);
        }
      });
    })();
    return { status: 204 };
  }
}

function attributeOk(type: AttributeType, v: unknown): boolean {
  switch (type) {
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647;
    case 'float':
      return (
        typeof v === 'number' &&
        Number.isFinite(v) &&
        (v === 0 || (Math.abs(v) >= 1e-130 && Math.abs(v) < 1e126))
      );
    case 'string':
      return typeof v === 'string' && v.trim() !== '';
    case 'boolean':
      return typeof v === 'boolean';
    case 'any':
      return v !== null && v !== undefined;
  }
}

/** Adapts `__forge_fetch__(descriptor, path, init)` for the KVS descriptor to the emulator. */
export async function kvsFetch(
  emulator: KvsEmulator,
  path: string,
  init?: { method?: string; body?: unknown },
): Promise<Response> {
  const json = (status: number, body: unknown, extra: Record<string, string> = {}): Response =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...extra } });
  if ((init?.method ?? 'GET').toUpperCase() !== 'POST') {
    return json(405, { code: 'METHOD_NOT_ALLOWED', message: 'The KVS API only accepts POST.' });
  }
  let body: unknown;
  try {
    const raw = init?.body;
    const text =
      typeof raw === 'string'
        ? raw
        : raw instanceof Uint8Array || raw instanceof ArrayBuffer
          ? Buffer.from(raw instanceof ArrayBuffer ? new Uint8Array(raw) : raw).toString('utf8')
          : raw == null
            ? ''
            : undefined;
    if (text === undefined)
      return json(400, { code: 'BAD_REQUEST', message: 'Unsupported request body type.' });
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    return json(400, { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' });
  }
  const result = emulator.handle(path, body);
  if (result.status === 204 || result.body === undefined)
    return new Response(null, { status: result.status });
  return json(result.status, result.body, result.status === 429 ? { 'retry-after': '1' } : {});
}
