import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, headless: Playwright cannot download its own browser here. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
