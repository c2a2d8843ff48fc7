/**
 * Wish intake in Chromium against the local host, in English: a municipality user (Browse only,
 * no Create Issues) submits a wish on OS2kitos, finds it under "my organisation" on the global
 * wishes page and supports another wish from that list; the coordinator then sees the new wish
 * with its requester on the product's Wishes page. Screenshots go to SHOTS_DIR when it is set.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { collectErrors, hostAndBrowser, moduleFrame, personaContext } from '../support/browser';

const en = JSON.parse(readFileSync(path.resolve(__dirname, '../../locales/en-US.json'), 'utf8'));
const I = en.wishIntake;
const W = en.wishesPage;
const env = hostAndBrowser();
const shots = process.env.SHOTS_DIR;
if (shots) mkdirSync(shots, { recursive: true });

async function open(persona: string, pathname: string) {
  const context = await personaContext(env.browser, env.host.url, persona, 'en-US');
  const page: Page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(env.host.url + pathname);
  return { page, frame: await moduleFrame(page), errors };
}

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

async function choose(frame: Frame, testId: string, option: string) {
  await frame.click(`[data-testid="${testId}-select--control"]`);
  await frame.getByText(option, { exact: true }).click();
}

/** The global list is busy from the filter change until the new filter's first page is shown. */
async function settled(frame: Frame) {
  await frame.waitForSelector('[data-testid="wishes-results"][aria-busy="false"]');
}

const TITLE = 'Påmindelse før kontrakter udløber';

describe('wish intake', () => {
  it('a municipality user submits a wish on OS2kitos; wrong input is refused field by field', async () => {
    const { page, frame, errors } = await open(
      'municipality',
      '/projects/KITOS/apps/os2-project-page/wishes',
    );
    await frame.waitForSelector('[data-testid="wishes-page"]');
    await frame.click('[data-testid="wish-intake-open"]');
    await frame.waitForSelector('[data-testid="wish-intake-form"]');
    expect(await frame.textContent('[data-testid="wish-intake-form"]')).toContain('Aarhus Kommune');
    // Submitting empty: each required field says so, nothing is created.
    await frame.click('[data-testid="wish-intake-submit"]');
    expect(await frame.locator(`text=${I.required}`).count()).toBe(3);
    await shot(page, 'submit-form-errors-municipality');

    // A title like an existing wish suggests it.
    await frame.fill('[data-testid="wish-intake-title"]', 'Slettefrister for dokumenter');
    await frame.waitForSelector('[data-testid="wish-intake-similar"]', { timeout: 10_000 });
    await frame.fill('[data-testid="wish-intake-title"]', TITLE);
    await frame.fill('[data-testid="wish-intake-problem"]', 'Vi opdager for sent, at en kontrakt udløber.');
    await frame.fill('[data-testid="wish-intake-value"]', 'Alle kommuner undgår dyre forlængelser.');
    await frame.fill(
      '[data-testid="wish-intake-userStories"]',
      'Som indkøber vil jeg have besked 90 dage før.',
    );
    await shot(page, 'submit-form-municipality');
    await frame.click('[data-testid="wish-intake-submit"]');
    await frame.waitForSelector('[data-testid="wish-intake-submitted"]');
    expect(await frame.textContent('[data-testid="wish-intake-submitted"]')).toContain('Aarhus Kommune');
    await shot(page, 'wishes-page-after-submit-municipality');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the municipality user finds it under my organisation and supports another wish from the global list', async () => {
    const { page, frame, errors } = await open('municipality', '/apps/os2-portfolio/wishes');
    await frame.waitForSelector('[data-testid="wishes-list"]');
    await shot(page, 'global-page-municipality');
    await choose(frame, 'wishes-mine', W.mineOptions.requested);
    await settled(frame);
    await frame.waitForSelector(`[data-testid="wishes-list"] td:has-text("${TITLE}")`);
    const rows = await frame.locator('[data-testid="wishes-list"] tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    expect(await frame.locator('[data-testid="wishes-list"] tbody').textContent()).not.toContain(W.support);

    await choose(frame, 'wishes-mine', W.mineOptions.all);
    await settled(frame);
    // Not yet supported: aria-pressed, not the text (":has-text" matches "Withdraw support" too).
    const button = frame.locator('[data-testid^="wishes-support-"][aria-pressed="false"]').first();
    await button.waitFor();
    const id = await button.getAttribute('data-testid');
    await button.click();
    const key = id!.replace('wishes-support-', '');
    await frame.waitForSelector(`[data-testid="wishes-support-${key}"][aria-pressed="true"]`);
    await choose(frame, 'wishes-mine', W.mineOptions.supports);
    await settled(frame);
    // The filter is in the URL: a reload keeps it.
    expect(new URL(page.url()).searchParams.get('mine')).toBe('supports');
    // The list pages in score order (50 a page); Aarhus supports many demo wishes.
    await frame.waitForSelector('[data-testid="wishes-list"] tbody tr');

    for (
      let page = 0;
      page < 20 && (await frame.locator(`tr[data-row-key="${key}"]`).count()) === 0;
      page++
    ) {
      const more = frame.locator('[data-testid="wishes-more"]');
      if ((await more.count()) === 0) break;
      const before = await frame.locator('[data-testid="wishes-list"] tbody tr').count();
      await more.click();
      await settled(frame);
      await frame.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="wishes-list"] tbody tr').length > n,
        before,
      );
    }
    await frame.waitForSelector(`tr[data-row-key="${key}"]`);
    await shot(page, 'global-page-supports-municipality');
    // A reload keeps the filter: it is read back from the URL.
    await page.reload();
    const again = await moduleFrame(page);
    await again.waitForSelector('[data-testid="wishes-results"][aria-busy="false"]');
    expect(await again.textContent('[data-testid="wishes-mine-select--control"]')).toContain(
      W.mineOptions.supports,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the coordinator sees the new wish with its requester, on the Wishes page and the global page', async () => {
    const { page, frame, errors } = await open('coordinator', '/projects/KITOS/apps/os2-project-page/wishes');
    await frame.waitForSelector('[data-testid="wish-list"]');
    const row = frame.locator(`[data-testid="wish-list"] tr:has-text("${TITLE}")`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Aarhus Kommune');
    await shot(page, 'wishes-page-coordinator');
    // Marking a story as a wish: it then counts on the page.
    const counts = await frame.textContent('[data-testid="wish-page-counts"]');
    await frame.click('[data-testid="wish-unmarked-open"]');
    const first = frame.locator('[data-testid="wish-unmarked"] tbody tr').first();
    const key = await first.getAttribute('data-row-key');
    await frame.click(`[data-testid="wish-unmarked-select-${key}--hidden-checkbox"]`);
    await frame.click('[data-testid="wish-unmarked-mark"]');
    await frame.waitForSelector(`[data-testid="wish-unmarked-result"]:has-text("${key}")`);
    await frame.waitForSelector(`[data-testid="wish-list"] tr[data-row-key="${key}"]`);
    expect(await frame.textContent('[data-testid="wish-page-counts"]')).not.toBe(counts);
    await shot(page, 'wishes-page-marked-coordinator');
    const global = await open('coordinator', '/apps/os2-portfolio/wishes');
    await global.frame.waitForSelector(`[data-testid="wishes-list"] tr:has-text("${TITLE}")`);
    await shot(global.page, 'global-page-coordinator');
    expect(errors).toEqual([]);
    expect(global.errors).toEqual([]);
    await page.context().close();
    await global.page.context().close();
  });
});
