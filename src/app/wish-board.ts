/**
 * The project's Wishes sub-page: the list of wishes (a JQL search for the issues, their records
 * from storage, each index property checked), bulk triage by the coordination group, and the
 * product's wish settings with the re-indexing a change of weights needs so that JQL's
 * `ORDER BY os2WishScore` stays true.
 */
import type {
  ParsedInputOf,
  WishBulkResult,
  WishListView,
  WishReindexProgress,
  WishRow,
  WishSettingsView,
} from '../contract';
import {
  pledgeTotals,
  qualificationProgress,
  readWish,
  statusDrift,
  transitionRefusal,
  WISH_STATUSES,
  type StatusCategoryMapping,
  type WishDocument,
  type WishJobItemResult,
  type WishJobPendingItem,
  type WishJobProgress,
  type WishStatus,
} from '../domain/wish';
import {
  countIssues,
  getProject,
  searchIssues,
  searchIssuesByIds,
  type SearchedIssue,
} from '../platform/jira-gateway';
import { projectAccessFromContext, type ProjectAccess } from './access';
import type { Caller } from './caller';
import { AppError, asAppError, forbidden, MESSAGES } from './errors';
import { peopleById } from './people';
import { SETTING, wishSettingsKey } from './records';
import { wishCan } from './wish-access';
import { wishViewsOf } from './wish-views';
import {
  DEFAULT_WISH_SETTINGS,
  loadWishSettings,
  scoreSettingsOf,
  type StoredWishSettings,
} from './wish-settings';
import {
  loadWishRecords,
  readWishesChecked,
  recentlyWrittenWishes,
  unstoredWish,
  WISH_PROPERTY,
} from './wish-store';
import { migrateWishes } from './wish-sweep';
import { bulkRefusal, budgetMs, rescorePages, runBulk, startRescore, wishJobProgress } from './wish-jobs';
import { ensureDuplicateOf } from './wishes';
import { commitChanges } from './write';

const PAGE = 100;

/** A JQL string literal. */
export const jqlString = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

const ROW_FIELDS = ['summary', 'issuetype', 'status', 'created', 'project'];

/** A page of wishes; `reconcile` names issues the app wrote lately, which Jira then shows as they are now. */
export function search(
  caller: Caller,
  jql: string,
  nextPageToken: string | undefined,
  maxResults: number,
  reconcile: readonly string[] = [],
) {
  return searchIssues(caller.jira.asUser, {
    jql,
    fields: ROW_FIELDS,
    properties: [WISH_PROPERTY],
    maxResults,
    nextPageToken,
    reconcileIssues: reconcile,
  });
}

/** The project's issues of these ids as the caller sees them now (bulk actions name fresh issues). */
export function searchProjectIssues(caller: Caller, projectId: string, ids: readonly string[]) {
  return searchIssuesByIds(caller.jira.asUser, ids, {
    fields: ROW_FIELDS,
    properties: [WISH_PROPERTY],
    within: `project = ${projectId}`,
  });
}

export function rowOf(
  issue: SearchedIssue,
  doc: WishDocument,
  stored: boolean,
  invalid: boolean,
  mapping: StatusCategoryMapping,
): WishRow {
  const jiraStatusCategory = issue.fields.status?.statusCategory?.key ?? 'new';
  return {
    id: issue.id,
    key: issue.key,
    summary: issue.fields.summary ?? '',
    issueType: issue.fields.issuetype?.name ?? '',
    jiraStatus: issue.fields.status?.name ?? '',
    jiraStatusCategory,
    created: issue.fields.created ?? '',
    stored,
    invalid,
    status: doc.status,
    statusChangedAt: doc.statusChangedAt,
    score: doc.score,
    organisationCount: doc.organisationCount,
    fundingGap: doc.fundingGap,
    requester: doc.requester,
    value: doc.value,
    urgency: doc.urgency,
    estimateDkk: doc.estimate?.amountDkk ?? null,
    pledgedDkk: pledgeTotals(doc).total,
    qualificationChecked: qualificationProgress(doc).checked,
    // An unreadable record has no status to compare.
    drift: invalid ? null : statusDrift(doc.status, jiraStatusCategory, mapping),
  };
}

/**
 * One page of the project's wishes, in score order on Jira's side: JQL on the indexed score, so
 * every wish is reachable however many there are, and the page agrees with JQL. A wish is an
 * issue with a record (submitted through the app, or written to by the app); issues of a wish
 * type that have none are counted as not yet marked. The first page also carries the counts
 * per status, as JQL counts them.
 */
export async function listWishes(caller: Caller, input: ParsedInputOf<'listWishes'>): Promise<WishListView> {
  const access = await projectAccessFromContext(caller);
  const [settings, recent] = await Promise.all([
    loadWishSettings(access.projectId),
    recentlyWrittenWishes(access.projectId),
  ]);
  const types = settings.values.wishIssueTypes.map(jqlString).join(', ');
  const wishes = `project = ${access.projectId} AND os2WishStatus IS NOT EMPTY`;
  const filtered = input.status ? `${wishes} AND os2WishStatus = ${jqlString(input.status)}` : wishes;
  const jql = `${filtered} ORDER BY os2WishScore DESC, key ASC`;
  const first = input.cursor === undefined;
  const [page, counts, unmarked, views] = await Promise.all([
    search(caller, jql, input.cursor, PAGE, recent).catch((error: unknown) => {
      // A cursor of another query (an earlier filter, or an earlier version's list) starts over.
      if (!first && asAppError(error)?.code === 'invalid-input')
        return search(caller, jql, undefined, PAGE, recent);
      throw error;
    }),
    first ? statusCounts(caller, wishes) : Promise.resolve(null),
    first && wishCan.govern(access)
      ? countIssues(
          caller.jira.asUser,
          `project = ${access.projectId} AND issuetype in (${types}) AND os2WishStatus IS EMPTY`,
        )
      : Promise.resolve(null),
    first ? wishViewsOf(access) : Promise.resolve(null),
  ]);
  const checked = await readWishesChecked(
    caller.jira.asApp,
    caller.accountId,
    page.issues.map((issue) => ({
      id: issue.id,
      key: issue.key,
      projectId: access.projectId,
      property: issue.properties?.[WISH_PROPERTY] ?? null,
    })),
  );
  const score = scoreSettingsOf(settings.values, access.profile);
  const mapping = settings.values.statusCategories;
  const now = new Date().toISOString();
  const rows: WishRow[] = [];
  for (const issue of page.issues) {
    const record = checked.records.get(issue.id);
    // A property without a record is no wish (it was forged or just removed; the read repaired it).
    if (!record) continue;
    rows.push(
      record.ok
        ? rowOf(issue, record.doc, true, false, mapping)
        : rowOf(issue, unstoredWish(now, score), true, true, mapping),
    );
  }
  return {
    project: { id: access.projectId, key: access.projectKey },
    productName: access.profile?.productName ?? null,
    rows,
    cursor: page.nextPageToken ?? null,
    counts,
    unmarked,
    truncated: Boolean(page.nextPageToken),
    repairedIndexes: checked.repaired,
    settings: { ...settings.values, version: settings.version },
    views,
    canTriage: wishCan.govern(access),
    canEditSettings: wishCan.govern(access),
  };
}

/** Wishes per status, each as JQL counts it (one count per status, in parallel). */
async function statusCounts(caller: Caller, wishes: string): Promise<NonNullable<WishListView['counts']>> {
  const [total, ...each] = await Promise.all([
    countIssues(caller.jira.asUser, wishes),
    ...WISH_STATUSES.map((s) =>
      countIssues(caller.jira.asUser, `${wishes} AND os2WishStatus = ${jqlString(s)}`),
    ),
  ]);
  const byStatus = Object.fromEntries(WISH_STATUSES.map((s, i) => [s, each[i]])) as Record<
    WishStatus,
    number
  >;
  return { total, byStatus };
}

const NOT_A_WISH = { da: 'Ikke et udviklingsønske.', en: 'Not a development wish.' };

/**
 * Moves several wishes at once. The issue ids come from the payload, so each one is checked on
 * the server: it must be in the context project, visible to the caller (the search runs as the
 * user), a wish, and allowed by the workflow to go from its status to the new one; each move then
 * runs through the same write cycle and rules as the panel's, `JOB_PARALLEL` at a time, and what
 * does not fit in this call continues as a job on the queue.
 */
export async function bulkTransitionWishes(
  caller: Caller,
  input: ParsedInputOf<'bulkTransitionWishes'>,
): Promise<WishBulkResult> {
  const access = await projectAccessFromContext(caller);
  if (!wishCan.govern(access)) throw forbidden();
  const settings = await loadWishSettings(access.projectId);
  const score = scoreSettingsOf(settings.values, access.profile);
  const items = [...new Map(input.items.map((i) => [i.issueId, i])).values()];
  const found = new Map<string, SearchedIssue>();
  const ids = items.map((i) => i.issueId);
  for (const issue of await searchProjectIssues(caller, access.projectId, ids)) found.set(issue.id, issue);
  const records = await loadWishRecords([...found.keys()]);

  const checked: WishJobItemResult[] = [];
  const pending: WishJobPendingItem[] = [];
  for (const item of items) {
    const issue = found.get(item.issueId);
    if (!issue) {
      checked.push({
        issueId: item.issueId,
        key: null,
        ok: false,
        reason: 'not-found',
        message: MESSAGES.notFound,
      });
      continue;
    }
    const stored = records.get(issue.id);
    if (!stored && !settings.values.wishIssueTypes.includes(issue.fields.issuetype?.name ?? '')) {
      checked.push({
        issueId: issue.id,
        key: issue.key,
        ok: false,
        reason: 'not-a-wish',
        message: NOT_A_WISH,
      });
      continue;
    }
    // A record that does not parse goes on to the write cycle, which reports it.
    const read = stored ? readWish(stored.record) : null;
    const refusal = transitionRefusal(read?.ok ? read.doc.status : 'received', input.to);
    if (refusal && (read === null || read.ok)) {
      checked.push({
        issueId: issue.id,
        key: issue.key,
        ok: false,
        reason: 'transition-not-allowed',
        message: refusal,
      });
      continue;
    }
    pending.push({ issueId: issue.id, key: issue.key, basedOn: item.basedOn });
  }
  // The wish that stays is checked here, as the user: a continuation on the queue acts as the app.
  const staying = await ensureDuplicateOf(caller, { key: '', projectId: access.projectId }, input).then(
    () => null,
    (error: unknown) => {
      const known = asAppError(error);
      if (!known) throw error;
      return known;
    },
  );
  if (staying) checked.push(...pending.splice(0).map((item) => bulkRefusal(item, staying)));
  const move = { to: input.to, reason: input.reason, duplicateOf: input.duplicateOf };
  return runBulk(
    caller,
    { kind: 'bulk-transition', move, projectId: access.projectId, score },
    ids,
    checked,
    pending,
  );
}

// ---------------------------------------------------------------------------------------------
// Settings

async function availableIssueTypes(caller: Caller, projectId: string): Promise<string[]> {
  const project = await getProject(caller.jira.asUser, projectId);
  return (project.issueTypes ?? []).filter((t) => !t.subtask).map((t) => t.name);
}

async function settingsView(caller: Caller, access: ProjectAccess): Promise<WishSettingsView> {
  const [settings, issueTypes] = await Promise.all([
    loadWishSettings(access.projectId),
    availableIssueTypes(caller, access.projectId),
  ]);
  const people = settings.updatedBy ? await peopleById(caller, [settings.updatedBy]) : new Map();
  return {
    project: { id: access.projectId, key: access.projectKey },
    settings: {
      ...settings.values,
      version: settings.version,
      updatedAt: settings.updatedAt,
      updatedBy: settings.updatedBy ? (people.get(settings.updatedBy) ?? null) : null,
    },
    defaults: structuredClone(DEFAULT_WISH_SETTINGS),
    productCommonBudgetDkk: access.profile?.commonBudgetDkk ?? 0,
    availableIssueTypes: issueTypes,
    canEdit: wishCan.govern(access),
  };
}

export async function getWishSettings(caller: Caller): Promise<WishSettingsView> {
  return settingsView(caller, await projectAccessFromContext(caller));
}

/**
 * Re-scores the project's stored wishes from `cursor` within this call's budget; the returned
 * cursor continues it. Before that, an installation whose wishes still live only in issue
 * properties moves them into storage (once).
 */
export async function runReindex(
  caller: Caller,
  access: ProjectAccess,
  cursor: string | null,
): Promise<WishReindexProgress> {
  const settings = await loadWishSettings(access.projectId);
  const score = scoreSettingsOf(settings.values, access.profile);
  const deadline = Date.now() + budgetMs('resolver');
  await migrateWishes(caller.jira.asApp, caller.accountId, deadline);
  return rescorePages(caller, access.projectId, score, cursor, deadline);
}

export async function saveWishSettings(
  caller: Caller,
  input: ParsedInputOf<'saveWishSettings'>,
): Promise<{ view: WishSettingsView; job: WishJobProgress }> {
  const access = await projectAccessFromContext(caller);
  if (!wishCan.govern(access)) throw forbidden();
  const { expectedVersion, ...values } = input;
  const budget = access.profile?.commonBudgetDkk ?? 0;
  if (values.commonBudgetSharePerWishDkk > budget) {
    throw new AppError(
      'invalid-input',
      {
        da: `Andelen af fællesbudgettet pr. ønske kan højst være produktets årlige fællesbudget (${budget} kr.).`,
        en: `The common budget share per wish can be at most the product's yearly common budget (DKK ${budget}).`,
      },
      [{ field: 'commonBudgetSharePerWishDkk', message: 'Above the common budget' }],
    );
  }
  const types = await availableIssueTypes(caller, access.projectId);
  const unknown = values.wishIssueTypes.filter((t) => !types.includes(t));
  if (unknown.length > 0) {
    throw new AppError(
      'invalid-input',
      {
        da: `Projektet har ikke issuetypen ${unknown.join(', ')}.`,
        en: `The project has no issue type ${unknown.join(', ')}.`,
      },
      [{ field: 'wishIssueTypes', message: 'Unknown issue type' }],
    );
  }
  const now = new Date().toISOString();
  const current = await loadWishSettings(access.projectId);
  const next: StoredWishSettings = {
    schemaVersion: 1,
    ...values,
    wishIssueTypes: [...new Set(values.wishIssueTypes)],
    version: expectedVersion + 1,
    updatedAt: now,
    updatedBy: caller.accountId,
  };
  await commitChanges(
    caller,
    [
      {
        target: {
          entity: SETTING,
          key: wishSettingsKey(access.projectId),
          value: { record: next, version: next.version, updatedAt: now },
          expectedVersion,
        },
        audit: {
          action: 'wish.settings',
          target: 'wish-settings',
          before: current.version ? current.values : null,
          after: values,
        },
      },
    ],
    {
      projectId: access.projectId,
      at: now,
      conflictText: (name, when) => ({
        da: `${name} ændrede ønskeindstillingerne ${when}, mens du redigerede. Genindlæs; dine ændringer er ikke gemt.`,
        en: `${name} changed the wish settings at ${when} while you were editing. Reload; your changes were not saved.`,
      }),
    },
  );
  // Every wish is re-scored with the new settings: here as far as this call's budget goes, then on
  // the queue; the settings page polls the job's progress.
  await migrateWishes(caller.jira.asApp, caller.accountId, Date.now() + budgetMs('resolver'));
  const score = scoreSettingsOf({ ...values, wishIssueTypes: next.wishIssueTypes }, access.profile);
  const job = await startRescore(caller, access, next.version, score);
  return { view: await settingsView(caller, access), job };
}

export async function reindexWishes(
  caller: Caller,
  input: ParsedInputOf<'reindexWishes'>,
): Promise<WishReindexProgress> {
  const access = await projectAccessFromContext(caller);
  if (!wishCan.govern(access)) throw forbidden();
  return runReindex(caller, access, input.cursor);
}

/** A wish job's progress (the progress bar polls it): for anyone who may read the project's wishes. */
export async function getWishJobProgress(
  caller: Caller,
  input: ParsedInputOf<'getWishJobProgress'>,
): Promise<{ job: WishJobProgress | null }> {
  const access = await projectAccessFromContext(caller);
  if (!wishCan.read(access)) throw forbidden();
  return { job: await wishJobProgress(access, input.jobId) };
}
