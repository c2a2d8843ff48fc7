// Issues, properties, transitions, users, projects, permissions, scopes and throttling, through `@forge/api`.
import {
  ADMIN,
  ALL_SCOPES,
  APP_SCOPES,
  BROWSER,
  installForgeHarness,
  JSON_INIT,
  MEMBER,
  OUTSIDER,
} from './test-fixture';
import api, { route } from '@forge/api';

const harness = installForgeHarness();

const asUser = (who: string) => {
  harness.actAs(who);
  return api.asUser();
};

const send = (who: string, method: string, path: ReturnType<typeof route>, body?: unknown) =>
  asUser(who).requestJira(path, {
    method,
    headers: JSON_INIT,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });

afterEach(() => {
  harness.scopes = [...APP_SCOPES];
});

describe('issues', () => {
  it('hides an issue from a user who cannot browse it, with Jira 404', async () => {
    const res = await asUser(OUTSIDER).requestJira(route`/rest/api/3/issue/${'AB-2'}`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      errorMessages: ['Issue does not exist or you do not have permission to see it.'],
      errors: {},
    });
    const asApp = await api.asApp().requestJira(route`/rest/api/3/issue/${'AB-2'}?fields=summary,status`);
    const issue = await asApp.json();
    expect(issue.fields.status.statusCategory.key).toBe('new');
    expect(Object.keys(issue.fields)).toEqual(['summary', 'status']);
  });

  it('renders Jira fields: dates, sprint, rank, parent, story points', async () => {
    const issue = await (await asUser(MEMBER).requestJira(route`/rest/api/3/issue/AB-2`)).json();
    expect(issue).toMatchObject({
      id: '10002',
      key: 'AB-2',
      self: 'https://os2.atlassian.net/rest/api/3/issue/10002',
    });
    expect(issue.fields.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    expect(issue.fields.issuetype).toMatchObject({
      id: '10001',
      name: 'Story',
      subtask: false,
      hierarchyLevel: 0,
    });
    expect(issue.fields.customfield_10020).toEqual([
      expect.objectContaining({ id: 2, state: 'active', boardId: 1 }),
    ]);
    expect(issue.fields.customfield_10019).toMatch(/^0\|i[0-9a-z]{6}:$/);
    expect(issue.fields.customfield_10016).toBe(1);
    expect(issue.fields.parent).toMatchObject({ key: 'AB-1', fields: { issuetype: { name: 'Epic' } } });
    expect(issue.fields.assignee).toMatchObject({ accountId: MEMBER, emailAddress: 'mads@aarhus.dk' });
    expect(Object.keys(issue.fields.assignee.avatarUrls).sort()).toEqual([
      '16x16',
      '24x24',
      '32x32',
      '48x48',
    ]);
  });

  it('creates an issue with an ADF description and properties', async () => {
    const description = {
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hej' }] }],
    };
    const res = await send(MEMBER, 'POST', route`/rest/api/3/issue`, {
      fields: {
        project: { key: 'AB' },
        issuetype: { name: 'Story' },
        summary: 'New wish',
        description,
        labels: ['wish'],
        parent: { key: 'AB-1' },
      },
      properties: [{ key: 'os2-wish', value: { score: 99, status: 'proposed' } }],
    });
    expect(res.status).toBe(201);
    const created = await res.json();
    expect(created).toEqual({
      id: '10102',
      key: 'AB-16',
      self: 'https://os2.atlassian.net/rest/api/3/issue/10102',
    });
    const issue = await (
      await asUser(MEMBER).requestJira(route`/rest/api/3/issue/AB-16?properties=os2-wish`)
    ).json();
    expect(issue.fields.description).toEqual(description);
    expect(issue.fields.reporter.accountId).toBe(MEMBER);
    expect(issue.properties['os2-wish'].score).toBe(99);

    const bad = await send(MEMBER, 'POST', route`/rest/api/3/issue`, {
      fields: {
        project: { key: 'AB' },
        issuetype: { name: 'Story' },
        summary: 'x',
        description: 'plain text',
      },
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors.description).toMatch(/Atlassian Document/);
    const noProject = await send(OUTSIDER, 'POST', route`/rest/api/3/issue`, {
      fields: { project: { key: 'AB' }, issuetype: { name: 'Story' }, summary: 'x' },
    });
    expect((await noProject.json()).errors).toEqual({ project: 'Specify a valid project ID or key' });
  });

  it('edits with Edit Issues; others get Jira field errors or 404', async () => {
    const ok = await send(MEMBER, 'PUT', route`/rest/api/3/issue/AB-5`, {
      fields: { summary: 'Renamed', customfield_10016: 8 },
      update: { labels: [{ add: 'urgent' }] },
    });
    expect(ok.status).toBe(204);
    const issue = await (
      await asUser(MEMBER).requestJira(route`/rest/api/3/issue/AB-5?fields=summary,labels,updated`)
    ).json();
    expect(issue.fields).toEqual({
      summary: 'Renamed',
      labels: ['odd', 'urgent'],
      updated: '2026-05-10T12:00:00.000+0000',
    });

    const browser = await send(BROWSER, 'PUT', route`/rest/api/3/issue/AB-5`, {
      fields: { summary: 'Nope' },
    });
    expect(browser.status).toBe(400);
    expect((await browser.json()).errors.summary).toMatch(/cannot be set/);
    expect(
      (await send(OUTSIDER, 'PUT', route`/rest/api/3/issue/AB-5`, { fields: { summary: 'x' } })).status,
    ).toBe(404);
  });

  it('lists and performs transitions', async () => {
    const list = await (await asUser(MEMBER).requestJira(route`/rest/api/3/issue/AB-6/transitions`)).json();
    expect(list.transitions.map((t: { id: string; to: { name: string } }) => [t.id, t.to.name])).toEqual([
      ['21', 'In Progress'],
      ['31', 'Done'],
    ]);
    expect(
      (await send(MEMBER, 'POST', route`/rest/api/3/issue/AB-6/transitions`, { transition: { id: '31' } }))
        .status,
    ).toBe(204);
    const done = await (
      await asUser(MEMBER).requestJira(route`/rest/api/3/issue/AB-6?fields=status,resolution`)
    ).json();
    expect(done.fields.status.statusCategory).toMatchObject({ key: 'done', colorName: 'green' });
    expect(done.fields.resolution.name).toBe('Done');
    const invalid = await send(MEMBER, 'POST', route`/rest/api/3/issue/AB-6/transitions`, {
      transition: { id: '31' },
    });
    expect(invalid.status).toBe(400);
    expect(
      (await (await asUser(BROWSER).requestJira(route`/rest/api/3/issue/AB-6/transitions`)).json())
        .transitions,
    ).toEqual([]);
  });

  it('rejects a JSON body sent without Content-Type, as Jira does (415)', async () => {
    harness.actAs(MEMBER);
    const res = await api
      .asUser()
      .requestJira(route`/rest/api/3/search/jql`, { method: 'POST', body: '{"jql":"project = AB"}' });
    expect(res.status).toBe(415);
  });
});

describe('issue properties', () => {
  it('creates (201), updates (200), lists, reads and deletes', async () => {
    const path = route`/rest/api/3/issue/AB-7/properties/os2-note`;
    expect((await send(MEMBER, 'PUT', path, { text: 'first' })).status).toBe(201);
    expect((await send(MEMBER, 'PUT', path, { text: 'second' })).status).toBe(200);
    const list = await (await asUser(BROWSER).requestJira(route`/rest/api/3/issue/AB-7/properties`)).json();
    expect(list).toEqual({
      keys: [
        { key: 'os2-note', self: 'https://os2.atlassian.net/rest/api/3/issue/10007/properties/os2-note' },
      ],
    });
    expect(await (await asUser(BROWSER).requestJira(path)).json()).toEqual({
      key: 'os2-note',
      value: { text: 'second' },
    });
    expect((await send(MEMBER, 'DELETE', path)).status).toBe(204);
    expect((await asUser(MEMBER).requestJira(path)).status).toBe(404);
  });

  it('needs Edit Issues to write (403), and browsing to see the issue (404)', async () => {
    const path = route`/rest/api/3/issue/AB-7/properties/os2-note`;
    const res = await send(BROWSER, 'PUT', path, { text: 'x' });
    expect(res.status).toBe(403);
    expect((await res.json()).errorMessages).toEqual([
      'You do not have permission to edit issue properties.',
    ]);
    expect((await send(OUTSIDER, 'PUT', path, { text: 'x' })).status).toBe(404);
  });

  it('limits values to 32,768 characters of non-empty JSON', async () => {
    const path = route`/rest/api/3/issue/AB-7/properties/big`;
    const fits = JSON.stringify('x'.repeat(32766));
    expect(fits.length).toBe(32768);
    expect((await send(MEMBER, 'PUT', path, fits)).status).toBe(201);
    const tooBig = await send(MEMBER, 'PUT', path, JSON.stringify('x'.repeat(32767)));
    expect(tooBig.status).toBe(400);
    expect((await tooBig.json()).errorMessages[0]).toMatch(/too long/);
    expect((await send(MEMBER, 'PUT', path, '')).status).toBe(400);
  });
});

describe('projects and users', () => {
  it('lists only browsable projects and 404s the rest', async () => {
    const page = await (await asUser(BROWSER).requestJira(route`/rest/api/3/project/search`)).json();
    expect(page).toMatchObject({ startAt: 0, maxResults: 50, total: 3, isLast: true });
    expect(
      (await (await asUser(OUTSIDER).requestJira(route`/rest/api/3/project/search`)).json()).values,
    ).toEqual([]);
    const missing = await asUser(OUTSIDER).requestJira(route`/rest/api/3/project/AB`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).errorMessages).toEqual(["No project could be found with key 'AB'."]);
  });

  it('lets only project admins write project properties; the app may', async () => {
    const path = route`/rest/api/3/project/AB/properties/os2-config`;
    expect((await send(MEMBER, 'PUT', path, { level: 2 })).status).toBe(403);
    const app = await api
      .asApp()
      .requestJira(path, { method: 'PUT', headers: JSON_INIT, body: JSON.stringify({ level: 2 }) });
    expect(app.status).toBe(201);
    expect(await (await asUser(BROWSER).requestJira(path)).json()).toEqual({
      key: 'os2-config',
      value: { level: 2 },
    });
    expect((await send(ADMIN, 'DELETE', path)).status).toBe(204);
  });

  it('reports role actors to project admins', async () => {
    const roles = await (await asUser(ADMIN).requestJira(route`/rest/api/3/project/AB/role`)).json();
    const role = await (
      await asUser(ADMIN).requestJira(
        route`/rest/api/3/project/AB/role/${roles.Styregruppe.split('/').pop()}`,
      )
    ).json();
    expect(role.actors).toEqual([
      expect.objectContaining({ type: 'atlassian-user-role-actor', actorUser: { accountId: MEMBER } }),
    ]);
    expect((await asUser(BROWSER).requestJira(route`/rest/api/3/project/AB/role`)).status).toBe(404);
  });

  it('serves myself, user, bulk and assignable search', async () => {
    const me = await (await asUser(MEMBER).requestJira(route`/rest/api/3/myself`)).json();
    expect(me).toMatchObject({
      accountId: MEMBER,
      displayName: 'Mads Member',
      accountType: 'atlassian',
      active: true,
    });
    harness.actAs(MEMBER);
    const bulk = await (
      await api.asUser().requestJira(route`/rest/api/3/user/bulk?accountId=${ADMIN}&accountId=${BROWSER}`)
    ).json();
    expect(bulk).toMatchObject({ startAt: 0, total: 2, isLast: true });
    expect(bulk.values.map((u: { accountId: string }) => u.accountId)).toEqual([ADMIN, BROWSER]);
    const found = await (await api.asUser().requestJira(route`/rest/api/3/user/search?query=ben`)).json();
    expect(found.map((u: { accountId: string }) => u.accountId)).toEqual([BROWSER]);
    const assignable = await (
      await api.asUser().requestJira(route`/rest/api/3/user/assignable/search?project=AB`)
    ).json();
    expect(assignable.map((u: { accountId: string }) => u.accountId)).toEqual([ADMIN, MEMBER]);
    expect((await api.asUser().requestJira(route`/rest/api/3/user?accountId=nobody`)).status).toBe(404);
  });
});

describe('permissions', () => {
  it('answers mypermissions in Jira shape, and requires the permissions parameter', async () => {
    const res = await asUser(BROWSER).requestJira(
      route`/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,EDIT_ISSUES,ADMINISTER&projectKey=AB`,
    );
    const body = await res.json();
    expect(body.permissions.BROWSE_PROJECTS).toEqual({
      id: '10',
      key: 'BROWSE_PROJECTS',
      name: 'Browse Projects',
      type: 'PROJECT',
      description: 'Ability to browse projects and the issues within them.',
      havePermission: true,
    });
    expect(body.permissions.EDIT_ISSUES.havePermission).toBe(false);
    expect(body.permissions.ADMINISTER).toMatchObject({ type: 'GLOBAL', havePermission: false });
    expect((await asUser(BROWSER).requestJira(route`/rest/api/3/mypermissions`)).status).toBe(400);
    expect(
      (
        await asUser(OUTSIDER).requestJira(
          route`/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&issueKey=AB-2`,
        )
      ).status,
    ).toBe(404);
  });

  it('checks global and project permissions for the caller or, for admins, anyone', async () => {
    const body = {
      globalPermissions: ['ADMINISTER'],
      projectPermissions: [
        {
          permissions: ['EDIT_ISSUES', 'BROWSE_PROJECTS'],
          projects: [10000, 10001, 99999],
          issues: [10002, 10100],
        },
      ],
    };
    const admin = await (await send(ADMIN, 'POST', route`/rest/api/3/permissions/check`, body)).json();
    expect(admin).toEqual({
      globalPermissions: ['ADMINISTER'],
      projectPermissions: [
        { permission: 'EDIT_ISSUES', projects: [10000, 10001], issues: [10002, 10100] },
        { permission: 'BROWSE_PROJECTS', projects: [10000, 10001], issues: [10002, 10100] },
      ],
    });
    const member = await (
      await send(ADMIN, 'POST', route`/rest/api/3/permissions/check`, { ...body, accountId: MEMBER })
    ).json();
    expect(member.globalPermissions).toEqual([]);
    expect(member.projectPermissions[0]).toEqual({
      permission: 'EDIT_ISSUES',
      projects: [10000],
      issues: [10002],
    });
    const forbidden = await send(MEMBER, 'POST', route`/rest/api/3/permissions/check`, {
      ...body,
      accountId: ADMIN,
    });
    expect(forbidden.status).toBe(403);
  });
});

describe('platform behaviour', () => {
  it('fails with 401 when the app lacks the scopes of an endpoint', async () => {
    harness.scopes = ['read:jira-user'];
    const res = await asUser(MEMBER).requestJira(route`/rest/api/3/issue/AB-2`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 401, message: 'Unauthorized; scope does not match' });
    expect((await asUser(MEMBER).requestJira(route`/rest/api/3/myself`)).status).toBe(200);
    harness.scopes = [
      'read:issue-meta:jira',
      'read:issue-security-level:jira',
      'read:issue.vote:jira',
      'read:issue.changelog:jira',
      'read:avatar:jira',
      'read:issue:jira',
      'read:status:jira',
      'read:user:jira',
      'read:field-configuration:jira',
    ];
    expect((await asUser(MEMBER).requestJira(route`/rest/api/3/issue/AB-2`)).status).toBe(200);
    harness.scopes = ALL_SCOPES;
  });

  it('throttles injected calls with 429 and Retry-After, then recovers', async () => {
    harness.emulator.injectRateLimit(2, 'jira-per-issue-on-write');
    for (let n = 0; n < 2; n++) {
      const res = await asUser(MEMBER).requestJira(route`/rest/api/3/myself`);
      expect(res.status).toBe(429);
      expect(res.headers.get('Retry-After')).toBe('1');
      expect(res.headers.get('RateLimit-Reason')).toBe('jira-per-issue-on-write');
      expect(res.headers.get('X-RateLimit-Reset')).toMatch(/^\d{4}-/);
    }
    expect((await asUser(MEMBER).requestJira(route`/rest/api/3/myself`)).status).toBe(200);
  });

  it('rejects unauthenticated calls', async () => {
    expect((await api.requestJira(route`/rest/api/3/myself`)).status).toBe(401);
  });
});
