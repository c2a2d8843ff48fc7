/**
 * axe-core on every module page of the app, in Danish and English, in Jira's light and dark theme:
 * no serious or critical violation. Each page (and each tab) is also saved as a screenshot under
 * test-results/screenshots/, to look at, not to compare. One browser, one page per language and
 * theme; axe runs inside the module frames only (the shell around them is the emulator's).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { collectErrors, hostAndBrowser } from '../support/browser';
import { jiraOverHttp } from '../support/host-process';

const env = hostAndBrowser();
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = path.resolve(__dirname, '../../test-results/screenshots');

interface Step {
  /** The screenshot's name, and the report's. */
  name: string;
  /** A tab to click first, by test id. */
  tab?: string;
}

interface ModulePage {
  path: string;
  /** The module frames on the page; the first is the one tabs are clicked in. */
  frames: string[];
  steps: Step[];
}

const tabs = (page: string, prefix: string, ids: string[]): Step[] =>
  ids.map((id) => ({ name: `${page}-${id}`, tab: `${prefix}${id}` }));

function modulePages(wishKey: string): ModulePage[] {
  const main = ['iframe.forge-frame'];
  return [
    {
      path: '/projects/LOOP/apps/os2-project-page/governance',
      frames: main,
      steps: tabs('governance', 'tab-', [
        'overview',
        'checklist',
        'evaluation',
        'decisions',
        'documents',
        'audit',
      ]),
    },
    {
      path: '/projects/LOOP/apps/os2-project-page/wishes',
      frames: main,
      steps: tabs('wishes', 'wish-tab-', ['list', 'board', 'matrix', 'settings']),
    },
    {
      path: '/projects/VALGHAL/apps/os2-project-page/sprint-planning',
      frames: main,
      steps: [{ name: 'sprint' }],
    },
    {
      path: '/apps/os2-portfolio/portfolio',
      frames: main,
      steps: tabs('portfolio', 'portfolio-tab-', ['overview', 'matrix', 'adoption', 'pack']),
    },
    { path: '/apps/os2-portfolio/wishes', frames: main, steps: [{ name: 'global-wishes' }] },
    { path: '/projects/LOOP/settings', frames: main, steps: [{ name: 'settings' }] },
    { path: '/admin', frames: main, steps: [{ name: 'admin' }] },
    { path: '/dashboard', frames: main, steps: [{ name: 'gadget' }] },
    { path: '/dashboard?edit=1', frames: main, steps: [{ name: 'gadget-edit' }] },
    {
      path: `/browse/${wishKey}`,
      frames: ['section.panel iframe.forge-frame', 'section.context iframe.forge-frame'],
      steps: [{ name: 'wish-panel-and-badge' }],
    },
  ];
}

interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** A frame once its module rendered and nothing in it is loading any more. */
async function settled(page: Page, selector: string): Promise<Frame> {
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  if (!frame) throw new Error(`no frame ${selector}`);
  await frame.waitForSelector('#root > *', { timeout: 30_000 });
  await frame.waitForFunction(() => !document.querySelector('[data-testid="loading"]'), undefined, {
    timeout: 30_000,
  });
  // Atlaskit's entry animations (tabs, lozenges, fades) finish before contrast is measured.
  await frame.waitForTimeout(250);
  return frame;
}

/** axe's serious and critical violations in one frame. */
async function audit(frame: Frame): Promise<Finding[]> {
  const hasAxe = await frame.evaluate(() => 'axe' in window);
  if (!hasAxe) await frame.evaluate(AXE);
  const results = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const run = await axe.run(document, { resultTypes: ['violations'] });
    return run.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} :: ${n.failureSummary ?? ''}`),
    }));
  });
  return results.filter((r) => r.impact === 'serious' || r.impact === 'critical');
}

async function wishIssueKey(): Promise<string> {
  const jql = encodeURIComponent('labels = "udviklingsønske" ORDER BY key ASC');
  const found = await jiraOverHttp(
    env.host.url,
    `/rest/api/3/search/jql?jql=${jql}&maxResults=1&fields=summary`,
  );
  const key = found.body?.issues?.[0]?.key as string | undefined;
  if (!key) throw new Error(`no wish in the demo: ${found.status}`);
  return key;
}

const COMBINATIONS = [
  { locale: 'da-DK', theme: 'light' },
  { locale: 'da-DK', theme: 'dark' },
  { locale: 'en-US', theme: 'light' },
  { locale: 'en-US', theme: 'dark' },
] as const;

describe.each(COMBINATIONS)('every module page in $locale, $theme theme', ({ locale, theme }) => {
  let context: BrowserContext;
  afterAll(() => context?.close());

  it('has no serious or critical axe violation', async () => {
    mkdirSync(SHOTS, { recursive: true });
    context = await env.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    await context.addCookies(
      Object.entries({ 'os2-persona': 'secretariat', 'os2-locale': locale, 'os2-theme': theme }).map(
        ([name, value]) => ({ name, value, url: env.host.url }),
      ),
    );
    const page = await context.newPage();
    const errors = collectErrors(page);
    const findings: string[] = [];

    for (const modulePage of modulePages(await wishIssueKey())) {
      await page.goto(env.host.url + modulePage.path);
      for (const step of modulePage.steps) {
        let frames = await Promise.all(modulePage.frames.map((selector) => settled(page, selector)));
        if (step.tab) {
          await frames[0]!.click(`[data-testid="${step.tab}"]`);
          frames = await Promise.all(modulePage.frames.map((selector) => settled(page, selector)));
        }
        for (const frame of frames) {
          // The theme really applies: Jira's colour mode reaches the frame and its tokens.
          const shown = await frame.evaluate(() => ({
            mode: document.documentElement.dataset.colorMode,
            background: getComputedStyle(document.body).backgroundColor,
          }));
          const [r, g, b] = (shown.background.match(/\d+/g) ?? []).map(Number);
          const looks = (r! + g! + b!) / 3 < 128 ? 'dark' : 'light';
          expect(`${step.name}: ${shown.mode}, looks ${looks}`).toBe(
            `${step.name}: ${theme}, looks ${theme}`,
          );
          for (const f of await audit(frame))
            findings.push(`${step.name} [${f.impact}] ${f.rule}: ${f.help}\n    ${f.targets.join('\n    ')}`);
        }
        await page.screenshot({
          path: path.join(SHOTS, `${step.name}.${locale}.${theme}.png`),
          fullPage: true,
        });
      }
    }
    expect(findings).toEqual([]);
    expect(errors).toEqual([]);
  }, 600_000);
});

it('the audit does report a serious violation when there is one (a nameless button)', async () => {
  const context = await env.browser.newContext();
  try {
    await context.addCookies([{ name: 'os2-persona', value: 'secretariat', url: env.host.url }]);
    const page = await context.newPage();
    await page.goto(env.host.url + '/projects/LOOP/settings');
    const frame = await settled(page, 'iframe.forge-frame');
    expect(await audit(frame)).toEqual([]);
    await frame.evaluate(() => document.querySelector('#root')!.append(document.createElement('button')));
    expect((await audit(frame)).map((f) => `${f.rule} ${f.impact}`)).toEqual(['button-name critical']);
  } finally {
    await context.close();
  }
});
