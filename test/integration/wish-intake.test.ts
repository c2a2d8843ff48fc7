/**
 * Wish intake and the wish lists through the app's real resolvers in the local host: submitting
 * (as the user or, for a user without Create Issues, as the app), similar titles, the global list
 * with "my organisation" filters, support and pledges from it, every new resolver × persona, and
 * the project list paging through all wishes in JQL's score order with JQL's counts.
 */
import { startHost, type RunningHost } from '../../emulator/host/start';
import { WISH_STATUSES } from '../../src/domain/wish';
import type { FunctionKey, InputOf } from '../../src/contract';
import { accountIdOf, expectOk, inputOf, invokeAs, outcome, type InputArg } from '../support/invoke';
import { jiraRest } from '../support/jira-rest';

let host: RunningHost;
let kitos: { id: string; key: string };
let loop: { id: string; key: string };

type PersonaId = 'secretariat' | 'steering' | 'coordinator' | 'supplier' | 'municipality' | 'outsider';
const PERSONAS: PersonaId[] = [
  'secretariat',
  'steering',
  'coordinator',
  'supplier',
  'municipality',
  'outsider',
];

const rest = (method: string, path: string, body?: unknown, as = 'secretariat') =>
  jiraRest(host, method, path, body, as);

function onProject<K extends FunctionKey>(
  persona: string,
  project: { id: string; key: string },
  fn: K,
  ...input: InputArg<K>
) {
  return invokeAs(host.runtime, persona, 'os2-project-page', fn, inputOf(input), {
    type: 'jira:projectPage',
    project,
  });
}
function onGlobal<K extends FunctionKey>(persona: string, fn: K, ...input: InputArg<K>) {
  return invokeAs(host.runtime, persona, 'os2-portfolio', fn, inputOf(input), { type: 'jira:globalPage' });
}

type ListFilters = Omit<InputOf<'listAllWishes'>, 'cursor'>;
const ALL: ListFilters = { mine: 'all', status: 'all', search: '' };
const listAll = (persona: string, filters: Partial<ListFilters> = {}) =>
  onGlobal(persona, 'listAllWishes', { ...ALL, ...filters, cursor: null });

let n = 0;
const form = (title: string, extra: Partial<InputOf<'submitWish'>> = {}): InputOf<'submitWish'> => {
  n += 1;
  return {
    title,
    problem: 'Vi kan ikke se, hvilke kontrakter der udløber.',
    value: 'Sparer tid i alle kommuner.',
    userStories: 'Som indkøber vil jeg se udløb, så jeg kan genforhandle.',
    acceptanceCriteria: '',
    documentation: '',
    submissionId: `sub-${n}-${Date.now().toString(36)}`,
    ...extra,
  };
};

const jql = async (query: string, as = 'secretariat'): Promise<string[]> => {
  // The test looks later, as a person would: after Jira's index has caught up.
  await host.jira.indexCaughtUp();
  const ids: string[] = [];
  let token: string | undefined;
  do {
    const page = rest(
      'POST',
      '/rest/api/3/search/jql',
      { jql: query, fields: ['id'], maxResults: 5000, ...(token ? { nextPageToken: token } : {}) },
      as,
    );
    expect(page.status).toBe(200);
    ids.push(...page.body.issues.map((i: { id: string }) => i.id));
    token = page.body.nextPageToken;
  } while (token);
  return ids;
};

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  const k = rest('GET', '/rest/api/3/project/KITOS').body;
  const l = rest('GET', '/rest/api/3/project/LOOP').body;
  kitos = { id: k.id, key: k.key };
  loop = { id: l.id, key: l.key };
});
afterAll(() => host.close());

describe('submitting a wish', () => {
  it('a municipality user without Create Issues submits through the app; the requester is their organisation', async () => {
    // The municipality persona browses KITOS but holds no role: Jira refuses them an issue.
    const direct = rest(
      'POST',
      '/rest/api/3/issue',
      { fields: { project: { id: kitos.id }, issuetype: { name: 'Story' }, summary: 'x' } },
      'municipality',
    );
    expect(direct.status).toBe(403);

    const submitted = expectOk(
      await onProject('municipality', kitos, 'submitWish', form('Overblik over udløbende kontrakter')),
    );
    expect(submitted).toMatchObject({ createdAs: 'app', requester: 'Aarhus Kommune', project: kitos });
    const issue = rest(
      'GET',
      `/rest/api/3/issue/${submitted.issue.key}?fields=summary,description,issuetype`,
    );
    expect(issue.body.fields.summary).toBe('Overblik over udløbende kontrakter');
    expect(issue.body.fields.issuetype.name).toBe('Story');
    expect(JSON.stringify(issue.body.fields.description)).toContain('Værdi for kommunerne');

    const panel = expectOk(
      await invokeAs(
        host.runtime,
        'coordinator',
        'os2-wish-panel',
        'getWishPanel',
        {},
        {
          type: 'jira:issuePanel',
          issue: submitted.issue,
          project: kitos,
        },
      ),
    );
    expect(panel.stored).toBe(true);
    expect(panel.wish.requestedBy?.organisation).toBe('Aarhus Kommune');
    expect(panel.wish.submittedBy).toMatchObject({ accountId: accountIdOf('municipality'), via: 'app' });
    // Title, description (problem + value) and user stories were given; the other two were not.
    expect(Object.keys(panel.wish.qualification).sort()).toEqual([
      'requester.description',
      'requester.title',
      'requester.userStories',
    ]);
    // JQL finds it by its requester at once.
    expect(await jql(`project = KITOS AND os2WishRequester = "Aarhus Kommune"`)).toContain(
      submitted.issue.id,
    );
  });

  it('a coordinator with Create Issues submits as themselves', async () => {
    const submitted = expectOk(
      await onProject('coordinator', kitos, 'submitWish', form('Import af leverandører')),
    );
    expect(submitted.createdAs).toBe('user');
    const issue = rest('GET', `/rest/api/3/issue/${submitted.issue.key}?fields=reporter`);
    expect(issue.body.fields.reporter.accountId).toBe(accountIdOf('coordinator'));
    expect(submitted.requester).toBe('Odense Kommune');
  });

  it('a retried submit with the same submission id creates one issue', async () => {
    const input = form('Filtrering på systemejer');
    const first = expectOk(await onProject('municipality', kitos, 'submitWish', input));
    const again = expectOk(await onProject('municipality', kitos, 'submitWish', input));
    expect(again.issue).toEqual(first.issue);
    expect(await jql(`project = KITOS AND summary ~ "systemejer"`)).toEqual([first.issue.id]);
  });

  it('from the global page the product comes from the payload and is checked', async () => {
    const ok = expectOk(
      await onGlobal('municipality', 'submitWish', {
        ...form('Rapport over databehandlere'),
        projectId: loop.id,
      }),
    );
    expect(ok.project.key).toBe('LOOP');
    expect(outcome(await onGlobal('municipality', 'submitWish', form('Uden produkt')))).toBe('invalid-input');
    expect(
      outcome(await onGlobal('outsider', 'submitWish', { ...form('Ikke synlig'), projectId: kitos.id })),
    ).toBe('not-found');
    // On the project page, a payload naming another project is refused.
    expect(
      outcome(
        await onProject('municipality', kitos, 'submitWish', { ...form('Forkert'), projectId: loop.id }),
      ),
    ).toBe('not-found');
  });

  it('refuses wrong input with field details', async () => {
    const empty = await onProject('municipality', kitos, 'submitWish', form('   '));
    expect(outcome(empty)).toBe('invalid-input');
    const details = !empty.ok ? (empty.error.details as { path: string }[]) : [];
    expect(details[0]?.path).toBe('title');
    const link = await onProject('municipality', kitos, 'submitWish', {
      ...form('Link'),
      problem: 'Se [her](javascript:alert(1))',
    });
    expect(outcome(link)).toBe('invalid-input');
    const twoLines = await onProject('municipality', kitos, 'submitWish', form('To\nlinjer'));
    expect(outcome(twoLines)).toBe('invalid-input');
  });

  it('suggests wishes with similar titles before submitting', async () => {
    expectOk(await onProject('municipality', kitos, 'submitWish', form('Eksport af kontrakter til Excel')));
    const similar = expectOk(
      await onProject('municipality', kitos, 'findSimilarWishes', { title: 'Eksport af alle kontrakter' }),
    );
    // "eksport", "alle", "kontrakter" against "eksport", "kontrakter", "excel": 2 of 3 words shared.
    expect(similar.similar[0]).toMatchObject({
      summary: 'Eksport af kontrakter til Excel',
      similarity: 0.67,
    });
    const none = expectOk(await onProject('municipality', kitos, 'findSimilarWishes', { title: 'og i at' }));
    expect(none.similar).toEqual([]);
  });
});

describe('the global wishes page', () => {
  it('lists wishes across products in score order, filters by my organisation, and supports from the list', async () => {
    const all = expectOk(await listAll('municipality'));
    expect(new Set(all.rows.map((r) => r.projectKey)).size).toBeGreaterThan(1);
    const scores = all.rows.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const requested = expectOk(await listAll('municipality', { mine: 'requested' }));
    expect(requested.rows.length).toBeGreaterThan(0);
    expect(requested.rows.every((r) => r.requestedByMe && r.requester === 'Aarhus Kommune')).toBe(true);

    const target = all.rows.find((r) => r.canSupport && !r.supportedByMe)!;
    expect(target).toBeDefined();
    const supported = expectOk(
      await onGlobal('municipality', 'supportListedWish', { issueId: target.id, support: true }),
    );
    expect(supported).toMatchObject({ key: target.key, supported: true });
    const mine = expectOk(await listAll('municipality', { mine: 'supports' }));
    expect(mine.rows.map((r) => r.key)).toContain(target.key);
    // Search covers supporters.
    const byName = expectOk(await listAll('coordinator', { search: 'Aarhus Kommune' }));
    expect(byName.rows.map((r) => r.key)).toContain(target.key);

    const pledged = expectOk(
      await onGlobal('municipality', 'pledgeListedWish', {
        issueId: target.id,
        amountDkk: 10_000,
        state: 'indicated',
      }),
    );
    expect(pledged.pledgedDkk).toBe(10_000);
    const pledgedList = expectOk(await listAll('municipality', { mine: 'pledged' }));
    expect(pledgedList.rows.find((r) => r.key === target.key)?.myPledgeDkk).toBe(10_000);
  });

  it('the outsider sees no wishes and cannot act on one by id', async () => {
    const all = expectOk(await listAll('outsider'));
    expect(all.rows).toEqual([]);
    const someWish = (await jql('project = KITOS AND os2WishStatus IS NOT EMPTY'))[0];
    expect(
      outcome(await onGlobal('outsider', 'supportListedWish', { issueId: someWish, support: true })),
    ).toBe('not-found');
  });
});

// Who may call each of these resolvers is in the authorization matrix (authorization-matrix.ts).
describe('submitting without rights', () => {
  it('a user without Create Issues and without an organisation cannot submit', async () => {
    expectOk(
      await invokeAs(host.runtime, 'secretariat', 'os2-admin', 'setUserOrganisation', {
        accountId: accountIdOf('municipality')!,
        organisation: '',
      }),
    );
    const refused = await onProject('municipality', kitos, 'submitWish', form('Uden organisation'));
    expect(outcome(refused)).toBe('forbidden');
    expectOk(
      await invokeAs(host.runtime, 'secretariat', 'os2-admin', 'setUserOrganisation', {
        accountId: accountIdOf('municipality')!,
        organisation: 'Aarhus Kommune',
      }),
    );
  });
});

describe('marking existing issues as wishes', () => {
  const onIssue = (persona: string, issue: { id: string; key: string }, fn: 'getWishBadge') =>
    invokeAs(
      host.runtime,
      persona,
      'os2-wish-panel',
      fn,
      {},
      { type: 'jira:issuePanel', issue, project: kitos },
    );

  it('the coordination group marks stories as wishes; page, badge and JQL then count them', async () => {
    const unmarked = expectOk(await onProject('coordinator', kitos, 'listUnmarkedWishes', { cursor: null }));
    expect(unmarked.issues.length).toBeGreaterThan(3);
    const before = expectOk(await onProject('coordinator', kitos, 'listWishes', {}));
    expect(before.unmarked).toBe(
      (await jql('project = KITOS AND issuetype = Story AND os2WishStatus IS EMPTY')).length,
    );
    const three = unmarked.issues.slice(0, 3);
    // No record yet: the badge shows the fresh state of a wish type, not stored.
    expect(expectOk(await onIssue('municipality', three[0], 'getWishBadge'))).toMatchObject({
      stored: false,
    });

    const marked = expectOk(
      await onProject('coordinator', kitos, 'markAsWishes', {
        issueIds: [...three.map((i) => i.id), await loopIssue()],
      }),
    );
    expect(marked.results.map((r) => r.ok)).toEqual([true, true, true, false]);
    // At once, despite Jira's lagging index: the list shows the marked wishes (reconciled).
    const atOnce = expectOk(await onProject('coordinator', kitos, 'listWishes', { status: 'received' }));
    for (const i of three) expect(atOnce.rows.map((r) => r.id)).toContain(i.id);
    // The counts are JQL's own, so they agree with JQL once its index has caught up.
    await host.jira.indexCaughtUp();
    const after = expectOk(await onProject('coordinator', kitos, 'listWishes', {}));
    expect(after.counts!.total).toBe(before.counts!.total + 3);
    expect(after.unmarked).toBe(before.unmarked! - 3);
    const inJql = await jql('project = KITOS AND os2WishStatus = received');
    for (const i of three) expect(inJql).toContain(i.id);
    expect(expectOk(await onIssue('municipality', three[0], 'getWishBadge'))).toMatchObject({
      isWish: true,
      stored: true,
      status: 'received',
    });
    // Marking again changes nothing.
    const again = expectOk(
      await onProject('coordinator', kitos, 'markAsWishes', { issueIds: [three[0].id] }),
    );
    expect(again.results).toEqual([{ issueId: three[0].id, key: three[0].key, ok: true }]);
  });

  it.each(PERSONAS)('listUnmarkedWishes and markAsWishes as %s', async (persona) => {
    const expected =
      { secretariat: 'ok', coordinator: 'ok', outsider: 'not-found' }[persona as string] ?? 'forbidden';
    expect(outcome(await onProject(persona, kitos, 'listUnmarkedWishes', { cursor: null }))).toBe(expected);
    const id = (await jql('project = KITOS AND issuetype = Story AND os2WishStatus IS EMPTY'))[0];
    expect(outcome(await onProject(persona, kitos, 'markAsWishes', { issueIds: [id] }))).toBe(expected);
  });
});

/** A LOOP issue: not in the context project, so marking it from KITOS is refused. */
const loopIssue = async () => (await jql('project = LOOP'))[0];

describe('the project list pages through every wish in score order', () => {
  it('page counts equal JQL counts for every status', async () => {
    const first = expectOk(await onProject('coordinator', kitos, 'listWishes', {}));
    expect(first.counts).not.toBeNull();
    for (const status of WISH_STATUSES) {
      const byJql = await jql(`project = KITOS AND os2WishStatus = "${status}"`);
      expect(first.counts!.byStatus[status]).toBe(byJql.length);
      const rows: string[] = [];
      let cursor: string | undefined;
      do {
        const page = expectOk(await onProject('coordinator', kitos, 'listWishes', { status, cursor }));
        rows.push(...page.rows.map((r) => r.id));
        cursor = page.cursor ?? undefined;
      } while (cursor);
      expect(rows.sort()).toEqual([...byJql].sort());
    }
    expect(first.counts!.total).toBe((await jql('project = KITOS AND os2WishStatus IS NOT EMPTY')).length);
  });

  it('1,200 wishes in a project are all reachable in the list, in score order', async () => {
    const created: string[] = [];
    for (let i = 0; i < 1200; i += 1) {
      const issue = rest('POST', '/rest/api/3/issue', {
        fields: { project: { id: loop.id }, issuetype: { name: 'Story' }, summary: `Belastningsønske ${i}` },
      });
      expect(issue.status).toBe(201);
      created.push(issue.body.id);
      // Ratings vary the score; the coordinator's write makes the issue a wish.
      const rated = await invokeAs(
        host.runtime,
        'coordinator',
        'os2-wish-panel',
        'setWishRating',
        {
          value: i % 6,
          urgency: Math.floor(i / 6) % 6,
          basedOn: null,
        },
        { type: 'jira:issuePanel', issue: { id: issue.body.id, key: issue.body.key }, project: loop },
      );
      expect(rated.ok).toBe(true);
    }
    await host.jira.indexCaughtUp(); // paging is the point here, not the index's lag
    const seen: { id: string; score: number }[] = [];
    let cursor: string | undefined;
    let pages = 0;
    let counts: { total: number } | null = null;
    do {
      const page = expectOk(await onProject('coordinator', loop, 'listWishes', cursor ? { cursor } : {}));
      if (pages === 0) counts = page.counts;
      pages += 1;
      seen.push(...page.rows.map((r) => ({ id: r.id, score: r.score })));
      cursor = page.cursor ?? undefined;
    } while (cursor);
    const ids = new Set(seen.map((s) => s.id));
    for (const id of created) expect(ids.has(id)).toBe(true);
    expect(seen.length).toBe(ids.size);
    expect(seen.length).toBe(counts!.total);
    const scores = seen.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(pages).toBeGreaterThanOrEqual(12);
  }, 240_000);
});
