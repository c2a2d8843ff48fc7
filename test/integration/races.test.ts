/**
 * Concurrent writers under the interleaving host: each seed is one schedule in which every storage
 * and Jira call of two invocations may be split by the other's (ForgeRuntime.interleave). Whatever
 * the schedule, a versioned record takes exactly one of two writers based on the same version, the
 * other is told `conflict`, the stored value is the winner's and the audit log has one entry.
 */
import { startHost, type RunningHost } from '../../emulator/host/start';
import type { FunctionKey, InputOf, RpcResult } from '../../src/contract';
import { expectOk, invokeAs, outcome, type Extension } from '../support/invoke';
import { jiraRest } from '../support/jira-rest';

const SEEDS = Array.from({ length: Number(process.env.OS2_RACE_SEEDS ?? 12) }, (_, i) => i + 1);

let host: RunningHost;
let kitos: { id: string; key: string };

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  const project = jiraRest(host, 'GET', '/rest/api/3/project/KITOS').body;
  kitos = { id: String(project.id), key: String(project.key) };
});
afterEach(() => host.runtime.interleave(null));
afterAll(() => host.close());

const onProject = (module = 'os2-project-page'): [string, Extension] => [
  module,
  { type: 'jira:projectPage', project: kitos },
];
const admin: [string, Extension] = ['os2-admin', {}];

function call<K extends FunctionKey>(persona: string, where: [string, Extension], fn: K, input: InputOf<K>) {
  return invokeAs(host.runtime, persona, where[0], fn, input, where[1]);
}

function newStory(): { id: string; key: string } {
  const created = jiraRest(host, 'POST', '/rest/api/3/issue', {
    fields: { project: { id: kitos.id }, issuetype: { name: 'Story' }, summary: 'Kapløbsønske' },
  });
  expect(created.status).toBe(201);
  return { id: String(created.body.id), key: String(created.body.key) };
}
const onIssue = (issue: { id: string; key: string }): [string, Extension] => [
  'os2-wish-panel',
  { type: 'jira:issuePanel', issue, project: kitos },
];

/** Runs both writers at once under `seed`; returns their outcomes and the winner's index. */
async function race(
  seed: number,
  writers: [() => Promise<RpcResult<unknown>>, () => Promise<RpcResult<unknown>>],
) {
  host.runtime.interleave(seed);
  const results = await Promise.all(writers.map((write) => write()));
  host.runtime.interleave(null);
  const outcomes = results.map(outcome);
  return { outcomes, winner: outcomes.indexOf('ok') };
}

async function auditCount(action: string, where: [string, Extension]): Promise<number> {
  const log = expectOk(await call('secretariat', where, 'getAuditLog', { cursor: null }));
  return log.entries.filter((e) => e.action === action).length;
}

describe.each(SEEDS)('interleaving schedule %i', (seed) => {
  it('app settings: one of two admins saving from the same version wins', async () => {
    const { settings } = expectOk(await call('secretariat', admin, 'getAppSettings', {}));
    const save = (boardGroup: string) => () =>
      call('secretariat', admin, 'saveAppSettings', {
        secretariatGroup: settings.secretariatGroup,
        boardGroup,
        expectedVersion: settings.version,
      });
    // Two groups that exist in Jira (a group Jira does not know is refused before any write).
    const groups = ['os2-board', 'aarhus-kommune-brugere'] as const;
    const { outcomes, winner } = await race(seed, [save(groups[0]), save(groups[1])]);
    expect([...outcomes].sort()).toEqual(['conflict', 'ok']);
    const after = expectOk(await call('secretariat', admin, 'getAppSettings', {})).settings;
    expect(after).toMatchObject({
      version: settings.version + 1,
      boardGroup: groups[winner === 0 ? 0 : 1],
    });
  });

  it('wish settings: one of two coordinators saving from the same version wins', async () => {
    const current = expectOk(await call('coordinator', onProject(), 'getWishSettings', {})).settings;
    const { version, updatedAt: _at, updatedBy: _by, ...values } = current;
    const before = await auditCount('wish.settings', onProject());
    const save = (costCeilingDkk: number) => () =>
      call('coordinator', onProject(), 'saveWishSettings', {
        ...values,
        costCeilingDkk,
        expectedVersion: version,
      });
    const { outcomes, winner } = await race(seed, [save(400_000 + seed), save(500_000 + seed)]);
    expect([...outcomes].sort()).toEqual(['conflict', 'ok']);
    const after = expectOk(await call('coordinator', onProject(), 'getWishSettings', {})).settings;
    expect(after.version).toBe(version + 1);
    expect(after.costCeilingDkk).toBe(winner === 0 ? 400_000 + seed : 500_000 + seed);
    expect(await auditCount('wish.settings', onProject())).toBe(before + 1);
  });

  it("a requirement's assessment: one of two editors from the same version wins", async () => {
    const view = expectOk(await call('coordinator', onProject(), 'getGovernanceView', {}));
    const version = view.requirements.find((r) => r.id === 'F3')!.assessmentVersion;
    const save = (documentation: string, persona: string) => () =>
      call(persona, onProject(), 'saveAssessment', {
        requirementId: 'F3',
        status: { kind: 'known', value: 'Ja' },
        documentation,
        explanation: '',
        links: [],
        expectedVersion: version,
      });
    const { outcomes, winner } = await race(seed, [
      save(`Koordinator ${seed}`, 'coordinator'),
      save(`Styregruppe ${seed}`, 'steering'),
    ]);
    expect([...outcomes].sort()).toEqual(['conflict', 'ok']);
    const after = expectOk(await call('coordinator', onProject(), 'getGovernanceView', {}));
    const f3 = after.requirements.find((r) => r.id === 'F3')!;
    expect(f3.assessmentVersion).toBe(version + 1);
    expect(f3.documentation).toBe(winner === 0 ? `Koordinator ${seed}` : `Styregruppe ${seed}`);
  });

  it("a wish's estimate: two suppliers' first estimates, one wins", async () => {
    const issue = newStory();
    const estimate = (hours: number) => () =>
      call('supplier', onIssue(issue), 'setWishEstimate', {
        estimate: { hours, amountDkk: hours * 800 },
        basedOn: null,
      });
    const { outcomes, winner } = await race(seed, [estimate(10), estimate(20)]);
    expect([...outcomes].sort()).toEqual(['conflict', 'ok']);
    const panel = expectOk(await call('supplier', onIssue(issue), 'getWishPanel', {}));
    expect(panel.wish.estimate?.hours).toBe(winner === 0 ? 10 : 20);
  });

  it('a decision id reused with other content at the same time: one is recorded, the other refused', async () => {
    const issue = newStory();
    const decide = (decision: string) => () =>
      call('coordinator', onIssue(issue), 'addWishDecision', {
        id: `race-${seed}`,
        date: '2026-11-02',
        decision,
        rationale: '',
        meetingReference: '',
      });
    const { outcomes, winner } = await race(seed, [decide('Prioriteres.'), decide('Afvises.')]);
    expect([...outcomes].sort()).toEqual(['conflict', 'ok']);
    const panel = expectOk(await call('coordinator', onIssue(issue), 'getWishPanel', {}));
    expect(panel.wish.decisions.map((d) => d.decision)).toEqual([winner === 0 ? 'Prioriteres.' : 'Afvises.']);
  });

  it('support from two organisations at once: neither is lost', async () => {
    const issue = newStory();
    const { outcomes } = await race(seed, [
      () => call('coordinator', onIssue(issue), 'supportWish', { support: true }),
      () => call('municipality', onIssue(issue), 'supportWish', { support: true }),
    ]);
    expect(outcomes).toEqual(['ok', 'ok']);
    const panel = expectOk(await call('coordinator', onIssue(issue), 'getWishPanel', {}));
    expect(panel.wish.supporters.map((s) => s.organisation).sort()).toEqual([
      'Aarhus Kommune',
      'Odense Kommune',
    ]);
  });
});
