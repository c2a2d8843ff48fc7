/**
 * The authorization matrix (authorization-matrix.ts) through the real runtime: every resolver ×
 * every persona × own product (OS2kitos, where the personas hold their roles), a foreign product
 * (OS2 Display, where they hold none) and a project or issue that does not exist. Each cell calls
 * on fresh state: issue rows get a new story in the row's project.
 */
import { startHost, type RunningHost } from '../../emulator/host/start';
import type { PersonaId } from '../../emulator/jira/seed-types';
import { contract, type FunctionKey, type InputOf } from '../../src/contract';
import { invokeAs, outcome } from '../support/invoke';
import {
  MATRIX_PERSONAS as PERSONAS,
  matrixHarness,
  PLACES,
  type MatrixHarness,
} from '../support/matrix-harness';
import { MATRIX, type Outcome, type Place, type Row } from './authorization-matrix';

let host: RunningHost;
let harness: MatrixHarness;

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  harness = matrixHarness(host);
});
afterAll(() => host.close());

function expected(row: Row<FunctionKey>, place: Place, persona: PersonaId): Outcome {
  if (row.context === 'site') return row.own[persona];
  if (place === 'absent') return 'not-found';
  return (place === 'own' ? row.own : row.foreign!)[persona];
}

const rows = (Object.keys(MATRIX) as FunctionKey[]).flatMap((fn) =>
  (MATRIX[fn] as readonly Row<FunctionKey>[]).map((row) => ({
    fn,
    row,
    name: row.variant ? `${fn} (${row.variant})` : fn,
  })),
);
const cells = rows.flatMap(({ fn, row, name }) =>
  (row.context === 'site' ? (['own'] as const) : PLACES).flatMap((place) =>
    PERSONAS.map((persona) => ({ fn, row, place, persona, name, want: expected(row, place, persona) })),
  ),
);

describe('the authorization matrix', () => {
  it('has a row for every resolver of the contract, and no row for one that does not exist', () => {
    const keys = Object.keys(contract).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(keys);
    for (const key of keys) expect([key, MATRIX[key as FunctionKey].length > 0]).toEqual([key, true]);
  });

  it.each(cells.map((c) => [c.name, c.place, c.persona, c.want, c] as const))(
    '%s in the %s context as %s → %s',
    async (_name, place, persona, want, cell) => {
      const { env, extension } = harness.envFor(cell.row, place, persona);
      await cell.row.before?.(env);
      const input = (await cell.row.input(env)) as InputOf<FunctionKey>;
      const result = await invokeAs(host.runtime, persona, cell.row.module, cell.fn, input, extension);
      if (want === 'allowed') {
        // Past the check; a payload id the product does not know (no such sprint or wish) is not-found.
        expect(['forbidden', 'unauthenticated', 'internal']).not.toContain(outcome(result));
      } else {
        expect(outcome(result)).toBe(want);
      }
    },
  );
});
