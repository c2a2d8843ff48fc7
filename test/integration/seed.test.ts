import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSeed, MUNICIPALITIES, OTHER_PUBLIC_BODIES, PERSONAS } from '../../demo';
import { loadProductFile, loadProductFiles, validateProductFile } from '../../demo/content/schema';
import { PRODUCT_FILES, PRODUCTS } from '../../demo/products';
import {
  PROJECT_ROLES,
  type JiraSeed,
  type PersonaId,
  type ProjectRole,
  type SeedProject,
} from '../../emulator/jira/seed-types';

const PRODUCT_NAMES = [
  'OS2cprbroker',
  'OS2borgerPC',
  'OS2dagsorden',
  'OS2kitos',
  'OS2kle',
  'OS2loop',
  'OS2display',
  'OS2datascanner',
  'OS2valghalla',
  'OS2kravmotor',
  'OS2autoproces',
  'OS2forms',
  'OS2mo',
  'OS2faktor',
  'OS2opgavefordeler',
  'OS2rollekatalog',
  'OS2indberetning',
];

/** Keys seen in OS2's own reports; the seed must keep them. */
const REAL_KEYS: Record<string, string> = {
  OS2loop: 'LOOP',
  OS2rollekatalog: 'ROL',
  OS2display: 'DISPLAY',
  OS2valghalla: 'VALGHAL',
  OS2kravmotor: 'KRAVMOTOR',
};

const seed: JiraSeed = buildSeed();
const accountOf = (id: PersonaId) => PERSONAS.find((p) => p.id === id)!.accountId;
const project = (key: string): SeedProject => seed.projects.find((p) => p.key === key)!;
const hasRole = (p: SeedProject, role: ProjectRole, accountId: string) =>
  p.roles[role].users.includes(accountId);

describe('demo seed', () => {
  it('is deterministic', () => {
    expect(buildSeed()).toEqual(buildSeed());
    expect(buildSeed()).toEqual(seed);
  });

  it('returns fresh objects on every call', () => {
    const a = buildSeed();
    a.projects[0].issues[0].summary = 'changed';
    expect(buildSeed().projects[0].issues[0].summary).not.toBe('changed');
  });

  it('has site settings', () => {
    expect(seed.siteUrl).toBe('https://os2.atlassian.net');
    expect(seed.cloudId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(seed.browseGroups).toEqual(['os2-community']);
    expect(seed.adminGroups).toEqual(['jira-administrators']);
  });

  it('lists exactly 98 unique municipalities, then the other public bodies', () => {
    expect(MUNICIPALITIES).toHaveLength(98);
    expect(new Set(MUNICIPALITIES).size).toBe(98);
    for (const name of [
      'Aarhus Kommune',
      'Københavns Kommune',
      'Frederiksberg Kommune',
      'Bornholms Regionskommune',
    ]) {
      expect(MUNICIPALITIES).toContain(name);
    }
    for (const name of ['Ærø Kommune', 'Fanø Kommune', 'Læsø Kommune', 'Samsø Kommune']) {
      expect(MUNICIPALITIES).toContain(name);
    }
    expect(MUNICIPALITIES.some((m) => m.includes('Christiansø'))).toBe(false);
    expect(seed.organisations).toEqual([...MUNICIPALITIES, ...OTHER_PUBLIC_BODIES]);
    expect(OTHER_PUBLIC_BODIES).toEqual(
      expect.arrayContaining([
        'KL',
        'KOMBIT',
        'Digitaliseringsstyrelsen',
        'Region Hovedstaden',
        'Region Nordjylland',
      ]),
    );
    expect(OTHER_PUBLIC_BODIES.filter((b) => b.startsWith('Region '))).toHaveLength(5);
  });

  it('has 17 projects with the product names, the real keys and sequential ids', () => {
    expect(seed.projects.map((p) => p.name)).toEqual(PRODUCT_NAMES);
    for (const [name, key] of Object.entries(REAL_KEYS)) {
      expect(seed.projects.find((p) => p.name === name)?.key).toBe(key);
    }
    expect(seed.projects.map((p) => p.id)).toEqual(PRODUCT_NAMES.map((_, i) => String(10000 + i)));
    expect(new Set(seed.projects.map((p) => p.key)).size).toBe(17);
    for (const p of seed.projects) {
      expect(p.key).toMatch(/^[A-Z][A-Z0-9]{1,9}$/);
      expect(p.description.length).toBeGreaterThan(40);
      expect(p.board).toEqual({ id: expect.any(Number), name: `${p.key} board`, type: 'scrum' });
    }
    expect(new Set(seed.projects.map((p) => p.board.id)).size).toBe(17);
  });

  it('has 20–60 stories plus bugs and tasks per project and 900–1100 issues in total, with unique ids and keys', () => {
    const all = seed.projects.flatMap((p) => p.issues);
    for (const p of seed.projects) {
      const stories = p.issues.filter((i) => i.issueType === 'Story');
      expect(stories.length).toBeGreaterThanOrEqual(20);
      expect(stories.length).toBeLessThanOrEqual(60);
      expect(p.issues.some((i) => i.issueType === 'Bug')).toBe(true);
      expect(p.issues.some((i) => i.issueType === 'Task')).toBe(true);
      expect(p.issues.length).toBeLessThanOrEqual(100);
      for (const issue of p.issues) expect(issue.key).toMatch(new RegExp(`^${p.key}-\\d+$`));
    }
    expect(all.length).toBeGreaterThanOrEqual(900);
    expect(all.length).toBeLessThanOrEqual(1100);
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    expect(new Set(all.map((i) => i.key)).size).toBe(all.length);
    const ids = all.map((i) => Number(i.id)).sort((a, b) => a - b);
    expect(ids[0]).toBe(20000);
    expect(ids[ids.length - 1]).toBe(20000 + all.length - 1);
  });

  it('ranks 2–4 epics first, links work to its own epics and uses valid story points', () => {
    for (const p of seed.projects) {
      const epics = p.issues.filter((i) => i.issueType === 'Epic');
      expect(epics.length).toBeGreaterThanOrEqual(2);
      expect(epics.length).toBeLessThanOrEqual(4);
      expect(p.issues.slice(0, epics.length).every((i) => i.issueType === 'Epic')).toBe(true);
      const epicKeys = new Set(epics.map((e) => e.key));
      for (const issue of p.issues) {
        if (issue.epicKey !== undefined) expect(epicKeys.has(issue.epicKey)).toBe(true);
        if (issue.storyPoints !== undefined) {
          expect(issue.issueType).toBe('Story');
          expect([1, 2, 3, 5, 8, 13]).toContain(issue.storyPoints);
        }
      }
      const statuses = new Set(p.issues.map((i) => i.status));
      expect(statuses).toEqual(new Set(['To Do', 'In Progress', 'Done']));
      const todo = p.issues.filter((i) => i.status === 'To Do').length;
      expect(todo / p.issues.length).toBeGreaterThan(0.4);
    }
  });

  it('writes stories as Danish user stories with acceptance criteria', () => {
    const stories = seed.projects.flatMap((p) => p.issues).filter((i) => i.issueType === 'Story');
    expect(stories.length).toBeGreaterThanOrEqual(20 * seed.projects.length);
    for (const story of stories) {
      expect(story.description).toMatch(/^Som .+ ønsker jeg .+ således at/);
      expect(story.description).toContain('Acceptkriterier:');
    }
  });

  it('gives each project its own story texts', () => {
    const summaries = (key: string) =>
      new Set(
        project(key)
          .issues.filter((i) => i.issueType === 'Story')
          .map((i) => i.summary),
      );
    const loop = summaries('LOOP');
    const kitos = summaries('KITOS');
    const shared = [...loop].filter((s) => kitos.has(s));
    expect(shared.length).toBeLessThanOrEqual(3);
  });

  it('references only existing accounts', () => {
    const accounts = new Set(seed.users.map((u) => u.accountId));
    expect(accounts.size).toBe(seed.users.length);
    for (const p of seed.projects) {
      expect(accounts.has(p.leadAccountId)).toBe(true);
      for (const role of PROJECT_ROLES)
        for (const id of p.roles[role].users) expect(accounts.has(id)).toBe(true);
      for (const issue of p.issues) {
        expect(accounts.has(issue.reporterAccountId)).toBe(true);
        if (issue.assigneeAccountId) expect(accounts.has(issue.assigneeAccountId)).toBe(true);
      }
    }
  });

  it('describes users as Danish OS2 community members', () => {
    expect(seed.users.length).toBeGreaterThanOrEqual(30);
    for (const user of seed.users) {
      expect(user.locale).toBe('da_DK');
      expect(user.timeZone).toBe('Europe/Copenhagen');
      expect(user.emailAddress).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.[a-z]+$/);
      expect(user.accountId).toMatch(/^(557058:[0-9a-f-]{36}|[0-9a-f]{24})$/);
      if (user.persona !== 'outsider') expect(user.groups).toContain('os2-community');
    }
    const secretariat = seed.users.filter((u) => u.groups.includes('os2-secretariat'));
    expect(secretariat).toHaveLength(2);
  });

  it('includes every persona with its groups and roles', () => {
    for (const persona of PERSONAS) {
      const user = seed.users.find((u) => u.accountId === persona.accountId);
      expect(user?.persona).toBe(persona.id);
      expect(user?.displayName).toBe(persona.displayName);
      for (const text of [persona.labelDa, persona.labelEn, persona.descriptionDa, persona.descriptionEn]) {
        expect(text.length).toBeGreaterThan(0);
      }
    }
    const groupsOf = (id: PersonaId) => seed.users.find((u) => u.accountId === accountOf(id))!.groups;
    expect(groupsOf('secretariat')).toEqual(
      expect.arrayContaining(['jira-administrators', 'os2-secretariat', 'os2-community']),
    );
    for (const id of ['steering', 'coordinator', 'supplier', 'municipality'] as const) {
      expect(groupsOf(id)).toEqual(['os2-community']);
    }
    expect(groupsOf('outsider')).toEqual([]);

    for (const p of seed.projects) {
      expect(hasRole(p, 'Administrators', accountOf('secretariat'))).toBe(true);
      expect(hasRole(p, 'Administrators', p.leadAccountId)).toBe(true);
      expect(p.roles.Koordinationsgruppe.users).toContain(p.leadAccountId);
      for (const role of ['Styregruppe', 'Koordinationsgruppe'] as const) {
        expect(p.roles[role].users.length).toBeGreaterThanOrEqual(2);
        expect(p.roles[role].users.length).toBeLessThanOrEqual(4);
      }
      expect(p.roles.Leverandør.users.length).toBeGreaterThanOrEqual(1);
      expect(p.roles.Leverandør.users.length).toBeLessThanOrEqual(3);
      for (const role of PROJECT_ROLES) {
        expect(p.roles[role].users).not.toContain(accountOf('municipality'));
        expect(p.roles[role].users).not.toContain(accountOf('outsider'));
      }
    }
    for (const key of ['LOOP', 'KITOS']) {
      const p = project(key);
      expect(hasRole(p, 'Styregruppe', accountOf('steering'))).toBe(true);
      expect(hasRole(p, 'Koordinationsgruppe', accountOf('coordinator'))).toBe(true);
      expect(hasRole(p, 'Leverandør', accountOf('supplier'))).toBe(true);
      expect(p.leadAccountId).toBe(accountOf('coordinator'));
    }
  });

  it('gives each project one closed, one active and one future sprint, used only by its own issues', () => {
    const sprintIds = seed.projects.flatMap((p) => p.sprints.map((s) => s.id));
    expect(new Set(sprintIds).size).toBe(sprintIds.length);
    const reference = Date.parse('2026-11-02T12:00:00Z');
    for (const p of seed.projects) {
      expect(p.sprints.filter((s) => s.state === 'active')).toHaveLength(1);
      expect(p.sprints.filter((s) => s.state === 'future')).toHaveLength(1);
      expect(p.sprints.filter((s) => s.state === 'closed')).toHaveLength(1);
      for (const s of p.sprints) expect(s.name).toMatch(new RegExp(`^${p.key} Sprint \\d+$`));
      const active = p.sprints.find((s) => s.state === 'active')!;
      expect(Date.parse(active.startDate!)).toBeLessThanOrEqual(reference);
      expect(Date.parse(active.endDate!)).toBeGreaterThan(reference);
      // Two weeks of Copenhagen wall-clock time: an hour more when the sprint spans the end of summer time.
      const length = Date.parse(active.endDate!) - Date.parse(active.startDate!);
      expect(Math.abs(length - 14 * 86_400_000)).toBeLessThanOrEqual(3_600_000);

      const own = new Set(p.sprints.map((s) => s.id));
      const stateOf = (id: number) => p.sprints.find((s) => s.id === id)!.state;
      for (const issue of p.issues) {
        if (issue.sprintId === undefined) continue;
        expect(own.has(issue.sprintId)).toBe(true);
        expect(issue.issueType).not.toBe('Epic');
        if (stateOf(issue.sprintId) === 'closed') expect(issue.status).toBe('Done');
        if (stateOf(issue.sprintId) === 'future') expect(issue.status).toBe('To Do');
      }
      const inSprint = (state: string) =>
        p.issues.filter((i) => i.sprintId !== undefined && stateOf(i.sprintId) === state);
      expect(inSprint('active').length).toBeGreaterThan(0);
      expect(inSprint('future').length).toBeGreaterThan(0);
      expect(p.issues.some((i) => i.sprintId === undefined && i.issueType !== 'Epic')).toBe(true);
      expect(
        p.issues
          .filter((i) => i.status === 'In Progress' && i.issueType !== 'Epic')
          .every((i) => i.sprintId === active.id),
      ).toBe(true);
    }
  });

  it('dates issues within the 18 months before the reference date', () => {
    const reference = Date.parse('2026-11-02T00:00:00Z');
    const earliest = Date.parse('2025-05-02T00:00:00Z');
    for (const issue of seed.projects.flatMap((p) => p.issues)) {
      const created = Date.parse(issue.created);
      expect(created).toBeLessThan(reference);
      expect(created).toBeGreaterThanOrEqual(earliest);
    }
  });
});

describe('demo content files', () => {
  it('build the seed of 17 products, 968 issues and 41 users (the board persona among them)', () => {
    expect(PRODUCTS).toHaveLength(17);
    const seed = buildSeed();
    expect(seed.projects).toHaveLength(17);
    expect(seed.projects.reduce((n, p) => n + p.issues.length, 0)).toBe(968);
    expect(seed.users).toHaveLength(41);
  });

  it('are all valid and apply the defaults for labels and owner', () => {
    for (const name of PRODUCT_FILES) expect(() => loadProductFile(name)).not.toThrow();
    const stories = PRODUCTS.flatMap((p) => p.content.epics.flatMap((e) => e.stories));
    expect(stories.filter((s) => s.labels.includes('udviklingsønske')).length).toBeGreaterThan(0);
    for (const bug of PRODUCTS.flatMap((p) => p.content.bugs)) {
      expect(bug.labels[0]).toBe('fejl');
      expect(bug.owner).toBe('supplier');
    }
  });

  it('name the file and the path of bad data', () => {
    const bad = { ...loadProductFile('mo') } as Record<string, any>;
    bad.content = {
      ...bad.content,
      epics: [{ summary: 'Epic', description: 'Tekst', stories: [{ summary: 'S' }] }],
    };
    expect(() => validateProductFile(bad, 'mo.yaml')).toThrow(
      /Invalid demo content in mo\.yaml:\n.*content\.epics\[0\]\.stories\[0\]\.role/,
    );

    const dir = mkdtempSync(path.join(tmpdir(), 'demo-content-'));
    writeFileSync(path.join(dir, 'broken.yaml'), 'name: [unclosed\n');
    expect(() => loadProductFile('broken', dir)).toThrow(/Cannot read demo content broken\.yaml/);
    writeFileSync(path.join(dir, 'typo.yaml'), 'name: X\nkey: lower\n');
    expect(() => loadProductFile('typo', dir)).toThrow(
      /typo\.yaml:[\s\S]*key: a Jira project key in capitals/,
    );
  });

  it('load the same data through the parse cache, and notice an edited file', () => {
    expect(loadProductFiles(PRODUCT_FILES)).toEqual(PRODUCT_FILES.map((name) => loadProductFile(name)));
    const dir = mkdtempSync(path.join(tmpdir(), 'demo-content-'));
    writeFileSync(path.join(dir, 'one.yaml'), 'name: X\n');
    expect(() => loadProductFiles(['one'], dir)).toThrow(/one\.yaml:/);
    expect(() => loadProductFiles(['one'], dir)).toThrow(/one\.yaml:/);
    const valid = readFileSync(path.join(__dirname, '../../demo/content/mo.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'one.yaml'), valid);
    expect(loadProductFiles(['one'], dir)[0]).toEqual(loadProductFile('mo'));
    writeFileSync(path.join(dir, 'one.yaml'), valid.replace('name: OS2mo', 'name: OS2mo2'));
    expect(loadProductFiles(['one'], dir)[0]!.name).toBe('OS2mo2');
  });
});
