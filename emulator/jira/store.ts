/** SQLite persistence of the emulated Jira site. Tables are prefixed `jira_`; JSON columns hold lists. */
import type Database from 'better-sqlite3';
import type {
  AdfDoc,
  BoardRecord,
  IssueRecord,
  ProjectRecord,
  RoleMembers,
  SprintRecord,
  UserRecord,
} from './types';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS jira_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jira_users (
  account_id TEXT PRIMARY KEY, display_name TEXT NOT NULL, email TEXT NOT NULL, groups_json TEXT NOT NULL,
  organisation TEXT NOT NULL, locale TEXT NOT NULL, time_zone TEXT NOT NULL, persona TEXT, active INTEGER NOT NULL,
  account_type TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS jira_projects (
  id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, description TEXT NOT NULL,
  lead_account_id TEXT NOT NULL, roles_json TEXT NOT NULL, next_issue_number INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS jira_boards (
  id INTEGER PRIMARY KEY, project_id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jira_sprints (
  id INTEGER PRIMARY KEY, board_id INTEGER NOT NULL, name TEXT NOT NULL, state TEXT NOT NULL, start_date TEXT,
  end_date TEXT, complete_date TEXT, goal TEXT);
CREATE TABLE IF NOT EXISTS jira_issues (
  id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, project_id TEXT NOT NULL, issue_type TEXT NOT NULL,
  summary TEXT NOT NULL, description_json TEXT, status TEXT NOT NULL, assignee_id TEXT, reporter_id TEXT,
  creator_id TEXT, labels_json TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL, resolution_date TEXT,
  story_points REAL, sprint_ids_json TEXT NOT NULL, parent_id TEXT, rank INTEGER NOT NULL, priority TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS jira_issues_rank ON jira_issues (rank);
CREATE TABLE IF NOT EXISTS jira_issue_properties (
  issue_id TEXT NOT NULL, key TEXT NOT NULL, value_json TEXT NOT NULL, PRIMARY KEY (issue_id, key));
CREATE TABLE IF NOT EXISTS jira_project_properties (
  project_id TEXT NOT NULL, key TEXT NOT NULL, value_json TEXT NOT NULL, PRIMARY KEY (project_id, key));
`;

const TABLES = [
  'jira_meta',
  'jira_users',
  'jira_projects',
  'jira_boards',
  'jira_sprints',
  'jira_issues',
  'jira_issue_properties',
  'jira_project_properties',
];

type Row = Record<string, unknown>;

const str = (v: unknown): string => String(v);
const optStr = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));
const nullStr = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

const toUser = (r: Row): UserRecord => ({
  accountId: str(r.account_id),
  displayName: str(r.display_name),
  emailAddress: str(r.email),
  groups: JSON.parse(str(r.groups_json)) as string[],
  organisation: str(r.organisation),
  locale: str(r.locale),
  timeZone: str(r.time_zone),
  persona: optStr(r.persona),
  active: r.active === 1,
  accountType: r.account_type === 'app' ? 'app' : 'atlassian',
});

const toProject = (r: Row): ProjectRecord => ({
  id: str(r.id),
  key: str(r.key),
  name: str(r.name),
  description: str(r.description),
  leadAccountId: str(r.lead_account_id),
  roles: JSON.parse(str(r.roles_json)) as Record<string, RoleMembers>,
  nextIssueNumber: Number(r.next_issue_number),
});

const toBoard = (r: Row): BoardRecord => ({
  id: Number(r.id),
  projectId: str(r.project_id),
  name: str(r.name),
  type: r.type === 'kanban' ? 'kanban' : 'scrum',
});

const toSprint = (r: Row): SprintRecord => ({
  id: Number(r.id),
  boardId: Number(r.board_id),
  name: str(r.name),
  state: r.state as SprintRecord['state'],
  startDate: optStr(r.start_date),
  endDate: optStr(r.end_date),
  completeDate: optStr(r.complete_date),
  goal: optStr(r.goal),
});

const toIssue = (r: Row): IssueRecord => ({
  id: str(r.id),
  key: str(r.key),
  projectId: str(r.project_id),
  issueType: r.issue_type as IssueRecord['issueType'],
  summary: str(r.summary),
  description: r.description_json === null ? null : (JSON.parse(str(r.description_json)) as AdfDoc),
  status: r.status as IssueRecord['status'],
  assigneeId: nullStr(r.assignee_id),
  reporterId: nullStr(r.reporter_id),
  creatorId: nullStr(r.creator_id),
  labels: JSON.parse(str(r.labels_json)) as string[],
  created: str(r.created),
  updated: str(r.updated),
  resolutionDate: nullStr(r.resolution_date),
  storyPoints: r.story_points === null ? null : Number(r.story_points),
  sprintIds: JSON.parse(str(r.sprint_ids_json)) as number[],
  parentId: nullStr(r.parent_id),
  rank: Number(r.rank),
  priority: str(r.priority),
});

const issueParams = (i: IssueRecord) => ({
  id: i.id,
  key: i.key,
  project_id: i.projectId,
  issue_type: i.issueType,
  summary: i.summary,
  description_json: i.description === null ? null : JSON.stringify(i.description),
  status: i.status,
  assignee_id: i.assigneeId,
  reporter_id: i.reporterId,
  creator_id: i.creatorId,
  labels_json: JSON.stringify(i.labels),
  created: i.created,
  updated: i.updated,
  resolution_date: i.resolutionDate,
  story_points: i.storyPoints,
  sprint_ids_json: JSON.stringify(i.sprintIds),
  parent_id: i.parentId,
  rank: i.rank,
  priority: i.priority,
});

/** Which entity a property belongs to. */
export type PropertyEntity = 'issue' | 'project';

const PROPERTY_TABLE: Record<PropertyEntity, { table: string; idColumn: string }> = {
  issue: { table: 'jira_issue_properties', idColumn: 'issue_id' },
  project: { table: 'jira_project_properties', idColumn: 'project_id' },
};

export class JiraStore {
  private readonly statements = new Map<string, Database.Statement>();
  /** Issues in rank order, kept between requests: this store is the only writer of its tables. */
  private issueCache: readonly IssueRecord[] | undefined;
  /** Called before an issue, its rank or one of its properties changes: the search index's lag hooks in here. */
  beforeIssueWrite?: (issueId: string) => void;

  constructor(private readonly db: Database.Database) {
    db.exec(SCHEMA);
  }

  private stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private all(sql: string, ...params: unknown[]): Row[] {
    return this.stmt(sql).all(...params) as Row[];
  }

  private get(sql: string, ...params: unknown[]): Row | undefined {
    return this.stmt(sql).get(...params) as Row | undefined;
  }

  private run(sql: string, ...params: unknown[]): Database.RunResult {
    return this.stmt(sql).run(...params);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  wipe(): void {
    this.issueCache = undefined;
    this.transaction(() => {
      for (const t of TABLES) this.run(`DELETE FROM ${t}`);
    });
  }

  // --- meta ---

  getMeta<T>(key: string): T | undefined {
    const r = this.get('SELECT value FROM jira_meta WHERE key = ?', key);
    return r ? (JSON.parse(str(r.value)) as T) : undefined;
  }

  setMeta(key: string, value: unknown): void {
    this.run('INSERT OR REPLACE INTO jira_meta (key, value) VALUES (?, ?)', key, JSON.stringify(value));
  }

  // --- users ---

  insertUser(u: UserRecord, seq: number): void {
    this.run(
      `INSERT OR REPLACE INTO jira_users (account_id, display_name, email, groups_json, organisation, locale,
        time_zone, persona, active, account_type, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      u.accountId,
      u.displayName,
      u.emailAddress,
      JSON.stringify(u.groups),
      u.organisation,
      u.locale,
      u.timeZone,
      u.persona ?? null,
      u.active ? 1 : 0,
      u.accountType,
      seq,
    );
  }

  listUsers(): UserRecord[] {
    return this.all('SELECT * FROM jira_users ORDER BY seq').map(toUser);
  }

  getUser(accountId: string): UserRecord | undefined {
    const r = this.get('SELECT * FROM jira_users WHERE account_id = ?', accountId);
    return r && toUser(r);
  }

  // --- projects ---

  insertProject(p: ProjectRecord): void {
    this.run(
      `INSERT INTO jira_projects (id, key, name, description, lead_account_id, roles_json, next_issue_number)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      p.id,
      p.key,
      p.name,
      p.description,
      p.leadAccountId,
      JSON.stringify(p.roles),
      p.nextIssueNumber,
    );
  }

  listProjects(): ProjectRecord[] {
    return this.all('SELECT * FROM jira_projects ORDER BY key').map(toProject);
  }

  /** By id, or by key case-insensitively, as Jira resolves `{projectIdOrKey}`. */
  findProject(idOrKey: string): ProjectRecord | undefined {
    const r =
      this.get('SELECT * FROM jira_projects WHERE id = ?', idOrKey) ??
      this.get('SELECT * FROM jira_projects WHERE upper(key) = upper(?)', idOrKey);
    return r && toProject(r);
  }

  setNextIssueNumber(projectId: string, next: number): void {
    this.run('UPDATE jira_projects SET next_issue_number = ? WHERE id = ?', next, projectId);
  }

  // --- boards and sprints ---

  insertBoard(b: BoardRecord): void {
    this.run(
      'INSERT INTO jira_boards (id, project_id, name, type) VALUES (?, ?, ?, ?)',
      b.id,
      b.projectId,
      b.name,
      b.type,
    );
  }

  listBoards(): BoardRecord[] {
    return this.all('SELECT * FROM jira_boards ORDER BY id').map(toBoard);
  }

  getBoard(id: number): BoardRecord | undefined {
    const r = this.get('SELECT * FROM jira_boards WHERE id = ?', id);
    return r && toBoard(r);
  }

  insertSprint(s: SprintRecord): void {
    this.run(
      `INSERT INTO jira_sprints (id, board_id, name, state, start_date, end_date, complete_date, goal)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      s.id,
      s.boardId,
      s.name,
      s.state,
      s.startDate ?? null,
      s.endDate ?? null,
      s.completeDate ?? null,
      s.goal ?? null,
    );
  }

  updateSprint(s: SprintRecord): void {
    this.run(
      `UPDATE jira_sprints SET name = ?, state = ?, start_date = ?, end_date = ?, complete_date = ?, goal = ?
       WHERE id = ?`,
      s.name,
      s.state,
      s.startDate ?? null,
      s.endDate ?? null,
      s.completeDate ?? null,
      s.goal ?? null,
      s.id,
    );
  }

  listSprints(): SprintRecord[] {
    return this.all('SELECT * FROM jira_sprints ORDER BY id').map(toSprint);
  }

  getSprint(id: number): SprintRecord | undefined {
    const r = this.get('SELECT * FROM jira_sprints WHERE id = ?', id);
    return r && toSprint(r);
  }

  // --- issues ---

  insertIssue(i: IssueRecord): void {
    this.beforeIssueWrite?.(i.id);
    this.issueCache = undefined;
    this.run(
      `INSERT INTO jira_issues (id, key, project_id, issue_type, summary, description_json, status, assignee_id,
        reporter_id, creator_id, labels_json, created, updated, resolution_date, story_points, sprint_ids_json,
        parent_id, rank, priority)
       VALUES (@id, @key, @project_id, @issue_type, @summary, @description_json, @status, @assignee_id,
        @reporter_id, @creator_id, @labels_json, @created, @updated, @resolution_date, @story_points,
        @sprint_ids_json, @parent_id, @rank, @priority)`,
      issueParams(i),
    );
  }

  updateIssue(i: IssueRecord): void {
    this.beforeIssueWrite?.(i.id);
    this.issueCache = undefined;
    this.run(
      `UPDATE jira_issues SET key = @key, project_id = @project_id, issue_type = @issue_type, summary = @summary,
        description_json = @description_json, status = @status, assignee_id = @assignee_id,
        reporter_id = @reporter_id, creator_id = @creator_id, labels_json = @labels_json, created = @created,
        updated = @updated, resolution_date = @resolution_date, story_points = @story_points,
        sprint_ids_json = @sprint_ids_json, parent_id = @parent_id, rank = @rank, priority = @priority
       WHERE id = @id`,
      issueParams(i),
    );
  }

  setRank(issueId: string, rank: number): void {
    this.beforeIssueWrite?.(issueId);
    this.issueCache = undefined;
    this.run('UPDATE jira_issues SET rank = ? WHERE id = ?', rank, issueId);
  }

  /** Every issue, in rank order. Shared and frozen: copy a record before changing it. */
  listIssues(): readonly IssueRecord[] {
    this.issueCache ??= Object.freeze(
      this.all('SELECT * FROM jira_issues ORDER BY rank, CAST(id AS INTEGER)').map((r) =>
        Object.freeze(toIssue(r)),
      ),
    );
    return this.issueCache;
  }

  /** By numeric id, or by key case-insensitively. */
  findIssue(idOrKey: string): IssueRecord | undefined {
    const r = /^\d+$/.test(idOrKey)
      ? this.get('SELECT * FROM jira_issues WHERE id = ?', idOrKey)
      : this.get('SELECT * FROM jira_issues WHERE upper(key) = upper(?)', idOrKey);
    return r && toIssue(r);
  }

  nextIssueId(): string {
    const r = this.get('SELECT MAX(CAST(id AS INTEGER)) AS m FROM jira_issues');
    return String(Math.max(Number(r?.m ?? 0) + 1, 10000));
  }

  maxRank(): number {
    const r = this.get('SELECT MAX(rank) AS m FROM jira_issues');
    return Number(r?.m ?? 0);
  }

  // --- entity properties (stored as JSON text) ---

  listProperties(entity: PropertyEntity, entityId: string): { key: string; value: unknown }[] {
    const { table, idColumn } = PROPERTY_TABLE[entity];
    return this.all(`SELECT key, value_json FROM ${table} WHERE ${idColumn} = ? ORDER BY key`, entityId).map(
      (r) => ({
        key: str(r.key),
        value: JSON.parse(str(r.value_json)) as unknown,
      }),
    );
  }

  /** All properties of one entity type, by entity id then key; what JQL evaluates against. */
  allProperties(entity: PropertyEntity): Map<string, Map<string, unknown>> {
    const { table, idColumn } = PROPERTY_TABLE[entity];
    const out = new Map<string, Map<string, unknown>>();
    for (const r of this.all(`SELECT ${idColumn} AS id, key, value_json FROM ${table}`)) {
      const id = str(r.id);
      let m = out.get(id);
      if (!m) out.set(id, (m = new Map()));
      m.set(str(r.key), JSON.parse(str(r.value_json)));
    }
    return out;
  }

  getProperty(entity: PropertyEntity, entityId: string, key: string): { value: unknown } | undefined {
    const { table, idColumn } = PROPERTY_TABLE[entity];
    const r = this.get(`SELECT value_json FROM ${table} WHERE ${idColumn} = ? AND key = ?`, entityId, key);
    return r && { value: JSON.parse(str(r.value_json)) };
  }

  /** Returns true when the property was created, false when it replaced an existing value. */
  setProperty(entity: PropertyEntity, entityId: string, key: string, valueJson: string): boolean {
    if (entity === 'issue') this.beforeIssueWrite?.(entityId);
    const existed = this.getProperty(entity, entityId, key) !== undefined;
    const { table, idColumn } = PROPERTY_TABLE[entity];
    this.run(
      `INSERT OR REPLACE INTO ${table} (${idColumn}, key, value_json) VALUES (?, ?, ?)`,
      entityId,
      key,
      valueJson,
    );
    return !existed;
  }

  deleteProperty(entity: PropertyEntity, entityId: string, key: string): boolean {
    if (entity === 'issue') this.beforeIssueWrite?.(entityId);
    const { table, idColumn } = PROPERTY_TABLE[entity];
    return this.run(`DELETE FROM ${table} WHERE ${idColumn} = ? AND key = ?`, entityId, key).changes > 0;
  }
}
