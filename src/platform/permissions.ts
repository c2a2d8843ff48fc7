import type { JiraClient } from './jira';
import { checkPermissions, getPermittedProjects, type PermissionCheckResponse } from './jira-gateway';

export type ProjectPermissionKey =
  'BROWSE_PROJECTS' | 'CREATE_ISSUES' | 'EDIT_ISSUES' | 'SCHEDULE_ISSUES' | 'ADMINISTER_PROJECTS';

const PROJECT_PERMISSIONS: ProjectPermissionKey[] = [
  'BROWSE_PROJECTS',
  'CREATE_ISSUES',
  'EDIT_ISSUES',
  'SCHEDULE_ISSUES',
  'ADMINISTER_PROJECTS',
];

export interface ProjectGrants {
  isJiraAdmin: boolean;
  project: Record<ProjectPermissionKey, boolean>;
}

/**
 * The caller's Jira permissions, asked as the user (never trusted from the browser) and cached for
 * this invocation only: permission checks are costly, and a cache across invocations could leak
 * between users or tenants.
 */
export class PermissionService {
  private readonly cache = new Map<string, Promise<ProjectGrants>>();

  constructor(
    private readonly asUser: JiraClient,
    private readonly accountId: string,
  ) {}

  /** One `permissions/check` call answers the global admin question and every project permission we use. */
  grants(projectId?: string): Promise<ProjectGrants> {
    const key = projectId ?? '';
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.load(projectId);
      this.cache.set(key, pending);
    }
    return pending;
  }

  async isJiraAdmin(): Promise<boolean> {
    return (await this.grants()).isJiraAdmin;
  }

  /**
   * Which of these projects the caller may browse, with ONE `permissions/check` (per 1000 projects,
   * Jira's limit). It asks for the global admin permission in the same call and primes `grants()`
   * (no project) with the answer, so a later `isJiraAdmin()` in this invocation costs nothing.
   */
  async browsable(projectIds: readonly string[]): Promise<Set<string>> {
    const numeric = [...new Set(projectIds.filter((id) => /^\d+$/.test(id)).map(Number))];
    if (numeric.length === 0) return new Set();
    const answers: Promise<PermissionCheckResponse>[] = [];
    for (let i = 0; i < numeric.length; i += 1000) {
      answers.push(
        checkPermissions(this.asUser, {
          accountId: this.accountId,
          globalPermissions: ['ADMINISTER'],
          projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: numeric.slice(i, i + 1000) }],
        }),
      );
    }
    const all = Promise.all(answers);
    if (!this.cache.has('')) {
      const global = all.then((list) => ({
        isJiraAdmin: (list[0]?.globalPermissions ?? []).includes('ADMINISTER'),
        project: Object.fromEntries(PROJECT_PERMISSIONS.map((k) => [k, false])) as ProjectGrants['project'],
      }));
      global.catch(() => undefined); // the failure surfaces through `all` below
      this.cache.set('', global);
    }
    const browsable = new Set<string>();
    for (const answer of await all) {
      for (const entry of answer.projectPermissions ?? []) {
        if (entry.permission !== 'BROWSE_PROJECTS') continue;
        for (const id of entry.projects ?? []) browsable.add(String(id));
      }
    }
    return browsable;
  }

  /**
   * Every project the caller may browse, in ONE call whatever their number (Jira's permitted
   * projects), for views across the whole portfolio.
   */
  async browsableProjects(): Promise<Set<string>> {
    return new Set(await getPermittedProjects(this.asUser, ['BROWSE_PROJECTS']));
  }

  private async load(projectId?: string): Promise<ProjectGrants> {
    const numericProject = projectId && /^\d+$/.test(projectId) ? Number(projectId) : undefined;
    const answer = await checkPermissions(this.asUser, {
      accountId: this.accountId,
      globalPermissions: ['ADMINISTER'],
      ...(numericProject === undefined
        ? {}
        : { projectPermissions: [{ permissions: PROJECT_PERMISSIONS, projects: [numericProject] }] }),
    });
    const granted = new Set(
      (answer.projectPermissions ?? [])
        .filter((p) => numericProject !== undefined && (p.projects ?? []).includes(numericProject))
        .map((p) => p.permission),
    );
    return {
      isJiraAdmin: (answer.globalPermissions ?? []).includes('ADMINISTER'),
      project: Object.fromEntries(
        PROJECT_PERMISSIONS.map((k) => [k, granted.has(k)]),
      ) as ProjectGrants['project'],
    };
  }
}
