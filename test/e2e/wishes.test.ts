/**
 * Development wishes in Chromium against the local Forge host: a municipality user supports
 * and pledges on an OS2kitos wish, the coordination group qualifies, is refused a rejection
 * without a reason, accepts and sees the score, the supplier estimates; then JQL by the indexed
 * status returns exactly the accepted wishes. One browser, one page load per persona.
 */
import type { Browser, Frame, Page } from 'playwright-core';
import {
  collectErrors,
  issueView as openIssueView,
  launchChromium,
  personaContext,
} from '../support/browser';
import {
  createWishIssue,
  invokeOnWish,
  jiraOverHttp,
  startHostProcess,
  type HostProcess,
  afterIndexLag,
} from '../support/host-process';

let host: HostProcess;
let browser: Browser;
let wish: Awaited<ReturnType<typeof createWishIssue>>;

const rest = (path: string, persona?: string, init?: RequestInit) =>
  jiraOverHttp(host.url, path, persona, init);

async function searchKeys(jql: string): Promise<string[]> {
  await afterIndexLag();
  const keys: string[] = [];
  let nextPageToken: string | undefined;
  do {
    const page = await rest('/rest/api/3/search/jql', 'coordinator', {
      method: 'POST',
      body: JSON.stringify({
        jql,
        fields: ['summary'],
        maxResults: 100,
        ...(nextPageToken ? { nextPageToken } : {}),
      }),
    });
    expect(page.status).toBe(200);
    keys.push(...page.body.issues.map((i: { key: string }) => i.key));
    nextPageToken = page.body.nextPageToken;
  } while (nextPageToken);
  return keys;
}

beforeAll(async () => {
  [host, browser] = await Promise.all([startHostProcess({ reset: true }), launchChromium()]);
  wish = await createWishIssue(host.url, 'KITOS', 'Eksport af kontraktoversigt til regneark');
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const issueView = (persona: string) => openIssueView(browser, host.url, wish.key, persona);

/** Chooses an option of an Atlaskit select from the keyboard: focus, type, Enter. */
async function choose(page: Page, frame: Frame, inputId: string, label: string) {
  await frame.focus(`#${inputId}`);
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
}

async function tick(frame: Frame, itemId: string) {
  // The box is controlled by the server's answer: it shows ticked once the change is stored.
  await frame.locator(`[data-testid="wish-q-${itemId}--hidden-checkbox"]`).click();
  await frame.waitForFunction((id) => {
    const box = document.querySelector(
      `[data-testid="wish-q-${id}--hidden-checkbox"]`,
    ) as HTMLInputElement | null;
    return box?.checked === true && !box.disabled;
  }, itemId);
}

describe('a development wish in the issue view', () => {
  it('a municipality user supports it and pledges co-funding for their own organisation', async () => {
    const { page, panel, badge, errors } = await issueView('municipality');
    expect(await badge.textContent('[data-testid="wish-badge"]')).toContain('Modtaget');

    // Support from the keyboard: Tab to the button is what Enter/Space act on.
    await panel.focus('[data-testid="wish-support-button"]');
    await page.keyboard.press('Enter');
    await panel.waitForSelector('[data-testid="wish-supporters"] >> text=Aarhus Kommune');

    await panel.fill('#os2-wish-pledge-amount', '50000');
    await choose(page, panel, 'os2-wish-pledge-state', 'Bindende');
    await panel.click('[data-testid="wish-pledge-save"]');
    await panel.waitForSelector('[data-testid="wish-pledges"] >> text=50.000 kr.');
    expect(await panel.textContent('[data-testid="wish-pledges"]')).toContain('Bindende tilsagn');
    // Decisions, status and estimate are not theirs to change.
    expect(await panel.locator('[data-testid="wish-status-save"]').count()).toBe(0);
    expect(await panel.locator('[data-testid="wish-estimate-save"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the coordination group qualifies it, is refused a rejection without a reason, accepts it and sees the score', async () => {
    const { page, panel, badge, errors } = await issueView('coordinator');
    for (const item of ['title', 'description', 'userStories', 'acceptanceCriteria', 'documentation']) {
      await tick(panel, `requester.${item}`);
    }
    expect(await panel.textContent('[data-testid="wish-qualification-requester"]')).toContain('5 af 5');
    // The supplier's items are not the group's.
    expect(
      await panel.locator('[data-testid="wish-q-supplier.codeReview--hidden-checkbox"]').isDisabled(),
    ).toBe(true);

    await choose(page, panel, 'os2-wish-status-to', 'Afvist');
    await panel.click('[data-testid="wish-status-save"]');
    const error = await panel.waitForSelector('[data-testid="wish-status-error"]');
    expect(await error.textContent()).toContain('Skriv en begrundelse for afvisningen.');
    expect(await panel.textContent('[data-testid="wish-current-status"]')).toContain('Modtaget');

    await choose(page, panel, 'os2-wish-status-to', 'Accepteret');
    await panel.click('[data-testid="wish-status-save"]');
    await panel.waitForSelector('[data-testid="wish-current-status"] >> text=Accepteret');
    await choose(page, panel, 'os2-wish-rating-value', '4');
    await choose(page, panel, 'os2-wish-rating-urgency', '3');
    await panel.click('[data-testid="wish-rating-save"]');
    await panel.waitForSelector('[data-testid="wish-score-factors"] >> text=Værdi 4 af 5');

    const total = await panel.textContent('[data-testid="wish-score-total"]');
    expect(total).toMatch(/Score \d+,\d af 100/);
    const score = total!.match(/(\d+,\d)/)![1]!;
    expect(await panel.textContent('[data-testid="wish-score-factors"]')).toContain('1 af 98 organisationer');
    // The badge beside it follows the panel.
    await badge.waitForSelector(`[data-testid="wish-badge"] >> text=Accepteret`);
    await badge.waitForFunction(
      (s) => document.querySelector('[data-testid="wish-badge-score"]')?.textContent?.includes(s),
      score,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("the supplier estimates it and ticks the supplier's items", async () => {
    const { page, panel, errors } = await issueView('supplier');
    await panel.fill('#os2-wish-estimate-hours', '120');
    await panel.fill('#os2-wish-estimate-amount', '96.000');
    await panel.click('[data-testid="wish-estimate-save"]');
    await panel.waitForSelector('[data-testid="wish-estimate-text"] >> text=120 timer, 96.000 kr.');
    for (const item of ['startConditions', 'integrations', 'githubArchitecture', 'codeReview']) {
      await tick(panel, `supplier.${item}`);
    }
    expect(await panel.textContent('[data-testid="wish-qualification"]')).toContain('9 af 9');
    expect(await panel.textContent('[data-testid="wish-funding-summary"]')).toContain('mangler: 46.000 kr.');
    // Status is the coordination group's.
    expect(await panel.locator('[data-testid="wish-status-save"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('JQL by the indexed status returns exactly the accepted wishes', async () => {
    const stored = (await rest(`/rest/api/3/issue/${wish.key}/properties/os2-wish`)).body.value;
    expect(stored).toMatchObject({
      status: 'accepted',
      organisationCount: 1,
      fundingGap: 46_000,
      requester: '',
    });

    const truth: string[] = [];
    for (const key of await searchKeys('project = KITOS ORDER BY key ASC')) {
      const property = await rest(`/rest/api/3/issue/${key}/properties/os2-wish`);
      if (property.status === 200 && property.body.value.status === 'accepted') truth.push(key);
    }
    expect(truth).toContain(wish.key);
    const found = await searchKeys('project = KITOS AND os2WishStatus = accepted ORDER BY key ASC');
    expect([...found].sort()).toEqual([...truth].sort());
  });
});

describe('the Wishes sub-page of the project page', () => {
  it('lists, sorts and triages wishes in bulk from the keyboard', async () => {
    const context = await personaContext(browser, host.url, 'coordinator');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${host.url}/projects/KITOS/apps/os2-project-page/wishes`);
    const frame = (await (await page.waitForSelector('iframe.forge-frame')).contentFrame())!;
    await frame.waitForSelector('#root > *', { timeout: 30_000 });
    await frame.waitForSelector('[data-testid="wishes-page"]', { timeout: 15_000 });
    await frame.waitForSelector(`[data-testid="wish-list"] >> text=${wish.key}`);

    // Sorting: the column header is a button; aria-sort tells the state.
    await frame.focus('[data-testid="wish-sort-organisations"]');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('th[aria-sort="descending"] >> text=Organisationer');

    // Narrow the list to our wish, select it with Space, choose the status and apply with Enter.
    await frame.fill('#os2-wish-filter-text', wish.key);
    await frame.focus(`[data-testid="wish-select-${wish.key}--hidden-checkbox"]`);
    await page.keyboard.press('Space');
    await frame.waitForSelector('text=Triage: 1 valgt');
    await choose(page, frame, 'os2-wish-bulk-to', 'Bestilt');
    await frame.focus('[data-testid="wish-bulk-apply"]');
    await page.keyboard.press('Enter');
    // 50.000 kr. committed against a 96.000 kr. estimate: bulk triage cannot order it.
    await frame.waitForSelector('[data-testid="wish-bulk"] >> text=0 flyttet, 1 ikke flyttet');
    await frame.waitForSelector('[data-testid="wish-bulk"] >> text=/der mangler 46\\.000 kr\\./');
    // Once Københavns Kommune commits the rest, it can.
    await invokeOnWish(host.url, wish, 'steering', 'pledgeWish', { amountDkk: 46_000, state: 'committed' });
    await frame.focus('[data-testid="wish-bulk-apply"]');
    await page.keyboard.press('Enter');
    await frame.waitForSelector('[data-testid="wish-bulk"] >> text=1 flyttet, 0 ikke flyttet');
    await frame.waitForSelector(`tr[data-row-key="${wish.key}"] >> text=Bestilt`);

    // The board shows it in its status column.
    await frame.click('[data-testid="wish-tab-board"]');
    await frame.waitForSelector(`[data-testid="wish-card-${wish.key}"]`);
    // The matrix names each wish by key and title.
    await frame.click('[data-testid="wish-tab-matrix"]');
    const cell = frame.locator(`[data-testid="wish-matrix-${wish.key}"]`);
    await cell.waitFor();
    expect(await cell.textContent()).toContain('Eksport af kontraktoversigt til regneark');
    expect(errors).toEqual([]);
    await context.close();
  });
});
