import { startHost, type RunningHost } from '../../emulator/host/start';
import { contract, type FunctionKey, type InputOf, type RpcResult } from '../../src/contract';
import { parseCsv, toCsv } from '../../src/domain/audit';
import { getCatalogue } from '../../src/domain/catalogue';
import { nextEvaluationDue, todayInCopenhagen } from '../../src/domain/level';
import { auditTableRows, AUDIT_CSV_COLUMNS } from '../../static/src/lib/audit';
import { makeI18n } from '../../static/src/lib/i18n';
import da from '../../locales/da-DK.json';
import { accountIdOf, invokeAs, ok, type Extension } from '../support/invoke';

/**
 * The governance record's rules through the real runtime: corrections of the decision log, the
 * outstanding-skal acknowledgement, evaluation rounds and their schedule, stale lights, private
 * drafts in every read resolver and export, one task per requirement, and the audit log.
 */
let host: RunningHost;
const projects = new Map<string, { id: string; key: string }>();
const project = (key: string) => projects.get(key)!;
const REQUIREMENTS = getCatalogue().requirements.map((r) => r.id);

beforeAll(async () => {
  host = await startHost({ port: 0, dataDir: ':memory:' });
  for (const p of host.jira.listProjects()) projects.set(p.key, { id: p.id, key: p.key });
});
afterAll(() => host.close());

const onProject = <K extends FunctionKey>(persona: string, key: string, fn: K, input: InputOf<K>) =>
  invokeAs(host.runtime, persona, 'os2-project-page', fn, input, {
    type: 'jira:projectPage',
    project: project(key),
  });
const view = async (persona: string, key: string) =>
  ok(await onProject(persona, key, 'getGovernanceView', {}), `${persona} view of ${key}`);

const errorCodes = (result: RpcResult<unknown>) =>
  result.ok ? [] : ((result.error.details as { code: string }[] | undefined) ?? []).map((d) => d.code);

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const today = () => todayInCopenhagen();

async function lightAll(key: string, except: string[] = [], basis = (id: string) => `Vurderet ${id}.`) {
  for (const id of REQUIREMENTS.filter((r) => !except.includes(r))) {
    const version = (await view('secretariat', key)).requirements.find((r) => r.id === id)!.evaluation
      ?.version;
    ok(
      await onProject('secretariat', key, 'saveEvaluation', {
        requirementId: id,
        light: 'green',
        basis: basis(id),
        recommendation: '',
        expectedVersion: version ?? 0,
      }),
      `light ${id}`,
    );
  }
}

describe('level decisions', () => {
  const keep = (date: string, extra: Partial<InputOf<'recordDecision'>> = {}): InputOf<'recordDecision'> => ({
    date,
    kind: 'kept',
    resultingLevel: '1',
    basis: 'Evaluering: fastholdes.',
    decidedBy: 'secretariat',
    reference: '',
    ...extra,
  });

  it('refuses a decision dated after today in Denmark', async () => {
    const result = await onProject('secretariat', 'DAGS', 'recordDecision', keep(addDays(today(), 1)));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(errorCodes(result)).toContain('date-in-future');
  });

  it('corrects a mis-dated entry: the correction supersedes it and the level follows the log', async () => {
    // A year typed wrong: a year "later" than the real meeting, which blocks every real decision.
    const wrong = addDays(today(), -3);
    ok(await onProject('secretariat', 'DAGS', 'recordDecision', keep(wrong)));
    const blocked = await onProject('secretariat', 'DAGS', 'recordDecision', keep(addDays(today(), -200)));
    expect(errorCodes(blocked)).toContain('date-before-latest');

    const before = await view('secretariat', 'DAGS');
    const misdated = before.decisions.find((d) => d.date === wrong)!;
    // Only the secretariat corrects, and never without a reason.
    const noReason = await onProject('secretariat', 'DAGS', 'recordDecision', {
      ...keep(addDays(today(), -400)),
      supersedes: misdated.id,
      correctionReason: ' ',
    });
    expect(errorCodes(noReason)).toContain('correction-reason-required');
    const unknown = await onProject('secretariat', 'DAGS', 'recordDecision', {
      ...keep(addDays(today(), -400)),
      supersedes: 'no-such-entry',
      correctionReason: 'Forkert dato.',
    });
    expect(errorCodes(unknown)).toContain('correction-target-missing');

    // The correction lowers the level too: the current level follows the corrected log.
    const corrected = ok(
      await onProject('secretariat', 'DAGS', 'recordDecision', {
        date: addDays(today(), -400),
        kind: 'lowered',
        resultingLevel: 'sandkasse',
        basis: 'Sekretariatet sænkede produktet til Sandkasse.',
        decidedBy: 'secretariat',
        reference: '',
        supersedes: misdated.id,
        correctionReason: 'Årstallet var tastet forkert, og beslutningen var en sænkning.',
      }),
    );
    expect(corrected.current).toMatchObject({ level: 'sandkasse', since: addDays(today(), -400) });
    const old = corrected.decisions.find((d) => d.id === misdated.id)!;
    const correction = corrected.decisions.find((d) => d.supersedes === misdated.id)!;
    expect(old).toMatchObject({ superseded: true, supersededBy: correction.id });
    expect(correction).toMatchObject({
      superseded: false,
      correctionReason: expect.stringContaining('Årstallet'),
    });
    // The entry stays in the log (append-only); a superseded entry cannot be corrected twice.
    expect(corrected.decisions).toHaveLength(before.decisions.length + 1);
    const twice = await onProject('secretariat', 'DAGS', 'recordDecision', {
      ...keep(addDays(today(), -300)),
      supersedes: misdated.id,
      correctionReason: 'Igen.',
    });
    expect(errorCodes(twice)).toContain('correction-target-missing');

    // A real decision dated between the two now goes in.
    const real = ok(
      await onProject('secretariat', 'DAGS', 'recordDecision', {
        date: addDays(today(), -200),
        kind: 'raised',
        resultingLevel: '1',
        basis: 'Hævet til Niveau 1.',
        decidedBy: 'secretariat',
        reference: '',
        acknowledgedOutstandingSkal: await outstandingSkal('DAGS', '1'),
      }),
    );
    expect(real.current).toMatchObject({ level: '1', since: addDays(today(), -200) });
  });

  async function outstandingSkal(key: string, level: '1' | '2') {
    const v = await view('secretariat', key);
    const order = ['sandkasse', '1', '2', '3'];
    return v.requirements.filter(
      (r) =>
        r.modality === 'skal' && r.state === 'outstanding' && order.indexOf(r.level) <= order.indexOf(level),
    ).length;
  }

  it('asks for the count of outstanding skal requirements before a raise, and checks it', async () => {
    const count = await outstandingSkal('LOOP', '2');
    expect(count).toBeGreaterThan(0);
    const raise = {
      date: addDays(today(), -1),
      kind: 'raised' as const,
      resultingLevel: '2' as const,
      basis: 'Bestyrelsen hævede produktet.',
      decidedBy: 'board' as const,
      reference: '',
    };
    const unacknowledged = await onProject('secretariat', 'LOOP', 'recordDecision', raise);
    expect(errorCodes(unacknowledged)).toContain('outstanding-skal');
    expect((unacknowledged as any).error.details[0].count).toBe(count);
    const stale = await onProject('secretariat', 'LOOP', 'recordDecision', {
      ...raise,
      acknowledgedOutstandingSkal: count - 1,
    });
    expect(errorCodes(stale)).toContain('outstanding-skal');
    const raised = ok(
      await onProject('secretariat', 'LOOP', 'recordDecision', {
        ...raise,
        acknowledgedOutstandingSkal: count,
      }),
    );
    expect(raised.current?.level).toBe('2');
  });
});

describe('evaluation rounds', () => {
  it('never-evaluated products are due six months after their first decision, and count as overdue', async () => {
    const v = await view('municipality', 'OPGAVE');
    const first = [...v.decisions].reverse()[0];
    expect(v.lastEvaluation).toBeNull();
    expect(v.nextEvaluationDue).toBe(nextEvaluationDue(first.date));
    expect(v.evaluationOverdue).toBe(true);
    const portfolio = ok(
      await invokeAs(
        host.runtime,
        'secretariat',
        'os2-portfolio',
        'getPortfolio',
        {},
        { type: 'jira:globalPage' },
      ),
    );
    const never = portfolio.rows.filter((r) => r.lastEvaluation === null && r.levelStatus !== 'closed');
    // The demo leaves OS2opgavefordeler, OS2indberetning and OS2loop unevaluated, and two rounds open.
    expect(never.length).toBeGreaterThanOrEqual(3);
    expect(never.every((r) => r.overdue)).toBe(true);
    expect(portfolio.totals.overdue).toBeGreaterThanOrEqual(never.length);
  });

  it('cannot complete while a requirement is unlit; one light does not move the schedule', async () => {
    const opened = ok(await onProject('secretariat', 'OPGAVE', 'openEvaluationRound', {}));
    expect(opened.evaluationRound).toMatchObject({ number: 1, status: 'open', lit: 0 });
    const twice = await onProject('secretariat', 'OPGAVE', 'openEvaluationRound', {});
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await onProject('coordinator', 'OPGAVE', 'openEvaluationRound', {})).toMatchObject({
      ok: false,
      error: { code: expect.stringMatching(/forbidden|not-found/) },
    });

    await lightAll('OPGAVE', ['F3']);
    const almost = await view('secretariat', 'OPGAVE');
    expect(almost.lastEvaluation).toBeNull();
    expect(almost.evaluationOverdue).toBe(true);
    const refused = await onProject('secretariat', 'OPGAVE', 'completeEvaluationRound', {
      expectedVersion: almost.evaluationRound!.version,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', details: { unlit: ['F3'] } },
    });

    await lightAll(
      'OPGAVE',
      REQUIREMENTS.filter((id) => id !== 'F3'),
    );
    const full = await view('secretariat', 'OPGAVE');
    const done = ok(
      await onProject('secretariat', 'OPGAVE', 'completeEvaluationRound', {
        expectedVersion: full.evaluationRound!.version,
      }),
    );
    expect(done.evaluationRound).toMatchObject({ status: 'completed', lit: REQUIREMENTS.length });
    expect(done.lastEvaluation).toBe(today());
    expect(done.nextEvaluationDue! > addDays(today(), 180)).toBe(true);
    expect(done.evaluationOverdue).toBe(false);
    // Everyone now reads the completed round.
    const municipality = await view('municipality', 'OPGAVE');
    expect(municipality.requirements.find((r) => r.id === 'F3')!.evaluation?.basis).toBe('Vurderet F3.');
  });

  it('flags a light whose self-assessment changed after it was set', async () => {
    ok(await onProject('secretariat', 'KITOS', 'openEvaluationRound', {}));
    const row = async () => (await view('secretariat', 'KITOS')).requirements.find((r) => r.id === 'F2')!;
    ok(
      await onProject('secretariat', 'KITOS', 'saveEvaluation', {
        requirementId: 'F2',
        light: 'green',
        basis: 'MPL-2.0.',
        recommendation: '',
        expectedVersion: 0,
      }),
    );
    expect((await row()).evaluation?.stale).toBe(false);
    const before = await row();
    ok(
      await onProject('coordinator', 'KITOS', 'saveAssessment', {
        requirementId: 'F2',
        status: { kind: 'known', value: 'Nej' },
        documentation: '',
        explanation: 'Licensen skiftes.',
        links: [],
        expectedVersion: before.assessmentVersion,
      }),
    );
    const after = await row();
    expect(after.evaluation?.stale).toBe(true);
    ok(
      await onProject('secretariat', 'KITOS', 'saveEvaluation', {
        requirementId: 'F2',
        light: 'red',
        basis: 'Licensen skiftes.',
        recommendation: 'Afklar licensen.',
        expectedVersion: after.evaluation!.version,
      }),
    );
    expect((await row()).evaluation?.stale).toBe(false);
  });

  it('a stale light write conflicts and hands back the other value', async () => {
    const current = (await view('secretariat', 'KITOS')).requirements.find((r) => r.id === 'F2')!;
    const stale = await onProject('secretariat', 'KITOS', 'saveEvaluation', {
      requirementId: 'F2',
      light: 'green',
      basis: 'Min kladde.',
      recommendation: '',
      expectedVersion: current.evaluation!.version - 1,
    });
    expect(stale).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { current: { light: 'red', basis: 'Licensen skiftes.' } } },
    });
  });
});

describe('private drafts', () => {
  const MARK = 'UDKAST-HEMMELIG-7731';
  /** Read resolvers, with how to call each; every contract key is either here or in WRITES. */
  const READS: Partial<
    Record<FunctionKey, { module: string; ext: (key: string) => Extension; inputs: unknown[] }>
  > = {};
  const projectPage = (key: string): Extension => ({ type: 'jira:projectPage', project: project(key) });
  const read = (fn: FunctionKey, module: string, ext: (key: string) => Extension, ...inputs: unknown[]) => {
    READS[fn] = { module, ext, inputs: inputs.length ? inputs : [{}] };
  };
  read('getSession', 'os2-project-page', projectPage);
  read('getGovernanceView', 'os2-project-page', projectPage);
  read('getBacklogPage', 'os2-project-page', projectPage, { startAt: 0 });
  read('getAuditLog', 'os2-project-page', projectPage, { cursor: null });
  read(
    'exportDocument',
    'os2-project-page',
    projectPage,
    ...(['self-assessment-json', 'governance-report', 'evaluation-report', 'decision-log'] as const).map(
      (kind) => ({ kind }),
    ),
  );
  read('getProductSettings', 'os2-project-settings', projectPage);
  read('getAppSettings', 'os2-admin', () => ({ type: 'jira:adminPage' }));
  read('getAppAuditLog', 'os2-admin', () => ({ type: 'jira:adminPage' }), { cursor: null });
  read('listWishes', 'os2-project-page', projectPage);
  read('getWishSettings', 'os2-project-page', projectPage);
  read('getWishJobProgress', 'os2-project-page', projectPage, { jobId: null });
  read('getPortfolio', 'os2-portfolio', () => ({ type: 'jira:globalPage' }));
  read('getGadget', 'os2-level-gadget', () => ({ type: 'jira:dashboardGadget', gadget: { id: 'g-1' } }));
  const issueContext = (key: string): Extension => {
    const issue = host.jira.handle({
      method: 'GET',
      path: `/rest/api/3/search/jql?jql=${encodeURIComponent(`project = ${key} ORDER BY key`)}&maxResults=1`,
      auth: { kind: 'app' },
      declaredScopes: ['read:jira-work'],
    }).body as { issues: { id: string; key: string }[] };
    return { type: 'jira:issuePanel', issue: issue.issues[0], project: project(key) };
  };
  const globalPage = (): Extension => ({ type: 'jira:globalPage' });
  const adminPage = (): Extension => ({ type: 'jira:adminPage' });
  read('getWishIntake', 'os2-portfolio', globalPage);
  read('findSimilarWishes', 'os2-project-page', projectPage, { title: 'Overblik' });
  read('listAllWishes', 'os2-portfolio', globalPage, {
    cursor: null,
    mine: 'all',
    status: 'all',
    search: '',
  });
  read('listUnmarkedWishes', 'os2-project-page', projectPage, { cursor: null });
  read('searchJiraGroups', 'os2-admin', adminPage, { query: 'os2' });
  read('searchJiraUsers', 'os2-admin', adminPage, { query: 'a' });
  read('getSprintPlan', 'os2-project-page', projectPage);
  read('exportSprintDocument', 'os2-project-page', projectPage, { kind: 'settlement-csv', sprintId: null });
  read('getWishPanel', 'os2-wish-panel', issueContext);
  read('getWishBadge', 'os2-wish-badge', issueContext);
  read('previewImport', 'os2-project-page', projectPage, {
    kind: 'self-assessment',
    fileName: 'x.json',
    content: '{"produkt":"OS2loop","krav":[]}',
  });
  const WRITES = new Set<string>([
    'saveAssessment',
    'saveEvaluation',
    'saveEvaluationSummary',
    'recordDecision',
    'createRequirementTask',
    'openEvaluationRound',
    'completeEvaluationRound',
    'applyImport',
    'saveProductSettings',
    'saveAppSettings',
    'setUserOrganisation',
    'supportWish',
    'pledgeWish',
    'withdrawPledge',
    'setWishRequester',
    'setWishQualification',
    'setWishEstimate',
    'setWishRating',
    'transitionWish',
    'syncJiraStatus',
    'setWishEvidence',
    'addWishDecision',
    'bulkTransitionWishes',
    'saveWishSettings',
    'saveWishView',
    'deleteWishView',
    'reindexWishes',
    'submitWish',
    'supportListedWish',
    'pledgeListedWish',
    'markAsWishes',
    'setGroupOrganisation',
    'planIntoSprint',
    'removeFromSprint',
    'rankInSprint',
    'setSprintCapacity',
    'setSprintEstimate',
    'saveSprintSettings',
    'settleDelivery',
  ]);

  it('classifies every resolver as a read (walked below) or a write', () => {
    const unclassified = Object.keys(contract).filter((k) => !(k in READS) && !WRITES.has(k));
    expect(unclassified).toEqual([]);
  });

  async function answers(persona: string): Promise<string> {
    const texts: string[] = [];
    for (const [fn, spec] of Object.entries(READS)) {
      for (const input of spec!.inputs) {
        const result = await invokeAs(
          host.runtime,
          persona,
          spec!.module,
          fn as FunctionKey,
          input as never,
          spec!.ext('LOOP'),
        );
        texts.push(JSON.stringify(result));
      }
    }
    return texts.join('\n');
  }

  it('shows an open round only to the secretariat and the board group, in every answer', async () => {
    // The steering persona joins a board group, which is then configured.
    const store = (host.jira as unknown as { store: any }).store;
    const steering = store.getUser(accountIdOf('steering'));
    store.insertUser({ ...steering, groups: [...steering.groups, 'os2-bestyrelsen'] }, 999);
    const settings = ok(
      await invokeAs(
        host.runtime,
        'secretariat',
        'os2-admin',
        'getAppSettings',
        {},
        { type: 'jira:adminPage' },
      ),
    );
    ok(
      await invokeAs(
        host.runtime,
        'secretariat',
        'os2-admin',
        'saveAppSettings',
        {
          secretariatGroup: settings.settings.secretariatGroup,
          boardGroup: 'os2-bestyrelsen',
          expectedVersion: settings.settings.version,
        },
        { type: 'jira:adminPage' },
      ),
    );

    // A completed round first, whose text everyone may read.
    ok(await onProject('secretariat', 'LOOP', 'openEvaluationRound', {}));
    await lightAll('LOOP', [], (id) => `Afsluttet vurdering ${id}.`);
    const full = await view('secretariat', 'LOOP');
    ok(
      await onProject('secretariat', 'LOOP', 'completeEvaluationRound', {
        expectedVersion: full.evaluationRound!.version,
      }),
    );

    // Then a draft with the marker in every private field.
    ok(await onProject('secretariat', 'LOOP', 'openEvaluationRound', {}));
    // A new round starts without lights: each is set afresh.
    expect((await view('secretariat', 'LOOP')).evaluationRound).toMatchObject({ number: 2, lit: 0 });
    ok(
      await onProject('secretariat', 'LOOP', 'saveEvaluation', {
        requirementId: 'R1',
        light: 'red',
        basis: `${MARK} grundlag`,
        recommendation: `${MARK} anbefaling`,
        expectedVersion: 0,
      }),
    );
    ok(
      await onProject('secretariat', 'LOOP', 'saveEvaluationSummary', {
        summary: `${MARK} resumé`,
        overall: `${MARK} samlet`,
        recommendationProduct: `${MARK} til produktet`,
        recommendationBoard: `${MARK} til bestyrelsen`,
        expectedVersion: 0,
      }),
    );

    const seen = new Map<string, boolean>();
    for (const persona of [
      'secretariat',
      'steering',
      'coordinator',
      'supplier',
      'municipality',
      'outsider',
    ]) {
      const all = await answers(persona);
      seen.set(persona, all.includes(MARK));
      if (persona === 'supplier') {
        // The supplier still reads the last completed round.
        expect(all).toContain('Afsluttet vurdering R1.');
      }
    }
    expect(Object.fromEntries(seen)).toEqual({
      secretariat: true,
      steering: true,
      coordinator: false,
      supplier: false,
      municipality: false,
      outsider: false,
    });

    // Completing the round publishes it, audit entries included.
    await lightAll('LOOP', ['R1']);
    const draft = await view('secretariat', 'LOOP');
    ok(
      await onProject('secretariat', 'LOOP', 'completeEvaluationRound', {
        expectedVersion: draft.evaluationRound!.version,
      }),
    );
    const audit = ok(await onProject('supplier', 'LOOP', 'getAuditLog', { cursor: null }));
    expect(JSON.stringify(audit)).toContain(MARK);
  });
});

describe('requirement tasks', () => {
  it('two concurrent clicks make one task; a second click names it; "another" is explicit', async () => {
    const issuesFor = async () => {
      // Counted later, as a person would: after Jira's index has caught up.
      await host.jira.indexCaughtUp();
      return (
        host.jira.handle({
          method: 'GET',
          path: `/rest/api/3/search/jql?jql=${encodeURIComponent('project = KITOS AND labels = os2-governance')}&fields=summary&maxResults=100`,
          auth: { kind: 'app' },
          declaredScopes: ['read:jira-work'],
        }).body as { issues: { fields: { summary: string } }[] }
      ).issues.filter((i) => i.fields.summary.includes(' G5 '));
    };
    const before = (await issuesFor()).length;
    const [a, b] = await Promise.all([
      onProject('coordinator', 'KITOS', 'createRequirementTask', { requirementId: 'G5' }),
      onProject('coordinator', 'KITOS', 'createRequirementTask', { requirementId: 'G5' }),
    ]);
    const oks = [a, b].filter((r) => r.ok);
    expect(oks).toHaveLength(1);
    const refused = [a, b].find((r) => !r.ok)!;
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { existing: { key: expect.any(String) } } },
    });
    expect((await issuesFor()).length).toBe(before + 1);
    // The task is in the answer at once (from the app's record, whatever Jira's index says).
    const row = (oks[0] as any).data.requirements.find((r: any) => r.id === 'G5');
    expect(row.linkedIssues).toHaveLength(1);
    expect((refused as any).error.details.existing.key).toBe(row.linkedIssues[0].key);

    const another = ok(
      await onProject('coordinator', 'KITOS', 'createRequirementTask', {
        requirementId: 'G5',
        another: true,
      }),
    );
    expect(another.requirements.find((r) => r.id === 'G5')!.linkedIssues).toHaveLength(2);
    expect((await issuesFor()).length).toBe(before + 2);
  });
});

describe('requirement tasks while Jira search lags', () => {
  it('shows the new task at once and counts it as open, though the search does not return it yet', async () => {
    // Jira's search index has not caught up: searches by id find nothing.
    const jira = host.jira as unknown as { handle: (req: { path: string; body?: unknown }) => unknown };
    const handle = jira.handle.bind(host.jira);
    let hidden = 0;
    jira.handle = (req) => {
      const answer = handle(req as never) as { status: number; body: unknown };
      const query = decodeURIComponent(req.path) + JSON.stringify(req.body ?? '');
      if (req.path.includes('/search') && query.includes('id in (')) {
        hidden += 1;
        return { ...answer, body: { ...(answer.body as object), issues: [] } };
      }
      return answer;
    };
    try {
      const created = ok(
        await onProject('coordinator', 'KITOS', 'createRequirementTask', { requirementId: 'G6' }),
      );
      const row = created.requirements.find((r) => r.id === 'G6')!;
      expect(row.linkedIssues).toEqual([
        expect.objectContaining({ key: expect.stringMatching(/^KITOS-\d+$/) }),
      ]);
      const again = await onProject('coordinator', 'KITOS', 'createRequirementTask', { requirementId: 'G6' });
      expect(again).toMatchObject({
        ok: false,
        error: { code: 'conflict', details: { existing: { key: row.linkedIssues[0]!.key } } },
      });
      expect(hidden).toBeGreaterThan(0);
    } finally {
      jira.handle = handle;
    }
  });
});

describe('audit log', () => {
  it('shows before → after per field with names, filters, and exports CSV that parses back to the rows', async () => {
    const all = ok(await onProject('municipality', 'KITOS', 'getAuditLog', { cursor: null }));
    const saved = all.entries.find((e) => e.action === 'assessment.saved' && e.target === 'F2')!;
    expect(saved.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: expect.any(String), after: 'Nej' },
        { field: 'explanation', before: expect.any(String), after: 'Licensen skiftes.' },
      ]),
    );
    expect(saved.targetLabel?.da).toBeTruthy();
    expect(saved.actor?.displayName).toBe('Louise Bach Andersen');

    const byPerson = ok(
      await onProject('municipality', 'KITOS', 'getAuditLog', {
        cursor: null,
        actor: accountIdOf('coordinator'),
      }),
    );
    expect(byPerson.entries.length).toBeGreaterThan(0);
    expect(byPerson.entries.every((e) => e.actor?.accountId === accountIdOf('coordinator'))).toBe(true);
    const byTarget = ok(
      await onProject('municipality', 'KITOS', 'getAuditLog', { cursor: null, target: 'F2' }),
    );
    expect(byTarget.entries.every((e) => e.target === 'F2')).toBe(true);
    const byKind = ok(
      await onProject('municipality', 'KITOS', 'getAuditLog', { cursor: null, kind: 'task' }),
    );
    expect(byKind.entries.map((e) => e.action)).toEqual(byKind.entries.map(() => 'task.created'));
    const future = ok(
      await onProject('municipality', 'KITOS', 'getAuditLog', { cursor: null, from: addDays(today(), 1) }),
    );
    expect(future.entries).toEqual([]);

    type Messages = { [key: string]: string | Messages };
    const i18n = makeI18n('da-DK', (key) => {
      let node: string | Messages | undefined = da as Messages;
      for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
      return typeof node === 'string' ? node : key;
    });
    const rows = auditTableRows(all.entries, i18n, { levelLabel: (l) => l });
    expect(rows.length).toBeGreaterThan(all.entries.length - 1);
    const csv = toCsv(
      AUDIT_CSV_COLUMNS.map((c) => i18n.t(c)),
      rows,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(csv);
    expect(parsed[0]).toEqual(AUDIT_CSV_COLUMNS.map((c) => i18n.t(c)));
    expect(parsed.slice(1)).toEqual(rows);
  });

  it('the admin page writes are readable in the app-wide log, by the secretariat only', async () => {
    ok(
      await invokeAs(
        host.runtime,
        'secretariat',
        'os2-admin',
        'setUserOrganisation',
        { accountId: accountIdOf('supplier')!, organisation: 'Aarhus Kommune' },
        { type: 'jira:adminPage' },
      ),
    );
    const log = ok(
      await invokeAs(
        host.runtime,
        'secretariat',
        'os2-admin',
        'getAppAuditLog',
        { cursor: null },
        { type: 'jira:adminPage' },
      ),
    );
    const mapped = log.entries.find((e) => e.action === 'member.organisation')!;
    expect(mapped.targetLabel?.da).toBe('Jonas Lykke Mikkelsen');
    expect(mapped.changes).toEqual([{ field: 'value', before: expect.any(String), after: 'Aarhus Kommune' }]);
    const settings = log.entries.find((e) => e.action === 'settings.saved')!;
    expect(settings.changes).toEqual(
      expect.arrayContaining([{ field: 'boardGroup', before: '', after: 'os2-bestyrelsen' }]),
    );
    for (const persona of ['coordinator', 'supplier', 'municipality']) {
      expect(
        await invokeAs(
          host.runtime,
          persona,
          'os2-admin',
          'getAppAuditLog',
          { cursor: null },
          { type: 'jira:adminPage' },
        ),
      ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});
