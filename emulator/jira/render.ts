/** JSON shapes of users, projects, boards and sprints, as Jira Cloud renders them. */
import { ISSUE_TYPES, ROLE_IDS, type IssueTypeDef } from './catalog';
import { agileDate } from './time';
import type { BoardRecord, ProjectRecord, SprintRecord, UserRecord } from './types';

const AVATAR_SIZES = [48, 24, 16, 32] as const;

const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('') || 'U';

export function userAvatarUrls(u: Pick<UserRecord, 'displayName'>): Record<string, string> {
  const base = `https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/initials/${initials(u.displayName)}-5.png`;
  return Object.fromEntries(AVATAR_SIZES.map((s) => [`${s}x${s}`, `${base}?size=${s}&s=${s}`]));
}

export const userSelf = (site: string, accountId: string): string =>
  `${site}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`;

/** The user object of `/user`, `/user/search` and issue fields. */
export function renderUser(site: string, u: UserRecord): Record<string, unknown> {
  return {
    self: userSelf(site, u.accountId),
    accountId: u.accountId,
    accountType: u.accountType,
    ...(u.accountType === 'atlassian' ? { emailAddress: u.emailAddress } : {}),
    avatarUrls: userAvatarUrls(u),
    displayName: u.displayName,
    active: u.active,
    timeZone: u.timeZone,
    locale: u.locale,
  };
}

export function projectAvatarUrls(site: string, p: ProjectRecord): Record<string, string> {
  const sizes: Record<string, string> = {
    '48x48': 'large',
    '24x24': 'small',
    '16x16': 'xsmall',
    '32x32': 'medium',
  };
  const avatarId = 10400 + (Number(p.id) % 25);
  return Object.fromEntries(
    Object.entries(sizes).map(([k, size]) => [
      k,
      `${site}/rest/api/3/universal_avatar/view/type/project/avatar/${avatarId}?size=${size}`,
    ]),
  );
}

export const projectSelf = (site: string, p: ProjectRecord): string => `${site}/rest/api/3/project/${p.id}`;

/** The short project object used in issue fields and `/project/search`. */
export function renderProjectRef(site: string, p: ProjectRecord): Record<string, unknown> {
  return {
    self: projectSelf(site, p),
    id: p.id,
    key: p.key,
    name: p.name,
    projectTypeKey: 'software',
    simplified: false,
    avatarUrls: projectAvatarUrls(site, p),
  };
}

export function renderIssueType(site: string, t: IssueTypeDef): Record<string, unknown> {
  return {
    self: `${site}/rest/api/3/issuetype/${t.id}`,
    id: t.id,
    description: t.description,
    iconUrl: `${site}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${t.avatarId}?size=medium`,
    name: t.name,
    subtask: false,
    avatarId: t.avatarId,
    hierarchyLevel: t.hierarchyLevel,
  };
}

export function renderProject(
  site: string,
  p: ProjectRecord,
  lead: UserRecord | undefined,
): Record<string, unknown> {
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    self: projectSelf(site, p),
    id: p.id,
    key: p.key,
    description: p.description,
    lead: lead
      ? {
          self: userSelf(site, lead.accountId),
          accountId: lead.accountId,
          avatarUrls: userAvatarUrls(lead),
          displayName: lead.displayName,
          active: lead.active,
        }
      : null,
    components: [],
    issueTypes: ISSUE_TYPES.map((t) => renderIssueType(site, t)),
    assigneeType: 'UNASSIGNED',
    versions: [],
    name: p.name,
    roles: Object.fromEntries(
      Object.keys(p.roles).map((r) => [r, `${projectSelf(site, p)}/role/${ROLE_IDS[r]}`]),
    ),
    avatarUrls: projectAvatarUrls(site, p),
    projectKeys: [p.key],
    projectTypeKey: 'software',
    simplified: false,
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
}

export const sprintSelf = (site: string, id: number): string => `${site}/rest/agile/1.0/sprint/${id}`;

/** The Jira Software sprint object. */
export function renderSprint(site: string, s: SprintRecord): Record<string, unknown> {
  return {
    id: s.id,
    self: sprintSelf(site, s.id),
    state: s.state,
    name: s.name,
    ...(s.startDate ? { startDate: agileDate(s.startDate) } : {}),
    ...(s.endDate ? { endDate: agileDate(s.endDate) } : {}),
    ...(s.completeDate ? { completeDate: agileDate(s.completeDate) } : {}),
    originBoardId: s.boardId,
    goal: s.goal ?? '',
  };
}

/** The sprint as the `customfield_10020` issue field renders it. */
export function renderSprintField(s: SprintRecord): Record<string, unknown> {
  return {
    id: s.id,
    name: s.name,
    state: s.state,
    boardId: s.boardId,
    goal: s.goal ?? '',
    ...(s.startDate ? { startDate: agileDate(s.startDate) } : {}),
    ...(s.endDate ? { endDate: agileDate(s.endDate) } : {}),
    ...(s.completeDate ? { completeDate: agileDate(s.completeDate) } : {}),
  };
}

export function renderBoard(site: string, b: BoardRecord, p: ProjectRecord): Record<string, unknown> {
  return {
    id: b.id,
    self: `${site}/rest/agile/1.0/board/${b.id}`,
    name: b.name,
    type: b.type,
    location: {
      projectId: Number(p.id),
      displayName: `${p.name} (${p.key})`,
      projectName: p.name,
      projectKey: p.key,
      projectTypeKey: 'software',
      avatarURI: `/rest/api/2/universal_avatar/view/type/project/avatar/${10400 + (Number(p.id) % 25)}?size=small`,
      name: `${p.name} (${p.key})`,
    },
    isPrivate: false,
  };
}
