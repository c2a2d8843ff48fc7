/**
 * A forged wish search index in Chromium against the local Forge host. Edit Issues is enough to
 * write the `os2-wish` issue property over Jira REST, so a supplier can make an OS2kitos wish look
 * ordered, funded and top-scored to JQL. The coordinator's wish panel still shows the record in
 * the app's storage, the property is rewritten from it, and the project page's audit log tells
 * what happened, in Danish.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { FunctionKey, InputOf, WishPanelView } from '../../src/contract';
import { wishIndexOf } from '../../src/domain/wish/search-index';
import { collectErrors, issueView, launchChromium, moduleFrame, personaContext } from '../support/browser';
import {
  createWishIssue,
  invokeOnWish,
  jiraOverHttp,
  startHostProcess,
  type HostProcess,
  afterIndexLag,
} from '../support/host-process';

/** Labels from the UI's default language, so the test reads what a Danish user reads. */
const da = JSON.parse(readFileSync(path.resolve(__dirname, '../../locales/da-DK.json'), 'utf8'));

let host: HostProcess;
let browser: Browser;
let wish: Awaited<ReturnType<typeof createWishIssue>>;
/** The panel as the record has it once the coordination group has accepted and rated the wish. */
let truth: WishPanelView;

const propertyPath = () => `/rest/api/3/issue/${wish.id}/properties/os2-wish`;

const onWish = <K extends FunctionKey>(persona: string, functionKey: K, payload: InputOf<K>) =>
  invokeOnWish(host.url, wish, persona, functionKey, payload);

/** The keys JQL finds among this wish's issue for an indexed status. */
async function foundWithStatus(status: string): Promise<string[]> {
  await afterIndexLag();
  const page = await jiraOverHttp(host.url, '/rest/api/3/search/jql', 'coordinator', {
    method: 'POST',
    body: JSON.stringify({ jql: `key = ${wish.key} AND os2WishStatus = ${status}`, fields: ['summary'] }),
  });
  expect(page.status).toBe(200);
  return page.body.issues.map((i: { key: string }) => i.key);
}

const oneDecimal = (n: number) =>
  new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

beforeAll(async () => {
  [host, browser] = await Promise.all([startHostProcess({ reset: true }), launchChromium()]);
  wish = await createWishIssue(host.url, 'KITOS', 'Import af leverandørkontrakter fra CSV');
  await onWish('municipality', 'supportWish', { support: true });
  await onWish('municipality', 'pledgeWish', { amountDkk: 25_000, state: 'indicated' });
  await onWish('coordinator', 'transitionWish', {
    to: 'accepted',
    reason: '',
    duplicateOf: '',
    basedOn: null,
  });
  truth = await onWish('coordinator', 'setWishRating', { value: 4, urgency: 3, basedOn: null });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('a wish whose search index a supplier forged over Jira REST', () => {
  const forged = () => ({
    ...wishIndexOf(truth.wish),
    status: 'ordered',
    score: 99.5,
    pledges: [{ organisation: 'Københavns Kommune', amountDkk: 1_000_000, state: 'committed' }],
  });

  it('Jira takes the forged property from the supplier, and JQL believes it', async () => {
    expect(truth.wish.status).toBe('accepted');
    const put = await jiraOverHttp(host.url, propertyPath(), 'supplier', {
      method: 'PUT',
      body: JSON.stringify(forged()),
    });
    expect(put.status).toBe(200);
    expect((await jiraOverHttp(host.url, propertyPath())).body.value).toEqual(forged());
    expect(await foundWithStatus('ordered')).toEqual([wish.key]);
  });

  it("the coordinator's wish panel shows the record, and the property is the record's index again", async () => {
    const { page, panel, badge, errors } = await issueView(browser, host.url, wish.key, 'coordinator');
    expect(await panel.textContent('[data-testid="wish-current-status"]')).toContain(da.wish.status.accepted);
    const funding = (await panel.textContent('[data-testid="wish-funding"]'))!;
    expect(funding).toContain('Aarhus Kommune');
    expect(funding).toContain('25.000');
    expect(funding).not.toContain('Københavns Kommune');
    expect(funding).not.toContain('1.000.000');
    const score = oneDecimal(truth.score.total);
    expect(await panel.textContent('[data-testid="wish-score-total"]')).toContain(`${score} `);
    expect(await badge.textContent('[data-testid="wish-badge"]')).toContain(da.wish.status.accepted);
    expect(await badge.textContent('[data-testid="wish-badge-score"]')).toContain(score);
    await page.screenshot({ path: '/tmp/e2e-forgery-panel.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();

    expect((await jiraOverHttp(host.url, propertyPath())).body.value).toEqual(wishIndexOf(truth.wish));
    expect(await foundWithStatus('ordered')).toEqual([]);
    expect(await foundWithStatus('accepted')).toEqual([wish.key]);
  });

  it('the audit log on the project page tells, in Danish, that the index was restored and from what', async () => {
    const context = await personaContext(browser, host.url, 'coordinator');
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${host.url}/projects/KITOS/apps/os2-project-page/governance`);
    const frame = await moduleFrame(page);
    await frame.getByRole('tab', { name: da.governance.tabs.audit }).click();
    await frame.waitForSelector('[data-testid="audit-table"]');

    const label = da.audit.actions['wish-index-restored'];
    expect(label).toBe('Jira-søgedata genskabt fra ønskets registrering');
    const row = frame.locator('[data-testid="audit-table"] tbody tr', { hasText: wish.key }).filter({
      hasText: label,
    });
    // One row per changed field: when, who, action, target, field, before, after.
    const cells = await row.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td, th')].map((c) => c.textContent?.trim() ?? '')),
    );
    const status = cells.filter((c) => c[4] === da.record.fields.status);
    // Restored once, however many of the panel's and badge's reads saw the forgery.
    expect(status).toHaveLength(1);
    // Before: what the forged property said; after: the record's index.
    expect(status[0]!.slice(5)).toEqual(['ordered', 'accepted']);
    const all = cells.map((c) => c.join(' ')).join('\n');
    expect(all).toContain('Københavns Kommune');
    expect(all).toContain('1000000');
    const text = (await row.first().textContent())!;
    expect(text).toContain(wish.key);
    await row.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/e2e-forgery-audit.png' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
