import { startHost, type RunningHost } from '../../emulator/host/start';
import { shardOf } from '../../src/app/portfolio-aggregate';
import { CURRENT_CATALOGUE_VERSION, getCatalogue } from '../../src/domain/catalogue';
import type { FunctionKey } from '../../src/contract';
import { inputOf, invokeAs, invokeRaw, type Extension, type InputArg } from '../support/invoke';

/**
 * The portfolio dashboards through the real runtime, emulated Jira and storage. Every product's row
 * comes from its precomputed summary; the caller sees only products whose Jira project they may
 * browse. Decided: a caller who may browse none (the outsider) gets ok:true with an empty
 * portfolio, not an error — the page is global, there is nothing to refuse.
 */
let host: RunningHost;
let loop: { id: string; key: string };

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  const project = host.jira.listProjects().find((p) => p.key === 'LOOP')!;
  loop = { id: project.id, key: project.key };
});
afterAll(() => host.close());

const invoke = <K extends FunctionKey>(
  persona: string,
  fn: K,
  moduleKey: string,
  extension: Extension,
  ...input: InputArg<K>
) => invokeAs(host.runtime, persona, moduleKey, fn, inputOf(input), extension);

const portfolio = async (persona: string) => {
  const body = await invoke(persona, 'getPortfolio', 'os2-portfolio', { type: 'jira:globalPage' });
  if (!body.ok) throw new Error(`getPortfolio failed for ${persona}: ${body.error.code}`);
  return body.data;
};

const gadget = (persona: string, gadgetConfiguration?: unknown) =>
  invoke(persona, 'getGadget', 'os2-level-gadget', {
    type: 'jira:dashboardGadget',
    gadget: { id: 'g-1' },
    ...(gadgetConfiguration === undefined ? {} : { gadgetConfiguration }),
  });

/** Sets a product's next evaluation date in the portfolio aggregate the page reads. */
function setNextEvaluation(projectId: string, date: string) {
  const key = shardOf(projectId);
  const got = host.kvs.handle('/api/v1/entity/get', { entityName: 'portfolio', key });
  const value = (got.body as { value: any }).value;
  const entry = value.record.entries.find((e: any) => e.projectId === projectId);
  entry.summary.nextEvaluationDue = date;
  const set = host.kvs.handle('/api/v1/entity/set', { entityName: 'portfolio', key, value });
  expect(set.status).toBeLessThan(300);
}

describe('getPortfolio', () => {
  it.each([
    ['secretariat', 17, true],
    ['steering', 17, false],
    ['coordinator', 17, false],
    ['supplier', 17, false],
    ['municipality', 17, false],
    ['outsider', 0, false],
  ])('as %s: %i products, secretariat=%s', async (persona, count, secretariat) => {
    const data = await portfolio(persona);
    expect(data.rows).toHaveLength(count);
    expect(data.totals.products).toBe(count);
    expect(data.canSeeEverything).toBe(secretariat);
    const perLevel = Object.values(data.totals.perLevel as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(perLevel).toBe(count);
    const names = data.rows.map((r: any) => r.productName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'da', { sensitivity: 'base' })));
  });

  it('gives each row the level, target, progress, outstanding skal/bør, lights and catalogue version', async () => {
    const row = (await portfolio('secretariat')).rows.find((r) => r.projectKey === 'LOOP')!;
    expect(row).toMatchObject({
      projectId: loop.id,
      productName: 'OS2loop',
      levelStatus: 'active',
      targetLevel: '2',
      catalogueVersion: CURRENT_CATALOGUE_VERSION,
    });
    expect(row.outstanding).toBe(row.outstandingSkal + row.outstandingBør);
    const lights = row.lights as Record<string, number>;
    expect(Object.keys(lights).sort()).toEqual(['green', 'grey', 'red', 'yellow']);
    // Only the secretariat's lights count; the seeded products have not been evaluated yet.
    expect(Object.values(lights).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it("counts the secretariat's lights once its round is completed, never a draft's", async () => {
    // A product the demo has not evaluated yet (not LOOP, whose outstanding requirements later tests use).
    const product = host.jira.listProjects().find((p) => p.key === 'OPGAVE')!;
    const page = { type: 'jira:projectPage', project: { id: product.id, key: product.key } } as const;
    expect((await invoke('secretariat', 'openEvaluationRound', 'os2-project-page', page, {})).ok).toBe(true);
    const light = (requirementId: string, expectedVersion = 0) =>
      invoke('secretariat', 'saveEvaluation', 'os2-project-page', page, {
        requirementId,
        light: 'green',
        basis: 'Dokumenteret.',
        recommendation: '',
        expectedVersion,
      });
    expect((await light('R1')).ok).toBe(true);
    const draft = (await portfolio('secretariat')).rows.find((r) => r.projectKey === 'OPGAVE')!;
    expect(draft.lights).toEqual({ green: 0, yellow: 0, red: 0, grey: 0 });
    const ids = getCatalogue(CURRENT_CATALOGUE_VERSION).requirements.map((r) => r.id);
    for (const id of ids.filter((i) => i !== 'R1')) expect((await light(id)).ok).toBe(true);
    const view = await invoke('secretariat', 'getGovernanceView', 'os2-project-page', page);
    if (!view.ok) throw new Error('no view');
    const done = await invoke('secretariat', 'completeEvaluationRound', 'os2-project-page', page, {
      expectedVersion: view.data.evaluationRound!.version,
    });
    expect(done.ok).toBe(true);
    const row = (await portfolio('secretariat')).rows.find((r) => r.projectKey === 'OPGAVE')!;
    expect(row.lights).toEqual({ green: ids.length, yellow: 0, red: 0, grey: 0 });
  });

  it('reflects a write at once (the summary is precomputed on save)', async () => {
    const before = (await portfolio('municipality')).rows.find((r) => r.projectKey === 'LOOP')!;
    const view = await invoke('secretariat', 'getGovernanceView', 'os2-project-page', {
      type: 'jira:projectPage',
      project: loop,
    });
    if (!view.ok) throw new Error('no view');
    // Pick an in-scope requirement that is still outstanding and answer it with "Ja".
    const target = view.data.requirements.find((r) => r.inScope && r.state === 'outstanding')!;
    const saved = await invoke(
      'coordinator',
      'saveAssessment',
      'os2-project-page',
      { type: 'jira:projectPage', project: loop },
      {
        requirementId: target.id,
        status: { kind: 'known', value: 'Ja' },
        documentation: 'https://os2.eu/dokumentation',
        explanation: '',
        links: [],
        expectedVersion: target.assessmentVersion,
      },
    );
    expect(saved.ok).toBe(true);
    const after = (await portfolio('municipality')).rows.find((r) => r.projectKey === 'LOOP')!;
    expect(after.outstanding).toBe(before.outstanding - 1);
    expect(after.progressPercent).toBeGreaterThan(before.progressPercent);
  });

  it('flags overdue and due-soon evaluations against today', async () => {
    const before = await portfolio('secretariat');
    // The demo's products that were never evaluated were admitted years ago: overdue.
    expect(before.rows.find((r: any) => r.projectKey === 'INDB')).toMatchObject({ overdue: true });
    const [a, b] = before.rows.filter((r: any) => r.projectKey !== 'LOOP' && r.projectKey !== 'OPGAVE');
    setNextEvaluation(a.projectId, '2020-01-01');
    const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    setNextEvaluation(b.projectId, soon);
    const data = await portfolio('secretariat');
    expect(data.rows.find((r: any) => r.projectId === a.projectId)).toMatchObject({
      overdue: true,
      dueSoon: false,
    });
    expect(data.rows.find((r: any) => r.projectId === b.projectId)).toMatchObject({
      overdue: false,
      dueSoon: true,
    });
    const ids = (pick: (r: any) => boolean) => new Set(before.rows.filter(pick).map((r: any) => r.projectId));
    const overdue = ids((r) => r.overdue);
    overdue.add(a.projectId);
    overdue.delete(b.projectId);
    const dueSoon = ids((r) => r.dueSoon);
    dueSoon.delete(a.projectId);
    dueSoon.add(b.projectId);
    expect(data.totals).toMatchObject({ overdue: overdue.size, dueSoon: dueSoon.size });
  });
});

describe('getGadget', () => {
  it('without a saved configuration shows every product the caller may browse', async () => {
    const body = await gadget('municipality');
    if (!body.ok) throw new Error('getGadget failed');
    expect(body.data.rows).toHaveLength(17);
    expect(body.data.configuration).toEqual({ level: 'all', show: 'all' });
    expect(body.data.configurationInvalid).toBe(false);
  });

  it('filters by the saved configuration from the context, never the payload', async () => {
    const all = await portfolio('secretariat');
    const body = await gadget('secretariat', { level: '3', show: 'all' });
    if (!body.ok) throw new Error('getGadget failed');
    const expected = all.rows.filter((r: any) => r.level === '3').map((r: any) => r.projectKey);
    expect(expected.length).toBeGreaterThan(0);
    expect(body.data.rows.map((r: any) => r.projectKey)).toEqual(expected);
    expect(body.data.unfiltered).toBe(17);

    const due = await gadget('secretariat', { level: 'all', show: 'due' });
    if (!due.ok) throw new Error('getGadget failed');
    expect(due.data.rows.length).toBe(all.totals.overdue + all.totals.dueSoon);
    expect(due.data.rows.every((r: any) => r.overdue || r.dueSoon)).toBe(true);

    // A configuration in the payload is refused by the contract (the input is strictly empty).
    const sneaky = await invokeRaw(
      host.runtime,
      'secretariat',
      'os2-level-gadget',
      'getGadget',
      { level: '3' },
      {
        type: 'jira:dashboardGadget',
      },
    );
    expect(sneaky).toMatchObject({ ok: true, body: { ok: false, error: { code: 'invalid-input' } } });
  });

  it('ignores an invalid saved configuration: defaults, flagged', async () => {
    const body = await gadget('secretariat', { level: '7', show: 'sometimes' });
    if (!body.ok) throw new Error('getGadget failed');
    expect(body.data.configurationInvalid).toBe(true);
    expect(body.data.configuration).toEqual({ level: 'all', show: 'all' });
    expect(body.data.rows).toHaveLength(17);
  });

  it('shows the outsider nothing', async () => {
    const body = await gadget('outsider', { level: 'all', show: 'all' });
    expect(body).toMatchObject({ ok: true, data: { rows: [], unfiltered: 0 } });
  });
});
