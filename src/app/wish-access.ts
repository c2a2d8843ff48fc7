/**
 * Who may do what with a wish, and the facts each decision needs: the issue as
 * the caller sees it, the caller's standing on its project and the organisation the secretariat
 * linked the caller to. The issue id comes from req.context; its project from Jira itself.
 */
import type { WishCapabilities } from '../contract';
import { normaliseOrganisation, type WishDocument } from '../domain/wish';
import { getIssue, getMyself } from '../platform/jira-gateway';
import { organisationOf } from './admin-directory';
import { projectAccess, type ProjectAccess } from './access';
import type { Caller } from './caller';
import { AppError, forbidden, notFound } from './errors';
import { requirementTaskedTo } from './governance-view';
import { loadWishSettings, scoreSettingsOf, type LoadedWishSettings } from './wish-settings';
import { readWishesChecked, WISH_PROPERTY, type WishTarget } from './wish-store';
import type { ScoreSettings } from '../domain/wish';

export interface IssueFacts {
  id: string;
  key: string;
  summary: string;
  issueType: string;
  created: string;
  projectId: string;
  projectKey: string;
  /** The Jira workflow status and its category key, as the caller sees them. */
  jiraStatus: string;
  jiraStatusCategory: string;
  /** The wish record from storage (checked by `parseWish`), null when there is none. */
  wishValue: unknown | null;
}

/** The context issue as the caller sees it (a 404 for an issue they cannot browse). */
export async function loadIssue(caller: Caller): Promise<IssueFacts> {
  if (!caller.issueId) {
    throw notFound({ da: 'Kaldet kom ikke fra et issue.', en: 'The call did not come from an issue.' });
  }
  const issue = await getIssue(caller.jira.asUser, caller.issueId, {
    fields: ['summary', 'issuetype', 'project', 'created', 'status'],
    properties: [WISH_PROPERTY],
  });
  const project = issue.fields.project;
  // The module's context and Jira must agree on the project: never act on a mismatch.
  if (!project || (caller.projectId && caller.projectId !== project.id)) throw notFound();
  // The record is the truth; the os2-wish property is only its index, checked and repaired here.
  const { records } = await readWishesChecked(caller.jira.asApp, caller.accountId, [
    {
      id: issue.id,
      key: issue.key,
      projectId: project.id,
      property: issue.properties?.[WISH_PROPERTY] ?? null,
    },
  ]);
  const record = records.get(issue.id);
  return {
    id: issue.id,
    key: issue.key,
    summary: issue.fields.summary ?? '',
    issueType: issue.fields.issuetype?.name ?? '',
    created: issue.fields.created ?? '',
    projectId: project.id,
    projectKey: project.key,
    jiraStatus: issue.fields.status?.name ?? '',
    jiraStatusCategory: issue.fields.status?.statusCategory?.key ?? 'new',
    // A record that fails the schema stays visible as such: `parseWish` refuses it.
    wishValue: record === undefined ? null : record.ok ? record.doc : { invalid: true },
  };
}

/**
 * The organisation the caller acts for, as linked on the admin page: in person, or through one of
 * their Jira groups. The groups come from the project access (its `/myself`), so this adds no call.
 */
export function callerOrganisation(caller: Caller, access: Promise<ProjectAccess>): Promise<string | null> {
  return organisationOf(
    caller.accountId,
    access.then((a) => a.groups),
  );
}

/** The same, where no project is in context (the global wishes page): the groups from `/myself`. */
export function siteOrganisation(caller: Caller): Promise<string | null> {
  return organisationOf(
    caller.accountId,
    getMyself(caller.jira.asUser, { groups: true }).then(
      (me) => new Set((me.groups?.items ?? []).map((g) => g.name)),
    ),
  );
}

export interface WishContext {
  issue: IssueFacts;
  access: ProjectAccess;
  settings: LoadedWishSettings;
  score: ScoreSettings;
  organisation: string | null;
  isWishType: boolean;
  /** The governance requirement this issue is the task of, if any. */
  requirementId: string | null;
}

/** Everything a wish use case needs, gathered once; not-found unless the caller may browse the issue. */
export async function loadWishContext(caller: Caller): Promise<WishContext> {
  const issue = await loadIssue(caller);
  const accessing = projectAccess(caller, issue.projectId, issue.projectKey);
  const [access, settings, organisation, requirementId] = await Promise.all([
    accessing,
    loadWishSettings(issue.projectId),
    callerOrganisation(caller, accessing),
    requirementTaskedTo(issue.projectId, issue.id),
  ]);
  return {
    issue,
    access,
    settings,
    score: scoreSettingsOf(settings.values, access.profile),
    organisation,
    isWishType: settings.values.wishIssueTypes.includes(issue.issueType),
    requirementId,
  };
}

export function targetOf(ctx: WishContext): WishTarget {
  return { issueId: ctx.issue.id, issueKey: ctx.issue.key, projectId: ctx.issue.projectId, score: ctx.score };
}

/** Writes need a wish: an issue of a wish type, or one that already carries wish data. */
export function requireWish(ctx: WishContext): void {
  if (ctx.isWishType || ctx.issue.wishValue !== null) return;
  throw new AppError('invalid-input', {
    da: `${ctx.issue.issueType} er ikke en issuetype for udviklingsønsker i dette produkt (${ctx.settings.values.wishIssueTypes.join(', ')}).`,
    en: `${ctx.issue.issueType} is not an issue type for development wishes in this product (${ctx.settings.values.wishIssueTypes.join(', ')}).`,
  });
}

const sameOrganisation = (a: string, b: string) =>
  normaliseOrganisation(a).toLocaleLowerCase('da-DK') === normaliseOrganisation(b).toLocaleLowerCase('da-DK');

/** The wish rules, in one place. */
export const wishCan = {
  /** Anyone who can browse the project reads its wishes (and the progress of its wish jobs). */
  read: (a: ProjectAccess) => a.grants.project.BROWSE_PROJECTS,
  /** The coordination group (or the secretariat) decides about wishes. */
  govern: (a: ProjectAccess) => a.inCoordinationGroup || a.isSecretariat,
  /** Anyone who can browse the project, for the organisation the secretariat linked them to. */
  signal: (a: ProjectAccess, organisation: string | null) =>
    a.grants.project.BROWSE_PROJECTS && organisation !== null,
  /** Only the product's suppliers estimate and tick the supplier's checklist items. */
  supply: (a: ProjectAccess) => a.isSupplier,
  /** The requester's items: the coordination group, or a user of the requesting organisation. */
  qualifyRequester: (a: ProjectAccess, organisation: string | null, doc: WishDocument | null) =>
    wishCan.govern(a) ||
    (organisation !== null &&
      doc?.requestedBy != null &&
      sameOrganisation(doc.requestedBy.organisation, organisation)),
};

export const NOT_LINKED = {
  da: 'Din bruger er ikke knyttet til en organisation. OS2-sekretariatet knytter brugere til kommuner og myndigheder på appens administrationsside.',
  en: 'Your user is not linked to an organisation. The OS2 secretariat links users to municipalities and authorities on the app’s admin page.',
};

export function ensureOrganisation(ctx: WishContext): string {
  if (!wishCan.signal(ctx.access, ctx.organisation)) throw forbidden(NOT_LINKED);
  return ctx.organisation!;
}

export function capabilitiesOf(ctx: WishContext, doc: WishDocument | null): WishCapabilities {
  const a = ctx.access;
  const isWish = ctx.isWishType || ctx.issue.wishValue !== null;
  const govern = isWish && wishCan.govern(a);
  return {
    canSupport: isWish && wishCan.signal(a, ctx.organisation),
    canManagePledges: govern,
    canSetRequester: govern,
    canClaimRequester: isWish && wishCan.signal(a, ctx.organisation) && !doc?.requestedBy,
    canWithdrawRequester:
      isWish &&
      wishCan.signal(a, ctx.organisation) &&
      doc?.requestedBy != null &&
      sameOrganisation(doc.requestedBy.organisation, ctx.organisation!),
    canQualifyRequester: isWish && wishCan.qualifyRequester(a, ctx.organisation, doc),
    canQualifySupplier: isWish && wishCan.supply(a),
    canEstimate: isWish && wishCan.supply(a),
    canRate: govern,
    canTransition: govern,
    canDecide: govern,
    canEditSettings: wishCan.govern(a),
  };
}
