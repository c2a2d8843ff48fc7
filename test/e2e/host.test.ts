import type { Browser } from 'playwright-core';
import { collectErrors, launchChromium, moduleFrame, personaContext } from '../support/browser';
import { LOOP_PROFILE } from '../support/fixtures';
import { invokeOverHttp, startHostProcess, type HostProcess } from '../support/host-process';

let host: HostProcess;
let browser: Browser;
let loop: { id: string; key: string };
let issueKey: string;

async function rest(path: string, persona = 'secretariat', init: RequestInit = {}) {
  const response = await fetch(`${host.url}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', 'x-emulator-persona': persona, ...(init.headers ?? {}) },
  });
  return { status: response.status, body: response.status === 204 ? undefined : await response.json() };
}

beforeAll(async () => {
  [host, browser] = await Promise.all([startHostProcess({ reset: true }), launchChromium()]);
  loop = (await rest('/rest/api/3/project/LOOP')).body;
  const search = await rest('/rest/api/3/search/jql', 'secretariat', {
    method: 'POST',
    body: JSON.stringify({
      jql: 'project = LOOP AND issuetype = Story ORDER BY rank',
      fields: ['summary'],
      maxResults: 1,
    }),
  });
  issueKey = search.body.issues[0].key;
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('the local Forge host in Chromium', () => {
  it('renders every module page with no console errors, each from the static build with the bridge first in <head>', async () => {
    const context = await personaContext(browser, host.url, 'secretariat');
    const page = await context.newPage();
    const errors = collectErrors(page);
    const pages: [string, number][] = [
      [`/projects/LOOP/apps/os2-project-page/governance`, 1],
      [`/projects/LOOP/apps/os2-project-page/wishes`, 1],
      [`/projects/LOOP/apps/os2-project-page/sprint-planning`, 1],
      [`/projects/LOOP/settings`, 1],
      [`/browse/${issueKey}`, 2],
      [`/apps/os2-portfolio`, 1],
      [`/admin`, 1],
      [`/dashboard`, 1],
      [`/dashboard?edit=1`, 1],
    ];
    for (const [path, frames] of pages) {
      const response = await page.goto(host.url + path);
      expect(response?.status()).toBe(200);
      const handles = await page.$$('iframe.forge-frame');
      expect(handles).toHaveLength(frames);
      for (const handle of handles) {
        const frame = (await handle.contentFrame())!;
        await frame.waitForSelector('#root > *', { timeout: 30_000 });
        const first = await frame.evaluate(() => document.head.firstElementChild?.getAttribute('src'));
        expect(first).toBe('/forge/bridge.js');
      }
    }
    for (const path of ['/', '/projects/LOOP/backlog']) {
      expect((await page.goto(host.url + path))?.status()).toBe(200);
    }
    expect(await page.locator('table.list tbody tr').count()).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('serves module pages with the CSP Forge computes: no unsafe-inline scripts', async () => {
    const context = await personaContext(browser, host.url, 'municipality');
    const page = await context.newPage();
    await page.goto(`${host.url}/apps/os2-portfolio`);
    const src = await page.locator('iframe.forge-frame').getAttribute('src');
    const response = await fetch(host.url + src!);
    const csp = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toMatch(/style-src[^;]*'unsafe-inline'/);
    await context.close();
  });

  it('calls a resolver through the real bridge from inside a module iframe, as the active persona', async () => {
    const context = await personaContext(browser, host.url, 'coordinator', 'en-US');
    const page = await context.newPage();
    await page.goto(`${host.url}/dashboard`);
    const frame = await moduleFrame(page);
    // The module's own bundle (@forge/bridge → invoke → resolver) rendered the portfolio it was given.
    await frame.waitForSelector('[data-testid="gadget-table"] tbody tr');
    expect(await frame.locator('[data-testid="gadget-table"] tbody tr').count()).toBe(17);
    const me = await rest('/rest/api/3/myself', 'coordinator');
    // And directly through the injected bridge, as a console user could.
    const result = await frame.evaluate(() =>
      (globalThis as any).__bridge.callBridge('invoke', { functionKey: 'getSession', payload: {} }),
    );
    expect(result).toMatchObject({ ok: true, data: { accountId: me.body.accountId, isSecretariat: false } });
    await context.close();
  });

  it('switches persona from the top bar; the outsider sees no project', async () => {
    const context = await personaContext(browser, host.url, 'secretariat', 'en-US');
    const page = await context.newPage();
    await page.goto(host.url + '/');
    expect(await page.locator('table.list tbody tr').count()).toBe(17);
    await page.selectOption('#persona-select', 'outsider');
    await page.waitForLoadState('load');
    await page.waitForSelector('p.empty');
    expect(await page.locator('table.list').count()).toBe(0);
    expect((await page.goto(`${host.url}/projects/LOOP/backlog`))?.status()).toBe(404);
    await context.close();
  });
});

describe('state survives a restart', () => {
  it('keeps what the app wrote (storage) and what Jira holds', async () => {
    const persistent = await startHostProcess({ reset: true });
    let restarted: HostProcess | undefined;
    try {
      const extension = { type: 'jira:projectSettingsPage', project: { id: loop.id, key: 'LOOP' } };
      const profile = { ...LOOP_PROFILE, commonBudgetDkk: 250000 };
      const current = await invokeOverHttp(persistent.url, 'secretariat', {
        moduleKey: 'os2-project-settings',
        extension,
        functionKey: 'getProductSettings',
      });
      expect(current.status).toBe(200);
      const saved = await invokeOverHttp(persistent.url, 'secretariat', {
        moduleKey: 'os2-project-settings',
        extension,
        functionKey: 'saveProductSettings',
        payload: { ...profile, expectedVersion: current.body.body.data.profile?.version ?? 0 },
      });
      expect(saved.body.body).toMatchObject({
        ok: true,
        data: { profile: { productName: 'OS2loop', targetLevel: '2' } },
      });
      await persistent.stop();

      restarted = await startHostProcess({ dataDir: persistent.dataDir });
      const after = await invokeOverHttp(restarted.url, 'secretariat', {
        moduleKey: 'os2-project-settings',
        extension,
        functionKey: 'getProductSettings',
      });
      expect(after.body.body.data.profile).toMatchObject({ productName: 'OS2loop', commonBudgetDkk: 250000 });
    } finally {
      await persistent.stop();
      await restarted?.stop();
    }
  });
});
