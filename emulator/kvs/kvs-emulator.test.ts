// Conformance: the real `@forge/kvs` 1.6.5 client drives the emulator through `__forge_fetch__`, so every
// assertion covers both the wire protocol and the server rules.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AndFilter, OrFilter } from '@forge/kvs';
import { entitiesFromManifest, KvsEmulator, kvsFetch, type EntityDeclaration } from './kvs-emulator';

type KvsModule = typeof import('@forge/kvs');

interface Employee {
  surname?: string;
  age?: number;
  salary?: number;
  gender?: string;
  active?: boolean;
  tags?: unknown;
  nickname?: string;
}

const ENTITIES: EntityDeclaration[] = [
  {
    name: 'employee',
    attributes: {
      surname: { type: 'string' },
      age: { type: 'integer' },
      salary: { type: 'float' },
      gender: { type: 'string' },
      active: { type: 'boolean' },
      tags: { type: 'any' },
    },
    indexes: [
      'surname',
      { name: 'by-age', range: ['age'] },
      { name: 'by-gender-age', partition: ['gender'], range: ['age'] },
      { name: 'by-active-salary', partition: ['active'], range: ['salary'] },
    ],
  },
];

const T0 = Date.UTC(2026, 0, 1);
let clock = T0;
let db: Database.Database;
let emulator: KvsEmulator;
const descriptors: unknown[] = [];
let K: KvsModule;
let kvs: KvsModule['kvs'];

beforeAll(async () => {
  (globalThis as Record<string, unknown>).__forge_fetch__ = (
    descriptor: unknown,
    urlPath: string,
    init?: RequestInit,
  ) => {
    descriptors.push(descriptor);
    return kvsFetch(emulator, urlPath, init);
  };
  // Imported only once the global exists, in case the package ever reads it at load time.
  K = await import('@forge/kvs');
  kvs = K.kvs;
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).__forge_fetch__;
});

beforeEach(() => {
  clock = T0;
  db = new Database(':memory:');
  emulator = new KvsEmulator(db, ENTITIES, { now: () => clock });
});

afterEach(() => db.close());

/** The `ForgeKvsAPIError` code a call rejects with. */
async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof K.ForgeKvsAPIError) return e.code;
    throw e;
  }
  throw new Error('expected the call to reject');
}

async function errorOf(p: Promise<unknown>): Promise<InstanceType<KvsModule['ForgeKvsAPIError']>> {
  try {
    await p;
  } catch (e) {
    if (e instanceof K.ForgeKvsAPIError) return e;
    throw e;
  }
  throw new Error('expected the call to reject');
}

const nest = (levels: number): unknown => {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = { d: v };
  return v;
};

const employees = () => kvs.entity<Employee>('employee');

async function seedEmployees(): Promise<void> {
  const rows: Array<[string, Employee]> = [
    ['e1', { surname: 'Smith', age: 30, salary: 5000.5, gender: 'female', active: true }],
    ['e2', { surname: 'Jones', age: 25, salary: 4000, gender: 'male', active: true }],
    ['e3', { surname: 'Brown', age: 40, salary: 7000, gender: 'female', active: false }],
    ['e4', { surname: 'Smithers', age: 35, salary: 6000, gender: 'male', active: true, tags: ['lead'] }],
    ['e5', { surname: 'Adams', age: 30, salary: 5500, gender: 'female', active: true }],
    ['e6', { surname: 'Nobody', gender: 'male' }],
  ];
  for (const [key, value] of rows) await employees().set(key, value);
}

const keys = (r: { results: Array<{ key: string }> }) => r.results.map((x) => x.key);

describe('documented limits and error codes', () => {
  it('keys: EMPTY_KEY, INVALID_KEY, KEY_TOO_LONG; 500 chars and the full alphabet accepted', async () => {
    expect(await codeOf(kvs.set('', 1))).toBe('EMPTY_KEY');
    expect(await codeOf(kvs.set('a/b', 1))).toBe('INVALID_KEY');
    expect(await codeOf(kvs.set('   ', 1))).toBe('INVALID_KEY');
    expect(await codeOf(kvs.set('ø', 1))).toBe('INVALID_KEY');
    expect(await codeOf(kvs.set('k'.repeat(501), 1))).toBe('KEY_TOO_LONG');
    expect(await codeOf(kvs.get('a/b'))).toBe('INVALID_KEY');
    await kvs.set('k'.repeat(500), 1);
    await kvs.set('aZ09:._- #x', 2);
    expect(await kvs.get('aZ09:._- #x')).toBe(2);
  });

  it('values: MAX_SIZE over 240 KiB serialized, MAX_DEPTH over 31, null refused', async () => {
    await kvs.set('fits', 'x'.repeat(240 * 1024 - 2)); // plus two quotes: exactly 240 KiB
    expect(await codeOf(kvs.set('big', 'x'.repeat(240 * 1024 - 1)))).toBe('MAX_SIZE');
    await kvs.set('deep31', nest(31));
    expect(await codeOf(kvs.set('deep32', nest(32)))).toBe('MAX_DEPTH');
    expect(await codeOf(kvs.set('nul', null))).toBe('INVALID_VALUE');
    expect(await kvs.get('big')).toBeUndefined();
  });

  it('key query: limit at most 100 (LIST_QUERY_LIMIT_EXCEEDED), one BEGINS_WITH on key only', async () => {
    expect(await codeOf(kvs.query().limit(101).getMany())).toBe('LIST_QUERY_LIMIT_EXCEEDED');
    await kvs.query().limit(100).getMany();
    const w = { property: 'key' as const, ...K.WhereConditions.beginsWith('a') };
    expect(await codeOf(kvs.query({ where: [w, w] } as Parameters<typeof kvs.query>[0]).getMany())).toBe(
      'INVALID_WHERE_CONDITION',
    );
    expect(
      await codeOf(
        kvs
          .query()
          .where('value' as 'key', K.WhereConditions.beginsWith('a'))
          .getMany(),
      ),
    ).toBe('INVALID_WHERE_CONDITION');
    const equalTo = K.WhereConditions.equalTo('a') as unknown as ReturnType<
      typeof K.WhereConditions.beginsWith
    >;
    expect(await codeOf(kvs.query().where('key', equalTo).getMany())).toBe('INVALID_WHERE_CONDITION');
    expect(await codeOf(kvs.query().cursor('garbage').getMany())).toBe('INVALID_CURSOR');
  });

  it('entity query: limit 1-100 (COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE), declared index and full partition', async () => {
    const q = () => employees().query().index('by-age');
    expect(await codeOf(q().limit(0).getMany())).toBe('COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE');
    expect(await codeOf(q().limit(101).getMany())).toBe('COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE');
    await q().limit(1).getMany();
    await q().limit(100).getMany();
    expect(await codeOf(employees().query().index('by-nothing').getMany())).toBe('INVALID_ENTITY_INDEX');
    expect(await codeOf(employees().query().index('by-gender-age').getMany())).toBe('INVALID_PARTITION');
    expect(
      await codeOf(
        employees()
          .query()
          .index('by-age', { partition: ['x'] })
          .getMany(),
      ),
    ).toBe('INVALID_PARTITION');
  });

  it('entity query filters: INSUFFICIENT_FILTER_VALUES, EMPTY_FILTER_OPERATOR, INVALID_FILTER_OPERATORS_COMBINATION', async () => {
    const oneBound = { condition: 'BETWEEN', values: [1] } as unknown as ReturnType<
      typeof K.FilterConditions.between
    >;
    expect(
      await codeOf(
        employees().query().index('by-age').filters(new K.Filter<Employee>().and('age', oneBound)).getMany(),
      ),
    ).toBe('INSUFFICIENT_FILTER_VALUES');
    // The client never sends these shapes, so they go to the server directly.
    const base = { entityName: 'employee', indexName: 'by-age' };
    const cond = { property: 'age', condition: 'EXISTS', values: [true] };
    expect(emulator.handle('/api/v1/entity/query', { ...base, filters: { and: [] } })).toEqual({
      status: 400,
      body: expect.objectContaining({ code: 'EMPTY_FILTER_OPERATOR' }),
    });
    expect(
      emulator.handle('/api/v1/entity/query', { ...base, filters: { and: [cond], or: [cond] } }),
    ).toEqual({
      status: 400,
      body: expect.objectContaining({ code: 'INVALID_FILTER_OPERATORS_COMBINATION' }),
    });
  });

  it('entity values follow the declared attribute types (INVALID_ENTITY_VALUE)', async () => {
    const bad: Employee[] = [
      { age: 2 ** 31 },
      { age: -(2 ** 31) - 1 },
      { age: 1.5 },
      { age: '5' as unknown as number },
      { salary: 1e200 },
      { salary: 1e-200 },
      { surname: '' },
      { surname: '  \t' },
      { active: 'true' as unknown as boolean },
      { tags: null },
      { nickname: 'undeclared' },
    ];
    for (const value of bad)
      expect([value, await codeOf(employees().set('x', value))]).toEqual([value, 'INVALID_ENTITY_VALUE']);
    expect(await codeOf(employees().set('x', 'not an object' as unknown as Employee))).toBe(
      'INVALID_ENTITY_VALUE',
    );
    const good: Employee[] = [
      { age: 2 ** 31 - 1 },
      { age: -(2 ** 31) },
      { salary: 0 },
      { salary: -1.5e-100 },
      { salary: 3 },
      { surname: ' x ' },
      { active: false },
      { tags: { nested: [1, 'two', true] } },
      {},
    ];
    for (const value of good) await employees().set('x', value);
  });

  it('entity names: undeclared SCHEMA_NOT_FOUND, malformed INVALID_ENTITY_TYPE / ENTITY_TYPE_TOO_SHORT', async () => {
    expect(await codeOf(kvs.entity('nosuch').set('k', { a: 1 }))).toBe('SCHEMA_NOT_FOUND');
    expect(await codeOf(kvs.entity('nosuch').get('k'))).toBe('SCHEMA_NOT_FOUND');
    expect(await codeOf(kvs.entity('nosuch').query().index('by-key').getMany())).toBe('SCHEMA_NOT_FOUND');
    expect(await codeOf(kvs.entity('ab').get('k'))).toBe('ENTITY_TYPE_TOO_SHORT');
    expect(await codeOf(kvs.entity('Employee').get('k'))).toBe('INVALID_ENTITY_TYPE');
  });

  it('set options: FAIL_IF_EXISTS → KEY_CONFLICT, TTL must be a positive integer up to 1 year (INVALID_TTL)', async () => {
    await kvs.set('once', 1, { keyPolicy: 'FAIL_IF_EXISTS' });
    expect(await codeOf(kvs.set('once', 2, { keyPolicy: 'FAIL_IF_EXISTS' }))).toBe('KEY_CONFLICT');
    expect(await kvs.get('once')).toBe(1);
    expect(await codeOf(kvs.set('t', 1, { ttl: { value: 0, unit: 'SECONDS' } }))).toBe('INVALID_TTL');
    expect(await codeOf(kvs.set('t', 1, { ttl: { value: 366, unit: 'DAYS' } }))).toBe('INVALID_TTL');
    await kvs.set('t', 1, { ttl: { value: 365, unit: 'DAYS' } });
  });

  it('transactions: at most 25 operations, unique keys, at most 4 MB; nothing lands on refusal', async () => {
    const tooMany = kvs.transact();
    for (let i = 0; i < 26; i++) tooMany.set(`t${i}`, i);
    const e = await errorOf(tooMany.execute());
    expect([e.code, e.responseDetails.status]).toEqual(['UNPROCESSABLE_ENTITY', 422]);
    const max = kvs.transact();
    for (let i = 0; i < 25; i++) max.set(`m${i}`, i);
    await max.execute();
    expect(await codeOf(kvs.transact().set('dup', 1).delete('dup').execute())).toBe('KEY_DUPLICATION_ERROR');
    const huge = kvs.transact();
    for (let i = 0; i < 18; i++) huge.set(`h${i}`, 'x'.repeat(240 * 1024 - 2));
    expect(await codeOf(huge.execute())).toBe('MAX_SIZE');
    expect(await kvs.get('t0')).toBeUndefined();
    expect(await kvs.get('h0')).toBeUndefined();
    expect(await kvs.get('m24')).toBe(24);
  });

  it('batches: 1-25 items (TOO_MANY_BATCH_ENTITIES, EMPTY_BATCH), unique keys', async () => {
    const items = Array.from({ length: 26 }, (_, i) => ({ key: `b${i}`, value: i }));
    expect(await codeOf(kvs.batchSet(items))).toBe('TOO_MANY_BATCH_ENTITIES');
    expect(await codeOf(kvs.batchGet(items))).toBe('TOO_MANY_BATCH_ENTITIES');
    expect(await codeOf(kvs.batchDelete(items))).toBe('TOO_MANY_BATCH_ENTITIES');
    expect(await codeOf(kvs.batchSet([]))).toBe('EMPTY_BATCH');
    expect(await codeOf(kvs.batchSet([items[0], items[0]]))).toBe('KEY_DUPLICATION_ERROR');
    // The same key in kvs and in an entity is two different items.
    await kvs.batchSet<unknown>([
      { key: 'same', value: 1 },
      { key: 'same', value: { age: 1 }, entityName: 'employee' },
    ]);
    expect((await kvs.batchSet(items.slice(0, 25))).successfulKeys).toHaveLength(25);
  });

  it('injected rate limiting answers 429 RATE_LIMIT_EXCEEDED, then recovers', async () => {
    emulator.injectRateLimit(2);
    const e = await errorOf(kvs.get('x'));
    expect([e.code, e.responseDetails.status]).toEqual(['RATE_LIMIT_EXCEEDED', 429]);
    expect(await codeOf(kvs.set('x', 1))).toBe('RATE_LIMIT_EXCEEDED');
    await kvs.set('x', 1);
    expect(await kvs.get('x')).toBe(1);
  });
});

describe('round trips', () => {
  it('get/set/delete every JSON value type through the kvs descriptor', async () => {
    const values: unknown[] = [
      'Hello world',
      123,
      1.5,
      true,
      false,
      0,
      '',
      ['Hello', 'World'],
      { hello: { world: [1] } },
    ];
    for (const [i, v] of values.entries()) {
      await kvs.set(`v${i}`, v);
      expect(await kvs.get(`v${i}`)).toEqual(v);
    }
    expect(descriptors[descriptors.length - 1]).toEqual({ type: 'kvs', provider: 'app', remote: 'kvs' });
    expect(await kvs.get('missing')).toBeUndefined();
    await kvs.delete('v0');
    expect(await kvs.get('v0')).toBeUndefined();
    await kvs.delete('v0'); // 404 KEY_NOT_FOUND, which the client swallows
  });

  it('metadata fields: createdAt kept on overwrite, updatedAt moves, expireTime only with a TTL', async () => {
    await kvs.set('m', 'a');
    clock += 5000;
    await kvs.set('m', 'b');
    const fields = [K.MetadataField.CREATED_AT, K.MetadataField.UPDATED_AT, K.MetadataField.EXPIRE_TIME];
    expect(await kvs.get('m', { metadataFields: fields })).toEqual({
      key: 'm',
      value: 'b',
      createdAt: T0,
      updatedAt: T0 + 5000,
    });
    await kvs.set('m', 'c', { ttl: { value: 2, unit: 'HOURS' } });
    expect(await kvs.get('m', { metadataFields: [K.MetadataField.EXPIRE_TIME] })).toEqual({
      key: 'm',
      value: 'c',
      expireTime: new Date(T0 + 5000 + 2 * 3600_000).toISOString(),
    });
  });

  it('set returnValue PREVIOUS / LATEST with returnMetadataFields', async () => {
    expect(await kvs.set('r', 1, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toBeUndefined();
    clock += 1000;
    expect(await kvs.set('r', 2, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toEqual({
      key: 'r',
      value: 1,
    });
    clock += 1000;
    expect(
      await kvs.set('r', 3, {
        keyPolicy: 'OVERRIDE',
        returnValue: 'LATEST',
        returnMetadataFields: [K.MetadataField.CREATED_AT, K.MetadataField.UPDATED_AT],
      }),
    ).toEqual({ key: 'r', value: 3, createdAt: T0, updatedAt: T0 + 2000 });
  });

  it('secrets live in their own namespace, invisible to get and query', async () => {
    await kvs.setSecret('token', 's3cret');
    expect(await kvs.getSecret('token')).toBe('s3cret');
    expect(await kvs.get('token')).toBeUndefined();
    expect((await kvs.query().getMany()).results).toEqual([]);
    await kvs.set('token', 'plain');
    expect(await kvs.getSecret('token')).toBe('s3cret');
    expect(await kvs.getSecret('token', { metadataFields: [K.MetadataField.CREATED_AT] })).toEqual({
      key: 'token',
      value: 's3cret',
      createdAt: T0,
    });
    await kvs.deleteSecret('token');
    expect(await kvs.getSecret('token')).toBeUndefined();
    expect(await kvs.get('token')).toBe('plain');
  });

  it('entity get/set/delete, separate from plain keys', async () => {
    await employees().set('e1', { surname: 'Smith', age: 30 });
    expect(await employees().get('e1')).toEqual({ surname: 'Smith', age: 30 });
    expect(await kvs.get('e1')).toBeUndefined();
    expect(await employees().get('e1', { metadataFields: [K.MetadataField.UPDATED_AT] })).toEqual({
      key: 'e1',
      value: { surname: 'Smith', age: 30 },
      updatedAt: T0,
    });
    expect(
      await employees().set('e1', { surname: 'Smyth' }, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' }),
    ).toEqual({ key: 'e1', value: { surname: 'Smith', age: 30 } });
    await employees().delete('e1');
    expect(await employees().get('e1')).toBeUndefined();
    await employees().delete('e1');
  });

  it('entitiesFromManifest reads app.storage.entities', () => {
    const manifest = {
      app: { id: 'x', storage: { entities: [{ name: 'product', attributes: { n: { type: 'string' } } }] } },
    };
    expect(entitiesFromManifest(manifest)).toEqual([
      { name: 'product', attributes: { n: { type: 'string' } }, indexes: [] },
    ]);
    expect(entitiesFromManifest({ app: {} })).toEqual([]);
    expect(entitiesFromManifest(undefined)).toEqual([]);
  });
});

describe('key query paging', () => {
  it('pages more than 100 keys with cursors, in key order, limited to the prefix', async () => {
    const all = Array.from({ length: 250 }, (_, i) => `item:${String(i).padStart(3, '0')}`);
    for (let i = 0; i < all.length; i += 25) {
      await kvs.batchSet(all.slice(i, i + 25).map((key, j) => ({ key, value: i + j })));
    }
    await kvs.set('other:1', 'x');
    await kvs.set('item', 'prefix itself');
    const seen: string[] = [];
    const sizes: number[] = [];
    let cursor: string | undefined;
    do {
      const q = kvs.query().where('key', K.WhereConditions.beginsWith('item:')).limit(100);
      const page = await (cursor ? q.cursor(cursor) : q).getMany();
      sizes.push(page.results.length);
      seen.push(...keys(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([100, 100, 50]);
    expect(seen).toEqual(all);
    const first = await kvs.query().getMany();
    expect(keys(first)).toEqual(['item', ...all.slice(0, 9)]); // default page size 10
    expect(first.nextCursor).toEqual(expect.any(String));
    expect(await kvs.query().where('key', K.WhereConditions.beginsWith('other')).getOne()).toEqual({
      key: 'other:1',
      value: 'x',
    });
    expect(await kvs.query().where('key', K.WhereConditions.beginsWith('nope')).getOne()).toBeUndefined();
  });

  it('a cursor survives deletion of the key it points at; metadata fields apply to results', async () => {
    for (const k of ['a1', 'a2', 'a3', 'a4']) await kvs.set(k, k);
    const p1 = await kvs.query().limit(2).getMany();
    expect(keys(p1)).toEqual(['a1', 'a2']);
    await kvs.delete('a2');
    const p2 = await kvs
      .query({ metadataFields: [K.MetadataField.CREATED_AT] })
      .limit(2)
      .cursor(p1.nextCursor!)
      .getMany();
    expect(p2).toEqual({
      results: [
        { key: 'a3', value: 'a3', createdAt: T0 },
        { key: 'a4', value: 'a4', createdAt: T0 },
      ],
      nextCursor: undefined,
    });
  });
});

describe('entity queries', () => {
  beforeEach(seedEmployees);

  it('by-key index: every entity, BEGINS_WITH and sort', async () => {
    expect(keys(await employees().query().index('by-key').getMany())).toEqual([
      'e1',
      'e2',
      'e3',
      'e4',
      'e5',
      'e6',
    ]);
    expect(
      keys(
        await employees()
          .query()
          .index('by-key')
          .where(K.WhereConditions.between('e2', 'e4'))
          .sort(K.Sort.DESC)
          .getMany(),
      ),
    ).toEqual(['e4', 'e3', 'e2']);
  });

  it('simple index on an attribute, with BEGINS_WITH', async () => {
    const r = await employees()
      .query()
      .index('surname')
      .where(K.WhereConditions.beginsWith('Smith'))
      .getMany();
    expect(r.results).toEqual([
      { key: 'e1', value: expect.objectContaining({ surname: 'Smith' }) },
      { key: 'e4', value: expect.objectContaining({ surname: 'Smithers' }) },
    ]);
  });

  it('range conditions order by the range value, ties by key, and skip entities without it', async () => {
    const q = () => employees().query().index('by-age');
    expect(keys(await q().getMany())).toEqual(['e2', 'e1', 'e5', 'e4', 'e3']);
    expect(keys(await q().where(K.WhereConditions.between(30, 35)).getMany())).toEqual(['e1', 'e5', 'e4']);
    expect(keys(await q().where(K.WhereConditions.between(30, 35)).sort(K.Sort.DESC).getMany())).toEqual([
      'e4',
      'e5',
      'e1',
    ]);
    expect(keys(await q().where(K.WhereConditions.equalTo(30)).getMany())).toEqual(['e1', 'e5']);
    expect(keys(await q().where(K.WhereConditions.greaterThan(30)).getMany())).toEqual(['e4', 'e3']);
    expect(keys(await q().where(K.WhereConditions.greaterThanEqualTo(35)).getMany())).toEqual(['e4', 'e3']);
    expect(keys(await q().where(K.WhereConditions.lessThan(30)).getMany())).toEqual(['e2']);
    expect(keys(await q().where(K.WhereConditions.lessThanEqualTo(30)).getMany())).toEqual([
      'e2',
      'e1',
      'e5',
    ]);
    expect(await q().sort(K.Sort.DESC).getOne()).toEqual({
      key: 'e3',
      value: expect.objectContaining({ age: 40 }),
    });
  });

  it('partitions: exact match on string and boolean partition values', async () => {
    const female = await employees()
      .query()
      .index('by-gender-age', { partition: ['female'] })
      .where(K.WhereConditions.greaterThan(25))
      .getMany();
    expect(keys(female)).toEqual(['e1', 'e5', 'e3']);
    const active = await employees()
      .query()
      .index('by-active-salary', { partition: [true] })
      .getMany();
    expect(keys(active)).toEqual(['e2', 'e1', 'e5', 'e4']);
    const floats = await employees()
      .query()
      .index('by-active-salary', { partition: [true] })
      .where(K.WhereConditions.between(4500.25, 5500))
      .getMany();
    expect(keys(floats)).toEqual(['e1', 'e5']);
  });

  it('filters with and / or and every filter condition', async () => {
    const F = K.FilterConditions;
    const run = async (index: string, f: AndFilter<Employee> | OrFilter<Employee>) =>
      keys(await employees().query().index(index).filters(f).limit(100).getMany());
    const and = () => new K.Filter<Employee>();
    expect(
      await run('by-age', and().and('gender', F.equalTo('male')).and('active', F.equalTo(true))),
    ).toEqual(['e2', 'e4']);
    expect(await run('by-age', and().or('surname', F.beginsWith('Smith')).or('age', F.lessThan(26)))).toEqual(
      ['e2', 'e1', 'e4'],
    );
    expect(await run('by-key', and().and('tags', F.contains('lead')))).toEqual(['e4']);
    expect(await run('by-key', and().and('surname', F.contains('mith')))).toEqual(['e1', 'e4']);
    expect(await run('by-key', and().and('surname', F.notContains('mith')))).toEqual([
      'e2',
      'e3',
      'e5',
      'e6',
    ]);
    expect(await run('by-key', and().and('tags', F.notExists()))).toEqual(['e1', 'e2', 'e3', 'e5', 'e6']);
    expect(await run('by-key', and().and('age', F.exists()))).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(await run('by-key', and().and('gender', F.notEqualTo('male')))).toEqual(['e1', 'e3', 'e5']);
    expect(await run('by-key', and().and('salary', F.between(5000, 6000)))).toEqual(['e1', 'e4', 'e5']);
    expect(
      await run('by-key', and().and('age', F.greaterThanEqualTo(35)).and('age', F.lessThanEqualTo(40))),
    ).toEqual(['e3', 'e4']);
    expect(await run('by-key', and().and('surname', F.greaterThan('Smith')))).toEqual(['e4']);
  });

  it('pages with cursors; filters apply in memory per page, so a page can be empty yet have a cursor', async () => {
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const q = employees().query().index('by-age').limit(2);
      const page = await (cursor ? q.cursor(cursor) : q).getMany();
      pages.push(keys(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toEqual([['e2', 'e1'], ['e5', 'e4'], ['e3']]);

    const filtered: string[][] = [];
    do {
      const q = employees()
        .query()
        .index('by-age')
        .filters(new K.Filter<Employee>().and('surname', K.FilterConditions.equalTo('Brown')))
        .limit(2);
      const page = await (cursor ? q.cursor(cursor) : q).getMany();
      filtered.push(keys(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(filtered).toEqual([[], [], ['e3']]);

    const desc = await employees().query().index('by-age').sort(K.Sort.DESC).limit(3).getMany();
    expect(keys(desc)).toEqual(['e3', 'e4', 'e5']);
    const rest = await employees()
      .query()
      .index('by-age')
      .sort(K.Sort.DESC)
      .limit(3)
      .cursor(desc.nextCursor!)
      .getMany();
    expect(rest).toEqual({
      results: [expect.objectContaining({ key: 'e1' }), expect.objectContaining({ key: 'e2' })],
    });
  });

  it('metadata fields on entity query results', async () => {
    const r = await kvs
      .entity<Employee>('employee')
      .query({ metadataFields: [K.MetadataField.CREATED_AT] })
      .index('by-age')
      .limit(1)
      .getMany();
    expect(r.results).toEqual([{ key: 'e2', value: expect.any(Object), createdAt: T0 }]);
  });
});

describe('batch operations', () => {
  it('set, get and delete report partial failures per item', async () => {
    const set = await kvs.batchSet<unknown>([
      { key: 'b1', value: 'one' },
      { key: 'e1', value: { surname: 'Smith' }, entityName: 'employee' },
      { key: 'bad/key', value: 1 },
      { key: 'e2', value: { age: 'old' }, entityName: 'employee' },
      { key: 'x', value: { a: 1 }, entityName: 'nosuch' },
      { key: 'ttl', value: 1, options: { ttl: { value: 1, unit: 'MINUTES' } } },
    ]);
    expect(set.successfulKeys).toEqual([
      { key: 'b1' },
      { key: 'e1', entityName: 'employee' },
      { key: 'ttl' },
    ]);
    expect(set.failedKeys).toEqual([
      { key: 'bad/key', error: { code: 'INVALID_KEY', message: expect.any(String) } },
      {
        key: 'e2',
        entityName: 'employee',
        error: { code: 'INVALID_ENTITY_VALUE', message: expect.any(String) },
      },
      { key: 'x', entityName: 'nosuch', error: { code: 'SCHEMA_NOT_FOUND', message: expect.any(String) } },
    ]);

    const got = await kvs.batchGet([
      { key: 'b1' },
      { key: 'e1', entityName: 'employee' },
      { key: 'missing' },
      { key: 'e1' },
    ]);
    expect(got.successfulKeys).toEqual([
      { key: 'b1', value: 'one' },
      { key: 'e1', entityName: 'employee', value: { surname: 'Smith' } },
    ]);
    expect(got.failedKeys.map((f) => [f.key, f.error.code])).toEqual([
      ['missing', 'KEY_NOT_FOUND'],
      ['e1', 'KEY_NOT_FOUND'],
    ]);

    const del = await kvs.batchDelete([
      { key: 'b1' },
      { key: 'missing' },
      { key: 'e1', entityName: 'employee' },
    ]);
    expect(del.successfulKeys).toEqual([{ key: 'b1' }, { key: 'e1', entityName: 'employee' }]);
    expect(del.failedKeys.map((f) => [f.key, f.error.code])).toEqual([['missing', 'KEY_NOT_FOUND']]);
    expect(await kvs.get('b1')).toBeUndefined();
    expect(await employees().get('e1')).toBeUndefined();
  });
});

describe('transactions', () => {
  const ageIs = (age: number) => new K.Filter<Employee>().and('age', K.FilterConditions.equalTo(age));

  beforeEach(async () => {
    await employees().set('e1', { surname: 'Smith', age: 30 });
    await kvs.set('y', 'keep');
  });

  it('commits set, delete and check together', async () => {
    await kvs
      .transact()
      .set('x', 'new', undefined, { ttl: { value: 1, unit: 'DAYS' } })
      .set('e2', { surname: 'Jones' }, { entityName: 'employee' })
      .delete('y')
      .check('e1', { entityName: 'employee', conditions: ageIs(30) })
      .execute();
    expect(await kvs.get('x')).toBe('new');
    expect(await employees().get('e2')).toEqual({ surname: 'Jones' });
    expect(await kvs.get('y')).toBeUndefined();
  });

  it('a failed condition rejects with CONDITION_CHECK_FAILED (409) and nothing lands', async () => {
    const e = await errorOf(
      kvs
        .transact()
        .set('x', 'new')
        .delete('y')
        .set<Employee>(
          'e1',
          { surname: 'Changed', age: 31 },
          { entityName: 'employee', conditions: ageIs(99) },
        )
        .execute(),
    );
    expect([e.code, e.responseDetails.status]).toEqual(['CONDITION_CHECK_FAILED', 409]);
    expect(await kvs.get('x')).toBeUndefined();
    expect(await kvs.get('y')).toBe('keep');
    expect(await employees().get('e1')).toEqual({ surname: 'Smith', age: 30 });
    // A condition on an absent entity fails too.
    expect(
      await codeOf(
        kvs
          .transact()
          .check('e9', { entityName: 'employee', conditions: ageIs(30) })
          .execute(),
      ),
    ).toBe('CONDITION_CHECK_FAILED');
  });

  it('conditional set and delete succeed when the conditions hold (or)', async () => {
    const either = new K.Filter<Employee>()
      .or('age', K.FilterConditions.equalTo(1))
      .or('surname', K.FilterConditions.beginsWith('Smi'));
    await kvs
      .transact()
      .set<Employee>('e1', { surname: 'Smith', age: 31 }, { entityName: 'employee', conditions: either })
      .execute();
    expect(await employees().get('e1')).toEqual({ surname: 'Smith', age: 31 });
    await kvs
      .transact()
      .delete('e1', { entityName: 'employee', conditions: ageIs(31) })
      .execute();
    expect(await employees().get('e1')).toBeUndefined();
  });

  it('an invalid operation anywhere refuses the whole transaction', async () => {
    expect(
      await codeOf(
        kvs.transact().set('x', 'new').set('e2', { age: 1.5 }, { entityName: 'employee' }).execute(),
      ),
    ).toBe('INVALID_ENTITY_VALUE');
    expect(await kvs.get('x')).toBeUndefined();
  });

  it('the condition-failure code and status are configurable', async () => {
    emulator = new KvsEmulator(db, ENTITIES, {
      now: () => clock,
      conditionFailureCode: 'CONDITIONAL_CHECK_FAILED',
      conditionFailureStatus: 400,
    });
    const e = await errorOf(
      kvs
        .transact()
        .check('e1', { entityName: 'employee', conditions: ageIs(99) })
        .execute(),
    );
    expect([e.code, e.responseDetails.status]).toEqual(['CONDITIONAL_CHECK_FAILED', 400]);
  });
});

describe('TTL', () => {
  it('expired items behave as absent everywhere, and their key can be reused', async () => {
    await kvs.set('session', 'abc', { ttl: { value: 10, unit: 'SECONDS' } });
    await employees().set('temp', { age: 1 }, { ttl: { value: 1, unit: 'MINUTES' } });
    await kvs.setSecret('otp', '123', { ttl: { value: 10, unit: 'SECONDS' } });
    clock += 9_999;
    expect(await kvs.get('session')).toBe('abc');
    clock += 1;
    expect(await kvs.get('session')).toBeUndefined();
    expect(await kvs.getSecret('otp')).toBeUndefined();
    expect((await kvs.query().getMany()).results).toEqual([]);
    expect(keys(await employees().query().index('by-age').getMany())).toEqual(['temp']);
    clock += 60_000;
    expect(await employees().get('temp')).toBeUndefined();
    expect(keys(await employees().query().index('by-age').getMany())).toEqual([]);
    expect((await kvs.batchGet([{ key: 'session' }])).failedKeys[0].error.code).toBe('KEY_NOT_FOUND');
    await kvs.set('session', 'fresh', { keyPolicy: 'FAIL_IF_EXISTS' });
    expect(await kvs.get('session', { metadataFields: [K.MetadataField.CREATED_AT] })).toEqual({
      key: 'session',
      value: 'fresh',
      createdAt: clock,
    });
  });

  it('overwriting without a TTL clears the expiry', async () => {
    await kvs.set('k', 1, { ttl: { value: 1, unit: 'SECONDS' } });
    await kvs.set('k', 2);
    clock += 3_600_000;
    expect(await kvs.get('k')).toBe(2);
  });
});

describe('persistence', () => {
  it('a second emulator over the same database file sees the first one’s data', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kvs-emulator-'));
    const file = path.join(dir, 'kvs.sqlite');
    const saved = emulator;
    try {
      const db1 = new Database(file);
      emulator = new KvsEmulator(db1, ENTITIES, { now: () => clock });
      await kvs.set('persisted', { n: 1 });
      await kvs.setSecret('s', 'secret');
      await employees().set('e1', { surname: 'Smith', age: 30 });
      db1.close();

      const db2 = new Database(file);
      emulator = new KvsEmulator(db2, ENTITIES, { now: () => clock });
      expect(await kvs.get('persisted')).toEqual({ n: 1 });
      expect(await kvs.getSecret('s')).toBe('secret');
      expect(keys(await employees().query().index('by-age').getMany())).toEqual(['e1']);
      db2.close();
    } finally {
      emulator = saved;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
