import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sparticuz from '@sparticuz/chromium';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { startHostProcess, type HostProcess } from './host-process';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium to drive, in this order: `CHROMIUM_PATH`; the system's (Debian's) Chromium; else the
 * headless Chromium shipped in the npm package `@sparticuz/chromium`, unpacked into the temp folder
 * on first use. `OS2_IGNORE_SYSTEM_CHROMIUM=1` skips the system browser, to test the npm one.
 */
export async function chromiumExecutable(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (process.env.OS2_IGNORE_SYSTEM_CHROMIUM !== '1' && existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return withUnpackLock(() => sparticuz.executablePath());
}

/**
 * The package unpacks into a fixed path and only checks that the binary exists, so concurrent test
 * workers (or runs) would start a half-written file: one unpacks at a time, behind a lock folder.
 */
async function withUnpackLock<T>(unpack: () => Promise<T>): Promise<T> {
  const lock = path.join(os.tmpdir(), 'os2-chromium-unpack.lock');
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than a minute belongs to a process that died while unpacking.
      const stale = Date.now() - lockTime(lock) > 60_000;
      if (stale) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`${lock} is still held; remove it if no test runs`);
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await unpack();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** When the lock folder was taken; now if it is gone already. */
function lockTime(lock: string): number {
  try {
    return statSync(lock).mtimeMs;
  } catch {
    return Date.now();
  }
}

/** Chromium, headless: Playwright cannot download its own browser here. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumExecutable(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function personaContext(
  browser: Browser,
  url: string,
  persona: string,
  locale: 'da-DK' | 'en-US' = 'da-DK',
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  await context.addCookies([
    { name: 'os2-persona', value: persona, url },
    { name: 'os2-locale', value: locale, url },
  ]);
  return context;
}

/** Collects console errors and page errors of a page and all its frames. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${message.location().url}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The module iframe of a shell page, once its React root has rendered something. */
export async function moduleFrame(page: Page, selector = 'iframe.forge-frame') {
  const handle = await page.waitForSelector(selector);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no module frame');
  await frame.waitForSelector('#root > *', { timeout: 30_000 });
  return frame;
}

/** The issue view as one persona: the wish panel's frame and the badge's frame, both rendered. */
export async function issueView(
  browser: Browser,
  url: string,
  issueKey: string,
  persona: string,
): Promise<{ page: Page; panel: Frame; badge: Frame; errors: string[] }> {
  const context = await personaContext(browser, url, persona);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${url}/browse/${issueKey}`);
  const frameOf = async (selector: string, ready: string) => {
    const frame = (await (await page.waitForSelector(selector)).contentFrame())!;
    await frame.waitForSelector(ready, { timeout: 30_000 });
    return frame;
  };
  const panel = await frameOf('section.panel iframe.forge-frame', '[data-testid="wish-panel"]');
  const badge = await frameOf('section.context iframe.forge-frame', '[data-testid="wish-badge"]');
  return { page, panel, badge, errors };
}

/**
 * One host (reset to the seeded demo) and one browser for a test file, started before its tests and
 * stopped after them; read `host` and `browser` inside the tests.
 */
export function hostAndBrowser(): { readonly host: HostProcess; readonly browser: Browser } {
  const env = {} as { host: HostProcess; browser: Browser };
  beforeAll(async () => {
    [env.host, env.browser] = await Promise.all([startHostProcess({ reset: true }), launchChromium()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.host?.stop();
  });
  return env;
}
