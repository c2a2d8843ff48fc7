/**
 * Sprint planning in Chromium against the local Forge host, on OS2valghalla: the coordination
 * group plans three funded wishes into the future sprint; a fourth goes over the supplier's
 * capacity, shows the warning and moves only after confirmation; Jira's sprint holds the plan;
 * the supplier sees the scope without pledges; the sprint runs and closes with one wish done,
 * which the group settles: its pledges are invoiced and the export lists them per organisation.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import type { SprintPlanView } from '../../src/contract';
import { collectErrors, hostAndBrowser, moduleFrame, personaContext } from '../support/browser';
import { invokeOverHttp, jiraOverHttp } from '../support/host-process';

const env = hostAndBrowser();
const PAGE = '/projects/VALGHAL/apps/os2-project-page/sprint-planning';
const SHOTS = '/tmp/shots-sprint';

let project: { id: string; key: string };
let keys: { a: string; b: string; c: string; d: string };
let futureId: number;
let activeId: number;

async function plan(persona = 'coordinator'): Promise<SprintPlanView> {
  const result = await invokeOverHttp(env.host.url, persona, {
    moduleKey: 'os2-project-page',
    extension: { type: 'jira:projectPage', project },
    functionKey: 'getSprintPlan',
  });
  if (!result.body.body?.ok) throw new Error(JSON.stringify(result.body));
  return result.body.body.data as SprintPlanView;
}

const rest = (path: string, init?: RequestInit) => jiraOverHttp(env.host.url, path, 'coordinator', init);
const post = (path: string, body: unknown) => rest(path, { method: 'POST', body: JSON.stringify(body) });
const sprintKeys = async (sprintId: number) =>
  (await rest(`/rest/agile/1.0/sprint/${sprintId}/issue?fields=summary&maxResults=100`)).body.issues.map(
    (i: { key: string }) => i.key,
  ) as string[];

async function openPage(persona: string): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const context = await personaContext(env.browser, env.host.url, persona);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(env.host.url + PAGE);
  const frame = await moduleFrame(page);
  await frame.waitForSelector('[data-testid="sprint-page"]', { timeout: 30_000 });
  return { page, frame, errors };
}

const inSprint = (frame: Frame, key: string) =>
  frame.waitForSelector(`[data-testid="sprint-table-${futureId}"] >> text=${key}`);

beforeAll(async () => {
  const p = (await jiraOverHttp(env.host.url, '/rest/api/3/project/VALGHAL')).body;
  project = { id: p.id, key: p.key };
  const view = await plan();
  const byHours = (h: number) => view.candidates.find((c) => c.estimate?.hours === h)!.key;
  keys = { a: byHours(80), b: byHours(90), c: byHours(100), d: byHours(120) };
  futureId = view.sprints.find((s) => s.state === 'future')!.id;
  activeId = view.sprints.find((s) => s.state === 'active')!.id;
});

it('plans three wishes, and a fourth over capacity only after confirming the warning', async () => {
  const { page, frame, errors } = await openPage('coordinator');
  for (const key of [keys.a, keys.b, keys.c]) {
    await frame.click(`[data-testid="plan-${key}"]`);
    await inSprint(frame, key);
  }
  expect(await frame.textContent(`[data-testid="sprint-load-${futureId}"]`)).toContain(
    'Planlagt 270 t af 300 t',
  );

  // Over capacity: the warning stands, and cancelling moves nothing.
  await frame.click(`[data-testid="plan-${keys.d}"]`);
  const warnings = await frame.waitForSelector('[data-testid="confirm-warnings"]');
  expect(await warnings.textContent()).toContain('Over kapacitet');
  await page.screenshot({ path: `${SHOTS}/coordinator-confirm.png`, fullPage: true });
  await page.keyboard.press('Escape');
  await frame.waitForSelector('[data-testid="confirm-warnings"]', { state: 'detached' });
  expect(await sprintKeys(futureId)).not.toContain(keys.d);

  await frame.click(`[data-testid="plan-${keys.d}"]`);
  // From the keyboard: the confirming button has the focus.
  await frame.focus('[role="dialog"] >> role=button[name="Planlæg alligevel"]');
  await page.keyboard.press('Enter');
  await inSprint(frame, keys.d);
  const load = await frame.textContent(`[data-testid="sprint-load-${futureId}"]`);
  expect(load).toContain('Planlagt 390 t af 300 t');
  expect(load).toContain('Over kapacitet');

  // Jira's sprint holds exactly the plan's wishes, in the plan's order.
  const inJira = await sprintKeys(futureId);
  for (const key of Object.values(keys)) expect(inJira).toContain(key);
  const shown = await frame.$$eval(`[data-testid="sprint-table-${futureId}"] tbody tr`, (rows) =>
    rows.map((r) => r.getAttribute('data-row-key')),
  );
  const view = await plan();
  const planned = view.sprints.find((s) => s.id === futureId)!.wishes;
  expect(shown).toEqual(planned.map((w) => w.issueId));
  expect(planned.map((w) => w.key)).toEqual(inJira.filter((k) => planned.some((w) => w.key === k)));
  await page.screenshot({ path: `${SHOTS}/coordinator-planned.png`, fullPage: true });
  expect(errors).toEqual([]);
  await page.context().close();
});

it('shows the supplier the scope with acceptance criteria and no pledges', async () => {
  const { page, frame, errors } = await openPage('supplier');
  const table = await frame.waitForSelector(`[data-testid="sprint-table-${futureId}"]`);
  const text = (await table.textContent()) ?? '';
  for (const key of Object.values(keys)) expect(text).toContain(key);
  expect(text).not.toContain('Tilsagn');
  expect(text).not.toContain('30.000 kr.');
  expect(await table.$$('ul[aria-label="Acceptkriterier"] li')).not.toHaveLength(0);
  expect(await frame.textContent('[data-testid="sprint-page"]')).toContain(
    'Kommunernes tilsagn og koordinationsgruppens vurderinger vises ikke her',
  );
  await page.screenshot({ path: `${SHOTS}/supplier-scope.png`, fullPage: true });
  expect(errors).toEqual([]);
  await page.context().close();
});

it('follows the sprint to its close, and settling invoices the delivered wish’s pledges per organisation', async () => {
  expect((await post(`/rest/agile/1.0/sprint/${activeId}`, { state: 'closed' })).status).toBe(200);
  expect((await post(`/rest/agile/1.0/sprint/${futureId}`, { state: 'active' })).status).toBe(200);
  const transitions = (await rest(`/rest/api/3/issue/${keys.a}/transitions`)).body.transitions as {
    id: string;
    to: { statusCategory: { key: string } };
  }[];
  const toDone = transitions.find((t) => t.to.statusCategory.key === 'done')!;
  expect(
    (await post(`/rest/api/3/issue/${keys.a}/transitions`, { transition: { id: toDone.id } })).status,
  ).toBe(204);
  expect((await post(`/rest/agile/1.0/sprint/${futureId}`, { state: 'closed' })).status).toBe(200);

  const { page, frame, errors } = await openPage('coordinator');
  await frame.click(`[data-testid="settle-${keys.a}"]`);
  await frame.focus('[role="dialog"] >> role=button[name="Bekræft afregning"]');
  await page.keyboard.press('Enter');
  await frame.waitForSelector('[data-testid="sprint-delivered"] >> text=Afregnet: 64.000 kr.');
  await page.screenshot({ path: `${SHOTS}/coordinator-settled.png`, fullPage: true });

  const settled = (await plan()).delivered.find((w) => w.key === keys.a)!;
  expect(settled.status).toBe('delivered');
  expect(settled.pledges?.length).toBeGreaterThan(0);
  expect(settled.pledges?.every((p) => p.state === 'invoiced')).toBe(true);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.click('[data-testid="export-settlement-csv"]'),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFOrganisation;')).toBe(true);
  const rows = csv.split('\r\n').filter((l) => l.includes(`;${keys.a};`));
  const organisation = settled.pledges![0].organisation;
  expect(rows.find((r) => r.startsWith(`${organisation};`))).toContain(';30000;');
  expect(rows.find((r) => r.startsWith('Fællesbudget;'))).toContain(';34000;');
  expect(rows).toHaveLength(2);
  expect(errors).toEqual([]);
  await page.context().close();
});
