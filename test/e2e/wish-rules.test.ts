/**
 * The wish record's rules as OS2's users meet them in Chromium against the local Forge host: a
 * municipality withdraws its pledge only after confirming; the coordination group cannot order an
 * unfunded wish until it states a reason, which the wish then shows; a duplicate's backing moves
 * to the wish that stays, and both panels say so.
 */
import type { Frame, Page } from 'playwright-core';
import type { FunctionKey, InputOf } from '../../src/contract';
import { QUALIFICATION_ITEM_IDS } from '../../src/domain/wish/vocabulary';
import { hostAndBrowser, issueView } from '../support/browser';
import { createWishIssue, invokeOnWish } from '../support/host-process';

const env = hostAndBrowser();

type Wish = Awaited<ReturnType<typeof createWishIssue>>;

const onWish = <K extends FunctionKey>(wish: Wish, persona: string, functionKey: K, payload: InputOf<K>) =>
  invokeOnWish(env.host.url, wish, persona, functionKey, payload);

/** Chooses an option of an Atlaskit select from the keyboard: focus, type, Enter. */
async function choose(page: Page, frame: Frame, inputId: string, label: string) {
  await frame.focus(`#${inputId}`);
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
}

it('a pledge is withdrawn only after the municipality confirms it', async () => {
  const wish = await createWishIssue(env.host.url, 'KITOS', 'Påmindelse om udløbende databehandleraftaler');
  await onWish(wish, 'municipality', 'pledgeWish', { amountDkk: 30_000, state: 'committed' });
  const { page, panel, errors } = await issueView(env.browser, env.host.url, wish.key, 'municipality');
  await panel.waitForSelector('[data-testid="wish-pledges"] >> text=30.000 kr.');

  // A typed 0 is not a withdrawal.
  await panel.fill('#os2-wish-pledge-amount', '0');
  await panel.click('[data-testid="wish-pledge-save"]');
  await panel.waitForSelector('text=Brug "Træk tilsagnet tilbage"');

  await panel.click('[data-testid="wish-pledge-withdraw"]');
  const dialog = await panel.waitForSelector('[data-testid="wish-pledge-withdraw-confirm"]');
  expect(await dialog.textContent()).toContain('Tilsagnet fra Aarhus Kommune på 30.000 kr. fjernes');
  await page.screenshot({ path: '/tmp/e2e-rules-withdraw.png', fullPage: true });
  // Cancel keeps it; Escape is the keyboard's cancel.
  await page.keyboard.press('Escape');
  await panel.waitForSelector('[data-testid="wish-pledge-withdraw-confirm"]', { state: 'detached' });
  expect(await panel.textContent('[data-testid="wish-pledges"]')).toContain('30.000 kr.');

  await panel.click('[data-testid="wish-pledge-withdraw"]');
  await panel.click('[data-testid="wish-pledge-withdraw-yes"]');
  await panel.waitForSelector('[data-testid="wish-funding"] >> text=Ingen tilsagn endnu.');
  expect(errors).toEqual([]);
});

it('an unfunded wish is ordered only with the coordination group’s stated reason, shown on the wish', async () => {
  const wish = await createWishIssue(env.host.url, 'KITOS', 'Rapport over systemer uden risikovurdering');
  const accepted = await onWish(wish, 'coordinator', 'transitionWish', {
    to: 'accepted',
    reason: '',
    duplicateOf: '',
    basedOn: null,
  });
  await onWish(wish, 'supplier', 'setWishEstimate', {
    estimate: { hours: 80, amountDkk: 64_000 },
    basedOn: null,
  });
  for (const itemId of QUALIFICATION_ITEM_IDS) {
    await onWish(wish, itemId.startsWith('supplier.') ? 'supplier' : 'coordinator', 'setWishQualification', {
      itemId,
      checked: true,
    });
  }
  await onWish(wish, 'municipality', 'pledgeWish', { amountDkk: 24_000, state: 'committed' });
  expect(accepted.wish.status).toBe('accepted');

  const { page, panel, errors } = await issueView(env.browser, env.host.url, wish.key, 'coordinator');
  await choose(page, panel, 'os2-wish-status-to', 'Bestilt');
  const help = await panel.waitForSelector('#os2-wish-status-override-help');
  expect(await help.textContent()).toContain('finansiering (40.000 kr. mangler)');
  // Without a reason it is refused, at the field.
  await panel.click('[data-testid="wish-status-save"]');
  await panel.waitForSelector(
    '[data-testid="wish-status-error"] >> text=Koordinationsgruppen kan bestille alligevel',
  );
  expect(await panel.textContent('[data-testid="wish-current-status"]')).toContain('Accepteret');

  await panel.fill(
    '#os2-wish-status-override',
    'Lovkrav fra 1. januar; restbeløbet tages af næste års pulje.',
  );
  await page.screenshot({ path: '/tmp/e2e-rules-override-form.png', fullPage: true });
  await panel.click('[data-testid="wish-status-save"]');
  await panel.waitForSelector('[data-testid="wish-current-status"] >> text=Bestilt');
  const shown = await panel.textContent('[data-testid="wish-order-override"]');
  expect(shown).toContain('Bestilt, selv om der manglede: finansiering (40.000 kr. mangler)');
  expect(shown).toContain('Lovkrav fra 1. januar');
  expect(shown).toContain('Louise Bach Andersen');
  await page.screenshot({ path: '/tmp/e2e-rules-override-shown.png', fullPage: true });
  expect(errors).toEqual([]);
});

it('marking a duplicate moves its supporters and pledges to the wish that stays, and both panels say so', async () => {
  const original = await createWishIssue(env.host.url, 'KITOS', 'Overblik over kontrakter der udløber');
  const duplicate = await createWishIssue(env.host.url, 'KITOS', 'Liste over kontrakter tæt på udløb');
  await onWish(original, 'coordinator', 'transitionWish', {
    to: 'accepted',
    reason: '',
    duplicateOf: '',
    basedOn: null,
  });
  await onWish(duplicate, 'steering', 'supportWish', { support: true });
  await onWish(duplicate, 'steering', 'pledgeWish', { amountDkk: 15_000, state: 'indicated' });

  const dup = await issueView(env.browser, env.host.url, duplicate.key, 'coordinator');
  await choose(dup.page, dup.panel, 'os2-wish-status-to', 'Dublet');
  await dup.panel.fill('#os2-wish-status-duplicate', original.key);
  await dup.panel.click('[data-testid="wish-status-save"]');
  const movedTo = await dup.panel.waitForSelector('[data-testid="wish-carried-to"]');
  expect(await movedTo.textContent()).toContain(`Flyttet til ${original.key}`);
  expect(await movedTo.textContent()).toContain('1 støttende og 1 tilsagn');
  expect(await dup.panel.textContent('[data-testid="wish-funding"]')).toContain('Ingen tilsagn endnu.');

  const stays = await issueView(env.browser, env.host.url, original.key, 'coordinator');
  const takenOver = await stays.panel.waitForSelector('[data-testid="wish-carried-from"]');
  expect(await takenOver.textContent()).toContain(`Overtaget fra dubletten ${duplicate.key}`);
  expect(await stays.panel.textContent('[data-testid="wish-supporters"]')).toContain('Københavns Kommune');
  expect(await stays.panel.textContent('[data-testid="wish-pledges"]')).toContain('15.000 kr.');
  await stays.page.screenshot({ path: '/tmp/e2e-rules-carried.png', fullPage: true });
  expect([...dup.errors, ...stays.errors]).toEqual([]);
});
