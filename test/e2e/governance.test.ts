import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { collectErrors, launchChromium, moduleFrame, personaContext } from '../support/browser';
import { startHostProcess, type HostProcess } from '../support/host-process';

/** Governance beside the backlog, in Chromium against the local host, in English (labels come from locales/). */
const en = JSON.parse(readFileSync(path.resolve(__dirname, '../../locales/en-US.json'), 'utf8'));
const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
const G = en.governance;
/** A field's label, which may be followed by a required marker. */
const label = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s*]*$`);

let host: HostProcess;
let browser: Browser;
const PAGE = '/projects/LOOP/apps/os2-project-page/governance';

beforeAll(async () => {
  [host, browser] = await Promise.all([startHostProcess({ reset: true }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

async function open(persona: string): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const context = await personaContext(browser, host.url, persona, 'en-US');
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(host.url + PAGE);
  const frame = await moduleFrame(page);
  await frame.waitForSelector('[data-testid="current-level"]');
  return { page, frame, errors };
}

const outstanding = async (frame: Frame) =>
  Number((await frame.textContent('[data-testid="outstanding-count"]'))!.trim());

async function chooseStatus(frame: Frame, requirementId: string, status: string) {
  const editor = frame
    .getByRole('group', { name: fill(G.checklist.editorLabel, { id: requirementId }) })
    .or(frame.getByLabel(fill(G.checklist.editorLabel, { id: requirementId })));
  await editor.getByLabel(G.checklist.status, { exact: true }).fill(status);
  await frame.page().keyboard.press('Enter');
  return editor;
}

describe('governance beside the backlog', () => {
  it('as the coordination group of OS2loop: comply-or-explain, the outstanding count falls, a task lands in the backlog', async () => {
    const { page, frame, errors } = await open('coordinator');
    await frame.getByRole('tab', { name: G.tabs.overview }).click();
    await frame.waitForSelector('[data-testid="outstanding-count"]');
    const before = await outstanding(frame);

    await frame.getByRole('tab', { name: G.tabs.checklist }).click();
    // "No" without an explanation is refused, with the rule named.
    await frame.getByRole('button', { name: fill(G.checklist.editFor, { id: 'F13' }) }).click();
    let editor = await chooseStatus(frame, 'F13', en.status.no);
    await editor.getByRole('button', { name: fill(G.checklist.saveFor, { id: 'F13' }) }).click();
    await frame
      .getByText(/comply or explain/i)
      .first()
      .waitFor();
    // With an explanation it is accepted.
    await editor
      .getByLabel(G.checklist.explanation, { exact: true })
      .fill('Præsentationsmateriale laves efter næste release.');
    await editor.getByRole('button', { name: fill(G.checklist.saveFor, { id: 'F13' }) }).click();
    await frame.getByText(fill(G.checklist.saved, { id: 'F13' })).waitFor();

    // "Yes" needs no explanation and takes F10 off the outstanding list.
    await frame.getByRole('button', { name: fill(G.checklist.editFor, { id: 'F10' }) }).click();
    editor = await chooseStatus(frame, 'F10', en.status.yes);
    await editor
      .getByLabel(G.checklist.documentation, { exact: true })
      .fill('Nyheder på os2.eu og i OS2-nyhedsbrevet.');
    await editor.getByRole('button', { name: fill(G.checklist.saveFor, { id: 'F10' }) }).click();
    await frame.getByText(fill(G.checklist.saved, { id: 'F10' })).waitFor();

    await frame.getByRole('tab', { name: G.tabs.overview }).click();
    await frame.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="outstanding-count"]')?.textContent) === n,
      before - 1,
    );

    // A gap becomes a Jira task: it shows on the requirement with its status, and in the backlog.
    await frame.getByRole('button', { name: fill(G.overview.createTaskFor, { id: 'F14' }) }).click();
    const card = frame.locator('[data-testid="outstanding-F14"]');
    await card
      .getByText(/LOOP-\d+/)
      .first()
      .waitFor();
    const key = (await card
      .getByText(/LOOP-\d+/)
      .first()
      .textContent())!.match(/LOOP-\d+/)![0];
    await card.getByText(/To Do/i).first().waitFor();
    for (let i = 0; i < 5 && !(await frame.getByRole('link', { name: key, exact: true }).count()); i++) {
      await frame.getByRole('button', { name: G.backlog.loadMore }).click();
      await page.waitForTimeout(300);
    }
    expect(await frame.getByRole('link', { name: key, exact: true }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('as the secretariat: set a light and record a level decision; the header changes', async () => {
    const { page, frame, errors } = await open('secretariat');
    await frame.getByRole('tab', { name: G.tabs.evaluation }).click();
    // Lights are set in an evaluation round.
    await frame.getByRole('button', { name: en.record.rounds.open }).click();
    await frame.getByTestId('round-progress').waitFor();
    const form = frame
      .getByRole('form', { name: fill(G.evaluation.formLabel, { id: 'R1' }) })
      .or(frame.getByLabel(fill(G.evaluation.formLabel, { id: 'R1' })));
    await form
      .getByLabel(G.evaluation.basis, { exact: false })
      .first()
      .fill('Brugt i 14 kommuner; dokumenteret på os2.eu.');
    await form.getByRole('button', { name: fill(G.evaluation.saveFor, { id: 'R1' }) }).click();
    await frame.getByText(fill(G.evaluation.saved, { id: 'R1' })).waitFor();

    await frame.getByRole('tab', { name: G.tabs.decisions }).click();
    await frame.getByLabel(label(G.decisions.kind)).fill(en.decisionKinds.raised);
    await page.keyboard.press('Enter');
    await frame.getByLabel(label(G.decisions.level)).fill(en.levels['2']);
    await page.keyboard.press('Enter');
    await frame.getByLabel(label(G.decisions.decidedByLabel)).fill(en.deciders.board);
    await page.keyboard.press('Enter');
    await frame.getByLabel(label(G.decisions.basis)).fill('Bestyrelsen godkendte Niveau 2 på mødet.');
    await frame.getByRole('button', { name: G.decisions.submit }).click();
    // Skal requirements of Niveau 2 are outstanding: the count is acknowledged before recording.
    await frame.getByTestId('acknowledge-outstanding--checkbox-label').click();
    await frame.getByRole('button', { name: G.decisions.confirm, exact: true }).click();
    await frame.waitForFunction(
      (label) => document.querySelector('[data-testid="current-level"]')?.textContent?.includes(label),
      en.levels['2'],
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('as a supplier: a write is refused by the resolver, even invoked from the browser console', async () => {
    const { page, frame } = await open('supplier');
    expect(await frame.getByRole('button', { name: fill(G.checklist.editFor, { id: 'F10' }) }).count()).toBe(
      0,
    );
    const result = await frame.evaluate(() =>
      (globalThis as any).__bridge.callBridge('invoke', {
        functionKey: 'saveAssessment',
        payload: {
          requirementId: 'F15',
          status: { kind: 'known', value: 'Ja' },
          documentation: 'forsøg',
          explanation: '',
          links: [],
          expectedVersion: 0,
        },
      }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await page.context().close();
  });
});
