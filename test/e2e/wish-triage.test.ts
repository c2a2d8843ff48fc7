/**
 * Triage views in Chromium against the local host, in English, as the coordination group: the
 * Wishes list's filter and sort survive a reload (they live in the page's URL), a saved view is
 * saved, applied from a plain page and deleted, and a card on the board moves by keyboard along
 * an allowed transition while a move the lifecycle forbids is refused with the reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { collectErrors, hostAndBrowser, moduleFrame, personaContext } from '../support/browser';

const en = JSON.parse(readFileSync(path.resolve(__dirname, '../../locales/en-US.json'), 'utf8'));
const V = en.wish.views;
const env = hostAndBrowser();
const WISHES = '/projects/KITOS/apps/os2-project-page/wishes';

async function open(pathname: string) {
  const context = await personaContext(env.browser, env.host.url, 'coordinator', 'en-US');
  const page: Page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(env.host.url + pathname);
  const frame = await moduleFrame(page);
  await frame.waitForSelector('[data-testid="wish-list"]', { timeout: 30_000 });
  return { page, frame, errors };
}

async function reload(page: Page): Promise<Frame> {
  await page.reload();
  const frame = await moduleFrame(page);
  await frame.waitForSelector('[data-testid="wish-list"]', { timeout: 30_000 });
  return frame;
}

const rowKeys = (frame: Frame) =>
  frame.$$eval('[data-testid="wish-list"] tbody tr', (rows) =>
    rows.map((r) => r.getAttribute('data-row-key')),
  );

async function waitForKeys(frame: Frame, keys: string[]) {
  await frame.waitForFunction(
    (want) =>
      JSON.stringify(
        [...document.querySelectorAll('[data-testid="wish-list"] tbody tr')].map((r) =>
          r.getAttribute('data-row-key'),
        ),
      ) === JSON.stringify(want),
    keys,
  );
}

/** At least three organisations, lowest value first: the seeded KITOS wishes 55 (3), 22 (4), 11 (5). */
const FILTERED = ['KITOS-55', 'KITOS-22', 'KITOS-11'];

describe('triage views on the Wishes page', () => {
  it('keeps filter and sort in the URL, so a reload shows the same list', async () => {
    const { page, frame, errors } = await open(WISHES);
    expect(await rowKeys(frame)).toEqual(['KITOS-11', 'KITOS-22', 'KITOS-55', 'KITOS-60']);
    await frame.fill('#os2-wish-filter-orgs', '3');
    await frame.click('[data-testid="wish-sort-value"]');
    await frame.click('[data-testid="wish-sort-value"]');
    await waitForKeys(frame, FILTERED);
    await page.waitForURL(
      (url) => url.searchParams.get('orgs') === '3' && url.searchParams.get('sort') === 'value.asc',
    );

    const again = await reload(page);
    await waitForKeys(again, FILTERED);
    expect(await again.inputValue('#os2-wish-filter-orgs')).toBe('3');
    expect(await again.getAttribute('[data-testid="wish-sort-value"]', 'data-testid')).toBe(
      'wish-sort-value',
    );
    expect(
      await again.$eval('[data-testid="wish-sort-value"]', (b) => b.closest('th')?.getAttribute('aria-sort')),
    ).toBe('ascending');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('saves the view under a name, applies it from a plain page and deletes it after confirming', async () => {
    const { page, frame, errors } = await open(`${WISHES}?orgs=3&sort=value.asc`);
    await waitForKeys(frame, FILTERED);
    await frame.click('[data-testid="wish-view-save-open"]');
    await frame.click('[data-testid="wish-view-save"]');
    expect(await frame.locator(`text=${V.nameRequired}`).count()).toBe(1);
    await frame.fill('[data-testid="wish-view-name"]', 'Broad backing');
    await frame.click('[data-testid="wish-view-save"]');
    await frame.waitForSelector('[data-testid="wish-view-Broad backing"][aria-pressed="true"]');

    // A plain page shows the default list; the saved view brings filter and sort back.
    await page.goto(env.host.url + WISHES);
    const plain = await moduleFrame(page);
    await plain.waitForSelector('[data-testid="wish-view-Broad backing"][aria-pressed="false"]', {
      timeout: 30_000,
    });
    await waitForKeys(plain, ['KITOS-11', 'KITOS-22', 'KITOS-55', 'KITOS-60']);
    await plain.click('[data-testid="wish-view-Broad backing"]');
    await waitForKeys(plain, FILTERED);
    await page.waitForURL((url) => url.searchParams.get('orgs') === '3');

    await plain.click('[data-testid="wish-view-delete-Broad backing"]');
    await plain.getByRole('button', { name: V.deleteConfirm, exact: true }).click();
    await plain.waitForSelector('[data-testid="wish-view-Broad backing"]', { state: 'detached' });
    expect(await plain.textContent('[data-testid="wish-views"]')).toContain(V.none);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves a card on the board by keyboard, announced; a forbidden drop is explained', async () => {
    const { page, frame, errors } = await open(WISHES);
    await frame.click('[data-testid="wish-tab-board"]');
    await frame.waitForSelector(
      '[data-testid="wish-column-under-evaluation"] [data-testid="wish-card-KITOS-55"]',
    );

    // Dragging an on-hold wish back onto Received is not a move the lifecycle allows.
    await frame.dragAndDrop('[data-testid="wish-card-KITOS-60"]', '[data-testid="wish-column-received"]');
    await frame.waitForFunction(() =>
      document
        .querySelector('[data-testid="wish-board-announcement"]')
        ?.textContent?.includes('cannot go from'),
    );
    expect(await frame.textContent('[data-testid="wish-board-announcement"]')).toContain(
      'From here it can go to Under evaluation, Accepted',
    );
    await frame.waitForSelector('[data-testid="wish-column-on-hold"] [data-testid="wish-card-KITOS-60"]');

    // Keyboard: focus the card's Move to button, Enter, Tab to Accepted (only allowed targets), Enter.
    await frame.focus('[data-testid="wish-move-KITOS-55"]');
    await page.keyboard.press('Enter');
    const targets = await frame.$$eval('[data-testid="wish-move-KITOS-55-menu"] button[data-testid]', (bs) =>
      bs.map((b) => b.getAttribute('data-testid')!.replace('wish-move-KITOS-55-to-', '')),
    );
    expect(targets).toEqual(['on-hold', 'rejected', 'accepted', 'duplicate']);
    await frame.focus('[data-testid="wish-move-KITOS-55-to-accepted"]');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('[data-testid="wish-column-accepted"] [data-testid="wish-card-KITOS-55"]', {
      timeout: 15_000,
    });
    expect(await frame.textContent('[data-testid="wish-board-announcement"]')).toBe(
      'KITOS-55 moved to Accepted.',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
