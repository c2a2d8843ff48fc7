/**
 * The shape of the emulator's seed: plain data that the Jira store (emulator/jira) loads.
 * Ids follow Jira: issue/project ids are numeric strings, board/sprint ids integers.
 */

export type PersonaId =
  'secretariat' | 'steering' | 'coordinator' | 'supplier' | 'municipality' | 'outsider' | 'board';

export interface SeedUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
  /** The persona this user plays in the shell's persona switcher, if any. */
  persona?: PersonaId;
  /** Jira groups, e.g. `jira-administrators`, `os2-secretariat`, `os2-community`. */
  groups: string[];
  /** The organisation the user works for (a municipality name, a supplier, or OS2). */
  organisation: string;
  locale: 'da_DK' | 'en_US';
  timeZone: string;
}

/** Jira project role names used in OS2's projects. */
export const PROJECT_ROLES = [
  'Administrators',
  'Styregruppe',
  'Koordinationsgruppe',
  'Leverandør',
  'Members',
] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export type IssueTypeName = 'Epic' | 'Story' | 'Bug' | 'Task';
export type StatusName = 'To Do' | 'In Progress' | 'Done';

export interface SeedSprint {
  id: number;
  name: string;
  state: 'active' | 'future' | 'closed';
  startDate?: string;
  endDate?: string;
  goal?: string;
}

export interface SeedIssue {
  id: string;
  key: string;
  issueType: IssueTypeName;
  summary: string;
  /** Plain text; the store turns it into ADF paragraphs. */
  description: string;
  status: StatusName;
  assigneeAccountId?: string;
  reporterAccountId: string;
  labels: string[];
  /** ISO timestamp. */
  created: string;
  storyPoints?: number;
  sprintId?: number;
  /** Key of the parent epic, for stories, bugs and tasks. */
  epicKey?: string;
  /** Issue properties to store with the issue. */
  properties?: Record<string, unknown>;
}

export interface SeedProject {
  id: string;
  key: string;
  name: string;
  description: string;
  leadAccountId: string;
  /** Members of each project role, by accountId; roles may also name groups. */
  roles: Record<ProjectRole, { users: string[]; groups: string[] }>;
  board: { id: number; name: string; type: 'scrum' | 'kanban' };
  sprints: SeedSprint[];
  /** In rank order (the backlog order). */
  issues: SeedIssue[];
}

export interface JiraSeed {
  /** The site everything pretends to live on. */
  siteUrl: string;
  cloudId: string;
  users: SeedUser[];
  /** Groups that may browse every project (the OS2 community). Users outside them see nothing. */
  browseGroups: string[];
  /** Groups with Jira's global ADMINISTER permission. */
  adminGroups: string[];
  projects: SeedProject[];
  /** Denmark's 98 municipalities, then other public bodies, as organisation names. */
  organisations: string[];
}
