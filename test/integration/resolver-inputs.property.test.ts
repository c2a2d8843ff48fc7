/**
 * Property: whatever a client sends to any resolver, the answer is a typed outcome (ok or a clear
 * error, never `internal`), an ok answer only ever follows a payload the contract's schema accepts,
 * and a refusal changes nothing in Forge storage or Jira. Payloads are generated from each matrix
 * row's valid payload (authorization-matrix.ts): a field replaced by arbitrary JSON or hostile text,
 * a smuggled key, a missing key, or a whole arbitrary value; callers are every persona.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { startHost, type RunningHost } from '../../emulator/host/start';
import { contract, type FunctionKey } from '../../src/contract';
import { invokeRaw } from '../support/invoke';
import { MATRIX_PERSONAS, matrixHarness, type MatrixHarness } from '../support/matrix-harness';
import { MATRIX, type Row } from './authorization-matrix';

// 12 a row keeps `npm test` quick; OS2_PROPERTY_RUNS=200 searches deeper.
const RUNS_PER_ROW = Number(process.env.OS2_PROPERTY_RUNS ?? 12);

let host: RunningHost;
let harness: MatrixHarness;

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  harness = matrixHarness(host);
});
afterAll(() => host.close());

/** Everything a resolver could change: storage records (not short-lived locks), issues and properties. */
function stateFingerprint(): string {
  const hash = createHash('sha256');
  const queries = [
    'SELECT space, key, value FROM kvs_items WHERE expire_at IS NULL ORDER BY space, key',
    'SELECT id, summary, status, labels_json, updated, sprint_ids_json, rank FROM jira_issues ORDER BY id',
    'SELECT issue_id, key, value_json FROM jira_issue_properties ORDER BY issue_id, key',
    'SELECT project_id, key, value_json FROM jira_project_properties ORDER BY project_id, key',
  ];
  for (const sql of queries) {
    for (const row of host.db.prepare(sql).raw().iterate() as Iterable<unknown[]>) {
      hash.update(JSON.stringify(row));
    }
  }
  return hash.digest('hex');
}

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    '\u202e',
    '\u0000',
    '\ud800',
    ' ',
    'javascript:alert(1)',
    '[x](javascript:alert(1))',
    '&#106;avascript:alert(1)',
    '<script>alert(1)</script>',
    '00' + '10005',
    '-1',
    '1e309',
    'x'.repeat(70_000),
  ),
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 4 }), hostileText, fc.constant(undefined));
const smuggledKey = fc.oneof(
  fc.constantFrom('projectId', 'issueId', 'accountId', '__proto__', 'constructor', 'cloudId'),
  fc.string({ maxLength: 12 }),
);

type Mutation =
  | { kind: 'replace'; pick: number; value: unknown }
  | { kind: 'smuggle'; key: string; value: unknown }
  | { kind: 'drop'; pick: number }
  | { kind: 'whole'; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: anyValue }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('smuggle' as const), key: smuggledKey, value: anyValue }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('whole' as const), value: anyValue }) },
);

function mutate(valid: Record<string, unknown>, m: Mutation): unknown {
  const keys = Object.keys(valid);
  switch (m.kind) {
    case 'whole':
      return m.value;
    case 'smuggle': {
      const copy: Record<string, unknown> = { ...valid };
      Object.defineProperty(copy, m.key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return copy;
    }
    case 'replace':
    case 'drop': {
      if (keys.length === 0) return m.kind === 'replace' ? m.value : valid;
      const key = keys[m.pick % keys.length]!;
      const copy: Record<string, unknown> = { ...valid };
      if (m.kind === 'drop') delete copy[key];
      else copy[key] = m.value;
      return copy;
    }
  }
}

const rows = (Object.keys(MATRIX) as FunctionKey[]).flatMap((fn) =>
  (MATRIX[fn] as readonly Row<FunctionKey>[]).map((row) => ({
    fn,
    row,
    name: row.variant ? `${fn} (${row.variant})` : fn,
  })),
);

describe('every resolver, any input', () => {
  it.each(rows.map((r) => [r.name, r] as const))(
    '%s: a clear answer, ok only for valid input, nothing changed by a refusal',
    async (_name, { fn, row }) => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...MATRIX_PERSONAS), mutation, async (persona, m) => {
          const { env, extension } = harness.envFor(row, 'own', persona);
          const valid = (await row.input(env)) as Record<string, unknown>;
          const payload = mutate(valid, m);
          // JSON is what crosses the bridge: `undefined` fields vanish, as they would in a browser.
          const sent = payload === undefined ? undefined : JSON.parse(JSON.stringify(payload) ?? 'null');
          const before = stateFingerprint();
          const answer = await invokeRaw(host.runtime, persona, row.module, fn, sent, extension);
          if (!answer.ok) throw new Error(`The invocation failed: ${answer.status} ${answer.message}`);
          const result = answer.body as {
            ok: boolean;
            error?: { code: string; message: { da: string; en: string } };
          };
          expect(result.error?.code).not.toBe('internal');
          if (result.ok) {
            // @forge/resolver hands the resolver `payload || {}`: a falsy payload arrives as {}.
            expect(contract[fn].input.safeParse(sent || {}).success).toBe(true);
          } else {
            expect(result.error!.message.da.length).toBeGreaterThan(0);
            expect(result.error!.message.en.length).toBeGreaterThan(0);
            expect(stateFingerprint()).toBe(before);
          }
        }),
        { numRuns: RUNS_PER_ROW },
      );
    },
  );
});
