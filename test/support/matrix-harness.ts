/**
 * Calls a row of the authorization matrix (test/integration/authorization-matrix.ts) in a running
 * host: builds the context it is called from and the environment its payload is prepared in. Shared
 * by the matrix test and the property tests over every resolver's input.
 */
import type { RunningHost } from '../../emulator/host/start';
import { personaById } from '../../demo/personas';
import type { PersonaId } from '../../emulator/jira/seed-types';
import type { FunctionKey } from '../../src/contract';
import type { CallEnv, Place, Row } from '../integration/authorization-matrix';
import { expectOk, invokeAs, type Extension } from './invoke';
import { jiraRest } from './jira-rest';

export const MATRIX_PERSONAS: readonly PersonaId[] = [
  'secretariat',
  'steering',
  'coordinator',
  'supplier',
  'municipality',
  'outsider',
];
export const PLACES: readonly Place[] = ['own', 'foreign', 'absent'];
const ABSENT_PROJECT = { id: '99999', key: 'NOPE' };
/** The personas hold their roles on OS2kitos and none on OS2 Display. */
const PROJECT_KEYS = { own: 'KITOS', foreign: 'DISPLAY' } as const;

export interface MatrixHarness {
  envFor(row: Row<FunctionKey>, place: Place, persona: PersonaId): { env: CallEnv; extension: Extension };
}

export function matrixHarness(host: RunningHost): MatrixHarness {
  const projects = {
    own: projectOf(PROJECT_KEYS.own),
    foreign: projectOf(PROJECT_KEYS.foreign),
  };
  function projectOf(key: string) {
    const project = jiraRest(host, 'GET', `/rest/api/3/project/${key}`).body;
    return { id: String(project.id), key: String(project.key) };
  }
  let counter = 0;
  function createStory(project: { id: string; key: string }) {
    counter += 1;
    const created = jiraRest(host, 'POST', '/rest/api/3/issue', {
      fields: {
        project: { id: project.id },
        issuetype: { name: 'Story' },
        summary: `Matrixønske ${counter}`,
      },
    });
    if (created.status !== 201) throw new Error(`Creating a story answered ${created.status}`);
    return { id: String(created.body.id), key: String(created.body.key) };
  }

  function extensionFor(
    row: Row<FunctionKey>,
    project: { id: string; key: string },
    issue: { id: string; key: string },
  ): Extension {
    switch (row.context) {
      case 'site':
      case 'listed':
        return row.module === 'os2-level-gadget'
          ? { type: 'jira:dashboardGadget', gadget: { id: 'g-1' } }
          : {};
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
    const absentIssue = { id: '99999999', key: `${home.key}-99999` };
    const issue =
      row.context === 'site'
        ? { id: '', key: '' }
        : row.context === 'listed' && place === 'absent'
          ? absentIssue
          : createStory(home);
    const homeExtension = extensionFor(row, home, issue);
    const env: CallEnv = {
      place,
      persona,
      project: home,
      issue,
      read: async (fn, input) =>
        expectOk(await invokeAs(host.runtime, 'secretariat', row.module, fn, input, homeExtension)),
      attempt: async (fn, input) => {
        await invokeAs(host.runtime, 'secretariat', row.module, fn, input, homeExtension);
      },
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
        : row.context === 'issue' || row.context === 'listed'
          ? extensionFor(row, home, absentIssue)
          : extensionFor(row, ABSENT_PROJECT, issue);
    return { env, extension };
  }
  return { envFor };
}
