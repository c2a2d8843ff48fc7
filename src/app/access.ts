import {
  AppSettingsSchema,
  DEFAULT_APP_SETTINGS,
  isInGroup,
  type AppSettings,
  type ProductProfile,
} from '../domain/product';
import { getMyself, getProjectRoleActors, getProjectRoles } from '../platform/jira-gateway';
import type { ProjectGrants } from '../platform/permissions';
import { getEntity, type VersionedValue } from '../platform/storage';
import type { Caller } from './caller';
import { forbidden, notFound } from './errors';
import type { StoredProduct } from './records';
import { APP_SETTINGS_KEY, PRODUCT, productFromStored, SETTING } from './records';

/** Everything about the caller's standing on one project, gathered once per invocation. */
export interface ProjectAccess {
  projectId: string;
  projectKey: string;
  grants: ProjectGrants;
  profile: ProductProfile | null;
  isSecretariat: boolean;
  isBoard: boolean;
  inSteeringGroup: boolean;
  inCoordinationGroup: boolean;
  isSupplier: boolean;
  /** The caller's Jira groups (from the same `/myself` as the secretariat check). */
  groups: ReadonlySet<string>;
}

export async function appSettings(): Promise<AppSettings | undefined> {
  const stored = await getEntity<VersionedValue<unknown>>(SETTING, APP_SETTINGS_KEY);
  return stored === undefined ? undefined : AppSettingsSchema.parse(stored.record);
}

/** The caller's Jira groups and admin status: secretariat = Jira administrators or the configured group. */
export async function globalStanding(caller: Caller) {
  const [me, isJiraAdmin, settings] = await Promise.all([
    getMyself(caller.jira.asUser, { groups: true }),
    caller.permissions.isJiraAdmin(),
    appSettings(),
  ]);
  const groups = new Set((me.groups?.items ?? []).map((g) => g.name));
  const { secretariatGroup, boardGroup } = settings ?? DEFAULT_APP_SETTINGS;
  return {
    me,
    groups,
    isJiraAdmin,
    isSecretariat: isJiraAdmin || (secretariatGroup !== '' && groups.has(secretariatGroup)),
    isBoard: boardGroup !== '' && groups.has(boardGroup),
  };
}

/**
 * The project roles (among those the product's groups refer to) that the caller holds. Reading role
 * actors needs project admin rights in Jira, so it runs as the app, after the caller's own Browse
 * Projects check (done by the caller of this function).
 */
async function rolesHeld(caller: Caller, profile: ProductProfile, groups: Set<string>): Promise<Set<string>> {
  const referenced = new Set(
    [...profile.steeringGroup, ...profile.coordinationGroup, ...profile.suppliers].flatMap((ref) =>
      ref.kind === 'role' ? [ref.role] : [],
    ),
  );
  if (referenced.size === 0) return new Set();
  const roles = await getProjectRoles(caller.jira.asApp, profile.projectId);
  const held = new Set<string>();
  await Promise.all(
    [...referenced].map(async (name) => {
      const id = roles.get(name);
      if (!id) return;
      const role = await getProjectRoleActors(caller.jira.asApp, profile.projectId, id);
      const member = role.actors.some(
        (a) => a.actorUser?.accountId === caller.accountId || (a.actorGroup && groups.has(a.actorGroup.name)),
      );
      if (member) held.add(name);
    }),
  );
  return held;
}

/** The project of the module the call came from: from `req.context`, never from the payload. */
export function contextProject(caller: Caller): { projectId: string; projectKey: string } {
  if (!caller.projectId)
    throw notFound({ da: 'Kaldet kom ikke fra et projekt.', en: 'The call did not come from a project.' });
  return { projectId: caller.projectId, projectKey: caller.projectKey ?? '' };
}

/** Loads the caller's access to the context project; throws not-found unless they may browse it. */
export async function projectAccess(
  caller: Caller,
  projectId: string,
  projectKey = '',
): Promise<ProjectAccess> {
  const [grants, standing, stored] = await Promise.all([
    caller.permissions.grants(projectId),
    globalStanding(caller),
    getEntity<StoredProduct>(PRODUCT, projectId),
  ]);
  if (!grants.project.BROWSE_PROJECTS) throw notFound();
  const profile = stored ? productFromStored(stored) : null;
  const roles = profile ? await rolesHeld(caller, profile, standing.groups) : new Set<string>();
  const inGroup = (group: 'steeringGroup' | 'coordinationGroup' | 'suppliers') =>
    profile ? isInGroup(profile, group, caller.accountId, roles) : false;
  return {
    projectId,
    projectKey: profile?.projectKey ?? projectKey,
    grants,
    profile,
    isSecretariat: standing.isSecretariat,
    isBoard: standing.isBoard,
    inSteeringGroup: inGroup('steeringGroup'),
    inCoordinationGroup: inGroup('coordinationGroup'),
    isSupplier: inGroup('suppliers'),
    groups: standing.groups,
  };
}

/** The caller's access to the project of the module the call came from. */
export async function projectAccessFromContext(caller: Caller): Promise<ProjectAccess> {
  const { projectId, projectKey } = contextProject(caller);
  return projectAccess(caller, projectId, projectKey);
}

/** The permission rules, in one place. */
export const can = {
  editAssessment: (a: ProjectAccess) =>
    a.inSteeringGroup || a.inCoordinationGroup || a.grants.project.ADMINISTER_PROJECTS,
  evaluate: (a: ProjectAccess) => a.isSecretariat,
  /** An open evaluation round: the secretariat, and the board when a board group is configured. */
  seeDrafts: (a: ProjectAccess) => a.isSecretariat || a.isBoard,
  decide: (a: ProjectAccess) => a.isSecretariat || a.isBoard,
  editSettings: (a: ProjectAccess) => a.isSecretariat || a.grants.project.ADMINISTER_PROJECTS,
  createIssues: (a: ProjectAccess) => a.grants.project.CREATE_ISSUES && can.editAssessment(a),
};

export function ensure(allowed: boolean): void {
  if (!allowed) throw forbidden();
}
