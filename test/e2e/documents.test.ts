import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { splitAnswer } from '../../src/domain/documents';
import { collectErrors, launchChromium, moduleFrame, personaContext } from '../support/browser';
import { invokeOverHttp, startHostProcess, type HostProcess } from '../support/host-process';

/** In the browser: OS2's documents out of and back into the project page's Documents tab. */
let host: HostProcess;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let frame: FrameLocator;
let errors: string[];
let loop: { id: string; key: string };

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'documents');
/** The page is in Danish (the default); its labels come from locales/. */
const da = JSON.parse(readFileSync(path.resolve(__dirname, '../../locales/da-DK.json'), 'utf8'));
const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
const GOVERNANCE = '/projects/LOOP/apps/os2-project-page/governance';

async function governanceView(): Promise<any> {
  const result = await invokeOverHttp(host.url, 'coordinator', {
    moduleKey: 'os2-project-page',
    extension: { type: 'jira:projectPage', project: loop },
    functionKey: 'getGovernanceView',
  });
  expect(result.body.body.ok).toBe(true);
  return result.body.body.data;
}

const answers = (view: any) =>
  Object.fromEntries(view.requirements.map((r: any) => [r.id, [r.status, r.documentation]]));

beforeAll(async () => {
  [host, browser] = await Promise.all([startHostProcess({ reset: true }), launchChromium()]);
  const project = await fetch(`${host.url}/rest/api/3/project/LOOP`, {
    headers: { 'x-emulator-persona': 'coordinator' },
  });
  const body = (await project.json()) as { id: string; key: string };
  loop = { id: body.id, key: body.key };
  context = await personaContext(browser, host.url, 'coordinator');
  page = await context.newPage();
  errors = collectErrors(page);
  await page.goto(host.url + GOVERNANCE);
  await moduleFrame(page);
  frame = page.frameLocator('iframe.forge-frame');
  await frame.getByTestId('tab-documents').click();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await host?.stop();
});

describe('OS2 documents on the project page', () => {
  it('exports the governance report, and imports an edited copy only after a preview and a confirmation', async () => {
    const before = await governanceView();
    const f7 = before.requirements.find((r: any) => r.id === 'F7');
    expect(f7).toMatchObject({ status: { kind: 'unanswered' }, inScope: true, state: 'outstanding' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByTestId('export-governance-report').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}-OS2loop-governancerapport\.md$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    const row = /^\| F7 \|.*\| \[Udfyldes i selvevaluering\] \| \[Ikke udfyldt\] \|$/m;
    expect(exported).toMatch(row);
    const edited = exported.replace(row, (line) =>
      line.replace(
        '| [Udfyldes i selvevaluering] | [Ikke udfyldt] |',
        '| ✅ Ja | https://github.com/os2loop/os2loop/tree/main/docs |',
      ),
    );
    expect(edited).not.toBe(exported);

    await frame.getByTestId('import-file').setInputFiles({
      name: download.suggestedFilename(),
      mimeType: 'text/markdown',
      buffer: Buffer.from(edited, 'utf8'),
    });
    await frame.getByTestId('import-preview').click();
    const changes = frame.getByTestId('import-changes').locator('tbody tr');
    await changes.first().waitFor();
    // Exactly the edit: F7's status and documentation, as text.
    expect(await changes.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-key')))).toEqual([
      'F7-status-0',
      'F7-documentation-1',
    ]);
    const cells = await changes.evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim())),
    );
    expect(cells[0].slice(1)).toEqual(['Efterlevet?', 'Ikke besvaret', 'Ja']);
    expect(cells[1].slice(1)).toEqual([
      'Dokumentation',
      '(tom)',
      'https://github.com/os2loop/os2loop/tree/main/docs',
    ]);
    expect(cells[0][0]).toContain('F7');
    expect(await frame.getByTestId('import-counts').textContent()).toMatch(/^Ændringer: 2 · Uændrede: \d+$/);
    // A preview writes nothing.
    expect(answers(await governanceView())).toEqual(answers(before));

    await frame.getByTestId('import-apply').click();
    const dialog = frame.getByRole('dialog');
    expect(await dialog.textContent()).toContain('2 ændringer i 1 krav');
    await dialog.getByRole('button', { name: 'Anvend import' }).click();
    await frame.getByTestId('import-preview-result').waitFor({ state: 'detached' });
    const flag = page.locator('#flags .flag').filter({ hasText: 'Importen er anvendt' });
    await flag.waitFor();
    await flag.getByRole('button', { name: 'Dismiss' }).click();

    const after = await governanceView();
    expect(after.requirements.find((r: any) => r.id === 'F7')).toMatchObject({
      status: { kind: 'known', value: 'Ja' },
      documentation: 'https://github.com/os2loop/os2loop/tree/main/docs',
      state: 'met',
    });
    expect(after.progress.outstanding).toBe(before.progress.outstanding - 1);
    // The page shows it without a reload: the header's progress and the checklist.
    await frame
      .getByText(`${before.progress.done + 1}/${before.progress.total} opfyldt`, { exact: false })
      .waitFor();
    await frame.getByTestId('tab-checklist').click();
    const card = frame.getByTestId('req-F7');
    await card.getByText('https://github.com/os2loop/os2loop/tree/main/docs').waitFor();
    expect(await card.textContent()).toContain('Ja');
    await frame.getByTestId('tab-documents').click();
  });

  it('refuses an unreadable file with the line it stopped at, and changes nothing', async () => {
    const before = answers(await governanceView());
    await frame.getByTestId('import-file').setInputFiles({
      name: 'rapport.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4'),
    });
    expect(await frame.getByTestId('import-local-error').textContent()).toContain('rapport.pdf');

    await frame.getByTestId('import-file').setInputFiles(path.join(FIXTURES, 'unreadable.md'));
    await frame.getByTestId('import-preview').click();
    const error = frame.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/Linje 3: /);
    expect(await frame.getByTestId('import-preview-result').count()).toBe(0);
    expect(answers(await governanceView())).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('shows a row that breaks a save rule as refused, with its reason, and does not import it', async () => {
    const view = await governanceView();
    const before = answers(view);
    // A requirement nobody has answered yet, answered "Nej" in the document with no explanation.
    const id: string = view.requirements.find((r: any) => r.status.kind === 'unanswered').id;
    const report = await invokeOverHttp(host.url, 'coordinator', {
      moduleKey: 'os2-project-page',
      extension: { type: 'jira:projectPage', project: loop },
      functionKey: 'exportDocument',
      payload: { kind: 'governance-report' },
    });
    const exported: string = report.body.body.data.content;
    const row = new RegExp(`^(\\| ${id} \\|.*)\\| [^|]* \\| [^|]* \\|$`, 'm');
    const edited = exported.replace(row, '$1| ❌ Nej | Ikke endnu |');
    expect(edited).not.toBe(exported);
    await frame.getByTestId('import-file').setInputFiles({
      name: 'rapport-nej.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(edited, 'utf8'),
    });
    await frame.getByTestId('import-preview').click();
    const refused = frame.getByTestId('import-refused').locator('tbody tr');
    await refused.first().waitFor();
    const cells = await refused.evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim())),
    );
    expect(cells).toHaveLength(1);
    expect(cells[0][0]).toContain(id);
    expect(cells[0].slice(1)).toEqual([
      'Forklaring',
      'Forklar hvorfor kravet ikke er opfyldt (følg eller forklar).',
    ]);
    await frame.getByRole('heading', { name: 'Afvist (1)' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(os.tmpdir(), 'os2-import-refused.png'), fullPage: true });
    expect(answers(await governanceView())).toEqual(before);
    expect(errors).toEqual([]);
  });

  it("carries the coordinator's explanation and links into the governance report and the JSON, and reads them back unchanged", async () => {
    const G = da.governance;
    const explanation = 'Vi mangler en databehandleraftale med leverandøren; den underskrives i 2. kvartal.';
    const links = ['https://github.com/os2loop/os2loop/issues/12', 'https://os2.eu/os2loop/dpa?udkast=1&v=2'];
    await frame.getByTestId('tab-checklist').click();
    await frame.getByRole('button', { name: fill(G.checklist.editFor, { id: 'F7' }) }).click();
    const editor = frame
      .getByRole('group', { name: fill(G.checklist.editorLabel, { id: 'F7' }) })
      .or(frame.getByLabel(fill(G.checklist.editorLabel, { id: 'F7' })));
    await editor.getByLabel(G.checklist.status, { exact: true }).fill(da.status.no);
    await page.keyboard.press('Enter');
    await editor.getByLabel(G.checklist.explanation, { exact: true }).fill(explanation);
    await editor.getByLabel(G.checklist.links, { exact: true }).fill(links.join('\n'));
    await editor.getByRole('button', { name: fill(G.checklist.saveFor, { id: 'F7' }) }).click();
    await frame.getByText(fill(G.checklist.saved, { id: 'F7' })).waitFor();
    expect((await governanceView()).requirements.find((r: any) => r.id === 'F7')).toMatchObject({
      status: { kind: 'known', value: 'Nej' },
      explanation,
      links,
    });

    await frame.getByTestId('tab-documents').click();
    const downloadOf = async (kind: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        frame.getByTestId(`export-${kind}`).click(),
      ]);
      return { name: download.suggestedFilename(), content: readFileSync((await download.path())!, 'utf8') };
    };
    // The governance report as the audit site takes it: with its front matter.
    await frame.getByTestId('export-front-matter--checkbox-label').click();
    const report = await downloadOf('governance-report');
    expect(report.content).toMatch(/^---\ntitle: /);
    const row = report.content.split('\n').find((line) => line.startsWith('| F7 |'))!;
    expect(row).toContain('| ❌ Nej |');
    expect(row).toContain(`Forklaring: ${explanation}`);
    for (const link of links) expect(row).toContain(link.replace(/&/g, '&amp;'));
    const json = await downloadOf('self-assessment-json');
    const f7 = JSON.parse(json.content).krav.find((k: any) => k.id === 'F7');
    expect(f7.efterlevet).toBe('Nej');
    // The one text holds every part (documentation from the first test stays too).
    expect(splitAnswer(f7.dokumentation)).toMatchObject({ explanation, links });
    expect(f7.dokumentation).toMatch(/\nBesvaret: .+, \d{4}-\d{2}-\d{2}$/);

    // Each, imported back, changes nothing.
    for (const file of [report, json]) {
      await frame.getByTestId('import-file').setInputFiles({
        name: file.name,
        mimeType: file.name.endsWith('.json') ? 'application/json' : 'text/markdown',
        buffer: Buffer.from(file.content, 'utf8'),
      });
      await frame.getByTestId('import-preview').click();
      const result = frame.getByTestId('import-preview-result');
      await result.getByText(file.name, { exact: false }).waitFor();
      expect(await frame.getByTestId('import-counts').textContent()).toMatch(/^Ændringer: 0 · Uændrede: 43$/);
      await result.getByText(G.documents.preview.nothingNew).waitFor();
      expect(await frame.getByTestId('import-changes').count()).toBe(0);
      expect(await frame.getByTestId('import-refused').count()).toBe(0);
      expect(await frame.getByTestId('import-apply').count()).toBe(0);
    }
    expect(errors).toEqual([]);
  });
});
