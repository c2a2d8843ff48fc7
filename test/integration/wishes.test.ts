/**
 * Development wishes through the app's real resolvers in the local Forge host (who may call which
 * resolver is in authorization-matrix.ts): the serialised write cycle under parallel writers, the 32 KB limit,
 * and the os2-wish property as Jira's JQL sees it.
 */
import { startHost, type RunningHost } from '../../emulator/host/start';
import { PEOPLE } from '../../demo/people';
import { PERSONAS } from '../../demo/personas';
import type { FunctionKey, RpcResult } from '../../src/contract';
import { accountIdOf, expectOk, inputOf, invokeAs, outcome, type InputArg } from '../support/invoke';
import { CURRENT_CATALOGUE_VERSION } from '../../src/domain/catalogue';
import { jiraRest } from '../support/jira-rest';

let host: RunningHost;
let kitos: { id: string; key: string };
let loop: { id: string; key: string };

const account = (id: string) => accountIdOf(id)!;

interface Issue {
  id: string;
  key: string;
  project: { id: string; key: string };
}

const rest = (method: string, path: string, body?: unknown, as = 'secretariat') =>
  jiraRest(host, method, path, body, as);

let counter = 0;
function createIssue(project: { id: string; key: string }, issuetype = 'Story'): Issue {
  counter += 1;
  const created = rest('POST', '/rest/api/3/issue', {
    fields: {
      project: { id: project.id },
      issuetype: { name: issuetype },
      summary: `Testønske ${counter}: bedre overblik`,
      labels: ['udviklingsønske'],
    },
  });
  expect(created.status).toBe(201);
  return { id: created.body.id, key: created.body.key, project };
}

type Body = RpcResult<unknown>;

function onIssue<K extends FunctionKey>(persona: string, issue: Issue, fn: K, ...input: InputArg<K>) {
  return invokeAs(host.runtime, persona, 'os2-wish-panel', fn, inputOf(input), {
    type: 'jira:issuePanel',
    issue: { id: issue.id, key: issue.key },
    project: issue.project,
  });
}

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

const data = expectOk;

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  const k = rest('GET', '/rest/api/3/project/KITOS').body;
  const l = rest('GET', '/rest/api/3/project/LOOP').body;
  kitos = { id: k.id, key: k.key };
  loop = { id: l.id, key: l.key };
});
afterAll(() => host.close());

describe('wish rules that depend on who calls', () => {
  it("lets a user of the requesting organisation tick the requester's items, and no one else's", async () => {
    const issue = createIssue(kitos);
    data(
      await onIssue('coordinator', issue, 'setWishRequester', {
        organisation: 'Aarhus Kommune',
        basedOn: null,
      }),
    );
    expect(
      outcome(
        await onIssue('municipality', issue, 'setWishQualification', {
          itemId: 'requester.title',
          checked: true,
        }),
      ),
    ).toBe('ok');
    expect(
      outcome(
        await onIssue('steering', issue, 'setWishQualification', {
          itemId: 'requester.title',
          checked: true,
        }),
      ),
    ).toBe('forbidden');
    expect(
      outcome(
        await onIssue('municipality', issue, 'setWishQualification', {
          itemId: 'supplier.integrations',
          checked: true,
        }),
      ),
    ).toBe('forbidden');
  });

  it('lets an ordinary user claim the request only while nobody is named', async () => {
    const issue = createIssue(kitos);
    data(
      await onIssue('municipality', issue, 'setWishRequester', {
        organisation: 'Aarhus Kommune',
        basedOn: null,
      }),
    );
    const panel = data(await onIssue('steering', issue, 'getWishPanel'));
    expect(panel.capabilities.canClaimRequester).toBe(false);
    const body = await onIssue('steering', issue, 'setWishRequester', {
      organisation: 'Københavns Kommune',
      basedOn: panel.wish.requestedBy!.at,
    });
    expect(outcome(body)).toBe('forbidden');
    // Nor may anyone but the group name another organisation than their own.
    expect(
      outcome(
        await onIssue('steering', createIssue(kitos), 'setWishRequester', {
          organisation: 'Vejle Kommune',
          basedOn: null,
        }),
      ),
    ).toBe('forbidden');
  });
});

// ---------------------------------------------------------------------------------------------
// The acceptance flow, the rules and the data

describe('a wish from support to acceptance', () => {
  it('records support, pledges, qualification, acceptance, estimate and score, each with who and when', async () => {
    const issue = createIssue(kitos);
    let panel = data(await onIssue('municipality', issue, 'getWishPanel'));
    expect(panel).toMatchObject({ stored: false, isWishType: true, myOrganisation: 'Aarhus Kommune' });
    expect(panel.wish.status).toBe('received');

    panel = data(await onIssue('municipality', issue, 'supportWish', { support: true }));
    expect(panel.wish.supporters).toEqual([
      expect.objectContaining({ organisation: 'Aarhus Kommune', accountId: account('municipality') }),
    ]);
    expect(panel.people).toContainEqual(expect.objectContaining({ displayName: 'Sofie Nørgaard' }));
    panel = data(
      await onIssue('municipality', issue, 'pledgeWish', { amountDkk: 40_000, state: 'committed' }),
    );
    expect(panel.wish.pledges).toEqual([
      expect.objectContaining({ organisation: 'Aarhus Kommune', amountDkk: 40_000, state: 'committed' }),
    ]);

    for (const itemId of [
      'requester.title',
      'requester.description',
      'requester.userStories',
      'requester.acceptanceCriteria',
      'requester.documentation',
    ] as const) {
      panel = data(await onIssue('coordinator', issue, 'setWishQualification', { itemId, checked: true }));
    }
    expect(panel.qualification.requester).toEqual({ checked: 5, total: 5 });
    expect(panel.wish.qualification['requester.title']).toMatchObject({
      checked: true,
      by: account('coordinator'),
    });

    const refused = await onIssue('coordinator', issue, 'transitionWish', {
      to: 'rejected',
      reason: '  ',
      duplicateOf: '',
      basedOn: null,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: { en: 'Give a reason for rejecting the wish.' },
        details: [{ field: 'statusReason', code: 'reason-required' }],
      },
    });

    panel = data(
      await onIssue('coordinator', issue, 'setWishRating', { value: 4, urgency: 3, basedOn: null }),
    );
    panel = data(
      await onIssue('coordinator', issue, 'transitionWish', {
        to: 'accepted',
        reason: '',
        duplicateOf: '',
        basedOn: null,
      }),
    );
    expect(panel.wish).toMatchObject({ status: 'accepted', statusChangedBy: account('coordinator') });
    panel = data(
      await onIssue('supplier', issue, 'setWishEstimate', {
        estimate: { hours: 120, amountDkk: 100_000 },
        basedOn: null,
      }),
    );
    panel = data(
      await onIssue('supplier', issue, 'setWishQualification', {
        itemId: 'supplier.startConditions',
        checked: true,
      }),
    );

    // The score: every factor shown, the contributions add up to the total, the index fields agree.
    expect(panel.score.factors.map((f: any) => f.key)).toEqual([
      'reach',
      'value',
      'urgency',
      'cost',
      'funding',
    ]);
    const sum = panel.score.factors.reduce((s: number, f: any) => s + f.contribution, 0);
    expect(Math.round(sum * 10) / 10).toBe(panel.score.total);
    expect(panel.wish.score).toBe(panel.score.total);
    expect(panel.wish).toMatchObject({ organisationCount: 1, fundingGap: 60_000, requester: '' });
    expect(panel.score.total).toBeGreaterThan(20);

    // The property in Jira is the record's search index only (the record lives in storage).
    const stored = rest('GET', `/rest/api/3/issue/${issue.id}/properties/os2-wish`);
    expect(stored.body.value).toEqual({
      status: 'accepted',
      score: panel.score.total,
      organisationCount: panel.wish.organisationCount,
      fundingGap: panel.wish.fundingGap,
      requester: panel.wish.requester,
      supporters: ['Aarhus Kommune'],
      pledgers: ['Aarhus Kommune'],
    });

    const badge = data(await onIssue('steering', issue, 'getWishBadge'));
    expect(badge).toEqual({ isWish: true, stored: true, status: 'accepted', score: panel.score.total });

    // Every change is in the project's audit log, before → after.
    const audit = data(await onProject('secretariat', kitos, 'getAuditLog', { cursor: null }));
    const mine = audit.entries.filter((e: any) => e.target === issue.key);
    expect(mine.map((e: any) => e.action)).toEqual(
      expect.arrayContaining([
        'wish.supported',
        'wish.pledged',
        'wish.qualification',
        'wish.rated',
        'wish.status',
        'wish.estimated',
      ]),
    );
    const status = mine.find((e: any) => e.action === 'wish.status');
    expect(status).toMatchObject({ before: { status: 'received' }, after: { status: 'accepted' } });
  });

  it('refuses to overwrite a field someone else changed since the editor loaded it', async () => {
    const issue = createIssue(kitos);
    const first = data(
      await onIssue('coordinator', issue, 'transitionWish', {
        to: 'under-evaluation',
        reason: '',
        duplicateOf: '',
        basedOn: null,
      }),
    );
    // A second editor still looking at the received wish.
    const stale = await onIssue('secretariat', issue, 'transitionWish', {
      to: 'accepted',
      reason: '',
      duplicateOf: '',
      basedOn: null,
    });
    expect(outcome(stale)).toBe('conflict');
    const fresh = await onIssue('secretariat', issue, 'transitionWish', {
      to: 'accepted',
      reason: '',
      duplicateOf: '',
      basedOn: first.wish.statusChangedAt,
    });
    expect(outcome(fresh)).toBe('ok');
  });

  it('keeps the domain rules: no order without estimate and full qualification; unknown organisations refused', async () => {
    const issue = createIssue(kitos);
    const accepted = data(
      await onIssue('coordinator', issue, 'transitionWish', {
        to: 'accepted',
        reason: '',
        duplicateOf: '',
        basedOn: null,
      }),
    );
    const order = await onIssue('coordinator', issue, 'transitionWish', {
      to: 'ordered',
      reason: '',
      duplicateOf: '',
      basedOn: accepted.wish.statusChangedAt,
    });
    expect(order).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', details: [{ code: 'not-ready-to-order' }] },
    });
    const unknown = await onIssue('coordinator', issue, 'setWishRequester', {
      organisation: 'Gotham City',
      basedOn: null,
    });
    expect(outcome(unknown)).toBe('invalid-input');
  });

  it('is not a wish on an issue type the product does not use for wishes, and shows the governance requirement it serves', async () => {
    const created = await onProject('secretariat', kitos, 'createRequirementTask', { requirementId: 'F1' });
    expect(created.ok).toBe(true);
    await host.jira.indexCaughtUp(); // found the way a person would, later
    const task = rest('POST', '/rest/api/3/search/jql', {
      jql: `project = KITOS AND labels = os2-governance ORDER BY created DESC`,
      maxResults: 1,
    }).body.issues[0];
    const issue = { id: task.id, key: task.key, project: kitos };
    const panel = data(await onIssue('municipality', issue, 'getWishPanel'));
    expect(panel).toMatchObject({
      isWishType: false,
      stored: false,
      requirement: { id: 'F1', catalogueVersion: CURRENT_CATALOGUE_VERSION },
    });
    expect(panel.requirement!.name.da).toContain('kildekode');
    // The line comes from the assessment's link, not from the issue property an editor can write.
    const other = createIssue(kitos);
    const forged = rest('PUT', `/rest/api/3/issue/${other.id}/properties/os2-governance-requirement`, {
      projectId: kitos.id,
      requirementId: 'F1',
      catalogueVersion: CURRENT_CATALOGUE_VERSION,
    });
    expect([200, 201]).toContain(forged.status);
    expect(data(await onIssue('municipality', other, 'getWishPanel')).requirement).toBeNull();
    expect(data(await onIssue('municipality', issue, 'getWishBadge'))).toMatchObject({ isWish: false });
    expect(outcome(await onIssue('municipality', issue, 'supportWish', { support: true }))).toBe(
      'invalid-input',
    );
  });

  it('never acts on an issue outside the context project', async () => {
    const loopIssue = createIssue(loop);
    const body = await onIssue('coordinator', { ...loopIssue, project: kitos }, 'transitionWish', {
      to: 'accepted',
      reason: '',
      duplicateOf: '',
      basedOn: null,
    });
    expect(outcome(body)).toBe('not-found');
    const bulk = data(
      await onProject('coordinator', kitos, 'bulkTransitionWishes', {
        items: [{ issueId: loopIssue.id, basedOn: null }],
        to: 'accepted',
        reason: '',
        duplicateOf: '',
      }),
    );
    expect(bulk.results).toEqual([expect.objectContaining({ issueId: loopIssue.id, ok: false })]);
    expect(rest('GET', `/rest/api/3/issue/${loopIssue.id}/properties/os2-wish`).status).toBe(404);
  });

  it('triages in bulk, reporting each wish that could not move', async () => {
    const [a, b, c] = [createIssue(kitos), createIssue(kitos), createIssue(kitos, 'Task')];
    const result = data(
      await onProject('coordinator', kitos, 'bulkTransitionWishes', {
        items: [a, b, c].map((i) => ({ issueId: i.id, basedOn: null })),
        to: 'rejected',
        reason: '',
        duplicateOf: '',
      }),
    );
    // A rejection without a reason is refused for each wish; the task is no wish at all.
    expect(result.results.map((r: any) => r.ok)).toEqual([false, false, false]);
    expect(result.results[0]!.message!.en).toBe('Give a reason for rejecting the wish.');
    expect(result.results[2]!.message!.en).toBe('Not a development wish.');
    const moved = data(
      await onProject('coordinator', kitos, 'bulkTransitionWishes', {
        items: [a, b].map((i) => ({ issueId: i.id, basedOn: null })),
        to: 'rejected',
        reason: 'Dækkes af den nye fælles løsning.',
        duplicateOf: '',
      }),
    );
    expect(moved.results.map((r: any) => r.ok)).toEqual([true, true]);
    const list = data(await onProject('municipality', kitos, 'listWishes'));
    expect(list.rows.find((r: any) => r.id === a.id)).toMatchObject({ status: 'rejected', stored: true });
    expect(list.canTriage).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Data safety

describe('data safety', () => {
  it('loses no support and no pledge when many organisations act at the same moment', async () => {
    const actors = [
      'secretariat',
      'steering',
      'coordinator',
      'municipality',
      'jesper',
      'helle',
      'kasper',
      'trine',
      'morten',
    ];
    const organisations = actors.map(
      (a) => (PERSONAS.find((p) => p.id === a) ?? PEOPLE.find((p) => p.handle === a))!.organisation,
    );
    for (let round = 0; round < 3; round++) {
      const issue = createIssue(kitos);
      const supported = await Promise.all(
        actors.map((a) => onIssue(a, issue, 'supportWish', { support: true })),
      );
      expect(supported.map(outcome)).toEqual(actors.map(() => 'ok'));
      const pledged = await Promise.all(
        actors.map((a, i) =>
          onIssue(a, issue, 'pledgeWish', { amountDkk: 1000 * (i + 1), state: 'indicated' }),
        ),
      );
      expect(pledged.map(outcome)).toEqual(actors.map(() => 'ok'));
      const doc = data(await onIssue('coordinator', issue, 'getWishPanel')).wish;
      expect(doc.supporters.map((s: any) => s.organisation).sort()).toEqual([...organisations].sort());
      expect(doc.pledges.map((p: any) => p.organisation).sort()).toEqual([...organisations].sort());
      expect(doc.pledges.reduce((s: number, p: any) => s + p.amountDkk, 0)).toBe(45_000);
      expect(doc.organisationCount).toBe(actors.length);
      // One version per change: nothing was written over.
      expect(doc.version).toBe(actors.length * 2);
    }
  });

  it('refuses a change that would take the property over Jira’s 32 KB, with a clear message, and keeps what was there', async () => {
    const issue = createIssue(kitos);
    let body: Body | undefined;
    let added = 0;
    for (let i = 0; i < 30; i++) {
      body = await onIssue('coordinator', issue, 'addWishDecision', {
        id: `big-${i}-decision`,
        date: '2026-11-02',
        decision: 'B'.repeat(1000),
        rationale: 'R'.repeat(2000),
        meetingReference: 'KG-møde',
      });
      if (!body.ok) break;
      added += 1;
    }
    expect(added).toBeGreaterThan(5);
    expect(body).toMatchObject({ ok: false, error: { code: 'too-large' } });
    const error = (body as { error: { message: { da: string; en: string } } }).error;
    expect(error.message.da).toContain('32.768');
    expect(error.message.en).toContain('32,768');
    expect(error.message.en).toMatch(/Shorten/);
    const stored = data(await onIssue('coordinator', issue, 'getWishPanel')).wish;
    expect(stored.decisions).toHaveLength(added);
    expect(JSON.stringify(stored).length).toBeLessThanOrEqual(32_768);
  });
});

// ---------------------------------------------------------------------------------------------
// JQL over the indexed property

async function jql(query: string, persona = 'coordinator'): Promise<string[]> {
  await host.jira.indexCaughtUp(); // the test looks later, as a person would
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const response = await fetch(`${host.url}/rest/api/3/search/jql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-emulator-persona': persona },
      body: JSON.stringify({
        jql: query,
        fields: ['summary'],
        maxResults: 100,
        ...(token ? { nextPageToken: token } : {}),
      }),
    });
    expect(response.status).toBe(200);
    const page = (await response.json()) as { issues: { key: string }[]; nextPageToken?: string };
    keys.push(...page.issues.map((i) => i.key));
    token = page.nextPageToken;
  } while (token);
  return keys;
}

describe('JQL over the os2-wish property', () => {
  it('finds exactly the accepted wishes by the indexed status', async () => {
    const [a, b, c] = [createIssue(kitos), createIssue(kitos), createIssue(kitos)];
    for (const i of [a, b]) {
      data(
        await onIssue('coordinator', i, 'transitionWish', {
          to: 'accepted',
          reason: '',
          duplicateOf: '',
          basedOn: null,
        }),
      );
    }
    data(
      await onIssue('coordinator', c, 'transitionWish', {
        to: 'rejected',
        reason: 'Uden for produktets formål.',
        duplicateOf: '',
        basedOn: null,
      }),
    );

    // The truth, property by property, for every issue in the project.
    const all = await jql(`project = KITOS ORDER BY key ASC`);
    const accepted = all.filter((key) => {
      const answer = rest('GET', `/rest/api/3/issue/${key}/properties/os2-wish`);
      return answer.status === 200 && answer.body.value.status === 'accepted';
    });
    expect(accepted).toEqual(expect.arrayContaining([a.key, b.key]));
    expect(accepted).not.toContain(c.key);

    const found = await jql(`project = KITOS AND os2WishStatus = accepted ORDER BY key ASC`);
    expect([...found].sort()).toEqual([...accepted].sort());
    expect(await jql(`project = KITOS AND issue.property[os2-wish].status = "accepted"`)).toHaveLength(
      accepted.length,
    );
  });

  it('sorts by score and filters by organisations, funding gap and requester, matching the stored documents', async () => {
    const sorted = await jql(`project = KITOS AND os2WishStatus IS NOT EMPTY ORDER BY os2WishScore DESC`);
    const scores = sorted.map(
      (key) => rest('GET', `/rest/api/3/issue/${key}/properties/os2-wish`).body.value.score,
    );
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    for (const key of await jql(`project = KITOS AND os2WishOrganisations >= 3`)) {
      expect(
        rest('GET', `/rest/api/3/issue/${key}/properties/os2-wish`).body.value.organisationCount,
      ).toBeGreaterThanOrEqual(3);
    }
    const gaps = await jql(`os2WishFundingGap > 0`);
    expect(gaps.length).toBeGreaterThan(0);
    const aarhus = await jql(`os2WishRequester = "Aarhus Kommune"`);
    for (const key of aarhus) {
      expect(rest('GET', `/rest/api/3/issue/${key}/properties/os2-wish`).body.value.requester).toBe(
        'Aarhus Kommune',
      );
    }
  });

  it('re-indexes the score of every wish of the product when the coordination group changes the weights', async () => {
    const before = data(await onProject('coordinator', loop, 'getWishSettings'));
    const { version, updatedAt: _a, updatedBy: _b, ...values } = before.settings;
    const saved = data(
      await onProject('coordinator', loop, 'saveWishSettings', {
        ...values,
        weights: { reach: 10, value: 0, urgency: 0, cost: 0, funding: 0 },
        expectedVersion: version,
      }),
    );
    // A few wishes: the re-scoring job finishes within the save.
    expect(saved.job).toMatchObject({ kind: 'rescore', state: 'done', failed: 0 });
    expect(saved.job.updated).toBeGreaterThan(0);
    // Reach alone: the score is the saturating reach of the organisations behind each wish.
    const keys = await jql(`project = LOOP AND os2WishStatus IS NOT EMPTY ORDER BY os2WishScore DESC`);
    for (const key of keys) {
      const doc = rest('GET', `/rest/api/3/issue/${key}/properties/os2-wish`).body.value;
      expect(doc.score).toBeCloseTo(Math.round((1 - 2 ** (-doc.organisationCount / 5)) * 1000) / 10, 5);
    }
    // The common budget share cannot exceed the product's yearly common budget.
    const tooMuch = await onProject('coordinator', loop, 'saveWishSettings', {
      ...values,
      commonBudgetSharePerWishDkk: 999_999_999,
      expectedVersion: saved.view.settings.version,
    });
    expect(tooMuch).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', details: [{ field: 'commonBudgetSharePerWishDkk' }] },
    });
    // A stale editor is told, not overwritten.
    const stale = await onProject('secretariat', loop, 'saveWishSettings', {
      ...values,
      expectedVersion: version,
    });
    expect(outcome(stale)).toBe('conflict');
    data(
      await onProject('coordinator', loop, 'saveWishSettings', {
        ...values,
        expectedVersion: saved.view.settings.version,
      }),
    );
  });
});
