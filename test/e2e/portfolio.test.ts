import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { collectErrors, launchChromium, moduleFrame, personaContext } from '../support/browser';
import { startHostProcess, type HostProcess } from '../support/host-process';

/** The portfolio dashboards in Chromium against the local host, in English (labels come from locales/). */
const en = JSON.parse(readFileSync(path.resolve(__dirname, '../../locales/en-US.json'), 'utf8'));
const P = en.portfolio;

let host: HostProcess;
let browser: Browser;

beforeAll(async () => {
  [host, browser] = await Promise.all([startHostProcess({ reset: true }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

async function open(persona: string, pathname: string) {
  const context = await personaContext(browser, host.url, persona, 'en-US');
  const page: Page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(host.url + pathname);
  return { page, frame: await moduleFrame(page), errors };
}

describe('portfolio dashboards', () => {
  it('as the secretariat: the portfolio page lists all 17 products with their levels', async () => {
    const { page, frame, errors } = await open('secretariat', '/apps/os2-portfolio');
    await frame.waitForSelector('[data-testid="portfolio-table"]');
    expect(await frame.locator('[data-testid="portfolio-table"] tbody tr').count()).toBe(17);
    expect(await frame.textContent('[data-testid="total-products"]')).toContain('17');
    const loop = frame.locator('tr[data-row-key="LOOP"]');
    expect(await loop.locator('[data-testid="row-level"]').textContent()).toContain(en.levels['1']);
    // Sorting by level is a keyboard-reachable button; the column says how it is sorted.
    await frame.getByRole('button', { name: P.columns.level, exact: true }).click();
    expect(await frame.getAttribute('th[aria-sort="ascending"]', 'aria-sort')).toBe('ascending');
    const first = await frame.locator('tbody tr').first().getAttribute('data-row-key');
    expect(first).toBe('OPGAVE'); // the only product at Sandkasse
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the gadget edit view saves a configuration, and the gadget then shows only matching products', async () => {
    const edit = await open('secretariat', '/dashboard?edit=1');
    await edit.frame.getByLabel(P.gadgetEdit.level).fill(en.levels['3']);
    await edit.page.keyboard.press('Enter');
    // Submitting stores the configuration; the dashboard then leaves the edit view and reloads the gadget.
    await Promise.all([
      edit.page.waitForURL((url) => url.pathname === '/dashboard' && !url.search.includes('edit')),
      edit.frame.getByRole('button', { name: en.common.save }).click(),
    ]);
    const frame = await moduleFrame(edit.page);
    await frame.waitForSelector('[data-testid="gadget-table"]');
    const keys = await frame
      .locator('[data-testid="gadget-table"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')));
    expect(keys.sort()).toEqual(['BPC', 'KITOS', 'MO']);
    expect(await frame.textContent('[data-testid="gadget-filter"]')).toContain(en.levels['3']);
    expect(edit.errors).toEqual([]);
    await edit.page.context().close();
  });
});
