import { CURRENT_CATALOGUE_VERSION } from '../../src/domain/catalogue';
import { startHost, type RunningHost } from '../../emulator/host/start';
import { rebuildPortfolioAggregate } from '../../src/app/portfolio-aggregate';
import type { PortfolioSummary, StoredSummary } from '../../src/app/summary';
import { expectOk, invokeAs } from '../support/invoke';

/**
 * The portfolio costs the same at any size: the storage and Jira calls of one `getPortfolio` are
 * counted (every call the app makes passes `__forge_fetch__`) with 17, 1,000 and 5,000 products.
 */
let host: RunningHost;
let calls: { storage: number; jira: number };
const g = globalThis as {
  __forge_fetch__?: (descriptor: { provider: string }, ...rest: unknown[]) => unknown;
};
let original: NonNullable<typeof g.__forge_fetch__>;

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  original = g.__forge_fetch__!;
  calls = { storage: 0, jira: 0 };
  g.__forge_fetch__ = (descriptor, ...rest) => {
    if (descriptor.provider === 'app') calls.storage += 1;
    else calls.jira += 1;
    return original(descriptor, ...rest);
  };
}, 120_000);
afterAll(async () => {
  g.__forge_fetch__ = original;
  await host.close();
});

let added = 0;
/** Adds Jira projects (browsable by the community group) and their summaries until there are `total`. */
async function growTo(total: number) {
  const existing = host.jira.listProjects().length;
  const projects = Array.from({ length: total - existing }, (_, i) => {
    const n = 900_000 + added + i;
    return {
      id: String(n),
      key: `P${n}`,
      name: `Produkt ${n}`,
      description: '',
      leadAccountId: '',
      roles: {},
      nextIssueNumber: 1,
    };
  });
  host.jira.addProjects(projects);
  for (const p of projects) {
    const record: PortfolioSummary = {
      projectId: p.id,
      projectKey: p.key,
      productName: p.name,
      catalogueVersion: CURRENT_CATALOGUE_VERSION,
      level: '1',
      levelSince: '2025-01-01',
      levelStatus: 'active',
      targetLevel: '2',
      progressPercent: 50,
      outstanding: 3,
      outstandingSkal: 2,
      outstandingBør: 1,
      lights: { green: 1, yellow: 0, red: 0, grey: 0 },
      lastEvaluation: null,
      nextEvaluationDue: null,
      overdue: false,
      matrix: 'g',
      municipalities: [0, 1, 2],
      organisationCount: 3,
      history: [{ date: '2025-01-01', level: '1' }],
      updatedAt: new Date().toISOString(),
    };
    const value: StoredSummary = {
      projectId: p.id,
      productName: p.name,
      record,
      updatedAt: record.updatedAt,
    };
    const set = host.kvs.handle('/api/v1/entity/set', { entityName: 'summary', key: p.id, value });
    expect(set.status).toBeLessThan(300);
  }
  added += projects.length;
  await rebuildPortfolioAggregate(async (id) => id);
}

async function measure(persona: string) {
  calls.storage = 0;
  calls.jira = 0;
  const view = expectOk(
    await invokeAs(host.runtime, persona, 'os2-portfolio', 'getPortfolio', {}, { type: 'jira:globalPage' }),
  );
  return { rows: view.rows.length, ...calls };
}

it('reads the same number of storage records and makes the same Jira calls at 17, 1,000 and 5,000 products', async () => {
  const seen: Record<number, { rows: number; storage: number; jira: number }[]> = {};
  // A database from before the aggregate builds it on the first read: that read is not the steady cost.
  await measure('secretariat');
  for (const total of [17, 1000, 5000]) {
    if (total > 17) await growTo(total);
    seen[total] = [await measure('secretariat'), await measure('municipality')];
  }
  for (const total of [17, 1000, 5000]) {
    expect(seen[total]!.map((m) => m.rows)).toEqual([total, total]);
  }
  const cost = (total: number) => seen[total]!.map(({ storage, jira }) => ({ storage, jira }));
  expect(cost(1000)).toEqual(cost(17));
  expect(cost(5000)).toEqual(cost(17));
  // Three batch reads of the shards + the app settings; permitted projects, myself, the admin check.
  expect(cost(17)[0]).toEqual({ storage: 4, jira: 3 });
  console.log(`portfolio calls at 17/1000/5000: ${JSON.stringify(seen)}`);
}, 300_000);
