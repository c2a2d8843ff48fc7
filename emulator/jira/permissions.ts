/**
 * The site's permission scheme, deliberately simple: browse groups and role members browse; role members work
 * on issues; `Administrators` and Jira admins administer projects. The app user holds every project permission
 * (like Forge's app user in the add-ons role) but not the global ADMINISTER.
 */
import { APP_USER, BROWSER_PERMISSIONS, PERMISSIONS, ROLE_MEMBER_PERMISSIONS } from './catalog';
import type { ProjectRecord, UserRecord } from './types';

export type Principal = { kind: 'user'; user: UserRecord } | { kind: 'app' };

export interface SiteGroups {
  browseGroups: string[];
  adminGroups: string[];
}

const ALL_PROJECT_PERMISSIONS = PERMISSIONS.filter((p) => p.type === 'PROJECT').map((p) => p.key);

export function roleNamesOf(project: ProjectRecord, user: UserRecord): string[] {
  return Object.entries(project.roles)
    .filter(([, m]) => m.users.includes(user.accountId) || m.groups.some((g) => user.groups.includes(g)))
    .map(([name]) => name);
}

/** Permissions of one principal; computed lazily and cached for the request it serves. */
export class Permissions {
  private readonly byProject = new Map<string, Set<string>>();

  constructor(
    readonly principal: Principal,
    private readonly site: SiteGroups,
  ) {}

  get accountId(): string {
    return this.principal.kind === 'user' ? this.principal.user.accountId : APP_USER.accountId;
  }

  isAdmin(): boolean {
    return (
      this.principal.kind === 'user' &&
      this.principal.user.groups.some((g) => this.site.adminGroups.includes(g))
    );
  }

  globalPermissions(): Set<string> {
    const granted = new Set(['USER_PICKER', 'CREATE_SHARED_OBJECTS']);
    if (this.isAdmin()) for (const k of ['ADMINISTER', 'SYSTEM_ADMIN', 'BULK_CHANGE']) granted.add(k);
    return granted;
  }

  projectPermissions(project: ProjectRecord): Set<string> {
    let set = this.byProject.get(project.id);
    if (set) return set;
    set = new Set<string>();
    if (this.principal.kind === 'app') {
      for (const k of ALL_PROJECT_PERMISSIONS) set.add(k);
    } else {
      const user = this.principal.user;
      const admin = this.isAdmin();
      const roles = roleNamesOf(project, user);
      const browses =
        admin || roles.length > 0 || user.groups.some((g) => this.site.browseGroups.includes(g));
      if (browses) for (const k of BROWSER_PERMISSIONS) set.add(k);
      if (admin || roles.length > 0) for (const k of ROLE_MEMBER_PERMISSIONS) set.add(k);
      if (admin || roles.includes('Administrators')) set.add('ADMINISTER_PROJECTS');
    }
    this.byProject.set(project.id, set);
    return set;
  }

  has(project: ProjectRecord, permission: string): boolean {
    return this.projectPermissions(project).has(permission);
  }

  canBrowse(project: ProjectRecord): boolean {
    return this.has(project, 'BROWSE_PROJECTS');
  }
}
