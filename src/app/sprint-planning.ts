/**
 * The Sprint planning sub-page: the product's board and its open sprints with the supplier's
 * capacity, the wishes ready to plan, the common budget left for the year, and the delivered
 * wishes to settle. Loading it also lets each wish's status follow its sprint (ordered → in
 * progress once the sprint has started, delivered once the issue is done), through the wish
 * record's own transition and audited with the app as the actor.
 */
import type { Person, SprintColumn, SprintPlanView, SprintWishRow } from '../contract';
import {
  acceptanceCriteria,
  budgetLeft,
  followSteps,
  loadOf,
  placementWarnings,
  PLANNABLE_STATUSES,
  settlementProposal,
  wishFunding,
  wishWarnings,
  type Load,
  type Settlement,
  type SprintCapacity,
} from '../domain/sprint';
import { orderReadiness, readWish, transition, type ScoreSettings, type WishDocument } from '../domain/wish';
import { todayInCopenhagen } from '../domain/wish/rules';
import {
  getBoardIssues,
  getBoardSprints,
  getScrumBoards,
  searchIssues,
  type AgileSprint,
  type BoardIssue,
} from '../platform/jira-gateway';
import { queryPartition } from '../platform/storage';
import { asAppError } from './errors';
import { projectAccessFromContext, type ProjectAccess } from './access';
import type { Caller } from './caller';
import { APP_ACTOR, peopleById } from './people';
import { loadCapacities, loadSettlements, loadSprintSettings } from './sprint-store';
import { wishCan } from './wish-access';
import { commonBudgetPerWish, loadWishSettings, scoreSettingsOf } from './wish-settings';
import { mutateWish, WISH_ENTITY, type StoredWish, type WishTarget } from './wish-store';

/** Wish statuses the planning page reads. */
const PLANNING_STATUSES = new Set(['accepted', 'ordered', 'in-progress', 'delivered']);
const ISSUE_FIELDS = 'summary,status,description,sprint,closedSprints';
const CLOSED_SHOWN = 5;

export interface PlanIssue {
  id: string;
  key: string;
  summary: string;
  jiraStatus: string;
  jiraStatusCategory: string;
  description: unknown;
  openSprint: { id: number; name: string; state: AgileSprint['state'] } | null;
  lastSprintName: string | null;
  lastSprintId: number | null;
  closedSprintCount: number;
}

/** Everything the planning use cases need, read once per call. */
export interface PlanContext {
  access: ProjectAccess;
  score: ScoreSettings;
  perWishDkk: number;
  sprintSettings: { shareFundingWithSupplier: boolean; version: number };
  boardId: number | null;
  openSprints: AgileSprint[];
  closedSprints: AgileSprint[];
  records: Map<string, WishDocument>;
  issues: Map<string, PlanIssue>;
  capacities: Map<number, SprintCapacity>;
  settlements: Map<string, Settlement>;
  year: number;
  followed: number;
}

/** The coordination group (or the secretariat) plans and settles; the supplier sets capacity and estimates. */
export const sprintCan = {
  plan: (a: ProjectAccess) => wishCan.govern(a),
  supply: (a: ProjectAccess) => wishCan.supply(a),
  /** Pledges, ratings and score: the group always; the supplier when the product shares them. */
  seePrivate: (a: ProjectAccess, shareFundingWithSupplier: boolean) =>
    wishCan.govern(a) || (wishCan.supply(a) && shareFundingWithSupplier),
};

function planIssueOf(issue: BoardIssue): PlanIssue {
  const closed = issue.fields.closedSprints ?? [];
  const open = issue.fields.sprint ?? null;
  return {
    id: issue.id,
    key: issue.key,
    summary: issue.fields.summary ?? '',
    jiraStatus: issue.fields.status?.name ?? '',
    jiraStatusCategory: issue.fields.status?.statusCategory?.key ?? 'new',
    description: issue.fields.description ?? null,
    openSprint: open && open.state !== 'closed' ? { id: open.id, name: open.name, state: open.state } : null,
    lastSprintName: open?.name ?? closed[closed.length - 1]?.name ?? null,
    lastSprintId: open?.id ?? closed[closed.length - 1]?.id ?? null,
    closedSprintCount: closed.length,
  };
}

/** The issues of these records as the caller sees them on the board (Jira checks Browse itself). */
async function boardIssues(caller: Caller, boardId: number, ids: string[]): Promise<Map<string, PlanIssue>> {
  const out = new Map<string, PlanIssue>();
  if (ids.length === 0) return out;
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    let found: BoardIssue[];
    try {
      found = await getBoardIssues(caller.jira.asUser, boardId, `id in (${chunk.join(', ')})`, ISSUE_FIELDS);
    } catch (error) {
      // Jira refuses `id in` naming an issue that was deleted or is hidden: ask one by one instead.
      if (asAppError(error)?.code !== 'invalid-input') throw error;
      found = [];
      for (const id of chunk) {
        const one = await getBoardIssues(caller.jira.asUser, boardId, `id = ${id}`, ISSUE_FIELDS).catch(
          () => [],
        );
        found.push(...one);
      }
    }
    for (const issue of found) out.set(issue.id, planIssueOf(issue));
  }
  return out;
}

/** Loads the plan's facts, then lets the statuses follow their sprints. */
export async function loadPlanContext(caller: Caller): Promise<PlanContext> {
  const access = await projectAccessFromContext(caller);
  const projectId = access.projectId;
  const [wishSettings, sprintSettings, capacities, settlements, stored, boards] = await Promise.all([
    loadWishSettings(projectId),
    loadSprintSettings(projectId),
    loadCapacities(projectId),
    loadSettlements(projectId),
    queryPartition<StoredWish>(WISH_ENTITY, 'by-project', [projectId], { max: 1000 }),
    getScrumBoards(caller.jira.asUser, projectId),
  ]);
  const records = new Map<string, WishDocument>();
  for (const row of stored) {
    const read = readWish(row.value.record);
    if (read.ok && PLANNING_STATUSES.has(read.doc.status)) records.set(row.key, read.doc);
  }
  const boardId = caller.boardId ?? boards.values[0]?.id ?? null;
  const sprints =
    boardId === null ? [] : await getBoardSprints(caller.jira.asUser, boardId, 'active,future,closed');
  const issues = boardId === null ? new Map() : await boardIssues(caller, boardId, [...records.keys()]);
  const ctx: PlanContext = {
    access,
    score: scoreSettingsOf(wishSettings.values, access.profile),
    perWishDkk: commonBudgetPerWish(wishSettings.values, access.profile),
    sprintSettings,
    boardId,
    openSprints: sprints.filter((s) => s.state !== 'closed'),
    closedSprints: sprints
      .filter((s) => s.state === 'closed')
      .sort((a, b) => (b.completeDate ?? '').localeCompare(a.completeDate ?? '') || b.id - a.id),
    records,
    issues,
    capacities,
    settlements,
    year: Number(todayInCopenhagen().slice(0, 4)),
    followed: 0,
  };
  await followSprints(caller, ctx);
  return ctx;
}

export const targetFor = (ctx: PlanContext, issue: { id: string; key: string }): WishTarget => ({
  issueId: issue.id,
  issueKey: issue.key,
  projectId: ctx.access.projectId,
  score: ctx.score,
});

/** Ordered → in progress → delivered as the sprint and the issue say; audited as the app. */
async function followSprints(caller: Caller, ctx: PlanContext): Promise<void> {
  const app: Caller = { ...caller, accountId: APP_ACTOR };
  for (const [issueId, doc] of ctx.records) {
    const issue = ctx.issues.get(issueId);
    if (!issue || (doc.status !== 'ordered' && doc.status !== 'in-progress')) continue;
    const facts = {
      sprintState: issue.openSprint?.state ?? (issue.closedSprintCount > 0 ? ('closed' as const) : null),
      issueDone: issue.jiraStatusCategory === 'done',
    };
    if (followSteps(doc.status, facts).length === 0) continue;
    const result = await mutateWish(
      app,
      targetFor(ctx, issue),
      (current, at) => {
        let next = current;
        for (const to of followSteps(current.status, facts)) {
          const moved = transition(next, to, { by: APP_ACTOR, at }, ctx.score);
          if (!moved.ok) return moved;
          next = moved.doc;
        }
        // Several moves in one write are one new version.
        return next === current
          ? { ok: true, doc: current, changed: false }
          : { ok: true, doc: { ...next, version: current.version + 1 }, changed: true };
      },
      {
        action: 'wish.status',
        pick: (d) => ({ status: d.status, followed: issue.openSprint?.name ?? issue.lastSprintName }),
      },
    ).catch((error: unknown) => {
      // One wish that cannot follow (busy, refused) does not keep the page from loading.
      console.warn(`Wish ${issue.key} did not follow its sprint`, error);
      return null;
    });
    if (result?.changed) {
      ctx.records.set(issueId, result.doc);
      ctx.followed += 1;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The view

export function rowOf(
  ctx: PlanContext,
  doc: WishDocument,
  issue: PlanIssue,
  showPrivate: boolean,
): SprintWishRow {
  const funding = wishFunding(doc, ctx.perWishDkk);
  const settled = ctx.settlements.get(issue.id);
  const govern = sprintCan.plan(ctx.access);
  return {
    issueId: issue.id,
    key: issue.key,
    summary: issue.summary,
    jiraStatus: issue.jiraStatus,
    jiraStatusCategory: issue.jiraStatusCategory,
    status: doc.status,
    statusChangedAt: doc.statusChangedAt,
    version: doc.version,
    score: showPrivate ? doc.score : null,
    value: showPrivate ? doc.value : null,
    urgency: showPrivate ? doc.urgency : null,
    estimate: doc.estimate
      ? { hours: doc.estimate.hours, amountDkk: doc.estimate.amountDkk, at: doc.estimate.at }
      : null,
    pledgedDkk: showPrivate ? funding.pledgedDkk : null,
    pledges: showPrivate
      ? doc.pledges.map((p) => ({ organisation: p.organisation, amountDkk: p.amountDkk, state: p.state }))
      : null,
    commonShareDkk: showPrivate ? funding.commonShareDkk : null,
    shortfallDkk: showPrivate ? funding.shortfallDkk : null,
    qualified: !wishWarnings(doc, funding).includes('unqualified'),
    warnings: wishWarnings(doc, funding),
    placement: placementsOf(ctx, doc, issue),
    sprintId: issue.openSprint?.id ?? null,
    sprintName: issue.lastSprintName,
    acceptanceCriteria: acceptanceCriteria(issue.description),
    settlement:
      govern && doc.status === 'delivered' && !settled ? settlementProposal(doc, ctx.perWishDkk) : null,
    settled: settled ? { at: settled.updatedAt, totalDkk: settled.totalDkk } : null,
  };
}

/** The warnings against moving this wish into each open sprint other than its own. */
export function placementsOf(
  ctx: PlanContext,
  doc: WishDocument,
  issue: PlanIssue,
): SprintWishRow['placement'] {
  if (!PLANNABLE_STATUSES.includes(doc.status)) return [];
  const funding = wishFunding(doc, ctx.perWishDkk);
  const ownShare = issue.openSprint ? funding.commonShareDkk : 0;
  const left = budgetLeft(ctx.access.profile?.commonBudgetDkk ?? 0, budgetDrawn(ctx) - ownShare);
  return ctx.openSprints
    .filter((s) => s.id !== issue.openSprint?.id)
    .map((sprint) => {
      const others = [...ctx.issues.values()]
        .filter((i) => i.openSprint?.id === sprint.id && i.id !== issue.id)
        .flatMap((i) => {
          const d = ctx.records.get(i.id);
          return d ? [wishFunding(d, ctx.perWishDkk)] : [];
        });
      return {
        sprintId: sprint.id,
        warnings: placementWarnings(doc, funding, {
          sprintLoad: loadOf(others),
          capacityHours: ctx.capacities.get(sprint.id)?.hours ?? null,
          budgetLeftDkk: left,
        }),
      };
    });
}

/** Rows of the wishes in each open sprint, rank order. */
export function sprintRows(ctx: PlanContext, showPrivate: boolean): Map<number, SprintWishRow[]> {
  const out = new Map<number, SprintWishRow[]>(ctx.openSprints.map((s) => [s.id, []]));
  for (const issue of ctx.issues.values()) {
    const doc = ctx.records.get(issue.id);
    if (!doc || !issue.openSprint) continue;
    out.get(issue.openSprint.id)?.push(rowOf(ctx, doc, issue, showPrivate));
  }
  return out;
}

/** What open sprints and this year's settlements draw on the common budget. */
export function budgetDrawn(ctx: PlanContext): number {
  let drawn = 0;
  for (const issue of ctx.issues.values()) {
    const doc = ctx.records.get(issue.id);
    if (doc && issue.openSprint && doc.status !== 'delivered')
      drawn += wishFunding(doc, ctx.perWishDkk).commonShareDkk;
  }
  for (const s of ctx.settlements.values()) {
    if (s.year !== ctx.year) continue;
    drawn += s.lines.filter((l) => l.source === 'common-budget').reduce((sum, l) => sum + l.amountDkk, 0);
  }
  return drawn;
}

/** A sprint's load; what it draws on the common budget is private (it gives the pledges away). */
export const privateLoad = (load: Load, showPrivate: boolean): SprintColumn['load'] =>
  showPrivate ? load : { ...load, commonShareDkk: null };

/** Ordered (or in progress) and unscheduled, or accepted and ready to order. */
function isCandidate(ctx: PlanContext, doc: WishDocument, issue: PlanIssue): boolean {
  if (issue.openSprint || issue.jiraStatusCategory === 'done') return false;
  if (doc.status === 'ordered' || doc.status === 'in-progress') return true;
  return doc.status === 'accepted' && orderReadiness(doc, ctx.score).missing.length === 0;
}

export async function planView(caller: Caller, ctx: PlanContext): Promise<SprintPlanView> {
  const showPrivate = sprintCan.seePrivate(ctx.access, ctx.sprintSettings.shareFundingWithSupplier);
  const bySprint = sprintRows(ctx, showPrivate);
  const candidates: SprintWishRow[] = [];
  const delivered: SprintWishRow[] = [];
  for (const issue of ctx.issues.values()) {
    const doc = ctx.records.get(issue.id);
    if (!doc) continue;
    if (isCandidate(ctx, doc, issue)) candidates.push(rowOf(ctx, doc, issue, showPrivate));
    const settled = ctx.settlements.get(issue.id);
    if (doc.status === 'delivered' && (!settled || settled.year === ctx.year))
      delivered.push(rowOf(ctx, doc, issue, showPrivate));
  }
  const byScore = (a: SprintWishRow, b: SprintWishRow) =>
    showPrivate ? (b.score ?? 0) - (a.score ?? 0) || a.key.localeCompare(b.key) : a.key.localeCompare(b.key);
  candidates.sort(byScore);
  const people = await peopleById(
    caller,
    [...ctx.capacities.values()].map((c) => c.updatedBy),
  );
  const person = (id: string): Person | null => people.get(id) ?? null;
  const sprints: SprintColumn[] = ctx.openSprints.map((s) => {
    const wishes = bySprint.get(s.id) ?? [];
    const capacity = ctx.capacities.get(s.id);
    return {
      id: s.id,
      name: s.name,
      state: s.state,
      startDate: s.startDate ?? null,
      endDate: s.endDate ?? null,
      goal: s.goal ?? '',
      capacity: capacity
        ? {
            hours: capacity.hours,
            version: capacity.version,
            updatedAt: capacity.updatedAt,
            updatedBy: person(capacity.updatedBy),
          }
        : null,
      load: privateLoad(
        loadOf(wishes.map((w) => wishFunding(ctx.records.get(w.issueId)!, ctx.perWishDkk))),
        showPrivate,
      ),
      wishes,
    };
  });
  const drawn = budgetDrawn(ctx);
  const commonBudgetDkk = ctx.access.profile?.commonBudgetDkk ?? 0;
  return {
    project: { id: ctx.access.projectId, key: ctx.access.projectKey },
    productName: ctx.access.profile?.productName ?? null,
    boardId: ctx.boardId,
    year: ctx.year,
    commonBudgetDkk,
    commonSharePerWishDkk: ctx.perWishDkk,
    budgetDrawnDkk: showPrivate ? drawn : null,
    budgetLeftDkk: showPrivate ? budgetLeft(commonBudgetDkk, drawn) : null,
    candidates,
    sprints,
    closedSprints: ctx.closedSprints
      .slice(0, CLOSED_SHOWN)
      .map((s) => ({ id: s.id, name: s.name, completeDate: s.completeDate ?? null })),
    delivered,
    governanceTasks: await governanceTasks(caller, ctx.access.projectId),
    settings: ctx.sprintSettings,
    privateFieldsShown: showPrivate,
    followed: ctx.followed,
    capabilities: {
      canPlan: sprintCan.plan(ctx.access),
      canSettle: sprintCan.plan(ctx.access),
      canSetCapacity: sprintCan.supply(ctx.access),
      canEstimate: sprintCan.supply(ctx.access),
      canEditSettings: sprintCan.plan(ctx.access),
    },
  };
}

/** The product's open governance tasks (created from requirement gaps), as the caller sees them. */
async function governanceTasks(
  caller: Caller,
  projectId: string,
): Promise<SprintPlanView['governanceTasks']> {
  const page = await searchIssues(caller.jira.asUser, {
    jql: `project = ${projectId} AND labels = "os2-governance" AND statusCategory != Done ORDER BY created DESC`,
    fields: ['summary', 'status'],
    maxResults: 50,
  });
  return page.issues.map((i) => ({
    key: i.key,
    summary: i.fields.summary ?? '',
    status: i.fields.status?.name ?? '',
    statusCategory: i.fields.status?.statusCategory?.key ?? 'new',
  }));
}

export async function getSprintPlan(caller: Caller): Promise<SprintPlanView> {
  return planView(caller, await loadPlanContext(caller));
}
