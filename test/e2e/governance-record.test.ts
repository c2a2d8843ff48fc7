import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { todayInCopenhagen } from '../../src/domain/governance/decision-rules';
import { getCatalogue } from '../../src/domain/catalogue';
import { collectErrors, hostAndBrowser, moduleFrame, personaContext } from '../support/browser';
import { invokeOverHttp } from '../support/host-process';

/**
 * The governance record in Chromium: the secretariat corrects a mis-dated decision and then records
 * the real one; a supplier downloading the evaluation report during an open round gets only the
 * last completed evaluation. Screenshots of the page per persona go to /tmp/shots-record/.
 */
const en = JSON.parse(readFileSync(path.resolve(__dirname, '../../locales/en-US.json'), 'utf8'));
const G = en.governance;
const R = en.record;
const label = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s*]*$`);
const SHOTS = '/tmp/shots-record';
const env = hostAndBrowser();

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function open(persona: string, key: string): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const context = await personaContext(env.browser, env.host.url, persona, 'en-US');
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 1000 });
  const errors = collectErrors(page);
  await page.goto(`${env.host.url}/projects/${key}/apps/os2-project-page/governance`);
  const frame = await moduleFrame(page);
  await frame.waitForSelector('[data-testid="current-level"]');
  return { page, frame, errors };
}

async function project(key: string) {
  const response = await fetch(`${env.host.url}/rest/api/3/project/${key}`, {
    headers: { 'x-emulator-persona': 'secretariat' },
  });
  const body = (await response.json()) as { id: string; key: string };
  return { id: body.id, key: body.key };
}

async function call(persona: string, key: string, functionKey: string, payload: unknown = {}) {
  const result = await invokeOverHttp(env.host.url, persona, {
    moduleKey: 'os2-project-page',
    extension: { type: 'jira:projectPage', project: await project(key) },
    functionKey,
    payload,
  });
  expect(result.body.body).toMatchObject({ ok: true });
  return result.body.body.data;
}

async function fillDecision(frame: Frame, page: Page, date: string, basis: string) {
  await frame.getByLabel(label(G.decisions.date)).fill(date);
  await frame.getByLabel(label(G.decisions.kind)).fill(en.decisionKinds.kept);
  await page.keyboard.press('Enter');
  await frame.getByLabel(label(G.decisions.basis)).fill(basis);
}

beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

describe('the governance record in the browser', () => {
  it('the secretariat corrects a mis-dated decision, then records the real one', async () => {
    const { page, frame, errors } = await open('secretariat', 'DAGS');
    await frame.getByRole('tab', { name: G.tabs.decisions }).click();
    const today = todayInCopenhagen();

    // Mistyped: three days ago instead of over a year ago.
    const wrong = addDays(today, -3);
    await fillDecision(frame, page, wrong, 'Evaluering: fastholdes på Niveau 1.');
    await frame.getByRole('button', { name: G.decisions.submit }).click();
    // The confirmation shows what will be recorded, and Enter would cancel.
    const dialog = frame.getByRole('dialog');
    await dialog.getByText('Evaluering: fastholdes på Niveau 1.').waitFor();
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'confirm-cancel',
    );
    await dialog.getByRole('button', { name: G.decisions.confirm, exact: true }).click();
    await frame
      .locator('[data-testid="decision"]', { hasText: 'Evaluering: fastholdes på Niveau 1.' })
      .waitFor();
    await frame.getByRole('dialog').waitFor({ state: 'detached' });

    // A real decision from before it is refused before any confirmation.
    const real = addDays(today, -200);
    await fillDecision(frame, page, real, 'Bestyrelsesmøde: fastholdes.');
    await frame.getByRole('button', { name: G.decisions.submit }).click();
    await frame.getByText('The decision is dated before the latest decision in the log.').first().waitFor();
    expect(await frame.getByRole('dialog').count()).toBe(0);

    // Correct the mis-dated entry (the newest).
    await frame.getByRole('button', { name: R.decisions.correct }).first().click();
    await frame.getByText(R.decisions.correctHeading.replace('{date}', '')).first().waitFor();
    await frame.getByLabel(label(G.decisions.date)).fill(addDays(today, -400));
    await frame.getByLabel(label(R.decisions.reason)).fill('The year was mistyped.');
    await frame.getByRole('button', { name: R.decisions.correctSubmit }).click();
    await frame.getByRole('dialog').getByText('The year was mistyped.').waitFor();
    await frame.getByRole('dialog').getByRole('button', { name: R.decisions.confirmCorrection }).click();
    await frame.getByTestId('superseded-decision').waitFor();
    await frame.getByRole('dialog').waitFor({ state: 'detached' });

    // Now the real decision goes in.
    await fillDecision(frame, page, real, 'Bestyrelsesmøde: fastholdes.');
    await frame.getByRole('button', { name: G.decisions.submit }).click();
    await frame.getByRole('dialog').getByRole('button', { name: G.decisions.confirm, exact: true }).click();
    // Newest first: the real decision, then the correction with the struck-through entry inside.
    await frame
      .locator('[data-testid="decision"]')
      .first()
      .filter({ hasText: 'Bestyrelsesmøde: fastholdes.' })
      .waitFor();
    const items = await frame.locator('[data-testid="decision"]').allTextContents();
    expect(items[1]).toContain('The year was mistyped.');
    await page.screenshot({ path: `${SHOTS}/decisions-secretariat.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the supplier downloads the evaluation report during an open round and gets the completed one', async () => {
    const ids = getCatalogue().requirements.map((r) => r.id);
    await call('secretariat', 'LOOP', 'openEvaluationRound');
    for (const id of ids) {
      await call('secretariat', 'LOOP', 'saveEvaluation', {
        requirementId: id,
        light: 'green',
        basis: `Afsluttet vurdering ${id}.`,
        recommendation: '',
        expectedVersion: 0,
      });
    }
    const full = await call('secretariat', 'LOOP', 'getGovernanceView');
    await call('secretariat', 'LOOP', 'completeEvaluationRound', {
      expectedVersion: full.evaluationRound.version,
    });
    await call('secretariat', 'LOOP', 'openEvaluationRound');
    await call('secretariat', 'LOOP', 'saveEvaluation', {
      requirementId: 'R1',
      light: 'red',
      basis: 'UDKAST-E2E grundlag',
      recommendation: 'UDKAST-E2E anbefaling',
      expectedVersion: 0,
    });
    await call('secretariat', 'LOOP', 'saveEvaluationSummary', {
      summary: '',
      overall: 'UDKAST-E2E samlet vurdering',
      recommendationProduct: '',
      recommendationBoard: 'UDKAST-E2E til bestyrelsen',
      expectedVersion: 0,
    });

    const download = async (persona: string) => {
      const { page, frame, errors } = await open(persona, 'LOOP');
      await frame.getByTestId('tab-documents').click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        frame.getByTestId('export-evaluation-report').click(),
      ]);
      const text = readFileSync((await file.path())!, 'utf8');
      expect(errors).toEqual([]);
      await page.context().close();
      return text;
    };
    const supplier = await download('supplier');
    expect(supplier).toContain('Afsluttet vurdering R1.');
    expect(supplier).not.toContain('UDKAST-E2E');
    const secretariat = await download('secretariat');
    expect(secretariat).toContain('UDKAST-E2E grundlag');
  });

  it.each(['secretariat', 'coordinator', 'supplier'])(
    'screenshots the governance page as %s',
    async (persona) => {
      const { page, frame, errors } = await open(persona, 'LOOP');
      await page.screenshot({ path: `${SHOTS}/governance-${persona}.png`, fullPage: true });
      if (persona === 'secretariat') {
        await frame.getByRole('tab', { name: G.tabs.evaluation }).click();
        await frame.getByTestId('round-bar').waitFor();
        await page.screenshot({ path: `${SHOTS}/evaluation-secretariat.png` });
      }
      await frame.getByRole('tab', { name: G.tabs.audit }).click();
      await frame.getByTestId('audit-table').waitFor();
      await page.screenshot({ path: `${SHOTS}/audit-${persona}.png` });
      const audit = (await frame.getByTestId('audit-table').textContent()) ?? '';
      // The open round's draft is in the secretariat's audit log only.
      expect(audit.includes('UDKAST-E2E')).toBe(persona === 'secretariat');
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('the admin page shows the app-wide audit log to the secretariat', async () => {
    const context = await personaContext(env.browser, env.host.url, 'secretariat', 'en-US');
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    const errors = collectErrors(page);
    await page.goto(`${env.host.url}/admin`);
    const frame = await moduleFrame(page);
    const heading = frame.getByRole('heading', { name: R.audit.appHeading });
    await heading.waitFor();
    await heading.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/admin-audit-secretariat.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
