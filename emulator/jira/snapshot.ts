/** A request-scoped, lazily loaded view of the store, so renderers and JQL can look things up by id. */
import { APP_USER } from './catalog';
import type { JiraStore } from './store';
import type { BoardRecord, IssueRecord, ProjectRecord, SprintRecord, UserRecord } from './types';

export class Snapshot {
  private usersCache?: Map<string, UserRecord>;
  private projectsCache?: ProjectRecord[];
  private sprintsCache?: Map<number, SprintRecord>;
  private boardsCache?: BoardRecord[];
  private issuesCache?: readonly IssueRecord[];
  private issuesById?: Map<string, IssueRecord>;
  private issueProps?: Map<string, Map<string, unknown>>;
  private projectProps?: Map<string, Map<string, unknown>>;

  constructor(
    readonly store: JiraStore,
    readonly site: string,
  ) {}

  /** Forget cached rows after a write, so later reads in the same request see it. */
  invalidate(): void {
    this.issuesCache = this.issuesById = this.issueProps = this.projectProps = undefined;
  }

  get users(): Map<string, UserRecord> {
    return (this.usersCache ??= new Map(this.store.listUsers().map((u) => [u.accountId, u])));
  }

  /** Site users, and the app's own user (the reporter of what `asApp()` creates). */
  user(accountId: string | null): UserRecord | undefined {
    if (accountId === APP_USER.accountId) return APP_USER;
    return accountId === null ? undefined : this.users.get(accountId);
  }

  get projects(): ProjectRecord[] {
    return (this.projectsCache ??= this.store.listProjects());
  }

  project(id: string): ProjectRecord | undefined {
    return this.projects.find((p) => p.id === id);
  }

  get sprints(): Map<number, SprintRecord> {
    return (this.sprintsCache ??= new Map(this.store.listSprints().map((s) => [s.id, s])));
  }

  get boards(): BoardRecord[] {
    return (this.boardsCache ??= this.store.listBoards());
  }

  /** Every issue in rank order. */
  get issues(): readonly IssueRecord[] {
    return (this.issuesCache ??= this.store.listIssues());
  }

  issue(id: string): IssueRecord | undefined {
    this.issuesById ??= new Map(this.issues.map((i) => [i.id, i]));
    return this.issuesById.get(id);
  }

  issueProperties(issueId: string): Map<string, unknown> {
    this.issueProps ??= this.store.allProperties('issue');
    return this.issueProps.get(issueId) ?? new Map();
  }

  projectProperties(projectId: string): Map<string, unknown> {
    this.projectProps ??= this.store.allProperties('project');
    return this.projectProps.get(projectId) ?? new Map();
  }
}
