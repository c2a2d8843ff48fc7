/**
 * Shared by the Jira emulator tests: a small seed (three projects; an admin, a role member, a browse-group
 * user and an outsider) and the `__forge_fetch__` wiring that lets the real `@forge/api` drive the emulator.
 * `@forge/api` reads `__forge_fetch__` on every call, so installing the harness after importing it is fine.
 */
import Database from 'better-sqlite3';
import type { JiraSeed, ProjectRole, SeedIssue, SeedProject } from './seed-types';
import { ALL_SCOPES, JiraEmulator, jiraFetch } from './jira-emulator';
import type { EntityPropertyModule } from './types';

export const ADMIN = 'acc-admin';
export const MEMBER = 'acc-member';
export const BROWSER = 'acc-browser';
export const OUTSIDER = 'acc-outsider';

export const NOW = new Date('2026-05-10T12:00:00.000Z');

/** The app's manifest scopes (as in manifest.yml), plus the board-scope write the backlog move needs. */
export const APP_SCOPES = [
  'storage:app',
  'read:jira-work',
  'write:jira-work',
  'read:jira-user',
  'manage:jira-project',
  'read:board-scope:jira-software',
  'read:board-scope.admin:jira-software',
  'read:project:jira',
  'read:issue-details:jira',
  'read:sprint:jira-software',
  'read:jql:jira',
  'write:sprint:jira-software',
  'write:board-scope:jira-software',
  'write:issue:jira-software',
];

export const ENTITY_PROPERTIES: EntityPropertyModule[] = [
  {
    key: 'os2-wish-index',
    propertyKey: 'os2-wish',
    values: [
      { path: 'status', type: 'string', searchAlias: 'os2WishStatus' },
      { path: 'score', type: 'number', searchAlias: 'os2WishScore' },
      { path: 'requester', type: 'user', searchAlias: 'os2WishRequester' },
      { path: 'notes', type: 'text', searchAlias: 'os2WishNotes' },
      { path: 'decided', type: 'date', searchAlias: 'os2WishDecided' },
      { path: 'orgs.name', type: 'string', searchAlias: 'os2WishOrg' },
    ],
  },
];

const roles = (members: Partial<Record<ProjectRole, string[]>>): SeedProject['roles'] => ({
  Administrators: { users: members.Administrators ?? [], groups: [] },
  Styregruppe: { users: members.Styregruppe ?? [], groups: [] },
  Koordinationsgruppe: { users: members.Koordinationsgruppe ?? [], groups: [] },
  Leverandør: { users: members.Leverandør ?? [], groups: [] },
  Members: { users: members.Members ?? [], groups: [] },
});

function issue(key: string, id: number, extra: Partial<SeedIssue> = {}): SeedIssue {
  return {
    id: String(id),
    key,
    issueType: 'Story',
    summary: `Story ${key}`,
    description: `Description of ${key}`,
    status: 'To Do',
    reporterAccountId: MEMBER,
    labels: [],
    created: new Date(Date.UTC(2026, 3, 1) + id * 3_600_000).toISOString(),
    ...extra,
  };
}

/** AB: scrum, 15 issues (one epic), sprints closed 1 / active 2 / future 3. CD: kanban. EF: empty. */
export function makeSeed(): JiraSeed {
  const ab: SeedIssue[] = [
    issue('AB-1', 10001, { issueType: 'Epic', summary: 'Citizen portal epic' }),
    ...Array.from({ length: 14 }, (_, n) =>
      issue(`AB-${n + 2}`, 10002 + n, {
        summary: n === 0 ? 'Login with MitID' : `Story ${n + 2}`,
        epicKey: 'AB-1',
        storyPoints: n + 1,
        labels: n % 2 ? ['odd'] : ['even', 'wish'],
        assigneeAccountId: n < 3 ? MEMBER : undefined,
        status: n === 13 ? 'Done' : n === 12 ? 'In Progress' : 'To Do',
        sprintId: n < 2 ? 2 : n === 2 ? 3 : n === 13 ? 1 : undefined,
        properties:
          n < 5
            ? {
                'os2-wish': {
                  status: n % 2 ? 'approved' : 'proposed',
                  score: [5, 42, 7, 19, 3][n],
                  requester: n === 1 ? MEMBER : BROWSER,
                  notes: n === 0 ? 'Needed by Aarhus kommune urgently' : 'Nice to have',
                  decided: `2026-0${n + 1}-15`,
                  orgs: [{ name: 'Aarhus' }, { name: n === 3 ? 'Odense' : 'Vejle' }],
                  secret: 'not indexed',
                },
              }
            : undefined,
      }),
    ),
  ];
  const cd: SeedIssue[] = [
    issue('CD-1', 10100, { issueType: 'Bug', summary: 'Kanban bug', labels: ['wish'] }),
    issue('CD-2', 10101, { issueType: 'Task', summary: 'Kanban task' }),
  ];
  return {
    siteUrl: 'https://os2.atlassian.net',
    cloudId: '00000000-0000-4000-8000-000000000000',
    users: [
      {
        accountId: ADMIN,
        displayName: 'Ada Admin',
        emailAddress: 'ada@os2.eu',
        groups: ['jira-administrators', 'os2-community'],
        organisation: 'OS2',
        locale: 'da_DK',
        timeZone: 'Europe/Copenhagen',
      },
      {
        accountId: MEMBER,
        displayName: 'Mads Member',
        emailAddress: 'mads@aarhus.dk',
        groups: ['os2-community'],
        organisation: 'Aarhus Kommune',
        locale: 'da_DK',
        timeZone: 'Europe/Copenhagen',
      },
      {
        accountId: BROWSER,
        displayName: 'Bente Browser',
        emailAddress: 'bente@odense.dk',
        groups: ['os2-community'],
        organisation: 'Odense Kommune',
        locale: 'da_DK',
        timeZone: 'Europe/Copenhagen',
      },
      {
        accountId: OUTSIDER,
        displayName: 'Otto Outsider',
        emailAddress: 'otto@example.com',
        groups: [],
        organisation: 'Example A/S',
        locale: 'en_US',
        timeZone: 'UTC',
      },
    ],
    browseGroups: ['os2-community'],
    adminGroups: ['jira-administrators'],
    projects: [
      {
        id: '10000',
        key: 'AB',
        name: 'Alpha Borger',
        description: 'Citizen services',
        leadAccountId: MEMBER,
        roles: roles({ Styregruppe: [MEMBER] }),
        board: { id: 1, name: 'AB board', type: 'scrum' },
        sprints: [
          {
            id: 1,
            name: 'AB Sprint 1',
            state: 'closed',
            startDate: '2026-03-01T08:00:00.000Z',
            endDate: '2026-03-14T16:00:00.000Z',
          },
          {
            id: 2,
            name: 'AB Sprint 2',
            state: 'active',
            startDate: '2026-05-04T08:00:00.000Z',
            endDate: '2026-05-17T16:00:00.000Z',
            goal: 'Login',
          },
          { id: 3, name: 'AB Sprint 3', state: 'future' },
        ],
        issues: ab,
      },
      {
        id: '10001',
        key: 'CD',
        name: 'Case Desk',
        description: 'Kanban project',
        leadAccountId: ADMIN,
        roles: roles({ Administrators: [ADMIN] }),
        board: { id: 2, name: 'CD board', type: 'kanban' },
        sprints: [],
        issues: cd,
      },
      {
        id: '10002',
        key: 'EF',
        name: 'Empty Forms',
        description: 'No issues yet',
        leadAccountId: ADMIN,
        roles: roles({}),
        board: { id: 3, name: 'EF board', type: 'scrum' },
        sprints: [],
        issues: [],
      },
    ],
    organisations: ['Aarhus Kommune', 'Odense Kommune'],
  };
}

export interface Harness {
  emulator: JiraEmulator;
  /** Subsequent `asUser()` calls act as this account. */
  actAs(accountId: string): void;
  /** The scopes the "app" declares; tests may narrow them. */
  scopes: string[];
}

/** A seeded in-memory emulator behind `globalThis.__forge_fetch__`, as the Forge host wires it. */
export function installForgeHarness(): Harness {
  const emulator = new JiraEmulator(new Database(':memory:'), { now: () => NOW });
  emulator.load(makeSeed());
  emulator.entityPropertyIndex(ENTITY_PROPERTIES);
  let current = MEMBER;
  const harness: Harness = { emulator, scopes: [...APP_SCOPES], actAs: (id) => (current = id) };
  const g = globalThis as Record<string, unknown>;
  g.__forge_fetch__ = (descriptor: { provider: string }, path: string, init?: RequestInit) =>
    jiraFetch(
      emulator,
      descriptor.provider === 'app'
        ? { kind: 'app' }
        : descriptor.provider === 'none'
          ? { kind: 'none' }
          : { kind: 'user', accountId: current },
      harness.scopes,
      path,
      init,
    );
  // `requestJira` never reads the runtime, but `@forge/api` helpers may; a minimal one is harmless.
  g.__forge_runtime__ ??= {
    metrics: { counter: () => ({ incr() {} }), timing: () => ({ measure: () => ({ stop() {} }) }) },
  };
  return harness;
}

export { ALL_SCOPES };

export const JSON_INIT = { 'Content-Type': 'application/json', Accept: 'application/json' };
