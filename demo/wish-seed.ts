/**
 * Demo wishes, written through the app's real resolvers, as the people who would make
 * each change: the secretariat links users to their organisations, municipal users name their
 * organisation as requester and support, the coordination group rates, decides and moves the
 * status, the product's supplier estimates and ticks the supplier's checklist. Every organisation,
 * amount and text is invented demo data.
 */
import { ORGANISATIONS } from '../src/domain/organisations';
import type { FunctionKey, InputOf, OutputOf } from '../src/contract';
import type { ForgeRuntime } from '../emulator/host/runtime';
import { invokeAs, ok, type Extension } from './invoke';
import { PEOPLE, type Person } from './people';
import { personaAccountId } from './index';
import type { JiraSeed, SeedIssue, SeedProject } from '../emulator/jira/seed-types';

type Status =
  'received' | 'under-evaluation' | 'on-hold' | 'rejected' | 'accepted' | 'ordered' | 'in-progress';

interface WishPlan {
  status: Status;
  supporters: number;
  pledges?: [amountDkk: number, state: 'indicated' | 'committed'][];
  rating?: [value: number, urgency: number];
  estimate?: [hours: number, amountDkk: number];
  /** Tick the requester's five items (all nine when the wish is ordered). */
  qualify?: boolean;
  /** Also the supplier's four items on a wish not yet ordered (ready to order). */
  supplierQualify?: boolean;
  reason?: string;
  decision?: string;
}

/** Richer plans for the two products the personas work on; two light ones for every other product. */
const PLANS: Record<string, WishPlan[]> = {
  KITOS: [
    {
      status: 'accepted',
      supporters: 4,
      pledges: [[40_000, 'committed']],
      rating: [4, 3],
      estimate: [180, 150_000],
      qualify: true,
      decision: 'Accepteret og prioriteret som nr. 2 på listen.',
    },
    {
      status: 'ordered',
      supporters: 3,
      pledges: [
        [25_000, 'committed'],
        [15_000, 'indicated'],
      ],
      rating: [5, 4],
      estimate: [120, 96_000],
      qualify: true,
      decision: 'Bestilt hos leverandøren til næste sprint.',
    },
    { status: 'under-evaluation', supporters: 2, rating: [3, 2] },
    {
      status: 'on-hold',
      supporters: 1,
      reason: 'Afventer den nye fælleskommunale datamodel for kontrakter.',
    },
  ],
  LOOP: [
    {
      status: 'accepted',
      supporters: 3,
      pledges: [[30_000, 'indicated']],
      rating: [4, 4],
      estimate: [90, 72_000],
      qualify: true,
      decision: 'Accepteret; finansieres af fællesbudgettet og medfinansiering.',
    },
    {
      status: 'in-progress',
      supporters: 5,
      pledges: [[50_000, 'committed']],
      rating: [5, 3],
      estimate: [200, 160_000],
      qualify: true,
      decision: 'Bestilt; leverandøren er i gang.',
    },
    { status: 'received', supporters: 0 },
    {
      status: 'rejected',
      supporters: 1,
      reason: 'Løses bedre i den enkelte kommunes eget intranet end i OS2loop.',
    },
  ],
};
// Sprint planning: OS2valghalla's funded wishes, ready for its future sprint. With the product's
// common budget share per wish (demo/sprint-seed.ts) each is funded partly by pledges, partly by
// the common budget; the first three fit the supplier's capacity, the fourth does not.
const FUNDED = (hours: number, amountDkk: number, pledges: WishPlan['pledges']): WishPlan => ({
  status: 'ordered',
  supporters: 3,
  pledges,
  rating: [4, 3],
  estimate: [hours, amountDkk],
  qualify: true,
  decision: 'Bestilt til en kommende sprint efter koordinationsgruppens prioritering.',
});
PLANS.VALGHAL = [
  FUNDED(80, 64_000, [[30_000, 'committed']]),
  FUNDED(90, 72_000, [
    [40_000, 'committed'],
    [10_000, 'indicated'],
  ]),
  {
    ...FUNDED(100, 80_000, [[50_000, 'committed']]),
    status: 'accepted',
    supporters: 2,
    supplierQualify: true,
  },
  FUNDED(120, 96_000, [[60_000, 'committed']]),
  { status: 'under-evaluation', supporters: 2, rating: [3, 3] },
];
/** Wishes planned from the backlog use issues in no sprint, not done, so they are free to plan. */
const FROM_BACKLOG = new Set(['VALGHAL']);

const DEFAULT_PLANS: WishPlan[] = [
  { status: 'under-evaluation', supporters: 2, rating: [3, 3] },
  { status: 'received', supporters: 1 },
];

type ItemId = InputOf<'setWishQualification'>['itemId'];
const REQUESTER_ITEMS: ItemId[] = [
  'requester.title',
  'requester.description',
  'requester.userStories',
  'requester.acceptanceCriteria',
  'requester.documentation',
];
const SUPPLIER_ITEMS: ItemId[] = [
  'supplier.startConditions',
  'supplier.integrations',
  'supplier.githubArchitecture',
  'supplier.codeReview',
];

const byAccount = new Map(PEOPLE.map((p) => [p.accountId, p]));
const municipal = PEOPLE.filter((p) => p.kind === 'municipality' && ORGANISATIONS.includes(p.organisation));

export async function seedWishes(runtime: ForgeRuntime, seed: JiraSeed): Promise<void> {
  const invoke = async <K extends FunctionKey>(
    accountId: string,
    moduleKey: string,
    extension: Extension,
    fn: K,
    input: InputOf<K>,
  ): Promise<OutputOf<K>> =>
    ok(
      await invokeAs(runtime, { accountId }, moduleKey, fn, input, extension),
      `Seeding wishes: ${fn} as ${accountId}`,
    );

  // The secretariat links every demo user who works for a municipality or public body to it.
  // The board member is left out: they act for Aarhus through the group mapping an administrator sets.
  const linkable = PEOPLE.filter((p) => p.kind !== 'board' && ORGANISATIONS.includes(p.organisation));
  for (const p of linkable) {
    await invoke(personaAccountId('secretariat'), 'os2-admin', {}, 'setUserOrganisation', {
      accountId: p.accountId,
      organisation: p.organisation,
    });
  }

  for (const [projectIndex, project] of seed.projects.entries()) {
    const plans = PLANS[project.key] ?? DEFAULT_PLANS;
    const wishStories = project.issues.filter(
      (i) => i.issueType === 'Story' && i.labels.includes('udviklingsønske'),
    );
    const backlog = wishStories.filter((i) => i.sprintId === undefined && i.status === 'To Do');
    const storyFor = (wishIndex: number) =>
      FROM_BACKLOG.has(project.key) ? backlog[wishIndex] : wishStories[wishIndex * 2];
    const coordinator = project.roles.Koordinationsgruppe.users[0];
    const supplier = project.roles.Leverandør.users[0];
    if (!coordinator) continue;
    for (const [wishIndex, plan] of plans.entries()) {
      const issue = storyFor(wishIndex);
      if (!issue) break;
      const ext = {
        type: 'jira:issuePanel',
        issue: { id: issue.id, key: issue.key },
        project: { id: project.id, key: project.key },
      };
      const call: Call = (accountId, fn, input) => invoke(accountId, 'os2-wish-panel', ext, fn, input);
      await seedOne(call, project, issue, plan, projectIndex * 5 + wishIndex, coordinator, supplier);
    }
  }
}

const ORDER_OVERRIDE =
  'Bestilt efter beslutning på koordinationsgruppens møde; restfinansieringen afklares i næste budgetår.';

type Call = <K extends FunctionKey>(accountId: string, fn: K, input: InputOf<K>) => Promise<OutputOf<K>>;

async function seedOne(
  call: Call,
  project: SeedProject,
  issue: SeedIssue,
  plan: WishPlan,
  offset: number,
  coordinator: string,
  supplier: string | undefined,
): Promise<void> {
  // The reporter's organisation requests it when the reporter works for one; else the group names one.
  const reporter = byAccount.get(issue.reporterAccountId);
  const requester: Person =
    reporter && municipal.includes(reporter) ? reporter : municipal[offset % municipal.length]!;
  if (requester === reporter) {
    await call(requester.accountId, 'setWishRequester', {
      organisation: requester.organisation,
      basedOn: null,
    });
  } else {
    await call(coordinator, 'setWishRequester', { organisation: requester.organisation, basedOn: null });
  }

  const others = municipal.filter((p) => p.organisation !== requester.organisation);
  const supporters: Person[] = [];
  for (let i = 0; supporters.length < plan.supporters && i < others.length; i++) {
    const candidate = others[(offset * 3 + i * 7) % others.length]!;
    if (!supporters.some((s) => s.organisation === candidate.organisation)) supporters.push(candidate);
  }
  for (const s of supporters) await call(s.accountId, 'supportWish', { support: true });
  for (const [i, [amountDkk, state]] of (plan.pledges ?? []).entries()) {
    const who = supporters[i] ?? requester;
    await call(who.accountId, 'pledgeWish', { amountDkk, state });
  }
  if (plan.rating) {
    await call(coordinator, 'setWishRating', {
      value: plan.rating[0],
      urgency: plan.rating[1],
      basedOn: null,
    });
  }
  const ordered = plan.status === 'ordered' || plan.status === 'in-progress';
  if (plan.qualify) {
    for (const itemId of REQUESTER_ITEMS)
      await call(coordinator, 'setWishQualification', { itemId, checked: true });
  }
  if (plan.estimate && supplier) {
    await call(supplier, 'setWishEstimate', {
      estimate: { hours: plan.estimate[0], amountDkk: plan.estimate[1] },
      basedOn: null,
    });
    if (ordered || plan.supplierQualify) {
      for (const itemId of SUPPLIER_ITEMS)
        await call(supplier, 'setWishQualification', { itemId, checked: true });
    }
  }
  const path: Status[] =
    plan.status === 'ordered'
      ? ['accepted', 'ordered']
      : plan.status === 'in-progress'
        ? ['accepted', 'ordered', 'in-progress']
        : plan.status === 'received'
          ? []
          : [plan.status];
  let statusChangedAt: string | null = null;
  let missing = 0;
  for (const to of path) {
    // Demo orders whose pledges do not cover the estimate show the coordination group's override.
    const override = to === 'ordered' && missing > 0 ? ORDER_OVERRIDE : undefined;
    const panel: OutputOf<'transitionWish'> = await call(coordinator, 'transitionWish', {
      to,
      reason: to === 'on-hold' || to === 'rejected' ? (plan.reason ?? 'Se beslutningsloggen.') : '',
      duplicateOf: '',
      basedOn: statusChangedAt,
      ...(override ? { override } : {}),
    });
    statusChangedAt = panel.wish.statusChangedAt;
    missing = panel.orderReadiness.missing.length;
  }
  if (plan.decision) {
    await call(coordinator, 'addWishDecision', {
      id: `seed-${issue.id}`,
      date: '2026-10-21',
      decision: plan.decision,
      rationale: `Koordinationsgruppen for ${project.name} vurderede ønsket ud fra værdi, rækkevidde og estimat.`,
      meetingReference: 'KG-møde 21. oktober 2026, pkt. 3',
    });
  }
}
