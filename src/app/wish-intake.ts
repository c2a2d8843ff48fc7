/**
 * Wish intake and the global wishes page: submitting a wish (created in Jira as the user when
 * they may create issues, otherwise as the app once the user's organisation mapping is checked),
 * similar titles before submitting, every wish the caller may browse across products in score
 * order with "my organisation" filters, and support and pledges from that list.
 *
 * The global page has no project or issue in `req.context`, so the product and the listed
 * issue come from the payload; each is checked here: the product must be one the caller may
 * browse (Jira's permission answer), and a listed issue is read as the user, a 404 otherwise.
 */
import type {
  GlobalWishPage,
  GlobalWishRow,
  ParsedInputOf,
  SimilarWish,
  UnmarkedWishPage,
  WishBulkResult,
  WishIntakeView,
  WishSubmitted,
} from '../contract';
import {
  intakeDescription,
  intakeQualification,
  rankSimilar,
  readWish,
  searchWords,
  submittedWish,
  WISH_STATUSES,
  type WishDocument,
  type WishJobItemResult,
  type WishJobPendingItem,
} from '../domain/wish';
import { organisationKey } from '../domain/organisations';
import { newSupportRefusal } from '../domain/wish/rules';
import { createIssue, getProject } from '../platform/jira-gateway';
import { getValue, queryAll, setValue } from '../platform/storage';
import { projectAccess, projectAccessFromContext, type ProjectAccess } from './access';
import type { Caller } from './caller';
import { AppError, forbidden, MESSAGES, notFound } from './errors';
import { SUMMARY } from './records';
import type { StoredSummary } from './summary';
import { callerOrganisation, NOT_LINKED, siteOrganisation, wishCan } from './wish-access';
import { jqlString, rowOf, search, searchProjectIssues } from './wish-board';
import { runBulk } from './wish-jobs';
import { loadWishSettings, loadWishSettingsOf, scoreSettingsOf } from './wish-settings';
import {
  loadWishRecords,
  mutateWish,
  readWishesChecked,
  recentlyWrittenWishes,
  WISH_PROPERTY,
} from './wish-store';
import { pledgeWish, supportWish } from './wishes';

const submissionKey = (accountId: string, id: string) => `wish-intake:${accountId}:${id}`;

interface IntakeProduct {
  projectId: string;
  projectKey: string;
  productName: string;
}

/** The OS2 products (precomputed summaries) whose projects the caller may browse. */
async function browsableProducts(caller: Caller): Promise<IntakeProduct[]> {
  const stored = await queryAll<StoredSummary>(SUMMARY);
  const summaries = stored.map(({ value }) => value.record).filter((s) => s && /^\d+$/.test(s.projectId));
  const browsable = await caller.permissions.browsable(summaries.map((s) => s.projectId));
  return summaries
    .filter((s) => browsable.has(s.projectId))
    .map((s) => ({ projectId: s.projectId, projectKey: s.projectKey, productName: s.productName }))
    .sort((a, b) => a.productName.localeCompare(b.productName, 'da'));
}

/**
 * The product a wish is submitted to: the context project on the project page (a payload id
 * that names another is refused), the chosen one on the global page; not-found unless the caller
 * may browse it, and it must be linked to an OS2 product.
 */
async function intakeAccess(caller: Caller, projectId: string | undefined): Promise<ProjectAccess> {
  if (caller.projectId && projectId !== undefined && projectId !== caller.projectId) throw notFound();
  const id = caller.projectId ?? projectId;
  if (!id) {
    throw new AppError('invalid-input', { da: 'Vælg et produkt.', en: 'Choose a product.' }, [
      { field: 'projectId', message: 'Required' },
    ]);
  }
  const access = await projectAccess(caller, id, caller.projectId ? (caller.projectKey ?? '') : '');
  if (!access.profile) {
    throw new AppError('invalid-input', {
      da: 'Projektet er ikke knyttet til et OS2-produkt endnu.',
      en: 'The project is not linked to an OS2 product yet.',
    });
  }
  return access;
}

export async function getWishIntake(caller: Caller): Promise<WishIntakeView> {
  const [products, organisation] = await Promise.all([browsableProducts(caller), siteOrganisation(caller)]);
  return {
    products,
    myOrganisation: organisation,
    contextProjectId: caller.projectId ?? null,
  };
}

/** A submit whose issue exists but whose record may not: a retry finishes it. */
interface PendingSubmission {
  pending: true;
  issue: { id: string; key: string };
}

export async function submitWish(caller: Caller, input: ParsedInputOf<'submitWish'>): Promise<WishSubmitted> {
  const { projectId, submissionId, ...fields } = input;
  const access = await intakeAccess(caller, projectId);
  const organisation = await callerOrganisation(caller, Promise.resolve(access));
  const canCreate = access.grants.project.CREATE_ISSUES;
  // Without Create Issues the app creates it on the user's behalf, but only for a mapped user.
  if (!canCreate && organisation === null) throw forbidden(NOT_LINKED);

  const key = submissionKey(caller.accountId, submissionId);
  const earlier = await getValue<WishSubmitted | PendingSubmission>(key);
  if (earlier && !('pending' in earlier)) return earlier; // a retried submit: all done already

  const settings = await loadWishSettings(access.projectId);
  const issueType = settings.values.wishIssueTypes[0];
  const project = await getProject(caller.jira.asUser, access.projectId);
  if (!(project.issueTypes ?? []).some((t) => t.name === issueType)) {
    throw new AppError('invalid-input', {
      da: `Projektet har ikke issuetypen ${issueType}, som produktet bruger til ønsker.`,
      en: `The project has no issue type ${issueType}, which the product uses for wishes.`,
    });
  }
  const via = canCreate ? 'user' : 'app';
  // Steps in an order a failure can resume from: the issue's id is kept before the record is
  // written, so a retried submit after a failed record write finishes that issue, never a second.
  let created = earlier?.issue;
  if (!created) {
    created = await createIssue(canCreate ? caller.jira.asUser : caller.jira.asApp, {
      fields: {
        project: { id: access.projectId },
        issuetype: { name: issueType },
        summary: fields.title.trim(),
        description: intakeDescription(fields, organisation ?? caller.accountId),
      },
    });
    await setValue(key, {
      pending: true,
      issue: { id: created.id, key: created.key },
    } satisfies PendingSubmission);
  }
  const score = scoreSettingsOf(settings.values, access.profile);
  const items = intakeQualification(fields);
  const result = await mutateWish(
    caller,
    { issueId: created.id, issueKey: created.key, projectId: access.projectId, score },
    (doc, at) =>
      doc.version === 0
        ? {
            ok: true,
            changed: true,
            doc: submittedWish(at, { accountId: caller.accountId, organisation, via }, items, score),
          }
        : { ok: true, changed: false, doc },
    {
      action: 'wish.submitted',
      pick: (doc: WishDocument) => ({
        requester: doc.requester,
        submittedBy: doc.submittedBy,
        qualification: Object.keys(doc.qualification),
      }),
    },
  );
  const answer: WishSubmitted = {
    issue: { id: created.id, key: created.key },
    project: { id: access.projectId, key: access.projectKey },
    requester: result.doc.requester,
    createdAs: via,
  };
  await setValue(key, answer);
  return answer;
}

/** Wishes of the product whose titles share words with the one being typed. */
export async function findSimilarWishes(
  caller: Caller,
  input: ParsedInputOf<'findSimilarWishes'>,
): Promise<{ similar: SimilarWish[] }> {
  const access = await intakeAccess(caller, input.projectId);
  const words = searchWords(input.title);
  if (words.length === 0) return { similar: [] };
  const text = words.map((w) => `summary ~ ${jqlString(w)}`).join(' OR ');
  const page = await search(
    caller,
    `project = ${access.projectId} AND os2WishStatus IS NOT EMPTY AND (${text}) ORDER BY os2WishScore DESC`,
    undefined,
    50,
    await recentlyWrittenWishes(access.projectId),
  );
  const records = await loadWishRecords(page.issues.map((i) => i.id));
  const candidates = page.issues.flatMap((issue) => {
    const read = records.has(issue.id) ? readWish(records.get(issue.id)!.record) : null;
    if (!read?.ok) return [];
    return [
      {
        id: issue.id,
        key: issue.key,
        summary: issue.fields.summary ?? '',
        status: read.doc.status,
        score: read.doc.score,
        organisationCount: read.doc.organisationCount,
      },
    ];
  });
  return { similar: rankSimilar(input.title, candidates) };
}

// ---------------------------------------------------------------------------------------------
// The global wishes page

const GLOBAL_PAGE = 50;

const has = (names: readonly string[], organisation: string) =>
  names.some((n) => organisationKey(n) === organisationKey(organisation));

/** The JQL of the global list: every wish the caller may browse, filtered, in score order. */
export function globalWishJql(filter: ParsedInputOf<'listAllWishes'>, organisation: string | null): string {
  const clauses = ['os2WishStatus IS NOT EMPTY'];
  if (filter.status !== 'all') clauses.push(`os2WishStatus = ${jqlString(filter.status)}`);
  if (filter.mine !== 'all') {
    if (organisation === null) throw forbidden(NOT_LINKED);
    const o = jqlString(organisation);
    const by = {
      requested: `os2WishRequester = ${o}`,
      supports: `os2WishSupporters = ${o}`,
      pledged: `os2WishPledgers = ${o}`,
      any: `(os2WishRequester = ${o} OR os2WishSupporters = ${o} OR os2WishPledgers = ${o})`,
    };
    clauses.push(by[filter.mine]);
  }
  const q = filter.search.trim();
  if (q !== '') {
    const s = jqlString(q);
    const words = searchWords(q).map((w) => `summary ~ ${jqlString(w)}`);
    clauses.push(
      `(${[...words, `os2WishRequester = ${s}`, `os2WishSupporters = ${s}`, `os2WishPledgers = ${s}`].join(' OR ')})`,
    );
  }
  return `${clauses.join(' AND ')} ORDER BY os2WishScore DESC, key ASC`;
}

export async function listAllWishes(
  caller: Caller,
  input: ParsedInputOf<'listAllWishes'>,
): Promise<GlobalWishPage> {
  const [organisation, recent] = await Promise.all([siteOrganisation(caller), recentlyWrittenWishes(null)]);
  const jql = globalWishJql(input, organisation);
  const page = await search(caller, jql, input.cursor ?? undefined, GLOBAL_PAGE, recent).catch(
    (error: unknown) => {
      // A cursor from an earlier query (the filters changed in between) starts over.
      if (input.cursor && error instanceof AppError && error.code === 'invalid-input') {
        return search(caller, jql, undefined, GLOBAL_PAGE, recent);
      }
      throw error;
    },
  );
  const checked = await readWishesChecked(
    caller.jira.asApp,
    caller.accountId,
    page.issues.map((issue) => ({
      id: issue.id,
      key: issue.key,
      projectId: issue.fields.project?.id ?? '',
      property: issue.properties?.[WISH_PROPERTY] ?? null,
    })),
  );
  // Each product's own status mapping, for the drift of its rows.
  const projectIds = [...new Set(page.issues.map((i) => i.fields.project?.id ?? ''))];
  const loaded = await loadWishSettingsOf(projectIds);
  const mappings = new Map(projectIds.map((id) => [id, loaded.get(id)!.values.statusCategories]));
  const rows: GlobalWishRow[] = [];
  for (const issue of page.issues) {
    const record = checked.records.get(issue.id);
    if (!record?.ok) continue;
    const doc = record.doc;
    const supporters = doc.supporters.map((s) => s.organisation);
    const pledgers = doc.pledges.map((p) => p.organisation);
    const mine = organisation !== null;
    rows.push({
      ...rowOf(issue, doc, true, false, mappings.get(issue.fields.project?.id ?? '')!),
      projectId: issue.fields.project?.id ?? '',
      projectKey: issue.fields.project?.key ?? '',
      projectName: issue.fields.project?.name ?? '',
      supporters,
      pledgers,
      requestedByMe: mine && doc.requester !== '' && has([doc.requester], organisation),
      supportedByMe: mine && has(supporters, organisation),
      myPledgeDkk: mine
        ? (doc.pledges.find((p) => organisationKey(p.organisation) === organisationKey(organisation))
            ?.amountDkk ?? 0)
        : 0,
      canSupport: mine && newSupportRefusal(doc, organisation) === null,
    });
  }
  return {
    rows,
    cursor: page.nextPageToken ?? null,
    myOrganisation: organisation,
    statuses: [...WISH_STATUSES],
  };
}

/** The caller as if the call came from the listed issue's panel: the panel's checks then apply. */
function onListedIssue(caller: Caller, issueId: string): Caller {
  return {
    ...caller,
    issueId,
    issueKey: undefined,
    projectId: undefined,
    projectKey: undefined,
  };
}

export async function supportListedWish(
  caller: Caller,
  input: ParsedInputOf<'supportListedWish'>,
): Promise<{ key: string; supported: boolean; organisationCount: number; score: number }> {
  const view = await supportWish(onListedIssue(caller, input.issueId), { support: input.support });
  return {
    key: view.issue.key,
    supported: view.wish.supporters.some(
      (s) =>
        view.myOrganisation !== null &&
        organisationKey(s.organisation) === organisationKey(view.myOrganisation),
    ),
    organisationCount: view.wish.organisationCount,
    score: view.wish.score,
  };
}

export async function pledgeListedWish(
  caller: Caller,
  input: ParsedInputOf<'pledgeListedWish'>,
): Promise<{ key: string; pledgedDkk: number; score: number }> {
  const view = await pledgeWish(onListedIssue(caller, input.issueId), {
    amountDkk: input.amountDkk,
    state: input.state,
  });
  const own = view.wish.pledges.find(
    (p) =>
      view.myOrganisation !== null &&
      organisationKey(p.organisation) === organisationKey(view.myOrganisation),
  );
  return { key: view.issue.key, pledgedDkk: own?.amountDkk ?? 0, score: view.wish.score };
}

// ---------------------------------------------------------------------------------------------
// Marking existing issues as wishes (the coordination group)

const MARK_PAGE = 100;

/** Issues of the product's wish types that are not wishes yet (no record), newest first. */
export async function listUnmarkedWishes(
  caller: Caller,
  input: ParsedInputOf<'listUnmarkedWishes'>,
): Promise<UnmarkedWishPage> {
  const access = await projectAccessFromContext(caller);
  if (!wishCan.govern(access)) throw forbidden();
  const settings = await loadWishSettings(access.projectId);
  const types = settings.values.wishIssueTypes.map(jqlString).join(', ');
  const jql = `project = ${access.projectId} AND issuetype in (${types}) AND os2WishStatus IS EMPTY ORDER BY created DESC`;
  const page = await search(caller, jql, input.cursor ?? undefined, MARK_PAGE);
  return {
    issues: page.issues.map((i) => ({
      id: i.id,
      key: i.key,
      summary: i.fields.summary ?? '',
      issueType: i.fields.issuetype?.name ?? '',
      jiraStatus: i.fields.status?.name ?? '',
      jiraStatusCategory: i.fields.status?.statusCategory?.key ?? 'new',
      created: i.fields.created ?? '',
    })),
    cursor: page.nextPageToken ?? null,
  };
}

/**
 * Makes existing issues of the context project wishes: each gets a record (status received, no
 * requester), audited as `wish.marked`. The ids come from the payload, so each one is checked: it
 * must be in the context project and visible to the caller (the search runs as the user). An issue
 * that has a record already stays as it is (its index is restored if it was missing).
 */
export async function markAsWishes(
  caller: Caller,
  input: ParsedInputOf<'markAsWishes'>,
): Promise<WishBulkResult> {
  const access = await projectAccessFromContext(caller);
  if (!wishCan.govern(access)) throw forbidden();
  const settings = await loadWishSettings(access.projectId);
  const score = scoreSettingsOf(settings.values, access.profile);
  const ids = [...new Set(input.issueIds)];
  const found = new Map((await searchProjectIssues(caller, access.projectId, ids)).map((i) => [i.id, i]));
  const existing = await loadWishRecords([...found.keys()]);
  // Issues with a record whose index is missing: the read restores the index (audited).
  await readWishesChecked(
    caller.jira.asApp,
    caller.accountId,
    [...existing.keys()].map((id) => ({
      id,
      key: found.get(id)!.key,
      projectId: access.projectId,
      property: found.get(id)!.properties?.[WISH_PROPERTY] ?? null,
    })),
    existing,
  );
  const checked: WishJobItemResult[] = [];
  const pending: WishJobPendingItem[] = [];
  for (const issueId of ids) {
    const issue = found.get(issueId);
    if (!issue)
      checked.push({ issueId, key: null, ok: false, reason: 'not-found', message: MESSAGES.notFound });
    else if (existing.has(issueId)) checked.push({ issueId, key: issue.key, ok: true });
    else pending.push({ issueId, key: issue.key, basedOn: null });
  }
  // Each one `JOB_PARALLEL` at a time, audited as `wish.marked`; what does not fit continues on the queue.
  return runBulk(caller, { kind: 'mark', projectId: access.projectId, score }, ids, checked, pending);
}
