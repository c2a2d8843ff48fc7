/**
 * The authorization matrix (authorization-matrix.ts) through the real runtime: every resolver ×
 * every persona × own product (OS2kitos, where the personas hold their roles), a foreign product
 * (OS2valghalla, where they hold none) and a project or issue that does not exist. Each cell calls
 * on fresh state: issue rows get a new story in the row's project.
 */
import { startHost, type RunningHost } from '../../emulator/host/start';
import { personaById } from '../../demo/personas';
import type { PersonaId } from '../../emulator/jira/seed-types';
import { contract, type FunctionKey, type InputOf } from '../../src/contract';
import { expectOk, invokeAs, outcome, type Extension } from '../support/invoke';
import { jiraRest } from '../support/jira-rest';
import { MATRIX, type CallEnv, type Outcome, type Place, type Row } from './authorization-matrix';

const PERSONAS: readonly PersonaId[] = [
  'secretariat',
  'steering',
  'coordinator',
  'supplier',
  'municipality',
  'outsider',
];
const PLACES: readonly Place[] = ['own', 'foreign', 'absent'];
const ABSENT_PROJECT = { id: '99999', key: 'NOPE' };

let host: RunningHost;
const projects = {} as Record<'own' | 'foreign', { id: string; key: string }>;

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  for (const [place, key] of [
    ['own', 'KITOS'],
    ['foreign', 'VALGHAL'],
  ] as const) {
    const project = jiraRest(host, 'GET', `/rest/api/3/project/${key}`).body;
    projects[place] = { id: project.id, key: project.key };
  }
});
afterAll(() => host.close());

let counter = 0;
function createStory(project: { id: string; key: string }) {
  counter += 1;
  const created = jiraRest(host, 'POST', '/rest/api/3/issue', {
    fields: { project: { id: project.id }, issuetype: { name: 'Story' }, summary: `Matrixønske ${counter}` },
  });
  expect(created.status).toBe(201);
  return { id: String(created.body.id), key: String(created.body.key) };
}

function extensionFor(
  row: Row<FunctionKey>,
  project: { id: string; key: string },
  issue: { id: string; key: string },
): Extension {
  switch (row.context) {
    case 'site':
      return row.module === 'os2-level-gadget' ? { type: 'jira:dashboardGadget', gadget: { id: 'g-1' } } : {};
    case 'project':
      return { type: 'jira:projectPage', project };
    case 'issue':
      return { type: 'jira:issuePanel', issue, project };
  }
}

/** The context a cell is called from, and the one its payload is prepared in (absent has no state). */
function envFor(
  row: Row<FunctionKey>,
  place: Place,
  persona: PersonaId,
): { env: CallEnv; extension: Extension } {
  const home = place === 'foreign' ? projects.foreign : projects.own;
  const issue = row.context === 'site' ? { id: '', key: '' } : createStory(home);
  const homeExtension = extensionFor(row, home, issue);
  const env: CallEnv = {
    place,
    persona,
    project: home,
    issue,
    read: async (fn, input) =>
      expectOk(await invokeAs(host.runtime, 'secretariat', row.module, fn, input, homeExtension)),
    asPersona: async (fn, input) =>
      expectOk(await invokeAs(host.runtime, persona, row.module, fn, input, homeExtension)),
    searchToken: () =>
      jiraRest(host, 'POST', '/rest/api/3/search/jql', {
        jql: `project = ${home.id} ORDER BY created ASC`,
        maxResults: 1,
      }).body.nextPageToken,
    accountOf: (p) => personaById(p).accountId,
    organisationOf: (p) => personaById(p).organisation,
  };
  const extension =
    place !== 'absent'
      ? homeExtension
      : row.context === 'issue'
        ? extensionFor(row, home, { id: '99999999', key: `${home.key}-99999` })
        : extensionFor(row, ABSENT_PROJECT, issue);
  return { env, extension };
}

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
      const { env, extension } = envFor(cell.row, place, persona);
      await cell.row.before?.(env);
      const input = (await cell.row.input(env)) as InputOf<FunctionKey>;
      const result = await invokeAs(host.runtime, persona, cell.row.module, cell.fn, input, extension);
      expect(outcome(result)).toBe(want);
    },
  );
});
