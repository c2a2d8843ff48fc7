/**
 * The admin page's directory through the real runtime: Jira group and user search, group →
 * organisation mappings (refused for a group Jira does not know, audited, a constant number of
 * calls), and a wish supported by a member of a mapped group as that group's organisation.
 */
import { startHost, type RunningHost } from '../../emulator/host/start';
import type { FunctionKey } from '../../src/contract';
import { expectOk, inputOf, invokeAs, outcome, type InputArg } from '../support/invoke';
import { jiraRest } from '../support/jira-rest';

let host: RunningHost;
const PERSONAS = ['secretariat', 'steering', 'coordinator', 'supplier', 'municipality', 'outsider', 'board'];

const admin = <K extends FunctionKey>(persona: string, fn: K, ...input: InputArg<K>) =>
  invokeAs(host.runtime, persona, 'os2-admin', fn, inputOf(input), { type: 'jira:adminPage' });

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
});
afterAll(() => host.close());

describe('who may use the directory', () => {
  it.each(PERSONAS)('as %s', async (persona) => {
    const expected = persona === 'secretariat' ? 'ok' : 'forbidden';
    expect(outcome(await admin(persona, 'searchJiraGroups', { query: 'aarhus' }))).toBe(expected);
    expect(outcome(await admin(persona, 'searchJiraUsers', { query: 'Birgitte' }))).toBe(expected);
    expect(
      outcome(
        await admin(persona, 'setGroupOrganisation', {
          group: 'aarhus-kommune-brugere',
          organisation: '',
          expectedVersion: 0,
        }),
      ),
    ).toBe(expected === 'ok' ? 'ok' : 'forbidden');
  });
});

/** Storage and Jira calls of one resolver call (every call the app makes passes `__forge_fetch__`). */
async function counted<T>(run: () => Promise<T>): Promise<{ result: T; calls: number }> {
  const g = globalThis as { __forge_fetch__?: (...args: unknown[]) => unknown };
  const original = g.__forge_fetch__!;
  let calls = 0;
  g.__forge_fetch__ = (...args: unknown[]) => {
    calls += 1;
    return original(...args);
  };
  try {
    return { result: await run(), calls };
  } finally {
    g.__forge_fetch__ = original;
  }
}

describe('one change, a constant number of calls', () => {
  it('mapping a user costs the same with 40 or 1,040 mapped users', async () => {
    const user = (await admin('secretariat', 'searchJiraUsers', { query: 'Birgitte' })) as any;
    const accountId = user.data.users[0].accountId;
    const once = () =>
      counted(() =>
        admin('secretariat', 'setUserOrganisation', { accountId, organisation: 'Aarhus Kommune' }),
      );
    const small = await once();
    expect(outcome(small.result)).toBe('ok');
    for (let i = 0; i < 1000; i++) {
      const id = `557058:bulk-${i}`;
      host.kvs.handle('/api/v1/entity/set', {
        entityName: 'member',
        key: id,
        value: { accountId: id, organisation: 'Odense Kommune', record: { updatedAt: '', updatedBy: '' } },
      });
    }
    const large = await once();
    expect(large.calls).toBe(small.calls);
    // Leave the board member unmapped in person, as the seed does.
    expectOk(await admin('secretariat', 'setUserOrganisation', { accountId, organisation: '' }));
  });
});

describe('search', () => {
  it('finds groups by part of the name, whatever the case, and users by name', async () => {
    const groups = expectOk(await admin('secretariat', 'searchJiraGroups', { query: 'AARHUS' })).groups;
    expect(groups).toContain('aarhus-kommune-brugere');
    const users = expectOk(await admin('secretariat', 'searchJiraUsers', { query: 'Birgitte' })).users;
    expect(users.map((u) => u.displayName)).toContain('Birgitte Aagaard');
  });
});

describe('group mappings', () => {
  let version = 0;
  it('refuses a group Jira does not know, and a secretariat group that does not exist', async () => {
    const missing = await admin('secretariat', 'setGroupOrganisation', {
      group: 'no-such-group',
      organisation: 'Aarhus Kommune',
      expectedVersion: 0,
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const settings = expectOk(await admin('secretariat', 'getAppSettings'));
    const saved = await admin('secretariat', 'saveAppSettings', {
      secretariatGroup: 'os2-secretariatt',
      boardGroup: '',
      expectedVersion: settings.settings.version,
    });
    expect(saved).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', details: [{ field: 'secretariatGroup' }] },
    });
    // A 300-character name is refused by the contract, not cut.
    const long = await admin('secretariat', 'setGroupOrganisation', {
      group: 'g'.repeat(300),
      organisation: 'Aarhus Kommune',
      expectedVersion: 0,
    });
    expect(outcome(long)).toBe('invalid-input');
  });

  it('maps a group to an organisation with a constant number of calls, audited; a stale version conflicts', async () => {
    version = expectOk(await admin('secretariat', 'getAppSettings')).groupMappings.version;
    const mapped = expectOk(
      await admin('secretariat', 'setGroupOrganisation', {
        group: 'aarhus-kommune-brugere',
        organisation: 'Aarhus Kommune',
        expectedVersion: version,
      }),
    );
    expect(mapped.mappings).toEqual([{ group: 'aarhus-kommune-brugere', organisation: 'Aarhus Kommune' }]);
    version = mapped.version;
    const stale = await admin('secretariat', 'setGroupOrganisation', {
      group: 'os2-board',
      organisation: 'Odense Kommune',
      expectedVersion: version - 1,
    });
    expect(outcome(stale)).toBe('conflict');
    const audit = host.kvs.handle('/api/v1/entity/query', {
      entityName: 'audit',
      indexName: 'by-project-time',
      partition: ['app'],
      limit: 100,
    }).body as { data: { value: { action: string; record: { target: string } } }[] };
    expect(
      audit.data.some(
        (e) => e.value.action === 'group.organisation' && e.value.record.target === 'aarhus-kommune-brugere',
      ),
    ).toBe(true);
  });

  it('lets a member of the mapped group support a wish as that organisation', async () => {
    const project = jiraRest(host, 'GET', '/rest/api/3/project/KITOS').body;
    const created = jiraRest(host, 'POST', '/rest/api/3/issue', {
      fields: {
        project: { id: project.id },
        issuetype: { name: 'Story' },
        summary: 'Ønske støttet gennem en gruppe',
        labels: ['udviklingsønske'],
      },
    });
    expect(created.status).toBe(201);
    const panel = await invokeAs(
      host.runtime,
      'board',
      'os2-wish-panel',
      'supportWish',
      { support: true },
      {
        type: 'jira:issuePanel',
        issue: { id: created.body.id, key: created.body.key },
        project: { id: project.id, key: project.key },
      },
    );
    const view = expectOk(panel);
    expect(view.wish?.supporters.map((s) => s.organisation)).toContain('Aarhus Kommune');
  });
});
