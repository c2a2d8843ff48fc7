/**
 * Who may call which resolver, as data: every function key of the contract × every persona × the
 * context it is called from (the persona's own product, a product they have no role in, a project or
 * issue that does not exist). `authorization.test.ts` runs every cell through the local host.
 *
 * The type makes a missing resolver a compile error, and the test fails at run time too, so a new
 * resolver cannot ship without its row. docs/authorization.md says the same in prose.
 */
import type { FunctionKey, InputOf } from '../../src/contract';
import type { PersonaId } from '../../emulator/jira/seed-types';

/**
 * `allowed`: past the permission check, whatever the record's state then says (opening a round
 * while one is open is a `conflict`, completing one with unlit requirements `invalid-input`, a
 * sprint or wish id the product does not know `not-found`).
 */
export type Outcome = 'ok' | 'allowed' | 'forbidden' | 'not-found';
export type Access = Readonly<Record<PersonaId, Outcome>>;

/**
 * Where the call comes from. `site`: a global page, the admin page or a gadget, no project.
 * `listed`: the global wishes page acting on a listed issue named in the payload, so the place is
 * where that issue lives.
 */
export type ContextKind = 'project' | 'issue' | 'site' | 'listed';
export type Place = 'own' | 'foreign' | 'absent';

/** What a row's payload may use; `issue` is a fresh story in the row's project for each call. */
export interface CallEnv {
  readonly place: Place;
  readonly persona: PersonaId;
  readonly project: { id: string; key: string };
  readonly issue: { id: string; key: string };
  /** Calls as the secretariat in the same context, for current versions and cursors. */
  read<K extends FunctionKey>(fn: K, input: InputOf<K>): Promise<unknown>;
  /** Calls as the secretariat in the same context and ignores the answer (sets the stage). */
  attempt<K extends FunctionKey>(fn: K, input: InputOf<K>): Promise<void>;
  /** Calls as the cell's persona in the same context; fails the test unless the answer is ok. */
  asPersona<K extends FunctionKey>(fn: K, input: InputOf<K>): Promise<unknown>;
  /** A Jira search token for the row's project (for `reindexWishes`). */
  searchToken(): string;
  accountOf(persona: PersonaId): string;
  organisationOf(persona: PersonaId): string;
}

export interface Row<K extends FunctionKey> {
  /** Distinguishes rows of one resolver (a different payload, a different rule). */
  readonly variant?: string;
  readonly context: ContextKind;
  readonly module: string;
  /** The own and foreign cells; every absent cell is `not-found`. `site` rows have only `own`. */
  readonly own: Access;
  readonly foreign?: Access;
  /** Runs before the call, as whoever must set the stage (e.g. support to withdraw). */
  readonly before?: (env: CallEnv) => Promise<void>;
  readonly input: (env: CallEnv) => Promise<InputOf<K>> | InputOf<K>;
}

export type Matrix = { readonly [K in FunctionKey]: readonly Row<K>[] };

const everyone = (outsider: Outcome, rest: Outcome): Access => ({
  secretariat: rest,
  steering: rest,
  coordinator: rest,
  supplier: rest,
  municipality: rest,
  outsider,
  board: rest,
});
const only = (allowed: readonly PersonaId[]): Access => {
  const access: Record<PersonaId, Outcome> = { ...everyone('not-found', 'forbidden') };
  for (const persona of allowed) access[persona] = 'ok';
  return access;
};

/** Anyone who may browse the project. */
export const BROWSE = everyone('not-found', 'ok');
/** Any logged-in user, whether or not they see any project. */
export const ANYONE = everyone('ok', 'ok');
/** Browse, and mapped to an organisation (the supplier's company is not one of the 98). */
const SIGNAL = only(['secretariat', 'steering', 'coordinator', 'municipality']);
/** The product's steering and coordination groups (and the secretariat, a Jira administrator). */
const EDITORS = only(['secretariat', 'steering', 'coordinator']);
/** The coordination group or the secretariat. */
const GROUP = only(['secretariat', 'coordinator']);
const SECRETARIAT = only(['secretariat']);
/** The secretariat passes the check; the round's state decides the rest. */
const SECRETARIAT_BY_STATE: Access = { ...SECRETARIAT, secretariat: 'allowed' };
/** Allowed past the check; the product's board, sprints and the wish's state decide the rest. */
const byState = (access: Access): Access =>
  Object.fromEntries(Object.entries(access).map(([p, o]) => [p, o === 'ok' ? 'allowed' : o])) as Access;
/** Lights and the overall evaluation are written into the product's open round. */
const withOpenRound = { before: (env: CallEnv) => env.attempt('openEvaluationRound', {}) };
const SUPPLIER = only(['supplier']);
const NOBODY = only([]);
/** Site-wide: the secretariat only, and an outsider is told no rather than not-found. */
const ADMIN: Access = { ...everyone('forbidden', 'forbidden'), secretariat: 'ok' };

const today = () => new Date().toISOString().slice(0, 10);

type Versioned = { version: number };
const field = <T>(value: unknown, pick: (v: any) => T): T => pick(value);

const projectRow = <K extends FunctionKey>(
  own: Access,
  foreign: Access,
  input: Row<K>['input'],
  extra: Partial<Row<K>> = {},
): Row<K> => ({ context: 'project', module: 'os2-project-page', own, foreign, input, ...extra });

const issueRow = <K extends FunctionKey>(
  own: Access,
  foreign: Access,
  input: Row<K>['input'],
  extra: Partial<Row<K>> = {},
): Row<K> => ({ context: 'issue', module: 'os2-wish-panel', own, foreign, input, ...extra });

const listedRow = <K extends FunctionKey>(own: Access, input: Row<K>['input']): Row<K> => ({
  context: 'listed',
  module: 'os2-portfolio',
  own,
  foreign: own,
  input,
});

const siteRow = <K extends FunctionKey>(module: string, own: Access, input: Row<K>['input']): Row<K> => ({
  context: 'site',
  module,
  own,
  input,
});

const view = (env: CallEnv) => env.read('getGovernanceView', {});
const assessmentVersion = async (env: CallEnv, id: string) =>
  field(await view(env), (v) => v.requirements.find((r: any) => r.id === id).assessmentVersion as number);
const evaluationVersion = async (env: CallEnv, id: string) =>
  field(
    await view(env),
    (v) => (v.requirements.find((r: any) => r.id === id).evaluation?.version ?? 0) as number,
  );
const wishViewsVersion = async (env: CallEnv) =>
  field(await env.read('listWishes', {}), (v) => (v.views?.version ?? 0) as number);
const exported = async (env: CallEnv, kind: InputOf<'exportDocument'>['kind']) =>
  field(await env.read('exportDocument', { kind }), (d) => d.content as string);

export const MATRIX: Matrix = {
  getSession: [siteRow('os2-portfolio', ANYONE, () => ({}))],
  getGovernanceView: [projectRow(BROWSE, BROWSE, () => ({}))],
  getBacklogPage: [projectRow(BROWSE, BROWSE, () => ({ startAt: 0 }))],
  saveAssessment: [
    projectRow(EDITORS, SECRETARIAT, async (env) => ({
      requirementId: 'S1',
      status: { kind: 'known', value: 'Ja' },
      documentation: 'https://os2.eu/strategi',
      explanation: '',
      links: [],
      expectedVersion: await assessmentVersion(env, 'S1'),
    })),
  ],
  saveEvaluation: [
    projectRow(
      SECRETARIAT,
      SECRETARIAT,
      async (env) => ({
        requirementId: 'R1',
        light: 'green',
        basis: 'Dokumenteret brug i 14 kommuner.',
        recommendation: '',
        expectedVersion: await evaluationVersion(env, 'R1'),
      }),
      withOpenRound,
    ),
  ],
  saveEvaluationSummary: [
    projectRow(
      SECRETARIAT,
      SECRETARIAT,
      async (env) => ({
        summary: 'Resumé',
        overall: 'Overordnet',
        recommendationProduct: '',
        recommendationBoard: 'Fastholdes.',
        expectedVersion: field(await view(env), (v) => (v.evaluationSummary?.version ?? 0) as number),
      }),
      withOpenRound,
    ),
  ],
  openEvaluationRound: [projectRow(SECRETARIAT_BY_STATE, SECRETARIAT_BY_STATE, () => ({}))],
  completeEvaluationRound: [
    projectRow(
      SECRETARIAT_BY_STATE,
      SECRETARIAT_BY_STATE,
      async (env) => ({
        expectedVersion: field(await view(env), (v) => (v.evaluationRound?.version ?? 0) as number),
      }),
      withOpenRound,
    ),
  ],
  recordDecision: [
    projectRow(SECRETARIAT, SECRETARIAT, async (env) => ({
      date: today(),
      kind: 'kept',
      resultingLevel: field(await view(env), (v) => v.current?.level ?? null),
      basis: 'Halvårlig evaluering.',
      decidedBy: 'secretariat',
      reference: '',
    })),
  ],
  // `another`: each allowed persona makes its own task (one open task per requirement otherwise).
  createRequirementTask: [projectRow(EDITORS, SECRETARIAT, () => ({ requirementId: 'F11', another: true }))],
  getAuditLog: [projectRow(BROWSE, BROWSE, () => ({ cursor: null }))],
  exportDocument: [projectRow(BROWSE, BROWSE, () => ({ kind: 'governance-report' }))],
  previewImport: [
    projectRow(EDITORS, SECRETARIAT, async (env) => ({
      kind: 'self-assessment',
      fileName: 'rapport.md',
      content: await exported(env, 'governance-report'),
    })),
    projectRow(
      SECRETARIAT,
      SECRETARIAT,
      async (env) => ({
        kind: 'evaluation-report',
        fileName: 'evaluering.md',
        content: await exported(env, 'evaluation-report'),
      }),
      { variant: 'evaluation report', ...withOpenRound },
    ),
  ],
  applyImport: [
    projectRow(EDITORS, SECRETARIAT, async (env) => {
      const content = await exported(env, 'governance-report');
      const input = { kind: 'self-assessment', fileName: 'rapport.md', content } as const;
      const preview = await env.read('previewImport', input);
      return { ...input, basedOn: field(preview, (p) => p.basedOn as string) };
    }),
  ],
  getProductSettings: [projectRow(BROWSE, BROWSE, () => ({}), { module: 'os2-project-settings' })],
  saveProductSettings: [
    projectRow(
      // The coordinator administers OS2loop's project in Jira.
      GROUP,
      SECRETARIAT,
      async (env) => {
        const settings = field(await env.read('getProductSettings', {}), (s) => s.profile as Versioned);
        const { version, ...fields } = settings as Versioned & Record<string, unknown>;
        return {
          ...(fields as Omit<InputOf<'saveProductSettings'>, 'expectedVersion'>),
          expectedVersion: version,
        };
      },
      { module: 'os2-project-settings' },
    ),
  ],
  getAppSettings: [siteRow('os2-admin', ADMIN, () => ({}))],
  getAppAuditLog: [siteRow('os2-admin', ADMIN, () => ({ cursor: null }))],
  saveAppSettings: [
    siteRow('os2-admin', ADMIN, async (env) => {
      const settings = field(await env.read('getAppSettings', {}), (s) => s.settings as Versioned);
      const { version, ...fields } = settings as Versioned & Record<string, unknown>;
      return { ...(fields as Omit<InputOf<'saveAppSettings'>, 'expectedVersion'>), expectedVersion: version };
    }),
  ],
  setUserOrganisation: [
    siteRow('os2-admin', ADMIN, (env) => ({
      accountId: env.accountOf('municipality'),
      organisation: env.organisationOf('municipality'),
    })),
  ],
  getWishPanel: [issueRow(BROWSE, BROWSE, () => ({}))],
  getWishBadge: [issueRow(BROWSE, BROWSE, () => ({}), { module: 'os2-wish-badge' })],
  supportWish: [
    issueRow(SIGNAL, SIGNAL, () => ({ support: true })),
    issueRow(SIGNAL, SIGNAL, () => ({ support: false }), {
      variant: 'withdraw',
      before: async (env) => {
        if (SIGNAL[env.persona] === 'ok') await env.asPersona('supportWish', { support: true });
      },
    }),
  ],
  pledgeWish: [
    issueRow(SIGNAL, SIGNAL, () => ({ amountDkk: 25_000, state: 'committed' }), {
      variant: 'own organisation',
    }),
    issueRow(
      GROUP,
      SECRETARIAT,
      () => ({ amountDkk: 10_000, state: 'invoiced', organisation: 'Vejle Kommune' }),
      {
        variant: 'another organisation, invoiced',
      },
    ),
  ],
  withdrawPledge: [
    issueRow(GROUP, SECRETARIAT, () => ({ organisation: 'Vejle Kommune' }), {
      before: async (env) => {
        await env.read('pledgeWish', {
          amountDkk: 10_000,
          state: 'indicated',
          organisation: 'Vejle Kommune',
        });
      },
    }),
  ],
  setWishRequester: [
    issueRow(GROUP, SECRETARIAT, () => ({ organisation: 'Vejle Kommune', basedOn: null }), {
      variant: 'any organisation',
    }),
    issueRow(SIGNAL, SIGNAL, (env) => ({ organisation: env.organisationOf(env.persona), basedOn: null }), {
      variant: 'claim for own organisation',
    }),
  ],
  setWishQualification: [
    issueRow(GROUP, SECRETARIAT, () => ({ itemId: 'requester.title', checked: true }), {
      variant: "a requester's item",
    }),
    issueRow(SUPPLIER, NOBODY, () => ({ itemId: 'supplier.codeReview', checked: true }), {
      variant: "a supplier's item",
    }),
  ],
  setWishEstimate: [
    issueRow(SUPPLIER, NOBODY, () => ({ estimate: { hours: 40, amountDkk: 32_000 }, basedOn: null })),
  ],
  setWishRating: [issueRow(GROUP, SECRETARIAT, () => ({ value: 4, urgency: 2, basedOn: null }))],
  transitionWish: [
    issueRow(GROUP, SECRETARIAT, () => ({
      to: 'under-evaluation',
      reason: '',
      duplicateOf: '',
      basedOn: null,
    })),
  ],
  // A fresh story is received and in To Do: in step, so past the check nothing moves.
  syncJiraStatus: [issueRow(GROUP, SECRETARIAT, () => ({ basedOn: null }))],
  setWishEvidence: [
    issueRow(
      SIGNAL,
      SIGNAL,
      () => ({
        evidence: { url: 'https://aarhus.dk/notat', quote: 'Sparer os en dag om ugen.' },
        basedOn: null,
      }),
      {
        before: async (env) => {
          if (SIGNAL[env.persona] === 'ok') await env.asPersona('supportWish', { support: true });
        },
      },
    ),
  ],
  addWishDecision: [
    issueRow(GROUP, SECRETARIAT, (env) => ({
      id: `matrix-${env.issue.id}`,
      date: today(),
      decision: 'Prioriteres i næste runde.',
      rationale: 'Mange kommuner står bag.',
      meetingReference: 'KG-møde',
    })),
  ],
  listWishes: [projectRow(BROWSE, BROWSE, () => ({}))],
  bulkTransitionWishes: [
    projectRow(GROUP, SECRETARIAT, (env) => ({
      items: [{ issueId: env.issue.id, basedOn: null }],
      to: 'under-evaluation',
      reason: '',
      duplicateOf: '',
    })),
  ],
  saveWishView: [
    projectRow(GROUP, SECRETARIAT, async (env) => ({
      id: `matrix-${env.issue.id}`,
      name: `Matricen ${env.persona}`,
      query: 'sort=value.asc&gap=1',
      expectedVersion: await wishViewsVersion(env),
    })),
  ],
  deleteWishView: [
    projectRow(
      GROUP,
      SECRETARIAT,
      async (env) => ({ id: `matrix-${env.issue.id}`, expectedVersion: await wishViewsVersion(env) }),
      {
        before: async (env) =>
          env.attempt('saveWishView', {
            id: `matrix-${env.issue.id}`,
            name: `Slettes ${env.issue.key}`,
            query: 'status=accepted',
            expectedVersion: await wishViewsVersion(env),
          }),
      },
    ),
  ],
  getWishSettings: [projectRow(BROWSE, BROWSE, () => ({}))],
  saveWishSettings: [
    projectRow(GROUP, SECRETARIAT, async (env) => {
      const settings = field(await env.read('getWishSettings', {}), (s) => s.settings);
      const { version, updatedAt: _at, updatedBy: _by, ...values } = settings;
      return { ...values, expectedVersion: version };
    }),
  ],
  reindexWishes: [projectRow(GROUP, SECRETARIAT, (env) => ({ cursor: env.searchToken() }))],
  // The project's latest re-scoring job (none yet is an answer too).
  getWishJobProgress: [projectRow(BROWSE, BROWSE, () => ({ jobId: null }))],
  getWishIntake: [siteRow('os2-portfolio', ANYONE, () => ({}))],
  submitWish: [
    // Without Create Issues a mapped user's wish is created by the app; the supplier's company is
    // not one of the 98, and holds no role on the foreign product.
    projectRow(BROWSE, SIGNAL, (env) => ({
      title: `Ønske fra matricen ${env.issue.key}`,
      problem: 'Sagsbehandlerne mangler overblik.',
      value: 'Sparer tid i alle kommuner.',
      userStories: '',
      acceptanceCriteria: '',
      documentation: '',
      submissionId: `matrix-${env.issue.id}-${env.persona}`,
    })),
  ],
  findSimilarWishes: [projectRow(BROWSE, BROWSE, () => ({ title: 'Overblik over kontrakter' }))],
  listAllWishes: [
    siteRow('os2-portfolio', ANYONE, () => ({ cursor: null, mine: 'all', status: 'all', search: '' })),
    {
      ...siteRow('os2-portfolio', { ...ANYONE, supplier: 'forbidden', outsider: 'forbidden' }, () => ({
        cursor: null,
        mine: 'any',
        status: 'all',
        search: '',
      })),
      variant: 'my organisation',
    },
  ],
  supportListedWish: [listedRow(SIGNAL, (env) => ({ issueId: env.issue.id, support: true }))],
  pledgeListedWish: [
    listedRow(SIGNAL, (env) => ({ issueId: env.issue.id, amountDkk: 15_000, state: 'indicated' })),
  ],
  listUnmarkedWishes: [projectRow(GROUP, SECRETARIAT, () => ({ cursor: null }))],
  markAsWishes: [projectRow(GROUP, SECRETARIAT, (env) => ({ issueIds: [env.issue.id] }))],
  // --- admin directory
  searchJiraGroups: [siteRow('os2-admin', ADMIN, () => ({ query: 'os2' }))],
  searchJiraUsers: [siteRow('os2-admin', ADMIN, () => ({ query: 'Sofie' }))],
  setGroupOrganisation: [
    siteRow('os2-admin', ADMIN, async (env) => ({
      group: 'aarhus-kommune-brugere',
      organisation: 'Aarhus Kommune',
      expectedVersion: field(await env.read('getAppSettings', {}), (s) => s.groupMappings.version as number),
    })),
  ],
  // --- end admin directory
  // Sprint planning: the personas' own product has no planned sprint of its own, so the writes
  // are checked for who passes; the sprint e2e and integration tests cover what then happens.
  getSprintPlan: [projectRow(BROWSE, BROWSE, () => ({}))],
  planIntoSprint: [
    projectRow(byState(GROUP), byState(SECRETARIAT), (env) => ({
      issueId: env.issue.id,
      sprintId: 1,
      confirmed: [],
    })),
  ],
  removeFromSprint: [projectRow(byState(GROUP), byState(SECRETARIAT), (env) => ({ issueId: env.issue.id }))],
  rankInSprint: [
    projectRow(byState(GROUP), byState(SECRETARIAT), (env) => ({
      issueId: env.issue.id,
      anchorIssueId: env.issue.id,
      position: 'before',
    })),
  ],
  setSprintCapacity: [
    projectRow(byState(SUPPLIER), NOBODY, () => ({ sprintId: 1, hours: 120, expectedVersion: 0 })),
  ],
  setSprintEstimate: [
    projectRow(byState(SUPPLIER), NOBODY, (env) => ({
      issueId: env.issue.id,
      hours: 40,
      amountDkk: 32_000,
      basedOn: null,
    })),
  ],
  saveSprintSettings: [
    projectRow(byState(GROUP), byState(SECRETARIAT), () => ({
      shareFundingWithSupplier: false,
      expectedVersion: 0,
    })),
  ],
  settleDelivery: [
    projectRow(byState(GROUP), byState(SECRETARIAT), (env) => ({
      issueId: env.issue.id,
      expectedVersion: 1,
    })),
  ],
  exportSprintDocument: [projectRow(GROUP, SECRETARIAT, () => ({ kind: 'settlement-csv', sprintId: null }))],
  getPortfolio: [siteRow('os2-portfolio', ANYONE, () => ({}))],
  getGadget: [siteRow('os2-level-gadget', ANYONE, () => ({}))],
};
