import { startHost, type RunningHost } from '../../emulator/host/start';
import { PERSONAS } from '../../demo/personas';
import type { FunctionKey } from '../../src/contract';
import { inputOf, invokeAs, type InputArg } from '../support/invoke';

/**
 * getSession tells the UI whether the caller is the secretariat by the same rule as the resolvers:
 * Jira administrators, or members of the secretariat group configured in the app settings.
 */
let host: RunningHost;
const persona = (id: string) => PERSONAS.find((p) => p.id === id)!;

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
});
afterAll(() => host.close());

function call<K extends FunctionKey>(accountId: string, fn: K, ...input: InputArg<K>) {
  return invokeAs(host.runtime, { accountId }, 'os2-admin', fn, inputOf<K>(input));
}

describe('getSession', () => {
  // The steering persona is no Jira administrator; it is in os2-community, which becomes the group.
  const member = persona('steering');

  it('counts a member of the configured secretariat group who is not a Jira administrator', async () => {
    expect(member.groups).not.toContain('jira-administrators');
    const before = await call(member.accountId, 'getSession');
    expect(before).toMatchObject({ ok: true, data: { isJiraAdmin: false, isSecretariat: false } });

    const secretariat = persona('secretariat').accountId;
    const get = await call(secretariat, 'getAppSettings');
    if (!get.ok) throw new Error('the secretariat cannot read the app settings');
    const save = await call(secretariat, 'saveAppSettings', {
      secretariatGroup: 'os2-community',
      boardGroup: '',
      expectedVersion: get.data.settings.version,
    });
    expect(save).toMatchObject({ ok: true });

    const after = await call(member.accountId, 'getSession');
    expect(after).toMatchObject({
      ok: true,
      data: { accountId: member.accountId, isJiraAdmin: false, isSecretariat: true },
    });
  });

  it('still counts Jira administrators', async () => {
    const admin = persona('secretariat');
    expect(await call(admin.accountId, 'getSession')).toMatchObject({
      ok: true,
      data: { isJiraAdmin: true, isSecretariat: true },
    });
  });
});
