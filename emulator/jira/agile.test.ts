// Jira Software agile API through `@forge/api`: boards, sprints, backlog order, moving and ranking issues.
import { installForgeHarness, JSON_INIT, MEMBER, OUTSIDER, BROWSER } from './test-fixture';
import api, { route } from '@forge/api';

const harness = installForgeHarness();

const get = async (path: ReturnType<typeof route>, who = MEMBER) => {
  harness.actAs(who);
  const res = await api.asUser().requestJira(path);
  return { status: res.status, json: await res.json() };
};

const send = (method: string, path: ReturnType<typeof route>, body: unknown, who = MEMBER) => {
  harness.actAs(who);
  return api.asUser().requestJira(path, { method, headers: JSON_INIT, body: JSON.stringify(body) });
};

const backlogKeys = async () =>
  (await get(route`/rest/agile/1.0/board/1/backlog?fields=summary&maxResults=100`)).json.issues.map(
    (i: { key: string }) => i.key,
  );

describe('boards', () => {
  it('lists boards by project and hides them from outsiders', async () => {
    const { json } = await get(route`/rest/agile/1.0/board?projectKeyOrId=AB`);
    expect(json).toMatchObject({ startAt: 0, total: 1, isLast: true });
    expect(json.values[0]).toMatchObject({
      id: 1,
      type: 'scrum',
      location: { projectId: 10000, projectKey: 'AB' },
    });
    expect(
      (await get(route`/rest/agile/1.0/board?type=kanban`)).json.values.map((b: { id: number }) => b.id),
    ).toEqual([2]);
    expect((await get(route`/rest/agile/1.0/board/1`, OUTSIDER)).status).toBe(404);
  });

  it('describes the board configuration', async () => {
    const { json } = await get(route`/rest/agile/1.0/board/1/configuration`);
    expect(json.ranking).toEqual({ rankCustomFieldId: 10019 });
    expect(json.estimation).toEqual({
      type: 'field',
      field: { fieldId: 'customfield_10016', displayName: 'Story point estimate' },
    });
    expect(json.columnConfig.columns.map((c: { name: string }) => c.name)).toEqual([
      'To Do',
      'In Progress',
      'Done',
    ]);
  });

  it('lists sprints by state, and kanban boards have none', async () => {
    const { json } = await get(route`/rest/agile/1.0/board/1/sprint?state=active,future`);
    expect(json).toMatchObject({ startAt: 0, isLast: true });
    expect(json.values.map((s: { id: number; state: string }) => [s.id, s.state])).toEqual([
      [2, 'active'],
      [3, 'future'],
    ]);
    expect((await get(route`/rest/agile/1.0/sprint/2`)).json).toMatchObject({
      id: 2,
      originBoardId: 1,
      goal: 'Login',
    });
    expect((await get(route`/rest/agile/1.0/board/2/sprint`)).status).toBe(400);
  });
});

describe('backlog and sprints', () => {
  it('lists incomplete issues outside open sprints in rank order, with agile fields', async () => {
    const { json } = await get(route`/rest/agile/1.0/board/1/backlog?maxResults=3`);
    expect(json).toMatchObject({ startAt: 0, maxResults: 3, total: 11 });
    expect(json.issues.map((i: { key: string }) => i.key)).toEqual(['AB-1', 'AB-5', 'AB-6']);
    const story = json.issues[1];
    expect(story.fields).toMatchObject({
      sprint: null,
      closedSprints: [],
      flagged: false,
      epic: { key: 'AB-1', done: false },
    });
    const filtered = await get(route`/rest/agile/1.0/board/1/backlog?jql=${'labels = odd'}&fields=summary`);
    expect(filtered.json.issues.map((i: { key: string }) => i.key)).toEqual([
      'AB-5',
      'AB-7',
      'AB-9',
      'AB-11',
      'AB-13',
    ]);
  });

  it('reorders the backlog with PUT /issue/rank', async () => {
    expect(
      (
        await send('PUT', route`/rest/agile/1.0/issue/rank`, {
          issues: ['AB-9', 'AB-8'],
          rankBeforeIssue: 'AB-5',
        })
      ).status,
    ).toBe(204);
    expect((await backlogKeys()).slice(0, 5)).toEqual(['AB-1', 'AB-9', 'AB-8', 'AB-5', 'AB-6']);
    expect(
      (await send('PUT', route`/rest/agile/1.0/issue/rank`, { issues: ['AB-1'], rankAfterIssue: 'AB-14' }))
        .status,
    ).toBe(204);
    expect((await backlogKeys()).at(-1)).toBe('AB-1');
    await harness.emulator.indexCaughtUp(); // JQL shows the new order once Jira's index has it
    const ranked = await get(
      route`/rest/api/3/search/jql?jql=${'project = AB ORDER BY rank'}&fields=key&maxResults=3`,
    );
    expect(ranked.json.issues.map((i: { key: string }) => i.key)).toEqual(['AB-2', 'AB-3', 'AB-4']);
  });

  it('answers 207 when some issues cannot be found, 403 without Schedule Issues', async () => {
    const res = await send('PUT', route`/rest/agile/1.0/issue/rank`, {
      issues: ['AB-10', 'AB-999'],
      rankBeforeIssue: 'AB-6',
    });
    expect(res.status).toBe(207);
    expect((await res.json()).entries).toEqual([
      { issueId: 10010, issueKey: 'AB-10', status: 200 },
      {
        issueKey: 'AB-999',
        status: 404,
        errors: ['Issue does not exist or you do not have permission to see it.'],
      },
    ]);
    const browser = await send(
      'PUT',
      route`/rest/agile/1.0/issue/rank`,
      { issues: ['AB-10'], rankBeforeIssue: 'AB-6' },
      BROWSER,
    );
    expect(browser.status).toBe(403);
  });

  it('moves issues into a sprint and back to the backlog', async () => {
    expect(
      (await send('POST', route`/rest/agile/1.0/sprint/3/issue`, { issues: ['AB-5', '10006'] })).status,
    ).toBe(204);
    const sprint = await get(route`/rest/agile/1.0/sprint/3/issue?fields=summary,sprint`);
    expect(sprint.json.issues.map((i: { key: string }) => i.key)).toEqual(['AB-4', 'AB-5', 'AB-6']);
    expect(sprint.json.issues[1].fields.sprint).toMatchObject({ id: 3, state: 'future' });
    expect(await backlogKeys()).not.toContain('AB-5');
    await harness.emulator.indexCaughtUp(); // JQL sees the sprint field once Jira's index has it
    const jql = await get(
      route`/rest/api/3/search/jql?jql=${'sprint = 3 ORDER BY key'}&fields=customfield_10020`,
    );
    expect(jql.json.issues[1].fields.customfield_10020).toEqual([
      expect.objectContaining({ id: 3, name: 'AB Sprint 3' }),
    ]);

    expect((await send('POST', route`/rest/agile/1.0/backlog/issue`, { issues: ['AB-5'] })).status).toBe(204);
    expect(await backlogKeys()).toContain('AB-5');
    const closed = await send('POST', route`/rest/agile/1.0/sprint/1/issue`, { issues: ['AB-5'] });
    expect(closed.status).toBe(400);
    const tooMany = await send('POST', route`/rest/agile/1.0/backlog/issue`, {
      issues: Array.from({ length: 51 }, (_, n) => `AB-${n + 1}`),
    });
    expect(tooMany.status).toBe(400);
    expect(
      (await send('POST', route`/rest/agile/1.0/sprint/3/issue`, { issues: ['AB-7'] }, BROWSER)).status,
    ).toBe(403);
  });

  it('needs the granular write scope to move issues to the backlog', async () => {
    harness.scopes = harness.scopes.filter((s) => s !== 'write:board-scope:jira-software');
    const res = await send('POST', route`/rest/agile/1.0/backlog/issue`, { issues: ['AB-4'] });
    expect(res.status).toBe(401);
  });
});

describe('sprint updates', () => {
  it('starts a future sprint only once the active one is closed, and closes it with a complete date', async () => {
    const dates = { startDate: '2026-03-02T09:00:00.000Z', endDate: '2026-03-16T09:00:00.000Z' };
    const undated = await send('POST', route`/rest/agile/1.0/sprint/3`, { state: 'active' });
    expect((await undated.json()).errorMessages[0]).toMatch(/start and an end date/);
    const early = await send('POST', route`/rest/agile/1.0/sprint/3`, { state: 'active', ...dates });
    expect(early.status).toBe(400);
    expect((await early.json()).errorMessages[0]).toMatch(/already active/);
    const back = await send('POST', route`/rest/agile/1.0/sprint/2`, { state: 'future' });
    expect(back.status).toBe(400);
    expect((await send('POST', route`/rest/agile/1.0/sprint/2`, { state: 'closed' })).status).toBe(200);
    const started = await send('POST', route`/rest/agile/1.0/sprint/3`, {
      state: 'active',
      goal: 'Ny målsætning',
      ...dates,
    });
    expect(started.status).toBe(200);
    expect(await started.json()).toMatchObject({ id: 3, state: 'active', goal: 'Ny målsætning' });
    const closed = await get(route`/rest/agile/1.0/sprint/2`);
    expect(closed.json).toMatchObject({ state: 'closed' });
    expect(closed.json.completeDate).toEqual(expect.any(String));
    expect((await send('POST', route`/rest/agile/1.0/sprint/2`, { name: 'x' })).status).toBe(400);
  });

  it('needs Manage Sprints and the granular sprint scopes', async () => {
    expect((await send('POST', route`/rest/agile/1.0/sprint/3`, { goal: 'x' }, BROWSER)).status).toBe(403);
    expect((await send('POST', route`/rest/agile/1.0/sprint/3`, { goal: 'x' }, OUTSIDER)).status).toBe(404);
    harness.scopes = harness.scopes.filter((s) => s !== 'write:sprint:jira-software');
    expect((await send('POST', route`/rest/agile/1.0/sprint/3`, { goal: 'x' })).status).toBe(401);
  });
});
