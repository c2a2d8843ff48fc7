/**
 * The board's portfolio and the admin page in Chromium against the local host, in English: the
 * traffic-light matrix, adoption across the 98 and the board pack as the secretariat, a board
 * member and a municipality user (each sees only what they may browse); the CSV parses back to the
 * rows shown. Then an administrator maps the Aarhus group on the admin page, and the board member,
 * who is in that group but not mapped in person, supports a wish as Aarhus Kommune.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { parseCsv, unguardCsvField } from '../../src/domain/portfolio/csv';
import { collectErrors, hostAndBrowser, issueView, moduleFrame, personaContext } from '../support/browser';
import { createWishIssue, invokeOverHttp } from '../support/host-process';

const en = JSON.parse(readFileSync(path.resolve(__dirname, '../../locales/en-US.json'), 'utf8'));
const P = en.portfolio;
const env = hostAndBrowser();
const SHOTS = '/tmp/shots-portfolio';

async function open(persona: string, pathname: string) {
  const context = await personaContext(env.browser, env.host.url, persona, 'en-US');
  const page: Page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(env.host.url + pathname);
  return { page, frame: await moduleFrame(page), errors };
}

/** What the portfolio resolver gives this persona: the rows the page must show. */
async function portfolioOf(persona: string) {
  const answer = await invokeOverHttp(env.host.url, persona, {
    moduleKey: 'os2-portfolio',
    extension: { type: 'jira:globalPage' },
    functionKey: 'getPortfolio',
  });
  return answer.body.body.data as { rows: { projectKey: string; productName: string }[]; adoption: any };
}

async function downloadText(page: Page, frame: Frame, testId: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.click(`[data-testid="${testId}"]`),
  ]);
  return readFileSync((await download.path())!, 'utf8');
}

describe.each(['secretariat', 'board', 'municipality'])('the portfolio as %s', (persona) => {
  it('shows the matrix, the adoption figures and a board pack whose CSV parses back to the rows shown', async () => {
    const expected = await portfolioOf(persona);
    expect(expected.rows.length).toBeGreaterThan(0);

    const { page, frame, errors } = await open(persona, '/apps/os2-portfolio?tab=matrix');
    await frame.waitForSelector('[data-testid="portfolio-matrix"]');
    const matrixKeys = await frame
      .locator('[data-testid="portfolio-matrix"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')));
    expect(matrixKeys.sort()).toEqual(expected.rows.map((r) => r.projectKey).sort());
    // The seed gives most products the secretariat's lights, in every colour.
    const lit = await frame
      .locator('[data-testid="portfolio-matrix"] td[data-light]:not([data-light="none"])')
      .count();
    expect(lit).toBeGreaterThan(50);
    if (persona === 'board') await page.screenshot({ path: `${SHOTS}/matrix-board.png`, fullPage: true });

    await frame.getByRole('tab', { name: P.tabs.adoption }).click();
    await frame.waitForSelector('[data-testid="portfolio-adoption"]');
    const atLeast1 = await frame.getAttribute('[data-adoption="atLeast1"]', 'data-count');
    expect(Number(atLeast1)).toBe(expected.adoption.atLeast1);
    expect(await frame.textContent('[data-testid="portfolio-adoption"]')).toContain('/ 98');
    // The tab is in the URL, so a reload keeps it.
    expect(page.url()).toContain('tab=adoption');

    await frame.getByRole('tab', { name: P.tabs.pack }).click();
    // Narrow the pack with a search: the CSV holds exactly the rows shown.
    await frame.fill('[data-testid="portfolio-search"]', 'os2k');
    // The server's order is the page's default order (by name, Danish collation).
    const shown = expected.rows.filter((r) => r.productName.toLowerCase().includes('os2k'));
    await frame.waitForSelector(
      `text=${P.filters.shown.replace('{shown}', String(shown.length)).replace('{total}', String(expected.rows.length))}`,
    );
    const csv = await downloadText(page, frame, 'pack-csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = parseCsv(csv);
    expect(header![0]).toBe(P.columns.product);
    expect(lines.map((l) => unguardCsvField(l[1]!))).toEqual(shown.map((r) => r.projectKey));
    const preview = await frame
      .locator('[data-testid="pack-preview"] tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent ?? '')),
      );
    expect(lines.map((l) => l.map(unguardCsvField))).toEqual(preview);
    const markdown = await downloadText(page, frame, 'pack-markdown');
    expect(markdown).toContain(`# ${P.pack.title}`);
    expect(markdown).toContain(`## ${P.tabs.matrix}`);
    expect(page.url()).toContain('q=os2k');

    await frame.click('[data-testid="pack-print"]');
    await frame.waitForSelector('[data-testid="portfolio-print-view"]');
    expect(
      await frame.locator('[data-testid="portfolio-print-view"] [data-testid="portfolio-matrix"]').count(),
    ).toBe(1);
    if (persona === 'secretariat') await page.screenshot({ path: `${SHOTS}/print-view.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** Chooses an option of an Atlaskit select from the keyboard: focus, type, wait for it, Enter. */
async function choose(page: Page, frame: Frame, inputId: string, typed: string, option: string) {
  await frame.focus(`#${inputId}`);
  await page.keyboard.type(typed);
  await frame.waitForSelector(`[id^="react-select"][id*="option"] >> text=${option}`);
  await page.keyboard.press('Enter');
}

it('an administrator maps the Aarhus group on the admin page; a member of it then supports a wish as Aarhus', async () => {
  const { page, frame, errors } = await open('secretariat', '/admin');
  await frame.waitForSelector('[data-testid="group-mapping-form"]');
  await choose(page, frame, 'os2-admin-group-name', 'aarhus', 'aarhus-kommune-brugere');
  await choose(page, frame, 'os2-admin-group-organisation', 'Aarhus Kommune', 'Aarhus Kommune');
  await frame.click('[data-testid="group-mapping-save"]');
  await frame.waitForSelector('[data-testid="group-mapping-table"] >> text=aarhus-kommune-brugere');
  await page.screenshot({ path: `${SHOTS}/admin-group-mapped.png`, fullPage: true });
  expect(errors).toEqual([]);
  await page.context().close();

  const wish = await createWishIssue(env.host.url, 'KITOS', 'Overblik over kontrakter pr. leverandør');
  const view = await issueView(env.browser, env.host.url, wish.key, 'board');
  await view.panel.click('[data-testid="wish-support-button"]');
  await view.panel.waitForSelector('[data-testid="wish-supporters"] >> text=Aarhus Kommune');
  expect(view.errors).toEqual([]);
  await view.page.context().close();
});

it('asks before removing a mapping in a Forge modal over the page, in view however far the list is scrolled', async () => {
  const { page, frame, errors } = await open('secretariat', '/admin');
  await frame.waitForSelector('[data-testid="member-table"]');
  // The last linked user's Remove button: far down the page.
  const remove = frame.getByRole('button', { name: /^Remove the mapping for|^Remove mapping for/ }).last();
  await remove.scrollIntoViewIfNeeded();
  await remove.click();
  const overlay = await page.waitForSelector('[data-testid="forge-modal"] .forge-modal');
  const box = (await overlay.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(viewport.height);
  const modal = (await (await page.waitForSelector('iframe.forge-modal-frame')).contentFrame())!;
  await modal.waitForSelector('[data-testid="modal-confirm"]');
  expect(await modal.textContent('#os2-modal-title')).toBe(en.admin.removeTitle);
  await page.screenshot({ path: `${SHOTS}/admin-remove-modal.png` });
  const before = await frame.locator('[data-testid="member-table"] tbody tr').count();
  await modal.click('[data-testid="modal-cancel"]');
  await page.waitForSelector('[data-testid="forge-modal"]', { state: 'detached' });
  expect(await frame.locator('[data-testid="member-table"] tbody tr').count()).toBe(before);

  await remove.click();
  const again = (await (await page.waitForSelector('iframe.forge-modal-frame')).contentFrame())!;
  await again.click('[data-testid="modal-confirm"]');
  await page.waitForSelector('[data-testid="forge-modal"]', { state: 'detached' });
  await frame.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="member-table"] tbody tr').length === n - 1,
    before,
  );
  expect(errors).toEqual([]);
  await page.context().close();
});
