/**
 * The score ranks by reach, in Chromium against the local host: with the default weights and equal
 * ratings, a wish backed by five organisations is listed above one backed by a single organisation,
 * on the coordination group's Wishes page.
 */
import { PEOPLE } from '../../demo/people';
import { collectErrors, hostAndBrowser, moduleFrame, personaContext } from '../support/browser';
import { createWishIssue, invokeOnWish } from '../support/host-process';

const env = hostAndBrowser();

/** One member of each of five municipalities (the seed's people, each mapped to their organisation). */
function fiveMunicipalities() {
  const seen = new Set<string>();
  return PEOPLE.filter((p) => {
    if (p.kind !== 'municipality' || seen.has(p.organisation)) return false;
    seen.add(p.organisation);
    return true;
  }).slice(0, 5);
}

it('with default weights, 5 backing organisations outrank 1 with equal ratings', async () => {
  const url = env.host.url;
  const wide = await createWishIssue(url, 'KITOS', 'Fælles skabelon for databehandleraftaler');
  const narrow = await createWishIssue(url, 'KITOS', 'Eksport af leverandøroversigt til regneark');
  const members = fiveMunicipalities();
  expect(new Set(members.map((m) => m.organisation)).size).toBe(5);
  for (const wish of [wide, narrow])
    await invokeOnWish(url, wish, 'coordinator', 'setWishRating', { value: 3, urgency: 3, basedOn: null });
  for (const member of members)
    await invokeOnWish(url, wide, member.accountId, 'supportWish', { support: true });
  const narrowPanel = await invokeOnWish(url, narrow, members[0]!.accountId, 'supportWish', {
    support: true,
  });
  const widePanel = await invokeOnWish(url, wide, 'coordinator', 'getWishPanel', {});
  expect(widePanel.wish.organisationCount).toBe(5);
  expect(narrowPanel.wish.organisationCount).toBe(1);
  expect(widePanel.score.total).toBeGreaterThan(narrowPanel.score.total);

  const context = await personaContext(env.browser, url, 'coordinator', 'en-US');
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${url}/projects/KITOS/apps/os2-project-page/wishes`);
  const frame = await moduleFrame(page);
  await frame.waitForSelector(`[data-testid="wish-list"] tbody tr[data-row-key="${narrow.key}"]`, {
    timeout: 30_000,
  });
  const keys = await frame.$$eval('[data-testid="wish-list"] tbody tr', (rows) =>
    rows.map((r) => r.getAttribute('data-row-key')),
  );
  expect(keys).toContain(wide.key);
  expect(keys.indexOf(wide.key)).toBeLessThan(keys.indexOf(narrow.key));
  expect(errors).toEqual([]);
  await context.close();
});
