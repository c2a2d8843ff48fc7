/**
 * Long wish jobs through the local Forge host: re-scoring 1,000 wishes after a settings save and
 * bulk triage of 50, split over several invocations by a lowered time budget
 * (`OS2_WISH_JOB_BUDGET_MS`) and continued on the async event queue (`@forge/events`).
 */
import { startHost, type RunningHost } from '../../emulator/host/start';
import type { FunctionKey } from '../../src/contract';
import type { WishJobProgress } from '../../src/domain/wish';
import { expectOk, inputOf, invokeAs, type InputArg } from '../support/invoke';
import { jiraRest } from '../support/jira-rest';

let host: RunningHost;
let loop: { id: string; key: string };
const data = expectOk;
const CONSUMER = { key: 'os2-wish-jobs-consumer', queue: 'os2-wish-jobs', function: 'wish-jobs' };

const rest = (method: string, path: string, body?: unknown) =>
  jiraRest(host, method, path, body, 'secretariat');

function onProject<K extends FunctionKey>(persona: string, fn: K, ...input: InputArg<K>) {
  return invokeAs(host.runtime, persona, 'os2-project-page', fn, inputOf(input), {
    type: 'jira:projectPage',
    project: loop,
  });
}

let counter = 0;
/** The 1,000 wishes of the first test, re-scored again by the second. */
let thousand: { id: string; key: string }[] = [];
function createIssues(count: number): { id: string; key: string }[] {
  return Array.from({ length: count }, () => {
    counter += 1;
    const created = rest('POST', '/rest/api/3/issue', {
      fields: { project: { id: loop.id }, issuetype: { name: 'Story' }, summary: `Jobønske ${counter}` },
    });
    expect(created.status).toBe(201);
    return { id: created.body.id as string, key: created.body.key as string };
  });
}

async function markAll(issues: { id: string }[]): Promise<void> {
  for (let i = 0; i < issues.length; i += 50) {
    const result = data(
      await onProject('coordinator', 'markAsWishes', { issueIds: issues.slice(i, i + 50).map((x) => x.id) }),
    );
    expect(result.results.every((r) => r.ok)).toBe(true);
  }
  await host.runtime.queue.settled();
}

/** Polls the job until it is no longer running, recording every progress it showed. */
async function follow(jobId: string): Promise<WishJobProgress[]> {
  const seen: WishJobProgress[] = [];
  for (let i = 0; i < 2000; i++) {
    const { job } = data(await onProject('municipality', 'getWishJobProgress', { jobId }));
    seen.push(job!);
    if (job!.state !== 'running') return seen;
    await new Promise((resolve) => setTimeout(resolve, 15));
  }
  throw new Error('the job did not finish');
}

const wishProperty = (key: string) =>
  rest('GET', `/rest/api/3/issue/${key}/properties/os2-wish`).body.value as {
    score: number;
    status: string;
  };

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  const l = rest('GET', '/rest/api/3/project/LOOP').body;
  loop = { id: l.id, key: l.key };
});
afterAll(() => host.close());
afterEach(() => {
  delete process.env.OS2_WISH_JOB_BUDGET_MS;
});

describe('re-scoring after a settings save', () => {
  it('re-scores 1,000 wishes over several invocations, with monotone progress, and a redelivered event changes nothing', async () => {
    const issues = createIssues(1000);
    thousand = issues;
    await markAll(issues);
    // Ten wishes backed by one organisation (Aarhus), the rest by none.
    const backed = issues.slice(0, 10);
    for (const issue of backed) {
      data(
        await invokeAs(
          host.runtime,
          'municipality',
          'os2-wish-panel',
          'supportWish',
          { support: true },
          { type: 'jira:issuePanel', issue, project: loop },
        ),
      );
    }

    process.env.OS2_WISH_JOB_BUDGET_MS = '150';
    const invocationsBefore = host.runtime.queue.deliveries.length;
    const before = data(await onProject('coordinator', 'getWishSettings'));
    const { version, updatedAt: _a, updatedBy: _b, ...values } = before.settings;
    const saved = data(
      await onProject('coordinator', 'saveWishSettings', {
        ...values,
        weights: { reach: 10, value: 0, urgency: 0, cost: 0, funding: 0 },
        expectedVersion: version,
      }),
    );
    expect(saved.job).toMatchObject({ kind: 'rescore', state: 'running', invocations: 1 });
    expect(saved.job.processed).toBeLessThan(saved.job.total);

    const seen = await follow(saved.job.jobId);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.processed).toBeGreaterThanOrEqual(seen[i - 1]!.processed);
      expect(seen[i]!.invocations).toBeGreaterThanOrEqual(seen[i - 1]!.invocations);
    }
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ state: 'done', failed: 0 });
    expect(last.processed).toBeGreaterThanOrEqual(1000);
    expect(last.updated).toBeGreaterThanOrEqual(1000);
    expect(last.invocations).toBeGreaterThan(2);
    await host.runtime.queue.settled();
    // One queue delivery per slice after the resolver's.
    const deliveries = host.runtime.queue.deliveries.slice(invocationsBefore);
    expect(deliveries.filter((d) => d.queueName === 'os2-wish-jobs' && d.ok)).toHaveLength(
      last.invocations - 1,
    );

    // Reach alone: 1 organisation gives 1 − 2^(−1/5) = 12.9 %, none gives 0.
    const expected = (organisations: number) => Math.round((1 - 2 ** (-organisations / 5)) * 1000) / 10;
    const backedKeys = new Set(backed.map((b) => b.key));
    for (const issue of issues) {
      expect([issue.key, wishProperty(issue.key).score]).toEqual([
        issue.key,
        expected(backedKeys.has(issue.key) ? 1 : 0),
      ]);
    }
    // JQL orders by the new score: of these wishes, the backed ones come first.
    const ranked = rest('POST', '/rest/api/3/search/jql', {
      jql: `project = LOOP AND os2WishStatus IS NOT EMPTY ORDER BY os2WishScore DESC, key ASC`,
      maxResults: 200,
      fields: ['summary'],
    })
      .body.issues.map((i: { key: string }) => i.key)
      .filter((key: string) => issues.some((i) => i.key === key));
    expect(new Set(ranked.slice(0, 10))).toEqual(backedKeys);

    // The latest job of the project is this one, for a settings page opened later.
    expect(data(await onProject('steering', 'getWishJobProgress', { jobId: null })).job).toEqual(last);

    // A redelivered event (any slice's) finds the job moved on: nothing changes.
    const sample = wishProperty(issues[500]!.key);
    for (const seq of [0, 1, last.invocations - 1, last.invocations]) {
      const again = await host.runtime.runConsumer(CONSUMER, {
        queueName: CONSUMER.queue,
        jobId: 'redelivered',
        eventId: `again-${seq}`,
        body: { jobId: saved.job.jobId, seq },
      });
      expect(again).toEqual({ ok: true });
    }
    await host.runtime.queue.settled();
    expect(
      data(await onProject('coordinator', 'getWishJobProgress', { jobId: saved.job.jobId })).job,
    ).toEqual(last);
    expect(wishProperty(issues[500]!.key)).toEqual(sample);
  }, 180_000);

  it("stops an older save's job when a newer save starts its own", async () => {
    process.env.OS2_WISH_JOB_BUDGET_MS = '1';
    const first = data(await onProject('coordinator', 'getWishSettings')).settings;
    const { version, updatedAt: _a, updatedBy: _b, ...values } = first;
    const a = data(
      await onProject('coordinator', 'saveWishSettings', {
        ...values,
        weights: { reach: 5, value: 5, urgency: 0, cost: 0, funding: 0 },
        expectedVersion: version,
      }),
    );
    const b = data(
      await onProject('coordinator', 'saveWishSettings', {
        ...values,
        weights: { reach: 0, value: 0, urgency: 0, cost: 10, funding: 0 },
        expectedVersion: a.view.settings.version,
      }),
    );
    const [older, newer] = [(await follow(a.job.jobId)).at(-1)!, (await follow(b.job.jobId)).at(-1)!];
    expect(older.state).toBe('superseded');
    expect(newer.state).toBe('done');
    // Cost alone: an unestimated wish sits at the middle of the cost scale.
    for (const issue of thousand.slice(0, 50)) expect(wishProperty(issue.key).score).toBe(50);
  }, 180_000);
});

describe('bulk triage', () => {
  it('moves 50 wishes in one call and reports the ones the workflow does not allow, and unknown ids', async () => {
    const issues = createIssues(49);
    await markAll(issues);
    const rejected = issues.slice(0, 5);
    const first = data(
      await onProject('coordinator', 'bulkTransitionWishes', {
        items: rejected.map((i) => ({ issueId: i.id, basedOn: null })),
        to: 'rejected',
        reason: 'Uden for produktets formål',
        duplicateOf: '',
      }),
    );
    expect(first.results.every((r) => r.ok)).toBe(true);

    const items = [
      ...issues.map((i) => ({ issueId: i.id, basedOn: null })),
      { issueId: '99999999', basedOn: null },
    ];
    const bulk = data(
      await onProject('coordinator', 'bulkTransitionWishes', {
        items,
        to: 'accepted',
        reason: '',
        duplicateOf: '',
      }),
    );
    expect(bulk.job).toBeNull();
    expect(bulk.results.map((r) => r.issueId)).toEqual(items.map((i) => i.issueId));
    const refused = bulk.results.filter((r) => !r.ok);
    expect(refused.map((r) => [r.key, r.reason])).toEqual([
      ...rejected.map((i) => [i.key, 'transition-not-allowed']),
      [null, 'not-found'],
    ]);
    expect(refused[0]!.message!.en).toContain('cannot go from');
    expect(bulk.results.filter((r) => r.ok)).toHaveLength(44);
    for (const issue of issues) {
      expect(wishProperty(issue.key).status).toBe(rejected.includes(issue) ? 'rejected' : 'accepted');
    }
  }, 120_000);

  it('continues on the queue past its time budget, and a stale basis is reported as a conflict', async () => {
    const issues = createIssues(50);
    await markAll(issues);
    // Someone moved one of them since the list was read: its basis is stale.
    const moved = data(
      await onProject('coordinator', 'bulkTransitionWishes', {
        items: [{ issueId: issues[7]!.id, basedOn: null }],
        to: 'on-hold',
        reason: 'Afventer afklaring',
        duplicateOf: '',
      }),
    );
    expect(moved.results[0]!.ok).toBe(true);

    process.env.OS2_WISH_JOB_BUDGET_MS = '1';
    const bulk = data(
      await onProject('coordinator', 'bulkTransitionWishes', {
        items: issues.map((i, n) => ({
          issueId: i.id,
          basedOn: n === 7 ? '2020-01-01T00:00:00.000Z' : null,
        })),
        to: 'under-evaluation',
        reason: '',
        duplicateOf: '',
      }),
    );
    // One batch in the call, the rest on the queue.
    expect(bulk.job).toMatchObject({ kind: 'bulk-transition', state: 'running', total: 50 });
    expect(bulk.results.length).toBeLessThan(50);
    const last = (await follow(bulk.job!.jobId)).at(-1)!;
    expect(last).toMatchObject({ state: 'done', processed: 50, updated: 49, failed: 1 });
    expect(last.invocations).toBeGreaterThan(1);
    expect(last.results).toHaveLength(50);
    expect(last.results.find((r) => !r.ok)).toMatchObject({ key: issues[7]!.key, reason: 'conflict' });
    for (const [n, issue] of issues.entries()) {
      expect(wishProperty(issue.key).status).toBe(n === 7 ? 'on-hold' : 'under-evaluation');
    }
    // Another project's page cannot read it.
    const kitos = rest('GET', '/rest/api/3/project/KITOS').body;
    const foreign = await invokeAs(
      host.runtime,
      'coordinator',
      'os2-project-page',
      'getWishJobProgress',
      { jobId: bulk.job!.jobId },
      { type: 'jira:projectPage', project: { id: kitos.id, key: kitos.key } },
    );
    expect(foreign).toMatchObject({ ok: false, error: { code: 'not-found' } });
  }, 120_000);

  it('marks duplicates on the queue only after the wish that stays was checked as the user', async () => {
    const [original, ...copies] = createIssues(21);
    await markAll([original!, ...copies]);
    const kitos = rest('GET', '/rest/api/3/project/KITOS').body;
    const foreign = rest('POST', '/rest/api/3/issue', {
      fields: { project: { id: kitos.id }, issuetype: { name: 'Story' }, summary: 'Andet produkt' },
    }).body as { key: string };
    const items = copies.map((i) => ({ issueId: i.id, basedOn: null }));
    // A wish of another product cannot be the one that stays: each is refused, none moves.
    const refused = data(
      await onProject('coordinator', 'bulkTransitionWishes', {
        items,
        to: 'duplicate',
        reason: '',
        duplicateOf: foreign.key,
      }),
    );
    expect(refused.job).toBeNull();
    expect(refused.results.map((r) => [r.ok, r.reason])).toEqual(copies.map(() => [false, 'refused']));
    expect(refused.results[0]!.message!.en).toContain('another product');
    expect(wishProperty(copies[0]!.key).status).toBe('received');

    process.env.OS2_WISH_JOB_BUDGET_MS = '1';
    const bulk = data(
      await onProject('coordinator', 'bulkTransitionWishes', {
        items,
        to: 'duplicate',
        reason: '',
        duplicateOf: original!.key,
      }),
    );
    expect(bulk.job).not.toBeNull();
    const last = (await follow(bulk.job!.jobId)).at(-1)!;
    expect(last).toMatchObject({ state: 'done', processed: 20, updated: 20, failed: 0 });
    for (const copy of copies) expect(wishProperty(copy.key).status).toBe('duplicate');
  }, 120_000);
});
