/**
 * The wish record lives in the app's storage; the `os2-wish` issue property is only its search
 * index. Through the real resolvers in the local Forge host: the one-time migration of wishes kept
 * whole in the property, forged and deleted properties (Edit Issues is enough to write one)
 * restored from the record on every read and by the scheduled sweep, and no record resurrected
 * from a property after the migration.
 */
import { startHost, type RunningHost } from '../../emulator/host/start';
import { PEOPLE } from '../../demo/people';
import { PERSONAS } from '../../demo/personas';
import {
  addDecision,
  addSupport,
  DEFAULT_SCORE_SETTINGS,
  emptyWish,
  setPledge,
  setValueUrgency,
  transition,
  type WishDocument,
  type WishResult,
} from '../../src/domain/wish';
import { wishIndexOf } from '../../src/domain/wish/search-index';
import { jiraRest } from '../support/jira-rest';
import type { FunctionKey, RpcResult } from '../../src/contract';
import { MIGRATION_KEY } from '../../src/app/wish-store';
import { expectOk, inputOf, invokeAs, outcome, type Extension, type InputArg } from '../support/invoke';

let host: RunningHost;
let kitos: { id: string; key: string };

const SWEEP = 'os2-wish-index-sweep';
const account = (id: string) =>
  (PERSONAS.find((p) => p.id === id) ?? PEOPLE.find((p) => p.handle === id))!.accountId;

interface Issue {
  id: string;
  key: string;
  project: { id: string; key: string };
}

const rest = (method: string, path: string, body?: unknown, as = 'secretariat') =>
  jiraRest(host, method, path, body, as);

const propertyPath = (issue: Issue) => `/rest/api/3/issue/${issue.id}/properties/os2-wish`;
const property = (issue: Issue) => {
  const answer = rest('GET', propertyPath(issue));
  return answer.status === 404 ? null : answer.body.value;
};

let counter = 0;
function createIssue(project: { id: string; key: string }, issuetype = 'Story'): Issue {
  counter += 1;
  const created = rest('POST', '/rest/api/3/issue', {
    fields: {
      project: { id: project.id },
      issuetype: { name: issuetype },
      summary: `Registreringstest ${counter}`,
    },
  });
  expect(created.status).toBe(201);
  return { id: created.body.id, key: created.body.key, project };
}

const panelOf = (issue: Issue): Extension => ({
  type: 'jira:issuePanel',
  issue: { id: issue.id, key: issue.key },
  project: issue.project,
});

function onIssue<K extends FunctionKey>(persona: string, issue: Issue, fn: K, ...input: InputArg<K>) {
  return invokeAs(host.runtime, persona, 'os2-wish-panel', fn, inputOf<K>(input), panelOf(issue));
}

function onProject<K extends FunctionKey>(
  persona: string,
  project: { id: string; key: string },
  fn: K,
  ...input: InputArg<K>
) {
  return invokeAs(host.runtime, persona, 'os2-project-page', fn, inputOf<K>(input), {
    type: 'jira:projectPage',
    project,
  });
}

const data = expectOk;

async function sweep(): Promise<{ migrated: number; checked: number; repaired: number }> {
  // The sweep is scheduled: it runs later, when Jira's index has caught up with the writes before it.
  await host.jira.indexCaughtUp();
  const result = await host.runtime.runScheduledTrigger(SWEEP);
  if (!result.ok) throw new Error(`sweep: ${result.status} ${result.message}`);
  return result.body as never;
}

async function auditOf(issue: Issue) {
  const log = data(await onProject('secretariat', kitos, 'getAuditLog', { cursor: null }));
  return (
    log.entries as { action: string; target: string; before: unknown; after: unknown; actor?: unknown }[]
  ).filter((e) => e.target === issue.key);
}

async function jql(query: string): Promise<string[]> {
  await host.jira.indexCaughtUp(); // the test looks later, as a person would
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = rest('POST', '/rest/api/3/search/jql', {
      jql: query,
      fields: ['summary'],
      maxResults: 100,
      ...(token ? { nextPageToken: token } : {}),
    });
    expect(page.status).toBe(200);
    keys.push(...page.body.issues.map((i: { key: string }) => i.key));
    token = page.body.nextPageToken;
  } while (token);
  return keys;
}

const ok = (result: WishResult): WishDocument => {
  if (!result.ok) throw new Error(result.error.message.en);
  return result.doc;
};

/** A wish as the previous version stored it: the whole document in the property. */
function oldStyleWish(n: number): WishDocument {
  const s = DEFAULT_SCORE_SETTINGS;
  const at = (m: number) => `2026-0${n}-1${m}T10:00:00.000Z`;
  let doc = emptyWish(at(0), { organisation: 'Aarhus Kommune', accountId: account('municipality') }, s);
  doc = ok(
    addSupport(doc, { organisation: 'Odense Kommune', accountId: account('coordinator'), at: at(1) }, s),
  );
  doc = ok(addSupport(doc, { organisation: 'Vejle Kommune', accountId: account('steering'), at: at(2) }, s));
  doc = ok(
    setPledge(
      doc,
      {
        organisation: 'Odense Kommune',
        amountDkk: 25_000 * n,
        state: 'committed',
        accountId: account('coordinator'),
        at: at(3),
      },
      s,
    ),
  );
  doc = ok(setValueUrgency(doc, { value: 4, urgency: 3 }, account('coordinator'), at(4), s));
  doc = ok(
    addDecision(
      doc,
      {
        id: `kg-${n}`,
        date: '2026-03-01',
        decision: 'Godkendt til videre behandling',
        rationale: 'Bred opbakning',
        meetingReference: 'KG-møde marts',
        by: account('coordinator'),
        at: at(5),
      },
      s,
    ),
  );
  return ok(
    transition(doc, 'accepted', { reason: '', duplicateOf: '', by: account('coordinator'), at: at(6) }, s),
  );
}

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  const k = rest('GET', '/rest/api/3/project/KITOS').body;
  kitos = { id: k.id, key: k.key };
});
afterAll(() => host.close());

// ---------------------------------------------------------------------------------------------
// Migration (first: nothing in this file may set the installation's marker before it)

describe('migration of wishes kept whole in the property', () => {
  const old: { issue: Issue; doc: WishDocument }[] = [];
  let invalid: Issue;
  const invalidValue = {
    ...oldStyleWish(3),
    pledges: [{ organisation: 'Aarhus Kommune', amountDkk: 'lots' }],
  };

  it('moves them into storage once, through the app, with nothing lost, and reports an invalid one', async () => {
    // The seeded installation already ran its (empty) migration; play one upgrading from a version
    // that kept wishes in the property.
    host.kvs.handle('/api/v1/delete', { key: MIGRATION_KEY });
    for (const n of [1, 2]) {
      const issue = createIssue(kitos);
      const doc = oldStyleWish(n);
      expect(rest('PUT', propertyPath(issue), doc).status).toBeLessThan(300);
      old.push({ issue, doc });
    }
    invalid = createIssue(kitos);
    expect(rest('PUT', propertyPath(invalid), invalidValue).status).toBeLessThan(300);

    const first = await sweep();
    expect(first.migrated).toBe(2);

    for (const { issue, doc } of old) {
      const panel = data(await onIssue('coordinator', issue, 'getWishPanel'));
      expect(panel.stored).toBe(true);
      // Field by field: supporters, pledges, decisions, ratings, status, version, timestamps.
      for (const field of Object.keys(doc) as (keyof WishDocument)[]) {
        expect([field, panel.wish[field]]).toEqual([field, doc[field]]);
      }
      expect(property(issue)).toEqual(wishIndexOf(doc));
      expect((await auditOf(issue)).map((e) => e.action)).toEqual(['wish.migrated']);
    }
    // The invalid one: reported, left as it was, not a wish.
    expect(property(invalid)).toEqual(invalidValue);
    expect((await auditOf(invalid)).map((e) => e.action)).toEqual(['wish.migration-refused']);
    expect(data(await onIssue('coordinator', invalid, 'getWishPanel')).stored).toBe(false);
  });

  it('changes nothing when it runs again (also on demand, over HTTP)', async () => {
    const response = await fetch(`${host.url}/forge/trigger/${SWEEP}`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { body: { migrated: number } }).body.migrated).toBe(0);
    const progress = data(await onProject('coordinator', kitos, 'reindexWishes', { cursor: 'start' }));
    expect(progress.failed).toBe(0);
    for (const { issue, doc } of old) {
      expect(data(await onIssue('coordinator', issue, 'getWishPanel')).wish).toEqual(doc);
      expect((await auditOf(issue)).map((e) => e.action)).toEqual(['wish.migrated']);
    }
    expect(property(invalid)).toEqual(invalidValue);
    expect((await auditOf(invalid)).map((e) => e.action)).toEqual(['wish.migration-refused']);
  });
});

describe('migration on demand', () => {
  it('runs from reindexWishes for an installation not migrated yet, then never again', async () => {
    host.kvs.handle('/api/v1/delete', { key: 'migration:wish-record' });
    const issue = createIssue(kitos);
    const doc = oldStyleWish(5);
    expect(rest('PUT', propertyPath(issue), doc).status).toBeLessThan(300);
    await host.jira.indexCaughtUp(); // the old property was written long before the upgrade
    data(await onProject('coordinator', kitos, 'reindexWishes', { cursor: 'start' }));
    expect(host.kvs.handle('/api/v1/get', { key: 'migration:wish-record' }).status).toBe(200);
    expect(property(issue)).toEqual(wishIndexOf(doc));
    expect(data(await onIssue('coordinator', issue, 'getWishPanel')).wish).toEqual(doc);
    data(await onProject('coordinator', kitos, 'reindexWishes', { cursor: 'start' }));
    expect((await auditOf(issue)).map((e) => e.action)).toEqual(['wish.migrated']);
  });
});

// ---------------------------------------------------------------------------------------------
// Forged and deleted properties

async function acceptedWish(): Promise<{ issue: Issue; truth: WishDocument }> {
  const issue = createIssue(kitos);
  data(await onIssue('municipality', issue, 'supportWish', { support: true }));
  const panel = data(
    await onIssue('coordinator', issue, 'transitionWish', {
      to: 'accepted',
      reason: '',
      duplicateOf: '',
      basedOn: null,
    }),
  );
  expect(property(issue)).toEqual(wishIndexOf(panel.wish));
  return { issue, truth: panel.wish };
}

function forged(truth: WishDocument) {
  return {
    ...truth,
    status: 'ordered',
    score: 100,
    organisationCount: 98,
    fundingGap: 0,
    supporters: [
      ...truth.supporters,
      { organisation: 'København Kommune', accountId: account('supplier'), at: truth.updatedAt },
    ],
    pledges: [
      {
        organisation: 'Aarhus Kommune',
        amountDkk: 1_000_000,
        state: 'committed',
        accountId: account('supplier'),
        at: truth.updatedAt,
      },
    ],
  };
}

describe.each(['supplier', 'steering'])('a property forged by the %s (Edit Issues)', (persona) => {
  it('is ignored and restored by the next panel, badge and list, each audited', async () => {
    const { issue, truth } = await acceptedWish();
    const index = wishIndexOf(truth);
    const fake = forged(truth);

    // The panel.
    expect(rest('PUT', propertyPath(issue), fake, persona).status).toBeLessThan(300);
    const panel = data(await onIssue('coordinator', issue, 'getWishPanel'));
    expect(panel.wish).toEqual(truth);
    expect(panel.pledges.total).toBe(0);
    expect(property(issue)).toEqual(index);
    let audit = await auditOf(issue);
    expect(audit[0]).toMatchObject({ action: 'wish.index-restored', before: fake, after: index });

    // The badge.
    expect(rest('PUT', propertyPath(issue), { status: 'ordered', score: 99 }, persona).status).toBeLessThan(
      300,
    );
    const badge = data(await onIssue(persona, issue, 'getWishBadge'));
    expect(badge).toEqual({ isWish: true, stored: true, status: 'accepted', score: truth.score });
    expect(property(issue)).toEqual(index);

    // The list (board and matrix draw the same rows).
    expect(rest('PUT', propertyPath(issue), fake, persona).status).toBeLessThan(300);
    const list = data(await onProject('coordinator', kitos, 'listWishes'));
    const row = list.rows.find((r: { id: string }) => r.id === issue.id);
    expect(row).toMatchObject({ stored: true, status: 'accepted', pledgedDkk: 0, score: truth.score });
    expect(list.repairedIndexes).toBeGreaterThanOrEqual(1);
    expect(property(issue)).toEqual(index);

    // Deleted: the record still stands and the index comes back.
    expect(rest('DELETE', propertyPath(issue), undefined, persona).status).toBe(204);
    expect(data(await onIssue('coordinator', issue, 'getWishPanel')).wish).toEqual(truth);
    expect(property(issue)).toEqual(index);

    audit = await auditOf(issue);
    const restores = audit.filter((e) => e.action === 'wish.index-restored');
    expect(restores).toHaveLength(4);
    expect(restores.map((e) => e.before)).toEqual([null, fake, { status: 'ordered', score: 99 }, fake]);
    expect(restores.every((e) => JSON.stringify(e.after) === JSON.stringify(index))).toBe(true);
  });
});

describe('the scheduled sweep', () => {
  it('restores every forged index, so that JQL finds only true statuses', async () => {
    const { issue: real, truth } = await acceptedWish();
    const plain = createIssue(kitos, 'Task');
    const gone = await acceptedWish();
    expect(rest('PUT', propertyPath(real), forged(truth), 'supplier').status).toBeLessThan(300);
    expect(
      rest('PUT', propertyPath(plain), { status: 'ordered', score: 100 }, 'steering').status,
    ).toBeLessThan(300);
    expect(rest('DELETE', propertyPath(gone.issue), undefined, 'supplier').status).toBe(204);
    expect(await jql(`os2WishStatus = ordered`)).toEqual(expect.arrayContaining([real.key, plain.key]));

    const result = await sweep();
    expect(result.repaired).toBeGreaterThanOrEqual(3);
    expect(property(real)).toEqual(wishIndexOf(truth));
    expect(property(plain)).toBeNull();
    expect(property(gone.issue)).toEqual(wishIndexOf(gone.truth));
    expect((await auditOf(plain)).map((e) => e.action)).toEqual(['wish.index-restored']);
    // The sweep's entries name the app as the actor, not an unknown person.
    expect((await auditOf(plain))[0]).toMatchObject({ actor: { displayName: 'OS2 Governance (app)' } });

    const ordered = await jql(`os2WishStatus = ordered`);
    expect(ordered).not.toContain(real.key);
    expect(ordered).not.toContain(plain.key);
    for (const key of ordered) {
      const [project] = key.split('-');
      const p = rest('GET', `/rest/api/3/project/${project}`).body;
      const id = rest('GET', `/rest/api/3/issue/${key}`).body.id;
      const panel = data(
        await onIssue('secretariat', { id, key, project: { id: p.id, key: p.key } }, 'getWishPanel'),
      );
      expect([key, panel.stored, panel.wish.status]).toEqual([key, true, 'ordered']);
    }
    // Nothing left to repair.
    expect((await sweep()).repaired).toBe(0);
  });
});

describe('a record whose issue is gone', () => {
  it('does not break the list or the sweep (Jira refuses `id in` naming a deleted issue)', async () => {
    const doc = oldStyleWish(4);
    const value = {
      issueId: '987654',
      projectId: kitos.id,
      record: doc,
      version: doc.version,
      updatedAt: doc.updatedAt,
    };
    expect(host.kvs.handle('/api/v1/entity/set', { entityName: 'wish', key: '987654', value }).status).toBe(
      204,
    );
    const list = data(await onProject('coordinator', kitos, 'listWishes'));
    expect(list.rows.length).toBeGreaterThan(0);
    expect(list.rows.some((r: { id: string }) => r.id === '987654')).toBe(false);
    const result = await sweep();
    expect(result.repaired).toBe(0);
    host.kvs.handle('/api/v1/entity/delete', { entityName: 'wish', key: '987654' });
  });
});

describe('after the migration', () => {
  it('never takes a property as the wish: a forged whole document on a deleted record is removed', async () => {
    const { issue, truth } = await acceptedWish();
    host.kvs.handle('/api/v1/entity/delete', { entityName: 'wish', key: issue.id });
    expect(rest('PUT', propertyPath(issue), forged(truth), 'supplier').status).toBeLessThan(300);

    const panel = data(await onIssue('coordinator', issue, 'getWishPanel'));
    expect(panel.stored).toBe(false);
    expect(panel.wish.status).toBe('received');
    expect(panel.wish.pledges).toEqual([]);
    expect(property(issue)).toBeNull();
    const audit = await auditOf(issue);
    expect(audit[0]).toMatchObject({ action: 'wish.index-restored', after: null });
    expect(audit.some((e) => e.action === 'wish.migrated')).toBe(false);

    // And again through the sweep.
    expect(rest('PUT', propertyPath(issue), forged(truth), 'steering').status).toBeLessThan(300);
    await sweep();
    expect(property(issue)).toBeNull();
    expect(data(await onIssue('coordinator', issue, 'getWishPanel')).stored).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Rules of the record: refused on the server, with da/en text, and nothing written

describe('rules of the record', () => {
  async function refusedWithoutWrite(
    issue: Issue,
    run: () => Promise<RpcResult<unknown>>,
    da: RegExp,
    en: RegExp,
  ) {
    const before = data(await onIssue('coordinator', issue, 'getWishPanel'));
    const propertyBefore = property(issue);
    const auditBefore = (await auditOf(issue)).length;
    const body = await run();
    expect(body.ok).toBe(false);
    if (body.ok) return;
    expect(body.error.code).toBe('invalid-input');
    expect(body.error.message.da).toMatch(da);
    expect(body.error.message.en).toMatch(en);
    const after = data(await onIssue('coordinator', issue, 'getWishPanel'));
    expect(after.wish).toEqual(before.wish);
    expect(after.stored).toBe(before.stored);
    expect(property(issue)).toEqual(propertyBefore);
    expect((await auditOf(issue)).length).toBe(auditBefore);
  }

  it('a closed wish takes no new support and no new pledges', async () => {
    const { issue, truth } = await acceptedWish();
    data(await onIssue('municipality', issue, 'pledgeWish', { amountDkk: 10_000, state: 'indicated' }));
    data(
      await onIssue('coordinator', issue, 'transitionWish', {
        to: 'rejected',
        reason: 'Uden for produktets formål.',
        duplicateOf: '',
        basedOn: truth.statusChangedAt,
      }),
    );
    await refusedWithoutWrite(
      issue,
      () => onIssue('secretariat', issue, 'supportWish', { support: true }),
      /lukket \(afvist\)/,
      /closed \(rejected\)/,
    );
    await refusedWithoutWrite(
      issue,
      () => onIssue('coordinator', issue, 'pledgeWish', { amountDkk: 5000, state: 'indicated' }),
      /nye tilsagn/,
      /no new support or pledges/,
    );
    await refusedWithoutWrite(
      issue,
      () => onIssue('municipality', issue, 'pledgeWish', { amountDkk: 20_000, state: 'indicated' }),
      /lukket/,
      /closed/,
    );
    // Lowering or withdrawing what is there stays possible.
    const lowered = data(
      await onIssue('municipality', issue, 'pledgeWish', { amountDkk: 5000, state: 'indicated' }),
    );
    expect(lowered.pledges.total).toBe(5000);
  });

  it('amounts are whole kroner: a decimal amount is refused with a hint', async () => {
    const { issue } = await acceptedWish();
    await refusedWithoutWrite(
      issue,
      () => onIssue('municipality', issue, 'pledgeWish', { amountDkk: 1.5, state: 'indicated' }),
      /Kun hele kroner/,
      /Whole kroner only/,
    );
    await refusedWithoutWrite(
      issue,
      () =>
        onIssue('supplier', issue, 'setWishEstimate', {
          estimate: { hours: 10, amountDkk: 1500.5 },
          basedOn: null,
        }),
      /Kun hele kroner/,
      /Whole kroner only/,
    );
  });

  it('an estimate must be above 0', async () => {
    const { issue } = await acceptedWish();
    for (const estimate of [
      { hours: 10, amountDkk: 0 },
      { hours: 0, amountDkk: 8000 },
    ]) {
      await refusedWithoutWrite(
        issue,
        () => onIssue('supplier', issue, 'setWishEstimate', { estimate, basedOn: null }),
        /over 0/,
        /above 0/,
      );
    }
    data(
      await onIssue('supplier', issue, 'setWishEstimate', {
        estimate: { hours: 10, amountDkk: 8000 },
        basedOn: null,
      }),
    );
  });

  it('a decision date is at most today (Danish time)', async () => {
    const { issue } = await acceptedWish();
    const tomorrow = new Date(Date.now() + 36 * 3_600_000).toISOString().slice(0, 10);
    await refusedWithoutWrite(
      issue,
      () =>
        onIssue('coordinator', issue, 'addWishDecision', {
          id: 'future-decision',
          date: tomorrow,
          decision: 'Godkendt',
          rationale: '',
          meetingReference: '',
        }),
      /efter i dag/,
      /after today/,
    );
  });

  it('duplicate-of names an existing issue of the same product, not the wish itself', async () => {
    const { issue, truth } = await acceptedWish();
    const other = await acceptedWish();
    const l = rest('GET', '/rest/api/3/project/LOOP').body;
    const loopIssue = createIssue({ id: l.id, key: l.key });
    const to = (duplicateOf: string) => () =>
      onIssue('coordinator', issue, 'transitionWish', {
        to: 'duplicate',
        reason: '',
        duplicateOf,
        basedOn: truth.statusChangedAt,
      });
    await refusedWithoutWrite(issue, to(issue.key), /sig selv/, /itself/);
    await refusedWithoutWrite(issue, to('KITOS-99999'), /findes ikke/, /does not exist/);
    await refusedWithoutWrite(issue, to(loopIssue.key), /andet produkt/, /another product/);
    // In bulk too.
    const bulk = data(
      await onProject('coordinator', kitos, 'bulkTransitionWishes', {
        items: [{ issueId: issue.id, basedOn: truth.statusChangedAt }],
        to: 'duplicate',
        reason: '',
        duplicateOf: loopIssue.key,
      }),
    );
    expect(bulk.results[0]).toMatchObject({
      ok: false,
      message: { en: expect.stringMatching(/another product/) },
    });
    const panel = data(await to(other.issue.key)());
    expect(panel.wish).toMatchObject({ status: 'duplicate', duplicateOf: other.issue.key });
  });

  /** Refused as forbidden, and nothing written. */
  async function forbiddenWithoutWrite(issue: Issue, run: () => Promise<RpcResult<unknown>>) {
    const before = data(await onIssue('coordinator', issue, 'getWishPanel'));
    const auditBefore = (await auditOf(issue)).length;
    expect(outcome(await run())).toBe('forbidden');
    const after = data(await onIssue('coordinator', issue, 'getWishPanel'));
    expect(after.stored).toBe(before.stored);
    // A wish nobody has written yet is rebuilt on each read; only a stored one compares whole.
    if (before.stored) expect(after.wish).toEqual(before.wish);
    else expect(after.wish.version).toBe(0);
    expect((await auditOf(issue)).length).toBe(auditBefore);
  }

  it('the requester: a municipality claims it only for itself and only while none is set, and may withdraw its own claim', async () => {
    const issue = createIssue(kitos);
    const claim = (persona: string, organisation: string | null, basedOn: string | null = null) =>
      onIssue(persona, issue, 'setWishRequester', { organisation, basedOn });
    // Not for another organisation.
    await forbiddenWithoutWrite(issue, () => claim('municipality', 'Vejle Kommune'));
    const claimed = data(await claim('municipality', 'Aarhus Kommune'));
    expect(claimed.wish.requestedBy?.organisation).toBe('Aarhus Kommune');
    expect(claimed.capabilities).toMatchObject({ canClaimRequester: false, canWithdrawRequester: true });
    // Nobody else may take it over or withdraw it.
    await forbiddenWithoutWrite(issue, () =>
      claim('steering', 'Københavns Kommune', claimed.wish.requestedBy!.at),
    );
    await forbiddenWithoutWrite(issue, () => claim('steering', null, claimed.wish.requestedBy!.at));
    const steeringView = data(await onIssue('steering', issue, 'getWishPanel'));
    expect(steeringView.capabilities).toMatchObject({
      canClaimRequester: false,
      canWithdrawRequester: false,
    });
    // Its own claim it can withdraw.
    const withdrawn = data(await claim('municipality', null, claimed.wish.requestedBy!.at));
    expect(withdrawn.wish.requestedBy).toBeNull();
    // The coordination group sets and changes it.
    const set = data(await claim('coordinator', 'Vejle Kommune'));
    const changed = data(await claim('coordinator', 'Odense Kommune', set.wish.requestedBy!.at));
    expect(changed.wish.requester).toBe('Odense Kommune');
    const audit = (await auditOf(issue)).filter((e) => e.action === 'wish.requester');
    expect(audit.map((e) => [e.before, e.after])).toEqual([
      ['Vejle Kommune', 'Odense Kommune'],
      [null, 'Vejle Kommune'],
      ['Aarhus Kommune', null],
      [null, 'Aarhus Kommune'],
    ]);
  });

  it('ordered needs the estimate, all 9 items and committed funding, or an override with a reason', async () => {
    const { issue, truth } = await acceptedWish();
    data(
      await onIssue('supplier', issue, 'setWishEstimate', {
        estimate: { hours: 100, amountDkk: 80_000 },
        basedOn: null,
      }),
    );
    let panel = data(await onIssue('coordinator', issue, 'getWishPanel'));
    for (const item of panel.qualification.missing) {
      const persona = item.startsWith('supplier.') ? 'supplier' : 'coordinator';
      panel = data(await onIssue(persona, issue, 'setWishQualification', { itemId: item, checked: true }));
    }
    // Indicated pledges are interest, not money: they do not count.
    data(await onIssue('municipality', issue, 'pledgeWish', { amountDkk: 80_000, state: 'indicated' }));
    panel = data(await onIssue('steering', issue, 'pledgeWish', { amountDkk: 30_000, state: 'committed' }));
    expect(panel.orderReadiness).toEqual({ missing: ['funding'], coveredDkk: 30_000, shortfallDkk: 50_000 });
    const order = (override?: string) => () =>
      onIssue('coordinator', issue, 'transitionWish', {
        to: 'ordered',
        reason: '',
        duplicateOf: '',
        basedOn: truth.statusChangedAt,
        ...(override === undefined ? {} : { override }),
      });
    await refusedWithoutWrite(issue, order(), /der mangler 50\.000 kr\./, /DKK 50,000 is missing/);
    await refusedWithoutWrite(issue, order('   '), /bestille alligevel/, /order it anyway/);
    // A supplier cannot override.
    expect(
      outcome(
        await onIssue('supplier', issue, 'transitionWish', {
          to: 'ordered',
          reason: '',
          duplicateOf: '',
          basedOn: truth.statusChangedAt,
          override: 'Vi går i gang',
        }),
      ),
    ).toBe('forbidden');
    const ordered = data(await order('Sikkerhedsrettelse; KG besluttede 3. december at bestille nu.')());
    expect(ordered.wish).toMatchObject({
      status: 'ordered',
      orderOverride: {
        reason: 'Sikkerhedsrettelse; KG besluttede 3. december at bestille nu.',
        missing: ['funding'],
        shortfallDkk: 50_000,
        by: account('coordinator'),
      },
    });
    const [entry] = (await auditOf(issue)).filter((e) => e.action === 'wish.status');
    expect(entry.after).toMatchObject({
      status: 'ordered',
      orderOverride: 'Sikkerhedsrettelse; KG besluttede 3. december at bestille nu.',
    });

    // Fully funded, no override is needed and none is recorded.
    const funded = await acceptedWish();
    data(
      await onIssue('supplier', funded.issue, 'setWishEstimate', {
        estimate: { hours: 10, amountDkk: 10_000 },
        basedOn: null,
      }),
    );
    let fundedPanel = data(await onIssue('coordinator', funded.issue, 'getWishPanel'));
    for (const item of fundedPanel.qualification.missing) {
      const persona = item.startsWith('supplier.') ? 'supplier' : 'coordinator';
      fundedPanel = data(
        await onIssue(persona, funded.issue, 'setWishQualification', { itemId: item, checked: true }),
      );
    }
    data(
      await onIssue('municipality', funded.issue, 'pledgeWish', { amountDkk: 10_000, state: 'committed' }),
    );
    const plain = data(
      await onIssue('coordinator', funded.issue, 'transitionWish', {
        to: 'ordered',
        reason: '',
        duplicateOf: '',
        basedOn: funded.truth.statusChangedAt,
      }),
    );
    expect(plain.wish).toMatchObject({ status: 'ordered', orderOverride: null });
  });

  it('withdrawing a pledge is its own action; a pledge of 0 is refused', async () => {
    const { issue } = await acceptedWish();
    data(await onIssue('municipality', issue, 'pledgeWish', { amountDkk: 12_000, state: 'committed' }));
    await refusedWithoutWrite(
      issue,
      () => onIssue('municipality', issue, 'pledgeWish', { amountDkk: 0, state: 'indicated' }),
      /Træk tilsagnet tilbage/,
      /Withdraw the pledge/,
    );
    // Another municipality cannot withdraw Aarhus's pledge; the coordination group can.
    await forbiddenWithoutWrite(issue, () =>
      onIssue('steering', issue, 'withdrawPledge', { organisation: 'Aarhus Kommune' }),
    );
    const after = data(await onIssue('municipality', issue, 'withdrawPledge', {}));
    expect(after.wish.pledges).toEqual([]);
    // Again: nothing to withdraw, nothing written.
    const again = data(await onIssue('municipality', issue, 'withdrawPledge', {}));
    expect(again.wish.version).toBe(after.wish.version);
    const withdrawals = (await auditOf(issue)).filter((e) => e.action === 'wish.pledge-withdrawn');
    expect(withdrawals).toHaveLength(1);
    expect(withdrawals[0]).toMatchObject({
      before: [{ organisation: 'Aarhus Kommune', amountDkk: 12_000, state: 'committed' }],
      after: [],
    });
  });

  it('a duplicate’s supporters and pledges move to the wish that stays, audited on both', async () => {
    const original = await acceptedWish(); // Aarhus supports it
    const duplicate = createIssue(kitos);
    data(await onIssue('steering', duplicate, 'supportWish', { support: true }));
    data(await onIssue('municipality', duplicate, 'supportWish', { support: true }));
    data(await onIssue('steering', duplicate, 'pledgeWish', { amountDkk: 40_000, state: 'committed' }));
    data(await onIssue('municipality', duplicate, 'pledgeWish', { amountDkk: 5000, state: 'indicated' }));
    data(
      await onIssue('municipality', original.issue, 'pledgeWish', { amountDkk: 9000, state: 'indicated' }),
    );

    const marked = data(
      await onIssue('coordinator', duplicate, 'transitionWish', {
        to: 'duplicate',
        reason: '',
        duplicateOf: original.issue.key,
        basedOn: null,
      }),
    );
    // København moved over; Aarhus was behind the original already and keeps its pledge there.
    expect(marked.wish.carriedTo).toMatchObject({
      key: original.issue.key,
      supporters: ['Københavns Kommune'],
      pledges: [{ organisation: 'Københavns Kommune', amountDkk: 40_000, state: 'committed' }],
    });
    expect(marked.wish.supporters.map((s) => s.organisation)).toEqual(['Aarhus Kommune']);
    expect(marked.wish.pledges.map((p) => p.organisation)).toEqual(['Aarhus Kommune']);

    const stays = data(await onIssue('coordinator', original.issue, 'getWishPanel'));
    expect(stays.wish.supporters.map((s) => s.organisation).sort()).toEqual([
      'Aarhus Kommune',
      'Københavns Kommune',
    ]);
    expect(stays.wish.pledges.map((p) => [p.organisation, p.amountDkk])).toEqual([
      ['Aarhus Kommune', 9000],
      ['Københavns Kommune', 40_000],
    ]);
    expect(stays.wish.carriedFrom).toEqual([
      marked.wish.carriedTo && { ...marked.wish.carriedTo, key: duplicate.key },
    ]);
    // The pledge keeps who made it.
    expect(stays.wish.pledges[1].accountId).toBe(account('steering'));

    const [carriedIn] = (await auditOf(original.issue)).filter((e) => e.action === 'wish.carried-in');
    expect(carriedIn.after).toMatchObject({ supporters: expect.arrayContaining(['Københavns Kommune']) });
    const [status] = (await auditOf(duplicate)).filter((e) => e.action === 'wish.status');
    expect(status.after).toMatchObject({ status: 'duplicate', carriedTo: { key: original.issue.key } });

    // A duplicate of a duplicate is refused, and nothing moves.
    const third = createIssue(kitos);
    data(await onIssue('steering', third, 'supportWish', { support: true }));
    await refusedWithoutWrite(
      third,
      () =>
        onIssue('coordinator', third, 'transitionWish', {
          to: 'duplicate',
          reason: '',
          duplicateOf: duplicate.key,
          basedOn: null,
        }),
      new RegExp(`selv en dublet af ${original.issue.key}`),
      /itself a duplicate/,
    );
  });

  it('a stale edit’s conflict message names who changed the wish and when', async () => {
    const { issue } = await acceptedWish();
    data(await onIssue('coordinator', issue, 'setWishRating', { value: 3, urgency: 2, basedOn: null }));
    const stale = await onIssue('secretariat', issue, 'setWishRating', {
      value: 5,
      urgency: 5,
      basedOn: null,
    });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.error.code).toBe('conflict');
    expect(stale.error.message.da).toMatch(
      /^Louise Bach Andersen ændrede dette \d{2}\.\d{2}\.\d{4},? \d{2}[.:]\d{2}, mens du redigerede/,
    );
    expect(stale.error.message.en).toMatch(/^Louise Bach Andersen changed this at /);
    const panel = data(await onIssue('coordinator', issue, 'getWishPanel'));
    expect([panel.wish.value, panel.wish.urgency]).toEqual([3, 2]);
  });
});
