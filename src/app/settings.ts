import type { AppSettingsView, MemberView, ParsedInputOf, ProductSettingsView } from '../contract';
import { existingGroup, loadGroupMappings } from './admin-directory';
import {
  DEFAULT_APP_SETTINGS,
  ProductProfileSchema,
  type AppSettings,
  type ProductProfile,
} from '../domain/product';
import { PlatformError } from '../platform/errors';
import { getProject, getProjectRoles, getUser, searchAssignableUsers } from '../platform/jira-gateway';
import { deleteEntity, getEntity, queryAll, setEntity, transact } from '../platform/storage';
import {
  appSettings,
  can,
  ensure,
  globalStanding,
  projectAccessFromContext,
  type ProjectAccess,
} from './access';
import type { Caller } from './caller';
import { AppError } from './errors';
import { currentOf, loadProjectRecords, type ProjectRecords } from './governance-view';
import { getCatalogue } from '../domain/catalogue';
import { ORGANISATIONS } from '../domain/organisations';
import { peopleById } from './people';
import { APP_AUDIT_PARTITION } from './audit-log';
import { APP_SETTINGS_KEY, auditWrite, MEMBER, PRODUCT, SETTING, storedProduct } from './records';
import { runReindex } from './wish-board';
import { commitChanges } from './write';

export async function getProductSettings(caller: Caller): Promise<ProductSettingsView> {
  return productSettingsView(caller, await projectAccessFromContext(caller));
}

/** The settings page for a caller whose access is already checked (role actors are read as the app). */
async function productSettingsView(
  caller: Caller,
  access: ProjectAccess,
  preloaded?: ProjectRecords,
): Promise<ProductSettingsView> {
  const { projectId } = access;
  const [project, roles, users, records] = await Promise.all([
    getProject(caller.jira.asUser, projectId),
    getProjectRoles(caller.jira.asApp, projectId),
    searchAssignableUsers(caller.jira.asUser, projectId, 100),
    preloaded ?? loadProjectRecords(projectId),
  ]);
  const profile = access.profile;
  const referenced = profile
    ? [
        profile.tovholderAccountId ?? '',
        ...[...profile.steeringGroup, ...profile.coordinationGroup, ...profile.suppliers].flatMap((r) =>
          r.kind === 'user' ? [r.accountId] : [],
        ),
      ]
    : [];
  const extra = await peopleById(
    caller,
    referenced.filter((id) => !users.some((u) => u.accountId === id)),
  );
  return {
    project: { id: project.id, key: project.key, name: project.name },
    profile: profile ? { ...fieldsOf(profile), version: profile.version } : null,
    current: currentOf(records.decisions),
    levelLabels: getCatalogue(profile?.catalogueVersion).levelLabels,
    roles: [...roles.keys()].sort(),
    people: [...users.filter((u) => (u.accountType ?? 'atlassian') === 'atlassian'), ...extra.values()]
      .map((u) => ({ accountId: u.accountId, displayName: u.displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'da')),
    organisations: ORGANISATIONS,
    canEdit: can.editSettings(access),
  };
}

function fieldsOf(profile: ProductProfile) {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { schemaVersion, projectId, projectKey, version, updatedAt, updatedBy, ...fields } = profile;
  return fields;
}

export async function saveProductSettings(
  caller: Caller,
  input: ParsedInputOf<'saveProductSettings'>,
): Promise<ProductSettingsView> {
  const access = await projectAccessFromContext(caller);
  const { projectId } = access;
  const projectKey = caller.projectKey ?? '';
  ensure(can.editSettings(access));
  const { expectedVersion, ...fields } = input;
  const unknownOrganisations = fields.organisations.filter((o) => !ORGANISATIONS.includes(o));
  if (unknownOrganisations.length > 0) {
    throw new AppError('invalid-input', {
      da: `Ukendte organisationer: ${unknownOrganisations.join(', ')}`,
      en: `Unknown organisations: ${unknownOrganisations.join(', ')}`,
    });
  }
  const before = access.profile;
  const now = new Date().toISOString();
  const profile = ProductProfileSchema.parse({
    ...fields,
    organisations: [...new Set(fields.organisations)],
    schemaVersion: 1,
    projectId,
    projectKey: before?.projectKey ?? (projectKey || projectId),
    version: expectedVersion + 1,
    updatedAt: now,
    updatedBy: caller.accountId,
  });
  // The caller's access is unchanged by the save (it rests on Jira permissions and the secretariat
  // group); only the profile is new, so reuse the access rather than asking Jira again.
  const saved: ProjectAccess = { ...access, profile };
  const { records } = await commitChanges(
    caller,
    [
      {
        target: { entity: PRODUCT, key: projectId, value: storedProduct(profile), expectedVersion },
        audit: {
          action: 'product.saved',
          target: 'profile',
          before: before ? fieldsOf(before) : null,
          after: fieldsOf(profile),
        },
      },
    ],
    {
      projectId,
      at: now,
      summaryOf: saved,
      conflictText: (name) => ({
        da: `${name} gemte produktets indstillinger, mens du redigerede. Genindlæs for at se ændringen; dine ændringer er ikke gemt.`,
        en: `${name} saved the product settings while you were editing. Reload to see their change; yours was not saved.`,
      }),
    },
  );
  // The common budget bounds each wish's budget share: re-score the wishes when it changes.
  if (before && before.commonBudgetDkk !== profile.commonBudgetDkk) await runReindex(caller, saved, null);
  return productSettingsView(caller, saved, records);
}

// --- Admin page ------------------------------------------------------------------------------

interface StoredMember {
  accountId: string;
  organisation: string;
  record: { updatedAt: string; updatedBy: string };
}

async function requireJiraAdmin(caller: Caller) {
  const standing = await globalStanding(caller);
  ensure(standing.isJiraAdmin);
  return standing;
}

export async function getAppSettings(caller: Caller): Promise<AppSettingsView> {
  await requireJiraAdmin(caller);
  const [settings, members, groupMappings] = await Promise.all([
    appSettings(),
    queryAll<StoredMember>(MEMBER),
    loadGroupMappings(),
  ]);
  const people = await peopleById(
    caller,
    members.map((m) => m.value.accountId),
  );
  return {
    settings: {
      secretariatGroup: settings?.secretariatGroup ?? DEFAULT_APP_SETTINGS.secretariatGroup,
      boardGroup: settings?.boardGroup ?? DEFAULT_APP_SETTINGS.boardGroup,
      version: settings?.version ?? 0,
    },
    members: members
      .map(({ value }) => ({
        accountId: value.accountId,
        displayName: people.get(value.accountId)?.displayName ?? value.accountId,
        organisation: value.organisation,
      }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'da')),
    organisations: ORGANISATIONS,
    groupMappings,
  };
}

export async function saveAppSettings(
  caller: Caller,
  input: ParsedInputOf<'saveAppSettings'>,
): Promise<AppSettingsView> {
  await requireJiraAdmin(caller);
  // A group Jira does not know is refused, not saved: nobody would ever be in it.
  const [current, secretariatGroup, boardGroup] = await Promise.all([
    appSettings(),
    input.secretariatGroup === '' ? '' : existingGroup(caller, input.secretariatGroup, 'secretariatGroup'),
    input.boardGroup === '' ? '' : existingGroup(caller, input.boardGroup, 'boardGroup'),
  ]);
  const now = new Date().toISOString();
  const next: AppSettings = {
    schemaVersion: 1,
    secretariatGroup,
    boardGroup,
    version: input.expectedVersion + 1,
    updatedAt: now,
    updatedBy: caller.accountId,
  };
  await commitChanges(
    caller,
    [
      {
        target: {
          entity: SETTING,
          key: APP_SETTINGS_KEY,
          value: { record: next, version: next.version, updatedAt: next.updatedAt },
          expectedVersion: input.expectedVersion,
        },
        audit: { action: 'settings.saved', target: 'app', before: current ?? null, after: next },
      },
    ],
    {
      projectId: APP_AUDIT_PARTITION,
      at: now,
      conflictText: () => ({
        da: 'Indstillingerne er ændret af en anden, mens du redigerede. Genindlæs siden.',
        en: 'Someone else changed the settings while you were editing. Reload the page.',
      }),
    },
  );
  return getAppSettings(caller);
}

export async function setUserOrganisation(
  caller: Caller,
  input: ParsedInputOf<'setUserOrganisation'>,
): Promise<MemberView> {
  await requireJiraAdmin(caller);
  if (input.organisation !== '' && !ORGANISATIONS.includes(input.organisation)) {
    throw new AppError('invalid-input', { da: 'Ukendt organisation.', en: 'Unknown organisation.' });
  }
  // The user must exist in Jira; ids from the payload are data here, checked against Jira.
  const user = await getUser(caller.jira.asUser, input.accountId).catch((error: unknown) => {
    if (error instanceof PlatformError && error.kind === 'not-found') {
      throw new AppError('not-found', {
        da: `Der findes ingen Jira-bruger med konto-id ${input.accountId}.`,
        en: `There is no Jira user with account id ${input.accountId}.`,
      });
    }
    throw error;
  });
  const before = await getEntity<StoredMember>(MEMBER, input.accountId);
  const now = new Date().toISOString();
  if (input.organisation === '') await deleteEntity(MEMBER, input.accountId);
  else
    await setEntity(MEMBER, input.accountId, {
      accountId: input.accountId,
      organisation: input.organisation,
      record: { updatedAt: now, updatedBy: caller.accountId },
    } satisfies StoredMember);
  await transact([
    auditWrite(
      APP_AUDIT_PARTITION,
      caller.accountId,
      'member.organisation',
      {
        target: input.accountId,
        before: before?.organisation ?? null,
        after: input.organisation || null,
      },
      now,
    ),
  ]);
  return { accountId: input.accountId, displayName: user.displayName, organisation: input.organisation };
}
