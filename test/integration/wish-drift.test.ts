/**
 * Wish status beside Jira status, and evidence per organisation, through the app's resolvers in
 * the local Forge host: drift as the panel and the list show it under the product's mapping, both
 * sync actions, and evidence added, edited, removed and refused.
 */
import { startHost, type RunningHost } from '../../emulator/host/start';
import type { FunctionKey } from '../../src/contract';
import { expectOk, outcome, type InputArg } from '../support/invoke';
import { jiraRest } from '../support/jira-rest';
import { createStory, onProjectPage, onWishIssue, type WishIssue as Issue } from '../support/wish-calls';

let host: RunningHost;
let kitos: { id: string; key: string };

const rest = (method: string, path: string, body?: unknown) => jiraRest(host, method, path, body);

let counter = 0;
function createIssue(): Issue {
  counter += 1;
  return createStory(host, kitos, `Driftønske ${counter}`);
}

/** Moves the Jira issue as the secretariat: 11 To Do, 21 In Progress, 31 Done. */
function moveInJira(issue: Issue, transitionId: '11' | '21' | '31') {
  expect(
    rest('POST', `/rest/api/3/issue/${issue.id}/transitions`, { transition: { id: transitionId } }).status,
  ).toBe(204);
}
const jiraStatusOf = (issue: Issue) =>
  rest('GET', `/rest/api/3/issue/${issue.id}?fields=status`).body.fields.status.statusCategory.key;

const onIssue = <K extends FunctionKey>(persona: string, issue: Issue, fn: K, ...input: InputArg<K>) =>
  onWishIssue(host, persona, issue, fn, ...input);
const onProject = <K extends FunctionKey>(persona: string, fn: K, ...input: InputArg<K>) =>
  onProjectPage(host, persona, kitos, fn, ...input);
const data = expectOk;

async function accepted(): Promise<Issue> {
  const issue = createIssue();
  data(
    await onIssue('coordinator', issue, 'transitionWish', {
      to: 'accepted',
      reason: '',
      duplicateOf: '',
      basedOn: null,
    }),
  );
  return issue;
}

async function listRow(issue: Issue) {
  for (let cursor: string | undefined; ;) {
    const page = data(await onProject('coordinator', 'listWishes', cursor ? { cursor } : {}));
    const row = page.rows.find((r) => r.id === issue.id);
    if (row || !page.cursor) return row;
    cursor = page.cursor;
  }
}

async function auditOf(issue: Issue, kind: string) {
  const page = data(await onProject('coordinator', 'getAuditLog', { cursor: null, target: issue.key, kind }));
  return page.entries;
}

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  const k = rest('GET', '/rest/api/3/project/KITOS').body;
  kitos = { id: k.id, key: k.key };
});
afterAll(() => host.close());

describe('wish status beside Jira status', () => {
  it('flags an accepted wish whose issue is In Progress, in the panel and the list, and moves Jira to match', async () => {
    const issue = await accepted();
    let panel = data(await onIssue('coordinator', issue, 'getWishPanel'));
    expect(panel.drift).toBeNull();
    expect(panel.jira).toEqual({ status: 'To Do', category: 'new' });

    moveInJira(issue, '21');
    panel = data(await onIssue('municipality', issue, 'getWishPanel'));
    expect(panel.jira).toEqual({ status: 'In Progress', category: 'indeterminate' });
    expect(panel.drift).toEqual({ expected: 'new', actual: 'indeterminate', matchingStatuses: [] });
    expect((await listRow(issue))?.drift).toEqual(panel.drift);

    // Only the coordination group syncs, and only from the wish status it saw.
    expect(
      outcome(
        await onIssue('municipality', issue, 'syncJiraStatus', { basedOn: panel.wish.statusChangedAt }),
      ),
    ).toBe('forbidden');
    expect(outcome(await onIssue('coordinator', issue, 'syncJiraStatus', { basedOn: null }))).toBe(
      'conflict',
    );
    expect(jiraStatusOf(issue)).toBe('indeterminate');

    panel = data(
      await onIssue('coordinator', issue, 'syncJiraStatus', { basedOn: panel.wish.statusChangedAt }),
    );
    expect(panel.jira).toEqual({ status: 'To Do', category: 'new' });
    expect(panel.drift).toBeNull();
    expect(jiraStatusOf(issue)).toBe('new');
    expect((await listRow(issue))?.drift).toBeNull();
    const [entry] = await auditOf(issue, 'wish.jira-status');
    expect(entry.actor?.accountId).toBeTruthy();
    expect(entry.changes).toEqual(
      expect.arrayContaining([{ field: 'jiraStatus', before: 'In Progress', after: 'To Do' }]),
    );

    // In step already: syncing again moves nothing and logs nothing.
    data(await onIssue('coordinator', issue, 'syncJiraStatus', { basedOn: panel.wish.statusChangedAt }));
    expect(await auditOf(issue, 'wish.jira-status')).toHaveLength(1);
  });

  it('sets the wish status to match Jira through the ordinary audited status change', async () => {
    const issue = createIssue();
    moveInJira(issue, '31');
    // A story that is not a wish yet has no status to keep in step.
    let panel = data(await onIssue('coordinator', issue, 'getWishPanel'));
    expect(panel.stored).toBe(false);
    expect(panel.drift).toBeNull();
    data(
      await onIssue('coordinator', issue, 'transitionWish', {
        to: 'under-evaluation',
        reason: '',
        duplicateOf: '',
        basedOn: null,
      }),
    );
    panel = data(await onIssue('coordinator', issue, 'getWishPanel'));
    expect(panel.drift).toEqual({ expected: 'new', actual: 'done', matchingStatuses: ['rejected'] });
    panel = data(
      await onIssue('coordinator', issue, 'transitionWish', {
        to: panel.drift!.matchingStatuses[0],
        reason: 'Løst i Jira uden for ønskeprocessen.',
        duplicateOf: '',
        basedOn: panel.wish.statusChangedAt,
      }),
    );
    expect(panel.wish.status).toBe('rejected');
    expect(panel.drift).toBeNull();
    expect(await auditOf(issue, 'wish.status')).toHaveLength(2);
  });

  it("judges drift by the product's own mapping, saved in its wish settings", async () => {
    const issue = await accepted();
    moveInJira(issue, '21');
    const settings = data(await onProject('coordinator', 'getWishSettings')).settings;
    const { version, updatedAt: _a, updatedBy: _b, ...values } = settings;
    expect(values.statusCategories.accepted).toBe('new');
    const saved = data(
      await onProject('coordinator', 'saveWishSettings', {
        ...values,
        statusCategories: { ...values.statusCategories, accepted: 'indeterminate' },
        expectedVersion: version,
      }),
    );
    expect(saved.view.settings.statusCategories.accepted).toBe('indeterminate');
    expect(data(await onIssue('coordinator', issue, 'getWishPanel')).drift).toBeNull();
    expect((await listRow(issue))?.drift).toBeNull();
    // Back to the defaults for the other tests.
    data(
      await onProject('coordinator', 'saveWishSettings', {
        ...values,
        statusCategories: saved.view.defaults.statusCategories,
        expectedVersion: saved.view.settings.version,
      }),
    );
  });
});

describe('evidence per organisation', () => {
  const evidence = { url: 'https://aarhus.dk/notat/42', quote: 'Sparer sagsbehandlerne en dag om ugen.' };

  it('is added with the support, edited, shown and removed, each audited', async () => {
    const issue = createIssue();
    // Without its support the organisation has nothing to back.
    const before = await onIssue('municipality', issue, 'setWishEvidence', { evidence, basedOn: null });
    expect(outcome(before)).toBe('invalid-input');
    expect(!before.ok && before.error.message.en).toMatch(/Support it first/);

    data(await onIssue('municipality', issue, 'supportWish', { support: true }));
    let panel = data(await onIssue('municipality', issue, 'setWishEvidence', { evidence, basedOn: null }));
    const mine = () => panel.wish.supporters.find((s) => s.organisation === panel.myOrganisation)!;
    expect(mine().evidence).toMatchObject(evidence);
    const addedAt = mine().evidence!.at;

    // Someone else's panel shows it too (it is part of the wish).
    const seen = data(await onIssue('supplier', issue, 'getWishPanel'));
    expect(seen.wish.supporters[0].evidence?.quote).toBe(evidence.quote);

    // An edit from a stale form is a conflict; from the current one it lands.
    expect(
      outcome(await onIssue('municipality', issue, 'setWishEvidence', { evidence, basedOn: null })),
    ).toBe('conflict');
    panel = data(
      await onIssue('municipality', issue, 'setWishEvidence', {
        evidence: { url: '', quote: 'Og færre fejl i journalen.' },
        basedOn: addedAt,
      }),
    );
    expect(mine().evidence).toMatchObject({ url: '', quote: 'Og færre fejl i journalen.' });

    panel = data(
      await onIssue('municipality', issue, 'setWishEvidence', {
        evidence: null,
        basedOn: mine().evidence!.at,
      }),
    );
    expect(mine()).not.toHaveProperty('evidence');

    const entries = await auditOf(issue, 'wish.evidence');
    expect(entries).toHaveLength(3);
  });

  it('refuses javascript: links, http links, markup links and huge text with a clear error', async () => {
    const issue = createIssue();
    data(await onIssue('municipality', issue, 'supportWish', { support: true }));
    const attempt = (url: string, quote: string) =>
      onIssue('municipality', issue, 'setWishEvidence', { evidence: { url, quote }, basedOn: null });

    for (const url of [
      'javascript:alert(document.cookie)',
      ' JAVASCRIPT:alert(1)',
      'http://aarhus.dk',
      'data:text/html,x',
    ]) {
      const result = await attempt(url, '');
      expect(outcome(result)).toBe('invalid-input');
      expect(!result.ok && result.error.message.en).toMatch(/must be a full https address/);
      expect(!result.ok && result.error.details).toEqual([
        expect.objectContaining({ field: 'evidence.url' }),
      ]);
    }
    const markup = await attempt('', '[klik her](javascript:alert(1))');
    expect(!markup.ok && markup.error.message.en).toMatch(/plain text/);
    const long = await attempt('', 'x'.repeat(1000));
    expect(!long.ok && long.error.message.en).toMatch(/1000 characters; at most 280/);
    // Far past any sensible size: refused by the contract before the resolver runs.
    expect(outcome(await attempt('', 'x'.repeat(200_000)))).toBe('invalid-input');
    expect(outcome(await attempt(`https://aarhus.dk/${'a'.repeat(10_000)}`, ''))).toBe('invalid-input');

    const panel = data(await onIssue('municipality', issue, 'getWishPanel'));
    expect(panel.wish.supporters[0]).not.toHaveProperty('evidence');
    expect(await auditOf(issue, 'wish.evidence')).toHaveLength(0);
  });
});
