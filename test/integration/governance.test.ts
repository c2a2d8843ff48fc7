import { startHost, type RunningHost } from '../../emulator/host/start';
import type { FunctionKey, InputOf } from '../../src/contract';
import { accountIdOf, invokeAs, invokeRaw, ok } from '../support/invoke';
import { LOOP_PROFILE } from '../support/fixtures';

/**
 * The governance resolvers through the real runtime and the emulated Jira and storage (who may call
 * which resolver is in authorization-matrix.ts).
 * LOOP is seeded with a product profile whose groups are the project roles; the coordinator is its
 * tovholder (Koordinationsgruppe and Administrators), the steering persona is in Styregruppe, the
 * supplier in Leverandør, the municipality user only browses, the outsider cannot see it.
 */
let host: RunningHost;
let loop: { id: string; key: string };
const account = (id: string) => accountIdOf(id)!;
const PERSONA_IDS = [
  'secretariat',
  'steering',
  'coordinator',
  'supplier',
  'municipality',
  'outsider',
] as const;
type PersonaId = (typeof PERSONA_IDS)[number];

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  const project = host.jira.listProjects().find((p) => p.key === 'LOOP')!;
  loop = { id: project.id, key: project.key };
});
afterAll(() => host.close());

const call = <K extends FunctionKey>(
  persona: PersonaId,
  fn: K,
  input: InputOf<K>,
  moduleKey = 'os2-project-page',
) => invokeAs(host.runtime, persona, moduleKey, fn, input, { type: 'jira:projectPage', project: loop });

async function view() {
  return ok(await call('secretariat', 'getGovernanceView', {}), 'secretariat cannot read the view');
}
const assessmentVersion = async (id: string) =>
  (await view()).requirements.find((r) => r.id === id)!.assessmentVersion;

describe('admin resolvers', () => {
  it.each(PERSONA_IDS)('getAppSettings / saveAppSettings / setUserOrganisation as %s', async (persona) => {
    const get = await call(persona, 'getAppSettings', {}, 'os2-admin');
    if (persona !== 'secretariat') {
      expect(get).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const save = await call(
        persona,
        'saveAppSettings',
        { secretariatGroup: 'x', boardGroup: '', expectedVersion: 0 },
        'os2-admin',
      );
      expect(save).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      const map = await call(
        persona,
        'setUserOrganisation',
        { accountId: account(persona), organisation: 'Aarhus Kommune' },
        'os2-admin',
      );
      expect(map).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      return;
    }
    expect(get).toMatchObject({ ok: true });
    const version = (get as any).data.settings.version;
    const save = await call(
      'secretariat',
      'saveAppSettings',
      { secretariatGroup: 'os2-secretariat', boardGroup: 'os2-board', expectedVersion: version },
      'os2-admin',
    );
    expect(save).toMatchObject({
      ok: true,
      data: { settings: { boardGroup: 'os2-board', version: version + 1 } },
    });
    const map = await call(
      'secretariat',
      'setUserOrganisation',
      { accountId: account('municipality'), organisation: 'Aarhus Kommune' },
      'os2-admin',
    );
    // One change answers only the changed user: its cost does not grow with the mapping.
    expect(map).toMatchObject({
      ok: true,
      data: { accountId: account('municipality'), organisation: 'Aarhus Kommune' },
    });
  });
});

describe('rules the resolvers enforce', () => {
  it('refuses "Nej" without an explanation (følg eller forklar) and accepts it with one', async () => {
    const base = {
      requirementId: 'F10',
      documentation: '',
      links: [],
      expectedVersion: await assessmentVersion('F10'),
    };
    const refused = await call('coordinator', 'saveAssessment', {
      ...base,
      status: { kind: 'known', value: 'Nej' },
      explanation: '  ',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: { en: expect.stringMatching(/comply or explain/) } },
    });
    const before = (await view()).progress.outstanding;
    const accepted = await call('coordinator', 'saveAssessment', {
      ...base,
      status: { kind: 'known', value: 'Ja' },
      explanation: '',
    });
    expect(accepted).toMatchObject({ ok: true });
    expect((accepted as any).data.progress.outstanding).toBe(before - 1);
  });

  it('refuses documentation links that are not http(s)', async () => {
    const result = await call('coordinator', 'saveAssessment', {
      requirementId: 'F12',
      status: { kind: 'known', value: 'Ja' },
      documentation: '',
      explanation: '',
      links: ['javascript:alert(1)'],
      expectedVersion: await assessmentVersion('F12'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('takes the project from the context, never the payload', async () => {
    const result = await invokeRaw(
      host.runtime,
      'coordinator',
      'os2-project-page',
      'getGovernanceView',
      { projectId: '10000' },
      { type: 'jira:projectPage', project: loop },
    );
    expect(result).toMatchObject({ ok: true, body: { ok: false, error: { code: 'invalid-input' } } });
  });

  it('shows two concurrent edits of one requirement as a conflict, not an overwrite', async () => {
    const expectedVersion = await assessmentVersion('S2');
    const edit = (persona: PersonaId, documentation: string) =>
      call(persona, 'saveAssessment', {
        requirementId: 'S2',
        status: { kind: 'known', value: 'Ja' },
        documentation,
        explanation: '',
        links: [],
        expectedVersion,
      });
    const [a, b] = await Promise.all([
      edit('coordinator', 'Fra koordinationsgruppen'),
      edit('steering', 'Fra styregruppen'),
    ]);
    const results = [a, b];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok) as any;
    expect(lost.error.code).toBe('conflict');
    expect(lost.error.message.en).toMatch(/changed this .* while you were editing/);
    const winner = results[0]!.ok ? 'Fra koordinationsgruppen' : 'Fra styregruppen';
    const row = (await view()).requirements.find((r) => r.id === 'S2')!;
    expect(row.documentation).toBe(winner);
    expect(row.assessmentVersion).toBe(expectedVersion + 1);

    // A stale write afterwards is refused too, and names who changed it.
    const stale = (await edit('coordinator', 'Forældet')) as any;
    expect(stale.error.code).toBe('conflict');
    expect(stale.error.details.changedBy.displayName).toBeTruthy();
  });

  it('records a level decision as the new current level, validated against the log', async () => {
    const input = {
      date: new Date().toISOString().slice(0, 10),
      kind: 'raised',
      resultingLevel: '2',
      basis: 'Bestyrelsen godkendte Niveau 2.',
      decidedBy: 'board',
      reference: 'https://os2.eu/bestyrelsesmoede',
    } as const;
    // A raise past outstanding skal requirements confirms their count.
    const asked = (await call('secretariat', 'recordDecision', input)) as any;
    expect(asked).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const raised = await call('secretariat', 'recordDecision', {
      ...input,
      acknowledgedOutstandingSkal: asked.error.details[0].count,
    });
    expect(raised).toMatchObject({ ok: true, data: { current: { level: '2', decidedBy: 'board' } } });
    const wrong = await call('secretariat', 'recordDecision', {
      date: new Date().toISOString().slice(0, 10),
      kind: 'raised',
      resultingLevel: '1',
      basis: 'Forkert retning.',
      decidedBy: 'board',
      reference: '',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('turns a gap into a Jira task, linked both ways, with its status on the requirement', async () => {
    const result = (await call('coordinator', 'createRequirementTask', { requirementId: 'G4' })) as any;
    expect(result.ok).toBe(true);
    const row = result.data.requirements.find((r: any) => r.id === 'G4');
    expect(row.linkedIssues).toHaveLength(1);
    const issue = row.linkedIssues[0];
    expect(issue.status).toBe('To Do');
    const jira = host.jira.handle({
      method: 'GET',
      path: `/rest/api/3/issue/${issue.key}?fields=labels,description,summary&properties=os2-governance-requirement`,
      auth: { kind: 'app' },
      declaredScopes: ['read:jira-work'],
    });
    const body = jira.body as any;
    expect(body.fields.labels).toContain('os2-governance');
    expect(JSON.stringify(body.fields.description)).toContain('G4');
    expect(body.properties['os2-governance-requirement']).toMatchObject({
      requirementId: 'G4',
      projectId: loop.id,
    });
  });

  it('pages through the whole audit log with the storage cursor, newest first, nothing twice', async () => {
    // Enough writes that the log spans more than one page of 50.
    for (let i = 0; i < 30; i++) {
      const version = await assessmentVersion('S3');
      const saved = await call('coordinator', 'saveAssessment', {
        requirementId: 'S3',
        status: { kind: 'known', value: 'Ja' },
        documentation: `Udgave ${i}`,
        explanation: '',
        links: [],
        expectedVersion: version,
      });
      expect(saved.ok).toBe(true);
    }
    const seen: any[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = (await call('municipality', 'getAuditLog', { cursor })) as any;
      expect(page.ok).toBe(true);
      expect(page.data.entries.length).toBeLessThanOrEqual(50);
      seen.push(...page.data.entries);
      cursor = page.data.cursor;
      pages += 1;
    } while (cursor && pages < 20);
    expect(pages).toBeGreaterThan(1);
    const times = seen.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    const ids = seen.map((e) => `${e.at}|${e.action}|${e.target}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(seen.filter((e) => e.action === 'assessment.saved' && e.target === 'S3')).toHaveLength(30);
  });

  it('keeps every change in the audit log, newest first, with before and after', async () => {
    // Lights are written into an open round; open one unless an earlier test did.
    await call('secretariat', 'openEvaluationRound', {});
    const current = await view();
    const versionOf = (id: string) => current.requirements.find((r) => r.id === id)!;
    ok(
      await call('coordinator', 'saveAssessment', {
        requirementId: 'F10',
        status: { kind: 'known', value: 'Ja' },
        documentation: 'https://github.com/os2loop',
        explanation: '',
        links: [],
        expectedVersion: versionOf('F10').assessmentVersion,
      }),
      'assessment',
    );
    ok(
      await call('secretariat', 'saveEvaluation', {
        requirementId: 'R1',
        light: 'green',
        basis: 'Dokumenteret brug i 14 kommuner.',
        recommendation: '',
        expectedVersion: versionOf('R1').evaluation?.version ?? 0,
      }),
      'evaluation',
    );
    ok(
      await call('secretariat', 'recordDecision', {
        date: new Date().toISOString().slice(0, 10),
        kind: 'kept',
        resultingLevel: current.current?.level ?? null,
        basis: 'Halvårlig evaluering.',
        decidedBy: 'secretariat',
        reference: '',
      }),
      'decision',
    );
    ok(await call('coordinator', 'createRequirementTask', { requirementId: 'F11' }), 'task');
    ok(
      await call(
        'secretariat',
        'saveProductSettings',
        { ...LOOP_PROFILE, expectedVersion: current.profile!.version },
        'os2-project-settings',
      ),
      'product',
    );
    // The secretariat: the open round's entries are private to it until the round completes.
    const result = (await call('secretariat', 'getAuditLog', { cursor: null })) as any;
    const actions = result.data.entries.map((e: any) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'assessment.saved',
        'evaluation.saved',
        'decision.recorded',
        'task.created',
        'product.saved',
      ]),
    );
    const times = result.data.entries.map((e: any) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
    const saved = result.data.entries.find((e: any) => e.action === 'assessment.saved' && e.target === 'F10');
    expect(saved.after.status).toEqual({ kind: 'known', value: 'Ja' });
  });
});
