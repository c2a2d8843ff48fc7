/**
 * Jira's rate limiter through the host: an idempotent call waits as long as Jira asks when that
 * fits the invocation's budget, and a longer wait, or a call that could act twice, is reported to
 * the user with Jira's wait in their language, with nothing written.
 */
import { startHost, type RunningHost } from '../../emulator/host/start';
import type { FunctionKey, InputOf } from '../../src/contract';
import { expectOk, invokeAs, outcome } from '../support/invoke';
import { jiraRest } from '../support/jira-rest';

let host: RunningHost;
let kitos: { id: string; key: string };

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  const project = jiraRest(host, 'GET', '/rest/api/3/project/KITOS').body;
  kitos = { id: String(project.id), key: String(project.key) };
});
afterEach(() => host.jira.injectRateLimit(0));
afterAll(() => host.close());

const call = <K extends FunctionKey>(fn: K, input: InputOf<K>) =>
  invokeAs(host.runtime, 'coordinator', 'os2-project-page', fn, input, {
    type: 'jira:projectPage',
    project: kitos,
  });

/** Counted later, as a person would: once Jira's search index has caught up. */
const issueCount = async (): Promise<number> => {
  await host.jira.indexCaughtUp();
  return jiraRest(host, 'POST', '/rest/api/3/search/approximate-count', { jql: `project = ${kitos.key}` })
    .body.count;
};

describe("Jira's rate limiter", () => {
  it('a search answered 429 with Retry-After: 2 is retried after 2 s, and the list loads', async () => {
    host.jira.injectRateLimit(1, { path: '/rest/api/3/search/jql', retryAfterSeconds: 2 });
    const started = Date.now();
    const list = expectOk(await call('listWishes', {}));
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(list.rows.length).toBeGreaterThan(0);
  });

  it('with Retry-After: 60 the user is told to try again in 60 s, in both languages', async () => {
    host.jira.injectRateLimit(1, { path: '/rest/api/3/search/jql', retryAfterSeconds: 60 });
    const result = await call('listWishes', {});
    expect(outcome(result)).toBe('rate-limited');
    expect(result).toMatchObject({
      ok: false,
      error: {
        message: {
          da: 'Jira har travlt lige nu. Prøv igen om 60 s.',
          en: 'Jira is busy right now. Try again in 60 s.',
        },
        details: { retryAfterSeconds: 60 },
      },
    });
  });

  it('an issue create answered 429 is not sent again: the user is told, and nothing is written', async () => {
    const view = expectOk(await call('getGovernanceView', {}));
    const before = {
      issues: await issueCount(),
      task: view.requirements.find((r) => r.id === 'G5')!.linkedIssues,
    };
    host.jira.injectRateLimit(1, { path: '/rest/api/3/issue', method: 'POST', retryAfterSeconds: 1 });
    const result = await call('createRequirementTask', { requirementId: 'G5' });
    expect(outcome(result)).toBe('rate-limited');
    host.jira.injectRateLimit(0);
    const after = expectOk(await call('getGovernanceView', {}));
    expect(await issueCount()).toBe(before.issues);
    expect(after.requirements.find((r) => r.id === 'G5')!.linkedIssues).toEqual(before.task);
  });

  it('a submit whose record write fails half-way leaves one issue: the retry finishes it, audited once', async () => {
    const input: InputOf<'submitWish'> = {
      projectId: kitos.id,
      submissionId: `half-done-${Date.now().toString(36)}`,
      title: 'Udløbsdatoer på kontrakter',
      problem: 'Vi kan ikke se, hvilke kontrakter der udløber.',
      value: 'Sparer tid i alle kommuner.',
      userStories: '',
      acceptanceCriteria: '',
      documentation: '',
    };
    const submit = () =>
      invokeAs(host.runtime, 'municipality', 'os2-portfolio', 'submitWish', input, {
        type: 'jira:globalPage',
      });
    const before = await issueCount();
    // Storage refuses every transaction: the issue is created, its wish record cannot be written.
    host.kvs.injectRateLimit(50, '/api/v1/transaction');
    const failed = await submit();
    host.kvs.injectRateLimit(0);
    expect(failed).toMatchObject({
      ok: false,
      error: {
        code: 'rate-limited',
        message: { en: "The app's storage is busy right now. Try again shortly." },
      },
    });
    expect(await issueCount()).toBe(before + 1);

    const retried = expectOk(await submit());
    expect(await issueCount()).toBe(before + 1); // the same issue, finished; not a second one
    const panel = expectOk(
      await invokeAs(
        host.runtime,
        'coordinator',
        'os2-wish-panel',
        'getWishPanel',
        {},
        {
          type: 'jira:issuePanel',
          issue: retried.issue,
          project: kitos,
        },
      ),
    );
    expect(panel).toMatchObject({ stored: true, wish: { requester: retried.requester } });
    const log = expectOk(await call('getAuditLog', { cursor: null }));
    const entries = log.entries.filter((e) => e.target === retried.issue.key);
    expect(entries.map((e) => e.action)).toEqual(['wish.submitted']);
  });
});
