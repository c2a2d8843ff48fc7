import { startHost, type RunningHost } from '../../emulator/host/start';
import { ALL_SCOPES } from '../../emulator/jira/jira-emulator';
import type { FunctionKey, InputOf, RpcResult } from '../../src/contract';
import { NAME_MESSAGES } from '../../src/domain/names';
import { LOOP_PROFILE } from '../support/fixtures';
import { accountIdOf, expectOk, invokeAs, invokeRaw, outcome, type Extension } from '../support/invoke';

/**
 * Input a hostile or careless client can send: names that are also property names of every
 * object, invisible and control characters, unreadable cursors and strings, payloads nested too
 * deep to parse safely, and ids that name a project in a second spelling. Each must end in a typed
 * answer (mostly `invalid-input`, in Danish and English), never `internal`, and must leave the
 * product usable for everyone.
 */
let host: RunningHost;
let loop: { id: string; key: string };

const PERSONAS = ['secretariat', 'steering', 'coordinator', 'supplier', 'municipality'] as const;
type PersonaId = (typeof PERSONAS)[number];

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  const project = host.jira.listProjects().find((p) => p.key === 'LOOP')!;
  loop = { id: project.id, key: project.key };
});
afterAll(() => host.close());

const projectPage = (project: { id: string; key: string }): Extension => ({
  type: 'jira:projectPage',
  project,
});

const call = <K extends FunctionKey>(persona: PersonaId, fn: K, input: InputOf<K>, extension?: Extension) =>
  invokeAs(host.runtime, persona, 'os2-project-page', fn, input, extension ?? projectPage(loop));

const callAdmin = <K extends FunctionKey>(fn: K, input: InputOf<K>) =>
  invokeAs(host.runtime, 'secretariat', 'os2-admin', fn, input);

async function productVersion(): Promise<number> {
  return expectOk(await call('secretariat', 'getProductSettings', {})).profile?.version ?? 0;
}

const saveProfile = async (changes: Partial<InputOf<'saveProductSettings'>>) =>
  call('secretariat', 'saveProductSettings', {
    ...LOOP_PROFILE,
    ...changes,
    expectedVersion: await productVersion(),
  });

/** The refusal carries the invalid-input code and a message in both languages. */
function expectInvalidInput(result: RpcResult<unknown>): void {
  expect(outcome(result)).toBe('invalid-input');
  if (result.ok) return;
  expect(result.error.message.da).toEqual(expect.any(String));
  expect(result.error.message.en).toEqual(expect.any(String));
  expect(result.error.message.da).not.toBe(result.error.message.en);
}

async function expectEveryoneCanRead(): Promise<void> {
  for (const persona of PERSONAS) {
    expect([persona, outcome(await call(persona, 'getGovernanceView', {}))]).toEqual([persona, 'ok']);
  }
  expect(outcome(await call('secretariat', 'getProductSettings', {}))).toBe('ok');
}

describe('role, group and organisation names are data, never object keys', () => {
  afterEach(async () => {
    // The secretariat can always repair the profile, and the product is usable again afterwards.
    expectOk(await saveProfile({}));
    await expectEveryoneCanRead();
  });

  it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty'])(
    'a group member given as the project role %s is stored harmlessly',
    async (role) => {
      const result = await saveProfile({
        steeringGroup: [{ kind: 'role', role }, ...LOOP_PROFILE.steeringGroup],
        coordinationGroup: [{ kind: 'role', role }, ...LOOP_PROFILE.coordinationGroup],
      });
      expect(['ok', 'invalid-input']).toContain(outcome(result));
      await expectEveryoneCanRead();
      // The real roles still count: the steering persona may still edit the assessment.
      const view = expectOk(await call('steering', 'getGovernanceView', {}));
      expect(view.capabilities.canEditAssessment).toBe(true);
    },
  );

  it.each([
    ['a right-to-left override', 'Styre\u202Egruppe'],
    ['a first-strong isolate', '\u2068Styregruppe'],
    ['a NUL', 'Styre\u0000gruppe'],
    ['a C1 control', 'Styre\u0085gruppe'],
    ['an escape', 'Styre\u001bgruppe'],
  ])('a role name with %s is refused', async (_, role) => {
    expectInvalidInput(await saveProfile({ steeringGroup: [{ kind: 'role', role }] }));
  });

  it('an organisation name with a bidi override or NUL is refused before the list is consulted', async () => {
    const bidi = await saveProfile({ organisations: ['Aarhus Kommune\u202E'] });
    expectInvalidInput(bidi);
    expect(bidi).toMatchObject({ error: { message: NAME_MESSAGES.bidi } });
    const nul = await saveProfile({ organisations: ['Aarhus\u0000Kommune'] });
    expect(nul).toMatchObject({ error: { code: 'invalid-input', message: NAME_MESSAGES.control } });
  });

  it('group names on the admin page are checked the same way', async () => {
    const version = expectOk(await callAdmin('getAppSettings', {})).settings.version;
    for (const secretariatGroup of ['os2-\u202Esecretariat', 'os2\u0000secretariat', 'os2-\u2066x']) {
      expectInvalidInput(
        await callAdmin('saveAppSettings', { secretariatGroup, boardGroup: '', expectedVersion: version }),
      );
    }
    expectInvalidInput(
      await callAdmin('setUserOrganisation', {
        accountId: accountIdOf('municipality')!,
        organisation: 'Aarhus\u202EKommune',
      }),
    );
  });
});

describe('unreadable input is invalid-input, never internal', () => {
  it('a garbage audit-log cursor', async () => {
    for (const cursor of ['x', '%%%', 'eyJ0IjoiYSJ9']) {
      expectInvalidInput(await call('secretariat', 'getAuditLog', { cursor }));
    }
    expect(outcome(await call('secretariat', 'getAuditLog', { cursor: null }))).toBe('ok');
  });

  it('a lone surrogate in an account id, a name or any other string', async () => {
    expectInvalidInput(
      await callAdmin('setUserOrganisation', { accountId: '\uD800', organisation: 'Aarhus Kommune' }),
    );
    expectInvalidInput(await saveProfile({ productName: 'OS2\uDC00loop' }));
    expectInvalidInput(await call('secretariat', 'getAuditLog', { cursor: 'a\uDBFF' }));
  });

  it('well-formed astral characters (surrogate pairs) are fine', async () => {
    const saved = expectOk(await saveProfile({ productName: 'OS2loop \u{1F680}' }));
    expect(saved.profile?.productName).toBe('OS2loop \u{1F680}');
    expectOk(await saveProfile({}));
  });
});

describe('payloads nested too deep', () => {
  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
  const post = (body: string) =>
    fetch(`${host.url}/forge/bridge/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-emulator-persona': 'secretariat' },
      body,
    });
  const envelope = (payload: string) =>
    `{"moduleKey":"os2-project-page","functionKey":"getAuditLog",` +
    `"context":{"extension":${JSON.stringify(projectPage(loop))}},"payload":${payload}}`;

  it.each([100, 100_000])('the host refuses a body nested %i deep with 400 before parsing', async (depth) => {
    const response = await post(envelope(`{"cursor":${nested(depth)}}`));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message: string };
    expect(body.message).toMatch(/deep/i);
  });

  it('brackets inside strings do not count, and a sane depth passes to the resolver', async () => {
    const response = await post(envelope(JSON.stringify({ cursor: '['.repeat(1000) })));
    expect(response.status).toBe(200);
    const { body } = (await response.json()) as { body: RpcResult<unknown> };
    expect(outcome(body)).toBe('invalid-input');
    const shallow = await post(envelope(`{"cursor":null,"x":${nested(20)}}`));
    expect(shallow.status).toBe(200);
    expect(outcome(((await shallow.json()) as { body: RpcResult<unknown> }).body)).toBe('invalid-input');
  });

  it('the runtime refuses an over-deep payload object, however it was built', async () => {
    let payload: unknown = null;
    for (let i = 0; i < 100_000; i += 1) payload = [payload];
    const result = await invokeRaw(host.runtime, 'secretariat', 'os2-project-page', 'getAuditLog', {
      cursor: payload,
    });
    expect(result).toMatchObject({ ok: false, status: 400 });
  });
});

describe('ids from the context are canonical before any check or write', () => {
  const padded = () => ({ id: `00${loop.id}`, key: loop.key });

  it('a write from project 00<id> is refused and stores nothing under that id', async () => {
    const expectedVersion = await productVersion();
    const result = await call(
      'secretariat',
      'saveProductSettings',
      { ...LOOP_PROFILE, productName: 'Shadow', expectedVersion },
      projectPage(padded()),
    );
    expect(outcome(result)).toBe('not-found');
    const stored = (key: string) => host.kvs.handle('/api/v1/entity/get', { entityName: 'product', key });
    expect(stored(loop.id).status).toBe(200);
    expect(stored(padded().id)).not.toMatchObject({ status: 200 });
    // The real product is untouched.
    expect(await productVersion()).toBe(expectedVersion);
    const view = expectOk(await call('secretariat', 'getGovernanceView', {}));
    expect(view.profile?.productName).toBe(LOOP_PROFILE.productName);
  });

  it('reads from a project or an issue id with leading zeros are refused as not-found', async () => {
    expect(outcome(await call('secretariat', 'getGovernanceView', {}, projectPage(padded())))).toBe(
      'not-found',
    );
    const answer = host.jira.handle({
      method: 'GET',
      path: `/rest/api/3/issue/${loop.key}-1?fields=summary`,
      body: null,
      headers: {},
      auth: { kind: 'app' },
      declaredScopes: ALL_SCOPES,
    });
    const issue = answer.body as { id: string; key: string };
    const panel = (id: string) =>
      call(
        'secretariat',
        'getWishPanel',
        {},
        { type: 'jira:issuePanel', project: loop, issue: { id, key: issue.key } },
      );
    expect(outcome(await panel(issue.id))).toBe('ok');
    expect(outcome(await panel(`0${issue.id}`))).toBe('not-found');
  });
});

describe('one validation for every path into a record', () => {
  // Lights and the overall evaluation are written into an open round.
  beforeAll(async () => {
    await call('secretariat', 'openEvaluationRound', {});
  });
  const requirement = async (id: string) =>
    expectOk(await call('secretariat', 'getGovernanceView', {})).requirements.find((r) => r.id === id)!;
  const DISGUISED = [
    '[her](&#106;avascript:alert(1))',
    '[her](javascript&colon;alert(1))',
    '<a href="java\tscript:alert(1)">her</a>',
  ];

  it('an import leaves out, and names, a "Nej" without an explanation and a disguised link', async () => {
    const report = expectOk(
      await call('coordinator', 'exportDocument', { kind: 'governance-report' }),
    ).content;
    const row = (id: string) => new RegExp(`^\\| ${id} \\|.*$`, 'm');
    const withCells = (line: string, status: string, documentation: string) =>
      line.replace(/\| [^|]* \| [^|]* \|$/, `| ${status} | ${documentation} |`);
    const edited = report
      .replace(row('F7'), (line) => withCells(line, '❌ Nej', 'Ikke aktuelt'))
      .replace(row('F10'), (line) => withCells(line, '✅ Ja', '[her](javascript:alert(1))'))
      .replace(row('F4'), (line) => withCells(line, '✅ Ja', 'https://github.com/os2loop/os2loop'));
    const before = { f7: await requirement('F7'), f10: await requirement('F10') };
    const input = { kind: 'self-assessment', fileName: 'rapport.md', content: edited } as const;
    const preview = expectOk(await call('coordinator', 'previewImport', input));
    expect(preview.refused).toEqual([
      expect.objectContaining({ requirementId: 'F7', field: 'explanation' }),
      expect.objectContaining({ requirementId: 'F10', field: 'documentation' }),
    ]);
    const changed = new Set(preview.changes.map((c) => c.requirementId));
    expect([changed.has('F7'), changed.has('F10'), changed.has('F4')]).toEqual([false, false, true]);
    expectOk(await call('coordinator', 'applyImport', { ...input, basedOn: preview.basedOn }));
    const after = { f7: await requirement('F7'), f10: await requirement('F10'), f4: await requirement('F4') };
    expect(after.f7.status).toEqual(before.f7.status);
    expect(after.f10.documentation).toBe(before.f10.documentation);
    expect(after.f4.documentation).toBe('https://github.com/os2loop/os2loop');
  });

  it.each(DISGUISED)('a single save refuses the disguised link %j in every free text', async (link) => {
    const view = expectOk(await call('secretariat', 'getGovernanceView', {}));
    const r1 = view.requirements.find((r) => r.id === 'R1')!;
    const results = [
      await call('coordinator', 'saveAssessment', {
        requirementId: 'R1',
        status: { kind: 'known', value: 'Ja' },
        documentation: link,
        explanation: '',
        links: [],
        expectedVersion: r1.assessmentVersion,
      }),
      await call('secretariat', 'saveEvaluation', {
        requirementId: 'R1',
        light: 'green',
        basis: `Se ${link}`,
        recommendation: '',
        expectedVersion: r1.evaluation?.version ?? 0,
      }),
      await call('secretariat', 'saveEvaluation', {
        requirementId: 'R1',
        light: 'green',
        basis: 'Dokumenteret.',
        recommendation: link,
        expectedVersion: r1.evaluation?.version ?? 0,
      }),
      await call('secretariat', 'saveEvaluationSummary', {
        summary: link,
        overall: '',
        recommendationBoard: '',
        expectedVersion: view.evaluationSummary?.version ?? 0,
      }),
      await call('secretariat', 'recordDecision', {
        date: new Date().toISOString().slice(0, 10),
        kind: 'kept',
        resultingLevel: view.current?.level ?? null,
        basis: link,
        decidedBy: 'secretariat',
        reference: '',
      }),
    ];
    for (const result of results) expectInvalidInput(result);
    expect(await requirement('R1')).toEqual(r1);
  });

  it('an evaluation import leaves out a basis with a disguised link', async () => {
    const r2 = await requirement('R2');
    expectOk(
      await call('secretariat', 'saveEvaluation', {
        requirementId: 'R2',
        light: 'yellow',
        basis: 'Grundlag-R2-oprindeligt',
        recommendation: '',
        expectedVersion: r2.evaluation?.version ?? 0,
      }),
    );
    const report = expectOk(
      await call('secretariat', 'exportDocument', { kind: 'evaluation-report' }),
    ).content;
    expect(report).toContain('Grundlag-R2-oprindeligt');
    const edited = report.replace('Grundlag-R2-oprindeligt', DISGUISED[0]!);
    const input = { kind: 'evaluation-report', fileName: 'evaluering.md', content: edited } as const;
    const preview = expectOk(await call('secretariat', 'previewImport', input));
    expect(preview.refused).toEqual([expect.objectContaining({ requirementId: 'R2', field: 'basis' })]);
    expect(preview.changes.filter((c) => c.requirementId === 'R2')).toEqual([]);
  });
});
