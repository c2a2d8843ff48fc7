/**
 * Sprint planning through the app's real resolvers in the local Forge host, on OS2valghalla's
 * seeded board: every resolver × every persona, the capacity and budget arithmetic (a wish paid
 * partly by pledges, partly by the common budget), planning through Jira's agile API, statuses
 * following the sprint, and settlement with its export.
 */
import { startHost, type RunningHost } from '../../emulator/host/start';
import type { FunctionKey, OutputOf, RpcResult, SprintPlanView } from '../../src/contract';
import { APP_ACTOR } from '../../src/app/people';
import { SPRINT_CAPACITY_HOURS, SPRINT_SHARE_PER_WISH_DKK } from '../../demo/sprint-seed';
import { accountIdOf, expectOk, invokeAs, outcome, type InputArg, inputOf } from '../support/invoke';
import type { RestAnswer } from '../support/jira-rest';

let host: RunningHost;
let project: { id: string; key: string };

const PERSONAS = ['secretariat', 'steering', 'coordinator', 'supplier', 'municipality', 'outsider'] as const;
type PersonaId = (typeof PERSONAS)[number];

/** Jira REST as a user's own client with the agile scopes (starting and closing sprints, transitions). */
function rest(method: string, path: string, body?: unknown, as = 'coordinator'): RestAnswer {
  return host.jira.handle({
    method,
    path,
    body: body === undefined ? null : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    auth: { kind: 'user', accountId: accountIdOf(as)! },
    declaredScopes: [
      'read:jira-work',
      'write:jira-work',
      'read:jira-user',
      'read:sprint:jira-software',
      'write:sprint:jira-software',
      'read:board-scope:jira-software',
      'read:issue-details:jira',
      'read:jql:jira',
      'write:issue:jira-software',
      'write:board-scope:jira-software',
    ],
  } as never) as RestAnswer;
}

function call<K extends FunctionKey>(
  persona: string,
  fn: K,
  ...input: InputArg<K>
): Promise<RpcResult<OutputOf<K>>> {
  return invokeAs(host.runtime, persona, 'os2-project-page', fn, inputOf(input), {
    type: 'jira:projectPage',
    project,
  });
}
const plan = async (persona = 'coordinator') =>
  expectOk(await call(persona, 'getSprintPlan')) as SprintPlanView;
const future = (view: SprintPlanView) => view.sprints.find((s) => s.state === 'future')!;
const active = (view: SprintPlanView) => view.sprints.find((s) => s.state === 'active')!;
const sprintKeys = (sprintId: number) =>
  (
    rest('GET', `/rest/agile/1.0/sprint/${sprintId}/issue?fields=summary&maxResults=100`).body.issues as {
      key: string;
    }[]
  ).map((i) => i.key);

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  const p = rest('GET', '/rest/api/3/project/VALGHAL', undefined, 'secretariat').body;
  project = { id: p.id, key: p.key };
});
afterAll(() => host.close());

describe('the plan and its arithmetic', () => {
  it('shows the funded wishes with pledges and the common budget share, and the sprints with capacity', async () => {
    const view = await plan();
    expect(view.productName).toBe('OS2valghalla');
    expect(view.commonSharePerWishDkk).toBe(SPRINT_SHARE_PER_WISH_DKK);
    expect(view.commonBudgetDkk).toBe(350_000);
    expect(view.budgetDrawnDkk).toBe(0);
    expect(view.budgetLeftDkk).toBe(350_000);
    // Funded partly by pledges, partly by the common budget: 64.000 = 30.000 pledged + 34.000 common.
    const byHours = new Map(view.candidates.map((c) => [c.estimate?.hours, c]));
    expect([...byHours.keys()].sort((a, b) => a! - b!)).toEqual([80, 90, 100, 120]);
    expect(byHours.get(80)).toMatchObject({ pledgedDkk: 30_000, commonShareDkk: 34_000, shortfallDkk: 0 });
    // The indicated 10.000 is interest, not money: it does not lower the common budget's share.
    expect(byHours.get(90)).toMatchObject({ pledgedDkk: 40_000, commonShareDkk: 32_000, shortfallDkk: 0 });
    expect(byHours.get(100)).toMatchObject({ status: 'accepted', commonShareDkk: 30_000, warnings: [] });
    expect(byHours.get(120)).toMatchObject({ pledgedDkk: 60_000, commonShareDkk: 36_000 });
    expect(future(view).capacity?.hours).toBe(SPRINT_CAPACITY_HOURS);
    expect(future(view).load).toEqual({ hours: 0, amountDkk: 0, commonShareDkk: 0 });
    expect(view.capabilities).toEqual({
      canPlan: true,
      canSettle: true,
      canSetCapacity: false,
      canEstimate: false,
      canEditSettings: true,
    });
  });

  it('hides pledges and ratings from the supplier and viewers unless the product shares them', async () => {
    for (const persona of ['supplier', 'municipality', 'steering']) {
      const view = await plan(persona);
      expect(view.privateFieldsShown).toBe(false);
      for (const row of view.candidates) {
        expect(row).toMatchObject({
          pledges: null,
          pledgedDkk: null,
          commonShareDkk: null,
          shortfallDkk: null,
          score: null,
          value: null,
          urgency: null,
        });
      }
      expect(view).toMatchObject({ budgetDrawnDkk: null, budgetLeftDkk: null });
      expect(view.sprints.every((s) => s.load.commonShareDkk === null)).toBe(true);
      expect(JSON.stringify(view)).not.toMatch(/"(indicated|committed)"/);
    }
    const settings = (await plan()).settings;
    expectOk(
      await call('coordinator', 'saveSprintSettings', {
        shareFundingWithSupplier: true,
        expectedVersion: settings.version,
      }),
    );
    const shared = await plan('supplier');
    expect(shared.privateFieldsShown).toBe(true);
    expect(shared.candidates.find((c) => c.estimate?.hours === 80)?.pledgedDkk).toBe(30_000);
    expect((await plan('municipality')).privateFieldsShown).toBe(false);
    expectOk(
      await call('coordinator', 'saveSprintSettings', {
        shareFundingWithSupplier: false,
        expectedVersion: settings.version + 1,
      }),
    );
    expect((await plan('supplier')).privateFieldsShown).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Every resolver × every persona

const readers: PersonaId[] = ['secretariat', 'steering', 'coordinator', 'supplier', 'municipality'];
const expectFor = (allowed: PersonaId[], persona: PersonaId) =>
  persona === 'outsider' ? 'not-found' : allowed.includes(persona) ? 'ok' : 'forbidden';

describe('every resolver × every persona', () => {
  it.each(PERSONAS)('getSprintPlan and the plan export as %s', async (persona) => {
    const sprintId = future(await plan()).id;
    expect(outcome(await call(persona, 'getSprintPlan'))).toBe(expectFor(readers, persona));
    expect(outcome(await call(persona, 'exportSprintDocument', { kind: 'sprint-plan', sprintId }))).toBe(
      expectFor(readers, persona),
    );
    expect(outcome(await call(persona, 'exportSprintDocument', { kind: 'sprint-review', sprintId }))).toBe(
      expectFor(readers, persona),
    );
    for (const kind of ['settlement-csv', 'settlement-markdown'] as const) {
      expect(outcome(await call(persona, 'exportSprintDocument', { kind, sprintId: null }))).toBe(
        expectFor(['secretariat', 'coordinator'], persona),
      );
    }
  });

  it.each(PERSONAS)(
    'planning writes as %s (only the coordination group and the secretariat)',
    async (persona) => {
      const view = await plan();
      const wish = view.candidates.find((c) => c.estimate?.hours === 80)!;
      const want = expectFor(['secretariat', 'coordinator'], persona);
      // A wish in no sprint: unplanning it changes nothing, so the allowed calls leave the plan as it is.
      expect(outcome(await call(persona, 'removeFromSprint', { issueId: wish.issueId }))).toBe(want);
      const settings = (await plan()).settings;
      expect(
        outcome(
          await call(persona, 'saveSprintSettings', {
            shareFundingWithSupplier: false,
            expectedVersion: settings.version,
          }),
        ),
      ).toBe(want);
      if (want !== 'ok') {
        expect(
          outcome(
            await call(persona, 'planIntoSprint', {
              issueId: wish.issueId,
              sprintId: future(view).id,
              confirmed: [],
            }),
          ),
        ).toBe(want);
        expect(
          outcome(
            await call(persona, 'rankInSprint', {
              issueId: wish.issueId,
              anchorIssueId: view.candidates[1].issueId,
              position: 'before',
            }),
          ),
        ).toBe(want);
        expect(
          outcome(
            await call(persona, 'settleDelivery', { issueId: wish.issueId, expectedVersion: wish.version }),
          ),
        ).toBe(want);
      }
    },
  );

  it.each(PERSONAS)('capacity and estimates as %s (only the supplier)', async (persona) => {
    const view = await plan();
    const sprint = future(view);
    const accepted = view.candidates.find((c) => c.status === 'accepted')!;
    const want = expectFor(['supplier'], persona);
    expect(
      outcome(
        await call(persona, 'setSprintCapacity', {
          sprintId: sprint.id,
          hours: SPRINT_CAPACITY_HOURS,
          expectedVersion: sprint.capacity!.version,
        }),
      ),
    ).toBe(want);
    // The same estimate again: allowed callers change nothing.
    expect(
      outcome(
        await call(persona, 'setSprintEstimate', {
          issueId: accepted.issueId,
          hours: accepted.estimate!.hours,
          amountDkk: accepted.estimate!.amountDkk,
          basedOn: accepted.estimate!.at,
        }),
      ),
    ).toBe(want);
  });
});

// ---------------------------------------------------------------------------------------------
// Planning, following, settling

describe('planning through Jira, following the sprint, settling', () => {
  it('plans three wishes, refuses the fourth over capacity until confirmed, and Jira holds the plan', async () => {
    let view = await plan();
    const sprint = future(view);
    const [a, b, c, d] = [80, 90, 100, 120].map((h) => view.candidates.find((w) => w.estimate?.hours === h)!);
    for (const wish of [a, b, c]) {
      view = expectOk(
        await call('coordinator', 'planIntoSprint', {
          issueId: wish.issueId,
          sprintId: sprint.id,
          confirmed: [],
        }),
      );
    }
    expect(future(view).load).toEqual({ hours: 270, amountDkk: 216_000, commonShareDkk: 96_000 });
    expect(view.budgetDrawnDkk).toBe(96_000);
    expect(view.budgetLeftDkk).toBe(254_000);
    // The accepted wish was ordered on its way into the sprint.
    expect(future(view).wishes.find((w) => w.issueId === c.issueId)?.status).toBe('ordered');

    const refused = await call('coordinator', 'planIntoSprint', {
      issueId: d.issueId,
      sprintId: sprint.id,
      confirmed: [],
    });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.details).toEqual({ warnings: ['over-capacity'] });
    expect(sprintKeys(sprint.id)).not.toContain(d.key);
    view = expectOk(
      await call('coordinator', 'planIntoSprint', {
        issueId: d.issueId,
        sprintId: sprint.id,
        confirmed: ['over-capacity'],
      }),
    );
    expect(future(view).load.hours).toBe(390);
    expect(future(view).load.hours).toBeGreaterThan(future(view).capacity!.hours);

    const inJira = sprintKeys(sprint.id);
    for (const wish of [a, b, c, d]) expect(inJira).toContain(wish.key);
    expect(future(view).wishes.map((w) => w.key)).toEqual(
      inJira.filter((k) => future(view).wishes.some((w) => w.key === k)),
    );

    // Re-rank: d before a, in Jira's order too.
    view = expectOk(
      await call('coordinator', 'rankInSprint', {
        issueId: d.issueId,
        anchorIssueId: a.issueId,
        position: 'before',
      }),
    );
    const order = sprintKeys(sprint.id);
    expect(order.indexOf(d.key)).toBeLessThan(order.indexOf(a.key));
    // And out again to the backlog, and back.
    view = expectOk(await call('coordinator', 'removeFromSprint', { issueId: d.issueId }));
    expect(sprintKeys(sprint.id)).not.toContain(d.key);
    expect(view.candidates.map((w) => w.key)).toContain(d.key);
    view = expectOk(
      await call('coordinator', 'planIntoSprint', {
        issueId: d.issueId,
        sprintId: sprint.id,
        confirmed: ['over-capacity'],
      }),
    );
    expect(sprintKeys(sprint.id)).toContain(d.key);
    const audit = expectOk(await call('coordinator', 'getAuditLog', { cursor: null })).entries;
    expect(audit.filter((e) => e.action === 'sprint.planned').length).toBeGreaterThanOrEqual(5);
    expect(audit.find((e) => e.action === 'sprint.planned' && e.target === d.key)?.after).toMatchObject({
      confirmed: ['over-capacity'],
    });
  });

  it('lets statuses follow the sprint as the app, and settles a delivered wish per organisation', async () => {
    let view = await plan();
    const sprint = future(view);
    const current = active(view);
    expect(rest('POST', `/rest/agile/1.0/sprint/${current.id}`, { state: 'closed' }).status).toBe(200);
    expect(rest('POST', `/rest/agile/1.0/sprint/${sprint.id}`, { state: 'active' }).status).toBe(200);
    view = await plan();
    expect(view.followed).toBe(4);
    expect(active(view).wishes.every((w) => w.status === 'in-progress')).toBe(true);

    const done = active(view).wishes.find((w) => w.estimate?.hours === 80)!;
    const transitions = rest('GET', `/rest/api/3/issue/${done.key}/transitions`).body.transitions as {
      id: string;
      to: { statusCategory: { key: string } };
    }[];
    const toDone = transitions.find((t) => t.to.statusCategory.key === 'done')!;
    expect(
      rest('POST', `/rest/api/3/issue/${done.key}/transitions`, { transition: { id: toDone.id } }).status,
    ).toBe(204);
    expect(rest('POST', `/rest/agile/1.0/sprint/${sprint.id}`, { state: 'closed' }).status).toBe(200);

    view = await plan();
    expect(view.followed).toBe(1);
    const delivered = view.delivered.find((w) => w.issueId === done.issueId)!;
    expect(delivered.status).toBe('delivered');
    const proposal = delivered.settlement!;
    expect(proposal.estimateDkk).toBe(64_000);
    expect(proposal.lines).toEqual([
      { organisation: expect.any(String), amountDkk: 30_000, source: 'committed' },
      { organisation: null, amountDkk: 34_000, source: 'common-budget' },
    ]);
    expect(proposal).toMatchObject({ totalDkk: 64_000, differenceDkk: 0 });
    // The supplier never sees the proposal.
    expect((await plan('supplier')).delivered.find((w) => w.issueId === done.issueId)?.settlement).toBeNull();

    const audit = expectOk(await call('coordinator', 'getAuditLog', { cursor: null })).entries;
    const followed = audit.filter((e) => e.action === 'wish.status' && e.target === done.key);
    expect(followed[0].actor?.accountId).toBe(APP_ACTOR);
    expect(followed[0].after).toMatchObject({ status: 'delivered' });

    const stale = await call('coordinator', 'settleDelivery', {
      issueId: done.issueId,
      expectedVersion: delivered.version - 1,
    });
    expect(outcome(stale)).toBe('conflict');
    view = expectOk(
      await call('coordinator', 'settleDelivery', {
        issueId: done.issueId,
        expectedVersion: delivered.version,
      }),
    );
    const settled = view.delivered.find((w) => w.issueId === done.issueId)!;
    expect(settled.settled).toMatchObject({ totalDkk: 64_000 });
    expect(settled.settlement).toBeNull();
    expect(settled.pledges?.every((p) => p.state === 'invoiced')).toBe(true);
    expect(
      outcome(
        await call('coordinator', 'settleDelivery', {
          issueId: done.issueId,
          expectedVersion: settled.version,
        }),
      ),
    ).toBe('conflict');
    // Settled money is drawn from this year's budget; the open sprints no longer hold any wish.
    expect(view.budgetDrawnDkk).toBe(34_000);

    const organisation = proposal.lines[0].organisation!;
    const csv = expectOk(
      await call('coordinator', 'exportSprintDocument', { kind: 'settlement-csv', sprintId: null }),
    );
    expect(csv.mimeType).toBe('text/csv; charset=utf-8');
    expect(csv.content.startsWith('\uFEFFOrganisation;')).toBe(true);
    const lines = csv.content.split('\r\n');
    expect(lines.find((l) => l.startsWith(`${organisation};`))).toContain(`;${done.key};`);
    expect(lines.find((l) => l.startsWith(`${organisation};`))).toContain(';30000;');
    expect(lines.find((l) => l.startsWith('Fællesbudget;'))).toContain(';34000;');
    const md = expectOk(
      await call('coordinator', 'exportSprintDocument', { kind: 'settlement-markdown', sprintId: null }),
    );
    expect(md.content).toContain(`## ${organisation}`);
    expect(md.content).toContain('| **I alt** | | | **30.000** | | |');

    const review = expectOk(
      await call('supplier', 'exportSprintDocument', { kind: 'sprint-review', sprintId: sprint.id }),
    );
    expect(review.content).toContain('| Planlagt | 4 | 390 | 312.000 |');
    expect(review.content).toContain('| Leveret | 1 | 80 | 64.000 |');
    expect(review.content).not.toContain('Tilsagn');
  });
});
