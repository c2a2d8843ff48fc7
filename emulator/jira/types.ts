/** Public request/response types of the Jira emulator and the records its store keeps. */
import type { IssueTypeName, StatusName } from './seed-types';

export type JiraAuth = { kind: 'user'; accountId: string } | { kind: 'app' } | { kind: 'none' };

export interface JiraRequest {
  method: string;
  /** Path plus query string, e.g. `/rest/api/3/search/jql?jql=...`. */
  path: string;
  body?: string | null;
  headers?: Record<string, string>;
  auth: JiraAuth;
  /** The app's manifest scopes; callers outside the app (shell, scripts) pass ALL_SCOPES. */
  declaredScopes: string[];
  /** Set by the Forge runtime's fetch: the call counts towards the scopes the app uses. */
  fromApp?: boolean;
}

export interface JiraResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON-serialisable; undefined for 204. */
  body?: unknown;
}

/** A manifest `jira:entityProperty` module. */
export interface EntityPropertyModule {
  key: string;
  propertyKey: string;
  entityType?: 'issue' | 'project' | 'user';
  values: { path: string; type: 'number' | 'string' | 'text' | 'user' | 'date'; searchAlias?: string }[];
}

export type AdfDoc = { type: 'doc'; version: 1; content: unknown[] };

export interface UserRecord {
  accountId: string;
  displayName: string;
  emailAddress: string;
  groups: string[];
  organisation: string;
  locale: string;
  timeZone: string;
  persona?: string;
  active: boolean;
  accountType: 'atlassian' | 'app';
}

export interface RoleMembers {
  users: string[];
  groups: string[];
}

export interface ProjectRecord {
  id: string;
  key: string;
  name: string;
  description: string;
  leadAccountId: string;
  roles: Record<string, RoleMembers>;
  nextIssueNumber: number;
}

export interface BoardRecord {
  id: number;
  projectId: string;
  name: string;
  type: 'scrum' | 'kanban';
}

export interface SprintRecord {
  id: number;
  boardId: number;
  name: string;
  state: 'active' | 'future' | 'closed';
  startDate?: string;
  endDate?: string;
  completeDate?: string;
  goal?: string;
}

export interface IssueRecord {
  id: string;
  key: string;
  projectId: string;
  issueType: IssueTypeName;
  summary: string;
  description: AdfDoc | null;
  status: StatusName;
  assigneeId: string | null;
  reporterId: string | null;
  creatorId: string | null;
  labels: string[];
  /** ISO timestamps. */
  created: string;
  updated: string;
  resolutionDate: string | null;
  storyPoints: number | null;
  /** Every sprint the issue has been in, oldest first; at most one of them open. */
  sprintIds: number[];
  parentId: string | null;
  /** Global rank; lower ranks first. Rendered as a lexorank-like string. */
  rank: number;
  priority: string;
}
