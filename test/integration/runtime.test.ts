import { startHost, type RunningHost } from '../../emulator/host/start';
import { PERSONAS } from '../../demo/personas';
import { invokeRaw, type Caller } from '../support/invoke';

/** The Forge function runtime the host plays: principal per invocation, limits, context from the module. */
let host: RunningHost;
const persona = (id: string) => PERSONAS.find((p) => p.id === id)!;

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
});
afterAll(() => host.close());

/**
 * These tests are about the runtime itself (transport answers, limits, unknown keys), so they look at
 * the raw invocation result and use the untyped escape hatch.
 */
const invoke = (caller: Caller, functionKey: string, payload: unknown = {}) =>
  invokeRaw(host.runtime, caller, 'os2-portfolio', functionKey, payload, { type: 'jira:globalPage' });

describe('the Forge runtime of the local host', () => {
  it('gives every concurrent invocation its own principal, for req.context and for asUser() calls', async () => {
    const ids = ['secretariat', 'coordinator', 'supplier', 'municipality', 'steering', 'outsider'];
    const results = await Promise.all([...ids, ...ids, ...ids].map((id) => invoke(id, 'getSession')));
    results.forEach((result, i) => {
      const expected = persona(ids[i % ids.length]!);
      expect(result).toEqual({
        ok: true,
        body: {
          ok: true,
          data: expect.objectContaining({ accountId: expected.accountId, displayName: expected.displayName }),
        },
      });
    });
    const admin = results[0] as { body: { data: { isJiraAdmin: boolean } } };
    expect(admin.body.data.isJiraAdmin).toBe(true);
  });

  it('ignores an accountId sent in the context: the principal comes from the platform', async () => {
    // The runtime's own request, since the point is a context no harness would build.
    const result = await host.runtime.invoke({
      moduleKey: 'os2-portfolio',
      context: { accountId: persona('secretariat').accountId, extension: {} },
      functionKey: 'getSession',
      payload: {},
      accountId: persona('municipality').accountId,
    });
    expect(result).toMatchObject({
      ok: true,
      body: { data: { accountId: persona('municipality').accountId } },
    });
  });

  it('answers an anonymous call as unauthenticated', async () => {
    expect(await invoke(null, 'getSession')).toMatchObject({
      ok: true,
      body: { ok: false, error: { code: 'unauthenticated' } },
    });
  });

  it('refuses a payload over 500 KB, an unknown module and an unknown function key', async () => {
    const big = await invoke('secretariat', 'getSession', {
      blob: 'x'.repeat(520 * 1024),
    });
    expect(big).toMatchObject({ ok: false, status: 413 });
    const module = await invokeRaw(host.runtime, 'secretariat', 'nope', 'getSession', undefined);
    expect(module).toMatchObject({ ok: false, status: 400 });
    const unknown = await invoke('secretariat', 'noSuchFunction');
    expect(unknown).toMatchObject({
      ok: false,
      status: 500,
      message: "Resolver has no definition for 'noSuchFunction'.",
    });
  });

  it('validates the payload against the contract before any use case runs', async () => {
    const result = await invoke('secretariat', 'getSession', { extra: true });
    expect(result).toMatchObject({ ok: true, body: { ok: false, error: { code: 'invalid-input' } } });
  });

  it('serves the same resolver over HTTP with the persona header, with the same checks', async () => {
    const response = await fetch(`${host.url}/forge/bridge/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-emulator-persona': 'outsider' },
      body: JSON.stringify({
        moduleKey: 'os2-project-page',
        context: { extension: { project: { id: '10005', key: 'LOOP' } } },
        functionKey: 'getGovernanceView',
        payload: {},
      }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ body: { ok: false, error: { code: 'not-found' } } });
    const badPersona = await fetch(`${host.url}/forge/bridge/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-emulator-persona': 'nobody' },
      body: '{}',
    });
    expect(badPersona.status).toBe(400);
  });
});
