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
  reindex,
  WISH_STATUSES,
  type WishDocument,
  type WishStatus,
} from '../domain/wish';
import {
  countIssues,
  getProject,
  searchIssues,
  searchIssuesByIds,
  type SearchedIssue,
} from '../platform/jira-gateway';
import { queryPartitionPage } from '../platform/storage';
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
  mutateWish,
  readWishesChecked,
  unstoredWish,
  WISH_ENTITY,
  WISH_PROPERTY,
  type StoredWish,
} from './wish-store';
import { migrateWishes } from './wish-sweep';
import { InvalidCursorError } from '../platform/errors';
import { moveWish } from './wishes';
import { commitChanges } from './write';

const PAGE = 100;

/** A JQL string literal. */
export const jqlString = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

const ROW_FIELDS = ['summary', 'issuetype', 'status', 'created', 'project'];

export function search(caller: Caller, jql: string, nextPageToken: string | undefined, maxResults: number) {
  return searchIssues(caller.jira.asUser, {
    jql,
    fields: ROW_FIELDS,
    properties: [WISH_PROPERTY],
    maxResults,
    nextPageToken,
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

export function rowOf(issue: SearchedIssue, doc: WishDocument, stored: boolean, invalid: boolean): WishRow {
  return {
    id: issue.id,
    key: issue.key,
    summary: issue.fields.summary ?? '',
    issueType: issue.fields.issuetype?.name ?? '',
    jiraStatus: issue.fields.status?.name ?? '',
    jiraStatusCategory: issue.fields.status?.statusCategory?.key ?? 'new',
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
  const settings = await loadWishSettings(access.projectId);
  const types = settings.values.wishIssueTypes.map(jqlString).join(', ');
  const wishes = `project = ${access.projectId} AND os2WishStatus IS NOT EMPTY`;
  const filtered = input.status ? `${wishes} AND os2WishStatus = ${jqlString(input.status)}` : wishes;
  const jql = `${filtered} ORDER BY os2WishScore DESC, key ASC`;
  const first = input.cursor === undefined;
  const [page, counts, unmarked, views] = await Promise.all([
    search(caller, jql, input.cursor, PAGE).catch((error: unknown) => {
      // A cursor of another query (an earlier filter, or an earlier version's list) starts over.
      if (!first && asAppError(error)?.code === 'invalid-input') return search(caller, jql, undefined, PAGE);
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
  const now = new Date().toISOString();
  const rows: WishRow[] = [];
  for (const issue of page.issues) {
    const record = checked.records.get(issue.id);
    // A property without a record is no wish (it was forged or just removed; the read repaired it).
    if (!record) continue;
    rows.push(
      record.ok ? rowOf(issue, record.doc, true, false) : rowOf(issue, unstoredWish(now, score), true, true),
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

/** Wishes written at once by a bulk action: bounded, so 50 take a few rounds, not 50 in a row. */
export const BULK_PARALLEL = 10;

/** Runs `run` over `items`, at most `size` at a time, keeping the order of the results. */
export async function inBatches<T, R>(
  items: readonly T[],
  size: number,
  run: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return out;
}

/**
 * Moves several wishes at once. The issue ids come from the payload, so each one is checked on
 * the server: it must be in the context project, visible to the caller (the search runs as the
 * user) and a wish; each move then runs through the same write cycle and rules as the panel's,
 * `BULK_PARALLEL` at a time.
 */
export async function bulkTransitionWishes(
  caller: Caller,
  input: ParsedInputOf<'bulkTransitionWishes'>,
): Promise<WishBulkResult> {
  const access = await projectAccessFromContext(caller);
  if (!wishCan.govern(access)) throw forbidden();
  const settings = await loadWishSettings(access.projectId);
  const score = scoreSettingsOf(settings.values, access.profile);
  const ids = [...new Set(input.items.map((i) => i.issueId))];
  const found = new Map<string, SearchedIssue>();
  for (const issue of await searchProjectIssues(caller, access.projectId, ids)) found.set(issue.id, issue);
  const records = await loadWishRecords([...found.keys()]);

  const results = await inBatches(
    input.items,
    BULK_PARALLEL,
    async (item): Promise<WishBulkResult['results'][number]> => {
      const issue = found.get(item.issueId);
      if (!issue) return { issueId: item.issueId, key: null, ok: false, message: MESSAGES.notFound };
      const isWish =
        settings.values.wishIssueTypes.includes(issue.fields.issuetype?.name ?? '') || records.has(issue.id);
      if (!isWish) {
        return {
          issueId: issue.id,
          key: issue.key,
          ok: false,
          message: { da: 'Ikke et udviklingsønske.', en: 'Not a development wish.' },
        };
      }
      try {
        await moveWish(
          caller,
          { issueId: issue.id, issueKey: issue.key, projectId: access.projectId, score },
          { ...input, basedOn: item.basedOn },
        );
        return { issueId: issue.id, key: issue.key, ok: true };
      } catch (error) {
        const known = asAppError(error);
        if (!known) throw error;
        return { issueId: issue.id, key: issue.key, ok: false, message: known.text };
      }
    },
  );
  return { results };
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

const REINDEX_BUDGET_MS = 8_000;

/**
 * One page of the project's records. A cursor the storage does not know (one handed out by an
 * earlier version, which paged JQL results) starts the walk over: re-indexing is idempotent.
 */
async function recordPage(projectId: string, cursor: string | null) {
  const page = (c: string | undefined) =>
    queryPartitionPage<StoredWish>(WISH_ENTITY, 'by-project', [projectId], { limit: 50, cursor: c });
  if (cursor === null) return page(undefined);
  try {
    return await page(cursor);
  } catch (error) {
    if (!(error instanceof InvalidCursorError)) throw error;
    return page(undefined);
  }
}

/**
 * Rewrites the index fields (score, funding gap, …) of the project's stored wishes after the
 * settings changed, page by page of the records, until the time budget is spent; the cursor
 * continues it. Before that, an installation whose wishes still live only in issue properties
 * moves them into storage (once).
 */
export async function runReindex(
  caller: Caller,
  access: ProjectAccess,
  cursor: string | null,
): Promise<WishReindexProgress> {
  const settings = await loadWishSettings(access.projectId);
  const score = scoreSettingsOf(settings.values, access.profile);
  const deadline = Date.now() + REINDEX_BUDGET_MS;
  const progress: WishReindexProgress = { scanned: 0, updated: 0, failed: 0, cursor };
  await migrateWishes(caller.jira.asApp, caller.accountId, deadline);
  do {
    const page = await recordPage(access.projectId, progress.cursor);
    for (const { key: issueId, value } of page.results) {
      progress.scanned += 1;
      const read = readWish(value.record);
      if (!read.ok) {
        progress.failed += 1;
        continue;
      }
      const fresh = reindex(read.doc, score, new Date().toISOString());
      if (fresh.ok && !fresh.changed) continue;
      try {
        const result = await mutateWish(
          caller,
          { issueId, issueKey: issueId, projectId: access.projectId, score },
          (doc, at) => reindex(doc, score, at),
          null,
        );
        if (result.changed) progress.updated += 1;
      } catch (error) {
        if (!asAppError(error)) throw error;
        progress.failed += 1;
      }
    }
    progress.cursor = page.nextCursor ?? null;
  } while (progress.cursor && Date.now() < deadline);
  return progress;
}

export async function saveWishSettings(
  caller: Caller,
  input: ParsedInputOf<'saveWishSettings'>,
): Promise<{ view: WishSettingsView; reindex: WishReindexProgress }> {
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
  const progress = await runReindex(caller, access, null);
  return { view: await settingsView(caller, access), reindex: progress };
}

export async function reindexWishes(
  caller: Caller,
  input: ParsedInputOf<'reindexWishes'>,
): Promise<WishReindexProgress> {
  const access = await projectAccessFromContext(caller);
  if (!wishCan.govern(access)) throw forbidden();
  return runReindex(caller, access, input.cursor);
}
