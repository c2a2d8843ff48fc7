/** Jira's fixed metadata on the emulated site: issue types, workflow, priorities, permissions, fields. */
import { PROJECT_ROLES, type IssueTypeName, type StatusName } from './seed-types';
import type { UserRecord } from './types';

export const STORY_POINTS_FIELD = 'customfield_10016';
export const RANK_FIELD = 'customfield_10019';
export const SPRINT_FIELD = 'customfield_10020';
export const RANK_FIELD_ID = 10019;

export interface IssueTypeDef {
  id: string;
  name: IssueTypeName;
  description: string;
  hierarchyLevel: number;
  avatarId: number;
}

export const ISSUE_TYPES: readonly IssueTypeDef[] = [
  {
    id: '10000',
    name: 'Epic',
    description: 'A big user story that needs to be broken down.',
    hierarchyLevel: 1,
    avatarId: 10307,
  },
  {
    id: '10001',
    name: 'Story',
    description: 'Functionality or a feature expressed as a user goal.',
    hierarchyLevel: 0,
    avatarId: 10315,
  },
  { id: '10002', name: 'Bug', description: 'A problem or error.', hierarchyLevel: 0, avatarId: 10303 },
  {
    id: '10003',
    name: 'Task',
    description: 'A small, distinct piece of work.',
    hierarchyLevel: 0,
    avatarId: 10318,
  },
];

export type CategoryKey = 'new' | 'indeterminate' | 'done';

export interface StatusCategoryDef {
  id: number;
  key: CategoryKey;
  name: string;
  colorName: string;
}

export const STATUS_CATEGORIES: Record<CategoryKey, StatusCategoryDef> = {
  new: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, key: 'done', name: 'Done', colorName: 'green' },
};

export interface StatusDef {
  id: string;
  name: StatusName;
  category: CategoryKey;
  description: string;
  /** The global transition that leads here (Jira's simplified workflow: every status reachable from all). */
  transitionId: string;
}

export const STATUSES: readonly StatusDef[] = [
  { id: '10000', name: 'To Do', category: 'new', description: '', transitionId: '11' },
  {
    id: '3',
    name: 'In Progress',
    category: 'indeterminate',
    description: 'This issue is being actively worked on at the moment by the assignee.',
    transitionId: '21',
  },
  { id: '10001', name: 'Done', category: 'done', description: '', transitionId: '31' },
];

export const statusByName = (name: string): StatusDef => STATUSES.find((s) => s.name === name) ?? STATUSES[0];

export const issueTypeByName = (name: string): IssueTypeDef =>
  ISSUE_TYPES.find((t) => t.name === name) ?? ISSUE_TYPES[3];

export interface PriorityDef {
  id: string;
  name: string;
  /** Higher is more urgent; JQL compares and sorts on it. */
  weight: number;
}

export const PRIORITIES: readonly PriorityDef[] = [
  { id: '1', name: 'Highest', weight: 5 },
  { id: '2', name: 'High', weight: 4 },
  { id: '3', name: 'Medium', weight: 3 },
  { id: '4', name: 'Low', weight: 2 },
  { id: '5', name: 'Lowest', weight: 1 },
];
export const DEFAULT_PRIORITY = 'Medium';

export const RESOLUTION_DONE = {
  id: '10000',
  name: 'Done',
  description: 'Work has been completed on this issue.',
};

/** Project role ids; Jira shares roles across projects. */
export const ROLE_IDS: Record<string, number> = Object.fromEntries(
  PROJECT_ROLES.map((name, i) => [name, name === 'Administrators' ? 10002 : 10100 + i]),
);

export type PermissionType = 'GLOBAL' | 'PROJECT';

export interface PermissionDef {
  key: string;
  id: string;
  name: string;
  type: PermissionType;
  description: string;
}

const P = (
  key: string,
  id: string,
  name: string,
  type: PermissionType,
  description: string,
): PermissionDef => ({
  key,
  id,
  name,
  type,
  description,
});

export const PERMISSIONS: readonly PermissionDef[] = [
  P(
    'ADMINISTER',
    '0',
    'Administer Jira',
    'GLOBAL',
    'Create and administer projects, issue types, fields, workflows, and schemes for all projects. Users with this permission can perform most administration tasks, except: managing users, importing data, and editing system email settings.',
  ),
  P(
    'SYSTEM_ADMIN',
    '44',
    'Administer Jira',
    'GLOBAL',
    'Ability to perform all administration functions. There must be at least one group with this permission.',
  ),
  P(
    'USER_PICKER',
    '27',
    'Browse users and groups',
    'GLOBAL',
    'View and select users or groups from the user picker, and share issues. Users with this permission can see the names of all users and groups on your site.',
  ),
  P(
    'CREATE_SHARED_OBJECTS',
    '22',
    'Share dashboards and filters',
    'GLOBAL',
    'Share dashboards and filters with other users.',
  ),
  P(
    'BULK_CHANGE',
    '33',
    'Make bulk changes',
    'GLOBAL',
    'Modify collections of issues at once. For example, resolve multiple issues in one step.',
  ),
  P(
    'ADMINISTER_PROJECTS',
    '23',
    'Administer Projects',
    'PROJECT',
    'Ability to administer a project in Jira.',
  ),
  P(
    'BROWSE_PROJECTS',
    '10',
    'Browse Projects',
    'PROJECT',
    'Ability to browse projects and the issues within them.',
  ),
  P('CREATE_ISSUES', '11', 'Create Issues', 'PROJECT', 'Ability to create issues.'),
  P('EDIT_ISSUES', '12', 'Edit Issues', 'PROJECT', 'Ability to edit issues.'),
  P('ASSIGN_ISSUES', '13', 'Assign Issues', 'PROJECT', 'Ability to assign issues to other people.'),
  P(
    'RESOLVE_ISSUES',
    '14',
    'Resolve Issues',
    'PROJECT',
    'Ability to resolve and reopen issues. This includes the ability to set a fix version.',
  ),
  P('ADD_COMMENTS', '15', 'Add Comments', 'PROJECT', 'Ability to comment on issues.'),
  P('DELETE_ISSUES', '16', 'Delete Issues', 'PROJECT', 'Ability to delete issues.'),
  P(
    'ASSIGNABLE_USER',
    '17',
    'Assignable User',
    'PROJECT',
    'Users with this permission may be assigned to issues.',
  ),
  P('SCHEDULE_ISSUES', '28', 'Schedule Issues', 'PROJECT', "Ability to view or edit an issue's due date."),
  P('TRANSITION_ISSUES', '46', 'Transition Issues', 'PROJECT', 'Ability to transition issues.'),
  P('MANAGE_SPRINTS_PERMISSION', '-1', 'Manage sprints', 'PROJECT', 'Ability to manage sprints.'),
];

export const permissionByKey = (key: string): PermissionDef | undefined =>
  PERMISSIONS.find((p) => p.key === key);

/**
 * Project permissions everyone who can browse the project gets. OS2's community users browse and
 * comment but do not create issues: that takes a project role (as on OS2's own site).
 */
export const BROWSER_PERMISSIONS = ['BROWSE_PROJECTS', 'ADD_COMMENTS'];
/** Project permissions members of any project role (and Jira admins) get. */
export const ROLE_MEMBER_PERMISSIONS = [
  'CREATE_ISSUES',
  'EDIT_ISSUES',
  'TRANSITION_ISSUES',
  'SCHEDULE_ISSUES',
  'ASSIGN_ISSUES',
  'ASSIGNABLE_USER',
  'RESOLVE_ISSUES',
  'DELETE_ISSUES',
  'MANAGE_SPRINTS_PERMISSION',
];

/** The Forge app's own user, on whose behalf `asApp()` calls run. */
export const APP_USER: UserRecord = {
  accountId: '712020:os2-governance-for-jira-app',
  displayName: 'OS2 Governance for Jira',
  emailAddress: '',
  groups: ['atlassian-addons-admin'],
  organisation: 'OS2',
  locale: 'en_US',
  timeZone: 'UTC',
  active: true,
  accountType: 'app',
};
