/**
 * Saved views of the wishes list through the real resolvers in the local Forge host: stored per
 * product as one versioned, audited setting; the coordination group and the secretariat manage
 * them, everyone who may browse the project sees them in the list's first page.
 */
import { startHost, type RunningHost } from '../../emulator/host/start';
import type { FunctionKey, WishViewsView } from '../../src/contract';
import { expectOk, outcome, type InputArg } from '../support/invoke';
import { onProjectPage } from '../support/wish-calls';
import { jiraRest } from '../support/jira-rest';

let host: RunningHost;
let kitos: { id: string; key: string };
let loop: { id: string; key: string };

const onProject = <K extends FunctionKey>(
  persona: string,
  project: { id: string; key: string },
  fn: K,
  ...input: InputArg<K>
) => onProjectPage(host, persona, project, fn, ...input);

const views = async (persona: string, project = kitos): Promise<WishViewsView> =>
  expectOk(await onProject(persona, project, 'listWishes', {})).views!;

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  const project = (key: string) => jiraRest(host, 'GET', `/rest/api/3/project/${key}`).body;
  kitos = { id: project('KITOS').id, key: 'KITOS' };
  loop = { id: project('LOOP').id, key: 'LOOP' };
});
afterAll(() => host.close());

describe('saved views of the wishes list', () => {
  it('saves, replaces by name, lists for everyone and deletes, each audited', async () => {
    const start = await views('coordinator');
    expect(start).toMatchObject({ views: [], version: 0, canManage: true });

    // Unknown parameters and defaults are dropped: the view is stored in canonical form.
    const saved = expectOk(
      await onProject('coordinator', kitos, 'saveWishView', {
        id: 'view-gap-first',
        name: '  Mangler finansiering ',
        query: 'gap=1&sort=fundingGap.desc&evil=1&tab=board&hide=urgency,estimate,pledged,age',
        expectedVersion: 0,
      }),
    );
    expect(saved.views).toEqual([
      { id: 'view-gap-first', name: 'Mangler finansiering', query: 'gap=1&sort=fundingGap.desc' },
    ]);
    expect(saved.version).toBe(1);

    // A municipality user sees and may use it, but may not manage views.
    const theirs = await views('municipality');
    expect(theirs.views).toEqual(saved.views);
    expect(theirs.canManage).toBe(false);

    // The same name (any case) replaces the query and keeps the view's id.
    const replaced = expectOk(
      await onProject('secretariat', kitos, 'saveWishView', {
        id: 'view-other-id',
        name: 'MANGLER finansiering',
        query: 'status=accepted,received&orgs=2',
        expectedVersion: 1,
      }),
    );
    expect(replaced.views).toEqual([
      { id: 'view-gap-first', name: 'MANGLER finansiering', query: 'status=received%2Caccepted&orgs=2' },
    ]);
    const second = expectOk(
      await onProject('coordinator', kitos, 'saveWishView', {
        id: 'view-aaa-first',
        name: 'Alle bestilte',
        query: 'status=ordered',
        expectedVersion: 2,
      }),
    );
    // Sorted by name, Danish collation.
    expect(second.views.map((v) => v.name)).toEqual(['Alle bestilte', 'MANGLER finansiering']);

    // Another product's views are its own.
    expect((await views('secretariat', loop)).views).toEqual([]);

    const deleted = expectOk(
      await onProject('coordinator', kitos, 'deleteWishView', { id: 'view-gap-first', expectedVersion: 3 }),
    );
    expect(deleted.views.map((v) => v.id)).toEqual(['view-aaa-first']);
    expect(deleted.version).toBe(4);
    // Deleting again (a retry) changes nothing.
    expect(
      expectOk(
        await onProject('coordinator', kitos, 'deleteWishView', { id: 'view-gap-first', expectedVersion: 3 }),
      ).version,
    ).toBe(4);

    const audit = expectOk(await onProject('secretariat', kitos, 'getAuditLog', { cursor: null }));
    const entries = audit.entries.filter((e: any) => String(e.target).startsWith('wish-view:'));
    expect(entries.map((e: any) => e.action)).toEqual([
      'wish.view-deleted',
      'wish.view-saved',
      'wish.view-saved',
      'wish.view-saved',
    ]);
  });

  it('refuses a stale save, and the roles without the right, and keeps the views as they were', async () => {
    const { version } = await views('secretariat', loop);
    const input = { id: 'view-stale-one', name: 'Gammel', query: 'orgs=3', expectedVersion: version };
    expectOk(await onProject('secretariat', loop, 'saveWishView', input));
    expect(
      outcome(
        await onProject('coordinator', loop, 'saveWishView', { ...input, id: 'view-stale-two', name: 'Ny' }),
      ),
    ).toBe('conflict');
    for (const persona of ['municipality', 'supplier', 'steering']) {
      expect(
        outcome(await onProject(persona, loop, 'saveWishView', { ...input, expectedVersion: version + 1 })),
      ).toBe('forbidden');
      expect(
        outcome(
          await onProject(persona, loop, 'deleteWishView', { id: input.id, expectedVersion: version + 1 }),
        ),
      ).toBe('forbidden');
    }
    expect((await views('secretariat', loop)).views.map((v) => v.name)).toEqual(['Gammel']);
  });

  it('refuses a name longer than 60 characters or a malformed id before anything is written', async () => {
    const long = await onProject('secretariat', kitos, 'saveWishView', {
      id: 'view-long-name',
      name: 'x'.repeat(61),
      query: '',
      expectedVersion: 0,
    });
    expect(outcome(long)).toBe('invalid-input');
    const badId = await onProject('secretariat', kitos, 'saveWishView', {
      id: 'no spaces!',
      name: 'Navn',
      query: '',
      expectedVersion: 0,
    });
    expect(outcome(badId)).toBe('invalid-input');
  });
});
