// JQL search through the real `@forge/api` client: paging, visibility, entity properties, sprints, errors.
import { BROWSER, installForgeHarness, JSON_INIT, MEMBER, OUTSIDER } from './test-fixture';
import api, { route } from '@forge/api';

const harness = installForgeHarness();

interface SearchPage {
  issues: {
    id: string;
    key?: string;
    fields?: Record<string, unknown>;
    properties?: Record<string, unknown>;
  }[];
  nextPageToken?: string;
  isLast: boolean;
}

async function search(
  body: Record<string, unknown>,
  as = MEMBER,
): Promise<{ status: number; json: SearchPage & { errorMessages?: string[] } }> {
  harness.actAs(as);
  const res = await api.asUser().requestJira(route`/rest/api/3/search/jql`, {
    method: 'POST',
    headers: JSON_INIT,
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

const keys = async (jql: string, as = MEMBER) => {
  const { status, json } = await search({ jql, fields: ['key'], maxResults: 100 }, as);
  expect(status).toBe(200);
  return json.issues.map((i) => i.key);
};

const errorOf = async (jql: string) => {
  const { status, json } = await search({ jql });
  expect(status).toBe(400);
  return json.errorMessages?.[0];
};

describe('search/jql paging', () => {
  it('pages with nextPageToken until isLast, without total or startAt', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const { status, json } = await search({
        jql: 'project = AB ORDER BY key ASC',
        fields: ['summary'],
        maxResults: 4,
        nextPageToken: token,
      });
      expect(status).toBe(200);
      expect(json).not.toHaveProperty('total');
      expect(json).not.toHaveProperty('startAt');
      seen.push(...json.issues.map((i) => i.key!));
      token = json.nextPageToken;
      expect(json.isLast).toBe(token === undefined);
      pages++;
    } while (token);
    expect(pages).toBe(4);
    expect(seen).toEqual(Array.from({ length: 15 }, (_, n) => `AB-${n + 1}`));
  });

  it('pages over GET with query parameters too', async () => {
    harness.actAs(MEMBER);
    const jql = 'project = AB AND labels = even ORDER BY created DESC';
    const first = await (
      await api.asUser().requestJira(route`/rest/api/3/search/jql?jql=${jql}&maxResults=5&fields=key`)
    ).json();
    expect(first.issues).toHaveLength(5);
    const second = await (
      await api
        .asUser()
        .requestJira(
          route`/rest/api/3/search/jql?jql=${jql}&maxResults=5&fields=key&nextPageToken=${first.nextPageToken}`,
        )
    ).json();
    expect(second.isLast).toBe(true);
    expect(second.issues).toHaveLength(2);
  });

  it('rejects a token issued for another query', async () => {
    const { json } = await search({ jql: 'project = AB', maxResults: 2 });
    const other = await search({ jql: 'project = CD', nextPageToken: json.nextPageToken });
    expect(other.status).toBe(400);
  });

  it('returns ids only by default', async () => {
    const { json } = await search({ jql: 'key = AB-2' });
    expect(json.issues).toEqual([{ id: '10002' }]);
  });
});

describe('visibility', () => {
  it('silently leaves out issues the caller cannot browse', async () => {
    expect(await keys('labels = wish ORDER BY key', BROWSER)).toEqual(
      expect.arrayContaining(['AB-2', 'CD-1']),
    );
    expect(await keys('labels = wish', OUTSIDER)).toEqual([]);
  });

  it('treats an invisible project like an unknown one', async () => {
    harness.actAs(OUTSIDER);
    const { status, json } = await search({ jql: 'project = AB' }, OUTSIDER);
    expect(status).toBe(400);
    expect(json.errorMessages).toEqual(["The value 'AB' does not exist for the field 'project'."]);
  });
});

describe('entity properties', () => {
  it('searches and orders by a number alias', async () => {
    expect(await keys('os2WishScore >= 7 ORDER BY os2WishScore DESC')).toEqual(['AB-3', 'AB-5', 'AB-4']);
  });

  it('accepts the issue.property path form and returns requested properties', async () => {
    const { json } = await search({
      jql: "issue.property['os2-wish'].score > 40",
      fields: ['summary'],
      properties: ['os2-wish'],
    });
    expect(json.issues.map((i) => [i.key, (i.properties?.['os2-wish'] as { score: number }).score])).toEqual([
      ['AB-3', 42],
    ]);
  });

  it('applies the typed operators: string, text, user, date and array paths', async () => {
    expect(await keys('os2WishStatus = approved ORDER BY key')).toEqual(['AB-3', 'AB-5']);
    expect(await keys('os2WishNotes ~ aarhus')).toEqual(['AB-2']);
    expect(await keys('os2WishRequester = currentUser()')).toEqual(['AB-3']);
    expect(await keys('os2WishDecided >= 2026-04-01 ORDER BY os2WishDecided')).toEqual(['AB-5', 'AB-6']);
    expect(await keys('os2WishOrg = Odense')).toEqual(['AB-5']);
    expect(await errorOf('os2WishStatus ~ approved')).toBe(
      "The operator '~' is not supported by the 'os2WishStatus' field.",
    );
  });

  it('refuses paths that are not indexed', async () => {
    expect(await errorOf("issue.property['os2-wish'].secret = x")).toMatch(
      /does not exist or you do not have permission/,
    );
  });
});

describe('JQL', () => {
  it('finds open (active and future), future and closed sprints', async () => {
    expect(await keys('sprint in openSprints() ORDER BY key')).toEqual(['AB-2', 'AB-3', 'AB-4']);
    expect(await keys('sprint in futureSprints()')).toEqual(['AB-4']);
    expect(await keys('sprint in closedSprints()')).toEqual(['AB-15']);
    expect(await keys('sprint = "AB Sprint 2" ORDER BY rank')).toEqual(['AB-2', 'AB-3']);
  });

  it('evaluates boolean structure, EMPTY and Jira null semantics', async () => {
    expect(await keys('project = AB AND assignee = currentUser() ORDER BY key DESC')).toEqual([
      'AB-4',
      'AB-3',
      'AB-2',
    ]);
    expect((await keys('project = AB AND assignee is EMPTY')).length).toBe(12);
    // != never matches an empty field.
    expect((await keys('project = AB AND assignee != acc-admin')).length).toBe(3);
    expect(await keys('project = AB AND NOT (status = "To Do" OR issuetype = Epic) ORDER BY key')).toEqual([
      'AB-14',
      'AB-15',
    ]);
    expect(await keys('statusCategory = done')).toEqual(['AB-15']);
    expect(await keys('summary ~ mitid')).toEqual(['AB-2']);
    expect(await keys('text ~ "portal epic"')).toEqual(['AB-1']);
    expect(await keys('key in (AB-2, CD-1) ORDER BY key')).toEqual(['AB-2', 'CD-1']);
    expect(await keys('parent = AB-1 AND cf[10016] > 12 ORDER BY cf[10016] DESC')).toEqual([
      'AB-15',
      'AB-14',
    ]);
    expect(await keys('project = CD AND created < "2026-04-06"')).toHaveLength(0);
    expect(await keys('"Epic Link" = AB-1 AND id > 10013 ORDER BY id')).toEqual(['AB-14', 'AB-15']);
    expect(await keys('project = AB AND key >= AB-14 ORDER BY key DESC')).toEqual(['AB-15', 'AB-14']);
  });

  it('answers errors the way Jira does', async () => {
    expect(await errorOf('project = ')).toMatch(/^Error in the JQL Query: /);
    expect(await errorOf('order by key desc')).toBe(
      'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
    );
    expect(await errorOf('nosuchfield = 1')).toBe(
      "Field 'nosuchfield' does not exist or you do not have permission to view it.",
    );
    expect(await errorOf('key = AB-99')).toBe("An issue with key 'AB-99' does not exist for field 'key'.");
    expect(
      await errorOf('project = AB ORDER BY key, created, updated, rank, priority, status, summary, assignee'),
    ).toMatch(/7 fields/);
    expect(await errorOf('project = AB ORDER BY description')).toBe(
      "Field 'description' does not support sorting.",
    );
  });

  it('counts approximately, and the old search endpoint is gone', async () => {
    harness.actAs(MEMBER);
    const count = await api.asUser().requestJira(route`/rest/api/3/search/approximate-count`, {
      method: 'POST',
      headers: JSON_INIT,
      body: JSON.stringify({ jql: 'project = AB AND labels = odd' }),
    });
    expect(await count.json()).toEqual({ count: 7 });
    const old = await api.asUser().requestJira(route`/rest/api/3/search?jql=${'project = AB'}`);
    expect(old.status).toBe(410);
    expect((await old.json()).errorMessages[0]).toMatch(/search\/jql/);
  });
});
