import { route } from '@forge/api';
import { jiraError, PlatformError } from './errors';
import type { JiraClient } from './jira';

/**
 * Every Jira REST call the app makes, one named function each, with the part of Jira's answer the
 * app reads. The client decides who asks (user or app); failures are PlatformErrors.
 */

// --- Response shapes ---------------------------------------------------------------------------

export interface JiraUser {
  accountId: string;
  displayName: string;
  accountType?: string;
}

export interface Myself extends JiraUser {
  groups?: { items: { name: string }[] };
}

export interface JiraProject {
  id: string;
  key: string;
  name: string;
  issueTypes?: { name: string; subtask?: boolean }[];
}

/**
 * Role name → the role's id. A Map, because role names are whatever a project administrator typed
 * (`toString`, `__proto__`) and must never be looked up as properties of an object.
 */
export type ProjectRoles = ReadonlyMap<string, string>;

export interface RoleActors {
  actors: { actorUser?: { accountId: string }; actorGroup?: { name: string } }[];
}

/** The issue fields the app asks for; Jira returns only those a call names. */
export interface IssueFields {
  summary?: string;
  created?: string;
  issuetype?: { name: string };
  status?: { name: string; statusCategory?: { key: string } };
  project?: { id: string; key: string; name?: string };
}

export interface SearchedIssue {
  id: string;
  key: string;
  fields: IssueFields;
  properties?: Record<string, unknown>;
}

export interface SearchPage {
  issues: SearchedIssue[];
  nextPageToken?: string;
}

export type JiraIssue = SearchedIssue;

export interface CreatedIssue {
  id: string;
  key: string;
}

export interface PermissionCheckRequest {
  accountId: string;
  globalPermissions: string[];
  projectPermissions?: { permissions: string[]; projects: number[] }[];
}

export interface PermissionCheckResponse {
  globalPermissions: string[];
  projectPermissions: { permission: string; projects?: number[]; issues?: number[] }[];
}

export interface BoardList {
  values: { id: number }[];
}

export interface BacklogIssues {
  startAt: number;
  total: number;
  issues: {
    id: string;
    key: string;
    fields: {
      summary: string;
      issuetype?: { name: string };
      status?: { name: string; statusCategory?: { key: string } };
      assignee?: { displayName: string } | null;
      customfield_10016?: number | null;
    };
  }[];
}

interface UserBulk {
  values: JiraUser[];
}

// --- Users and groups --------------------------------------------------------------------------

/** The calling user, with their groups when asked (the secretariat and board are groups). */
export function getMyself(client: JiraClient, options: { groups: boolean }): Promise<Myself> {
  return options.groups
    ? client.get<Myself>(route`/rest/api/3/myself?expand=groups`)
    : client.get<Myself>(route`/rest/api/3/myself`);
}

export function getUser(client: JiraClient, accountId: string): Promise<JiraUser> {
  return client.get<JiraUser>(route`/rest/api/3/user?accountId=${accountId}`);
}

/** Up to 50 users by account id (Jira's page size for the bulk call). */
export async function getUsersBulk(client: JiraClient, accountIds: readonly string[]): Promise<JiraUser[]> {
  const params = new URLSearchParams({ maxResults: '50' });
  for (const id of accountIds) params.append('accountId', id);
  return (await client.get<UserBulk>(route`/rest/api/3/user/bulk?${params}`)).values;
}

export function searchAssignableUsers(
  client: JiraClient,
  projectId: string,
  maxResults: number,
): Promise<JiraUser[]> {
  return client.get<JiraUser[]>(
    route`/rest/api/3/user/assignable/search?project=${projectId}&maxResults=${maxResults}`,
  );
}

// --- Projects, roles and permissions -----------------------------------------------------------

export function getProject(client: JiraClient, projectId: string): Promise<JiraProject> {
  return client.get<JiraProject>(route`/rest/api/3/project/${projectId}`);
}

export async function getProjectRoles(client: JiraClient, projectId: string): Promise<ProjectRoles> {
  // Jira answers name → the role's REST URL; its id is the last path segment.
  const urls = await client.get<Record<string, unknown>>(route`/rest/api/3/project/${projectId}/role`);
  const roles = new Map<string, string>();
  for (const [name, url] of Object.entries(urls)) {
    const id = typeof url === 'string' ? url.split('/').pop() : undefined;
    if (id && /^\d+$/.test(id)) roles.set(name, id);
  }
  return roles;
}

export function getProjectRoleActors(
  client: JiraClient,
  projectId: string,
  roleId: string,
): Promise<RoleActors> {
  return client.get<RoleActors>(route`/rest/api/3/project/${projectId}/role/${roleId}`);
}

/** Jira's bulk permission check: global and per-project permissions of one account. */
export function checkPermissions(
  client: JiraClient,
  request: PermissionCheckRequest,
): Promise<PermissionCheckResponse> {
  return client.post<PermissionCheckResponse>(route`/rest/api/3/permissions/check`, request);
}

// --- Portfolio and admin pickers ---------------------------------------------------------------

/** The projects where the caller holds every one of `permissions`: one call whatever their number. */
export async function getPermittedProjects(
  client: JiraClient,
  permissions: readonly string[],
): Promise<string[]> {
  const answer = await client.post<{ projects?: { id: number | string }[] }>(
    route`/rest/api/3/permissions/project`,
    { permissions },
  );
  return (answer.projects ?? []).map((p) => String(p.id));
}

/** Jira's group picker: groups whose name contains `query`, case-insensitively, at most `max`. */
export async function searchGroups(
  client: JiraClient,
  query: string,
  max: number,
): Promise<{ name: string; groupId?: string }[]> {
  const params = new URLSearchParams({ query, maxResults: String(max), caseInsensitive: 'true' });
  const answer = await client.get<{ groups?: { name: string; groupId?: string }[] }>(
    route`/rest/api/3/groups/picker?${params}`,
  );
  return answer.groups ?? [];
}

/** Active users whose name or email address starts with `query` (Jira's user search). */
export function searchUsers(client: JiraClient, query: string, max: number): Promise<JiraUser[]> {
  const params = new URLSearchParams({ query, maxResults: String(max) });
  return client.get<JiraUser[]>(route`/rest/api/3/user/search?${params}`);
}

// --- end portfolio and admin pickers

// --- Issues ------------------------------------------------------------------------------------

export interface SearchRequest {
  jql: string;
  fields: string[];
  properties?: string[];
  maxResults: number;
  nextPageToken?: string;
  /** Issue ids the search must show as they are now, though the index lags (at most 50). */
  reconcileIssues?: readonly string[];
}

/** One page of an enhanced JQL search; `nextPageToken` continues it. */
export function searchIssues(client: JiraClient, request: SearchRequest): Promise<SearchPage> {
  const { nextPageToken, properties, reconcileIssues, ...rest } = request;
  return client.post<SearchPage>(route`/rest/api/3/search/jql`, {
    ...rest,
    ...(properties ? { properties } : {}),
    ...(nextPageToken ? { nextPageToken } : {}),
    ...(reconcileIssues?.length ? { reconcileIssues: reconcileIssues.map(Number) } : {}),
  });
}

/** Jira reconciles at most this many issue ids per search. */
export const MAX_RECONCILED_IDS = 50;

/**
 * The issues of these ids (optionally narrowed by `within`, a JQL condition), as they are now:
 * Jira's search index lags behind writes, so each search names its ids in `reconcileIssues`, in
 * parallel chunks of 50. Ids Jira does not show are left out.
 */
export async function searchIssuesByIds(
  client: JiraClient,
  ids: readonly string[],
  select: { fields: string[]; properties?: string[]; within?: string },
): Promise<SearchedIssue[]> {
  const chunks: string[][] = [];
  for (let at = 0; at < ids.length; at += MAX_RECONCILED_IDS)
    chunks.push(ids.slice(at, at + MAX_RECONCILED_IDS));
  const search = async (chunk: readonly string[]): Promise<SearchedIssue[]> => {
    if (chunk.length === 0) return [];
    try {
      const page = await searchIssues(client, {
        jql: `${select.within ? `${select.within} AND ` : ''}id in (${chunk.join(', ')})`,
        fields: select.fields,
        ...(select.properties ? { properties: select.properties } : {}),
        maxResults: chunk.length,
        reconcileIssues: [...chunk],
      });
      return page.issues;
    } catch (error) {
      // JQL refuses the whole search for an id it does not know or the caller cannot see: those
      // are left out, and the rest searched again.
      const unknown =
        error instanceof PlatformError && error.status === 400 ? unknownIds(error.messages) : [];
      const rest = chunk.filter((id) => !unknown.includes(id));
      if (rest.length === chunk.length) throw error;
      return search(rest);
    }
  };
  return (await Promise.all(chunks.map(search))).flat();
}

/** The ids in Jira's "An issue with key '10001' does not exist for field 'id'." messages. */
function unknownIds(messages: readonly string[]): string[] {
  return messages.flatMap(
    (m) => /^An issue with key '(\d+)' does not exist for field 'id'/.exec(m)?.[1] ?? [],
  );
}

export function getIssue(
  client: JiraClient,
  issueId: string,
  select: { fields: readonly string[]; properties: readonly string[] },
): Promise<JiraIssue> {
  const query = new URLSearchParams({
    fields: select.fields.join(','),
    properties: select.properties.join(','),
  });
  return client.get<JiraIssue>(route`/rest/api/3/issue/${issueId}?${query}`);
}

/** Creates an issue; `body` is Jira's create payload (fields, properties). */
export function createIssue(
  client: JiraClient,
  body: { fields: Record<string, unknown>; properties?: unknown[] },
) {
  return client.post<CreatedIssue>(route`/rest/api/3/issue`, body);
}

/** An issue property's value, or null when the issue has none (404). */
export async function getIssueProperty(
  client: JiraClient,
  issueId: string,
  key: string,
): Promise<unknown | null> {
  const { status, body } = await client.exchange<{ value?: unknown }>(
    route`/rest/api/3/issue/${issueId}/properties/${key}`,
  );
  if (status === 404) return null;
  if (status >= 200 && status < 300) return body?.value ?? null;
  throw jiraError(status, body);
}

export async function setIssueProperty(
  client: JiraClient,
  issueId: string,
  key: string,
  value: unknown,
): Promise<void> {
  await client.put<unknown>(route`/rest/api/3/issue/${issueId}/properties/${key}`, value);
}

/** Deletes an issue property; an absent one is not an error. */
export async function deleteIssueProperty(client: JiraClient, issueId: string, key: string): Promise<void> {
  const { status, body } = await client.exchange<unknown>(
    route`/rest/api/3/issue/${issueId}/properties/${key}`,
    {
      method: 'DELETE',
    },
  );
  if (status !== 404 && (status < 200 || status >= 300)) throw jiraError(status, body);
}

export interface IssueTransition {
  id: string;
  name: string;
  to: { name: string; statusCategory?: { key: string } };
}

/** The transitions Jira offers the client out of the issue's status (none without Transition Issues). */
export async function getTransitions(client: JiraClient, issueId: string): Promise<IssueTransition[]> {
  return (
    (await client.get<{ transitions?: IssueTransition[] }>(route`/rest/api/3/issue/${issueId}/transitions`))
      .transitions ?? []
  );
}

export async function transitionIssue(
  client: JiraClient,
  issueId: string,
  transitionId: string,
): Promise<void> {
  await client.post<unknown>(route`/rest/api/3/issue/${issueId}/transitions`, {
    transition: { id: transitionId },
  });
}

/** The project of an issue as the client sees it; null when Jira does not know it or hides it. */
export async function getIssueProject(
  client: JiraClient,
  issueKey: string,
): Promise<{ id: string; key: string; projectId: string; issueType: string } | null> {
  const { status, body } = await client.exchange<{
    id?: string;
    key?: string;
    fields?: { project?: { id: string }; issuetype?: { name?: string } };
  }>(route`/rest/api/3/issue/${issueKey}?fields=project,issuetype`);
  if (status === 404 || status === 400) return null;
  if (status < 200 || status >= 300) throw jiraError(status, body);
  if (!body.id || !body.key || !body.fields?.project) return null;
  return {
    id: body.id,
    key: body.key,
    projectId: body.fields.project.id,
    issueType: body.fields.issuetype?.name ?? '',
  };
}

// --- Agile boards ------------------------------------------------------------------------------

export function getBoardsForProject(client: JiraClient, projectId: string): Promise<BoardList> {
  return client.get<BoardList>(route`/rest/agile/1.0/board?projectKeyOrId=${projectId}`);
}

export function getBacklogIssues(
  client: JiraClient,
  boardId: number,
  page: { startAt: number; maxResults: number; fields: string },
): Promise<BacklogIssues> {
  return client.get<BacklogIssues>(
    route`/rest/agile/1.0/board/${boardId}/backlog?startAt=${page.startAt}&maxResults=${page.maxResults}&fields=${page.fields}`,
  );
}

// --- Counting (wish intake and the wish lists) ---------------------------------------------------

/** How many issues a JQL query matches, as the client may see them (Jira's approximate count). */
export async function countIssues(client: JiraClient, jql: string): Promise<number> {
  return (await client.post<{ count: number }>(route`/rest/api/3/search/approximate-count`, { jql })).count;
}

// --- Agile sprints (sprint planning) ----------------------------------------------------------

export interface AgileSprint {
  id: number;
  state: 'active' | 'future' | 'closed';
  name: string;
  startDate?: string;
  endDate?: string;
  completeDate?: string;
  originBoardId: number;
  goal?: string;
}

export interface SprintIssue {
  id: string;
  key: string;
  fields: {
    summary?: string;
    status?: { name: string; statusCategory?: { key: string } };
    issuetype?: { name: string };
    description?: unknown;
    labels?: string[];
  };
}

/** The project's scrum boards (the ones with sprints). */
export function getScrumBoards(client: JiraClient, projectId: string): Promise<BoardList> {
  return client.get<BoardList>(route`/rest/agile/1.0/board?projectKeyOrId=${projectId}&type=scrum`);
}

/** Every sprint of a board in the given states (`active,future`, …), following pages. */
export async function getBoardSprints(
  client: JiraClient,
  boardId: number,
  states: string,
): Promise<AgileSprint[]> {
  const out: AgileSprint[] = [];
  for (let startAt = 0; ;) {
    const page = await client.get<{ values: AgileSprint[]; isLast?: boolean }>(
      route`/rest/agile/1.0/board/${boardId}/sprint?state=${states}&startAt=${startAt}&maxResults=50`,
    );
    out.push(...page.values);
    if (page.isLast !== false || page.values.length === 0 || out.length >= 500) return out;
    startAt += page.values.length;
  }
}

/** The issues of a sprint in rank order (at most `max`), with the fields named. */
export async function getSprintIssues(
  client: JiraClient,
  sprintId: number,
  fields: string,
  max = 200,
): Promise<SprintIssue[]> {
  const out: SprintIssue[] = [];
  for (let startAt = 0; out.length < max;) {
    const page = await client.get<{ issues: SprintIssue[]; total: number }>(
      route`/rest/agile/1.0/sprint/${sprintId}/issue?startAt=${startAt}&maxResults=100&fields=${fields}`,
    );
    out.push(...page.issues);
    startAt += page.issues.length;
    if (page.issues.length === 0 || startAt >= page.total) break;
  }
  return out.slice(0, max);
}

/** Moves issues into a future or active sprint (Jira checks Schedule and Edit Issues). */
export async function moveIssuesToSprint(
  client: JiraClient,
  sprintId: number,
  issues: string[],
): Promise<void> {
  await client.post<unknown>(route`/rest/agile/1.0/sprint/${sprintId}/issue`, { issues });
}

/** Moves issues out of their open sprint into the backlog. */
export async function moveIssuesToBacklog(client: JiraClient, issues: string[]): Promise<void> {
  await client.post<unknown>(route`/rest/agile/1.0/backlog/issue`, { issues });
}

/**
 * Ranks issues before or after another; Jira answers 207 with per-issue errors when some fail,
 * which is a failure here too.
 */
export async function rankIssues(
  client: JiraClient,
  issues: string[],
  anchor: { rankBeforeIssue: string } | { rankAfterIssue: string },
): Promise<void> {
  const { status, body } = await client.exchange<{ entries?: { status: number; errors?: string[] }[] }>(
    route`/rest/agile/1.0/issue/rank`,
    { method: 'PUT', body: { issues, ...anchor } },
  );
  if (status === 204 || (status === 207 && (body?.entries ?? []).every((e) => e.status === 200))) return;
  throw jiraError(status === 207 ? 400 : status, body);
}

export interface BoardIssue extends SprintIssue {
  fields: SprintIssue['fields'] & {
    sprint?: { id: number; name: string; state: AgileSprint['state'] } | null;
    closedSprints?: { id: number; name: string; state: 'closed' }[];
  };
}

/** A board's issues matching `jql`, in rank order, with the agile fields `sprint` and `closedSprints`. */
export async function getBoardIssues(
  client: JiraClient,
  boardId: number,
  jql: string,
  fields: string,
  max = 500,
): Promise<BoardIssue[]> {
  const out: BoardIssue[] = [];
  for (let startAt = 0; out.length < max;) {
    const page = await client.get<{ issues: BoardIssue[]; total: number }>(
      route`/rest/agile/1.0/board/${boardId}/issue?jql=${jql}&startAt=${startAt}&maxResults=100&fields=${fields}`,
    );
    out.push(...page.issues);
    startAt += page.issues.length;
    if (page.issues.length === 0 || startAt >= page.total) break;
  }
  return out.slice(0, max);
}
