/**
 * Wish status beside Jira status, and evidence per organisation, in Chromium against the local
 * Forge host: a municipality user adds its evidence with its support; the coordination group sees
 * it, sees the drift once the Jira issue moved, and moves the Jira issue back to match.
 */
import type { Browser } from 'playwright-core';
import { issueView as openIssueView, launchChromium } from '../support/browser';
import {
  createWishIssue,
  invokeOnWish,
  jiraOverHttp,
  startHostProcess,
  type HostProcess,
} from '../support/host-process';

let host: HostProcess;
let browser: Browser;
let wish: Awaited<ReturnType<typeof createWishIssue>>;

beforeAll(async () => {
  [host, browser] = await Promise.all([startHostProcess({ reset: true }), launchChromium()]);
  wish = await createWishIssue(host.url, 'KITOS', 'Varsling ved udløb af databehandleraftaler');
  await invokeOnWish(host.url, wish, 'coordinator', 'transitionWish', {
    to: 'accepted',
    reason: '',
    duplicateOf: '',
    basedOn: null,
  });
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

const issueView = (persona: string) => openIssueView(browser, host.url, wish.key, persona);

describe('evidence and drift in the issue view', () => {
  it('a municipality user supports the wish and adds a link and a quote, refused first for a javascript: link', async () => {
    const { page, panel, errors } = await issueView('municipality');
    await panel.click('[data-testid="wish-support-button"]');
    await panel.waitForSelector('[data-testid="wish-supporters"] >> text=Aarhus Kommune');

    await panel.focus('[data-testid="wish-evidence-open"]');
    await page.keyboard.press('Enter');
    await panel.fill('#os2-wish-evidence-url', 'javascript:alert(1)');
    await panel.fill('#os2-wish-evidence-quote', 'Vi bruger en dag om måneden på at finde udløbne aftaler.');
    await panel.click('[data-testid="wish-evidence-save"]');
    const error = await panel.waitForSelector('[data-testid="wish-evidence-error"]');
    expect(await error.textContent()).toContain('Linket skal være en fuld https-adresse');

    await panel.fill('#os2-wish-evidence-url', 'https://aarhus.dk/databehandling');
    await panel.click('[data-testid="wish-evidence-save"]');
    const shown = await panel.waitForSelector(
      '[data-testid="wish-supporters"] [data-testid="wish-evidence"]',
    );
    expect(await shown.textContent()).toContain('Vi bruger en dag om måneden');
    const link = await shown.$('a');
    expect(await link?.getAttribute('href')).toBe('https://aarhus.dk/databehandling');
    expect(await link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the coordination group sees the drift after the Jira issue moved, and moves it back to match', async () => {
    const moved = await jiraOverHttp(host.url, `/rest/api/3/issue/${wish.id}/transitions`, 'secretariat', {
      method: 'POST',
      body: JSON.stringify({ transition: { id: '21' } }),
    });
    expect(moved.status).toBe(204);

    const { page, panel, errors } = await issueView('coordinator');
    expect(await panel.textContent('[data-testid="wish-evidence"]')).toContain('Vi bruger en dag');
    const message = await panel.waitForSelector('[data-testid="wish-drift-message"]');
    expect(await message.textContent()).toContain('Jira-issuet er In Progress (I gang)');
    await page.screenshot({ path: '/tmp/drift-e2e-panel.png', fullPage: true });

    await panel.focus('[data-testid="wish-drift-move-jira"]');
    await page.keyboard.press('Enter');
    // The confirmation takes the focus; Enter confirms.
    await panel.waitForSelector('[data-testid="wish-drift-confirm"]:focus');
    await page.keyboard.press('Enter');
    await panel.waitForSelector('[data-testid="wish-drift-message"]', { state: 'detached' });
    expect(await panel.textContent('[data-testid="wish-jira-status"]')).toContain('To Do');
    const issue = await jiraOverHttp(host.url, `/rest/api/3/issue/${wish.id}?fields=status`);
    expect(issue.body.fields.status.name).toBe('To Do');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
