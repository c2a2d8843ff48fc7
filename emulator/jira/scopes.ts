/**
 * OAuth scopes per emulated endpoint, from Jira's OpenAPI specs (platform: 2025, x-atlassian-oauth2-scopes;
 * software: the 2022 spec, whose agile endpoints list granular scopes only). An endpoint is satisfied by all of
 * its classic scopes or all of its granular ones, as `getMissingScopes` in `@forge/manifest` decides (that
 * function is async, and `handle` is synchronous, so the rule is re-implemented here).
 */

export interface EndpointScopes {
  /** null: the endpoint has no classic scopes (agile). [] : none needed. */
  classic: string[] | null;
  granular: string[];
}

const USER_READ = ['read:application-role:jira', 'read:group:jira', 'read:user:jira', 'read:avatar:jira'];
const PROJECT_READ = [
  'read:issue-type:jira',
  'read:project:jira',
  'read:project.property:jira',
  'read:user:jira',
  'read:application-role:jira',
  'read:avatar:jira',
  'read:group:jira',
  'read:issue-type-hierarchy:jira',
  'read:project-category:jira',
  'read:project-version:jira',
  'read:project.component:jira',
];
const ISSUE_READ = [
  'read:issue-meta:jira',
  'read:issue-security-level:jira',
  'read:issue.vote:jira',
  'read:issue.changelog:jira',
  'read:avatar:jira',
  'read:issue:jira',
  'read:status:jira',
  'read:user:jira',
  'read:field-configuration:jira',
];
const SEARCH_GET = [
  'read:issue-details:jira',
  'read:audit-log:jira',
  'read:avatar:jira',
  'read:field-configuration:jira',
  'read:issue-meta:jira',
];
const SEARCH_POST = [
  'read:issue-details:jira',
  'read:field.default-value:jira',
  'read:field.option:jira',
  'read:field:jira',
  'read:group:jira',
];

const classic = (scopes: string[], granular: string[]): EndpointScopes => ({ classic: scopes, granular });
const agile = (...granular: string[]): EndpointScopes => ({ classic: null, granular });

const R = '/rest/api/3';
const A = '/rest/agile/1.0';

export const ENDPOINT_SCOPES: Record<string, EndpointScopes> = {
  [`GET ${R}/myself`]: classic(['read:jira-user'], USER_READ),
  [`GET ${R}/user`]: classic(['read:jira-user'], USER_READ),
  [`GET ${R}/user/bulk`]: classic(['read:jira-user'], USER_READ),
  [`GET ${R}/user/search`]: classic(
    ['read:jira-user'],
    [
      'read:user:jira',
      'read:user.property:jira',
      'read:application-role:jira',
      'read:avatar:jira',
      'read:group:jira',
    ],
  ),
  [`GET ${R}/user/assignable/search`]: classic(
    ['read:jira-user'],
    [
      'read:issue:jira',
      'read:project:jira',
      'read:user:jira',
      'read:application-role:jira',
      'read:avatar:jira',
      'read:group:jira',
    ],
  ),

  [`GET ${R}/project/search`]: classic(['read:jira-work'], PROJECT_READ),
  [`GET ${R}/project/{projectIdOrKey}`]: classic(['read:jira-work'], PROJECT_READ),
  [`GET ${R}/project/{projectIdOrKey}/properties`]: classic(
    ['read:jira-work'],
    ['read:project.property:jira'],
  ),
  [`GET ${R}/project/{projectIdOrKey}/properties/{propertyKey}`]: classic(
    ['read:jira-work'],
    ['read:project.property:jira'],
  ),
  [`PUT ${R}/project/{projectIdOrKey}/properties/{propertyKey}`]: classic(
    ['manage:jira-project'],
    ['write:project.property:jira'],
  ),
  [`DELETE ${R}/project/{projectIdOrKey}/properties/{propertyKey}`]: classic(
    ['manage:jira-project'],
    ['delete:project.property:jira'],
  ),
  [`GET ${R}/project/{projectIdOrKey}/role`]: classic(['read:jira-work'], ['read:project-role:jira']),
  [`GET ${R}/project/{projectIdOrKey}/role/{id}`]: classic(
    ['read:jira-work'],
    [
      'read:user:jira',
      'read:group:jira',
      'read:project-role:jira',
      'read:project:jira',
      'read:avatar:jira',
      'read:project-category:jira',
    ],
  ),

  [`GET ${R}/issue/{issueIdOrKey}`]: classic(['read:jira-work'], ISSUE_READ),
  [`POST ${R}/issue`]: classic(
    ['write:jira-work'],
    [
      'write:issue:jira',
      'write:comment:jira',
      'write:comment.property:jira',
      'write:attachment:jira',
      'read:issue:jira',
    ],
  ),
  [`PUT ${R}/issue/{issueIdOrKey}`]: classic(['write:jira-work'], ['write:issue:jira']),
  [`POST ${R}/issue/bulkfetch`]: classic(['read:jira-work'], ISSUE_READ),
  [`GET ${R}/issue/{issueIdOrKey}/properties`]: classic(['read:jira-work'], ['read:issue.property:jira']),
  [`GET ${R}/issue/{issueIdOrKey}/properties/{propertyKey}`]: classic(
    ['read:jira-work'],
    ['read:issue.property:jira'],
  ),
  [`PUT ${R}/issue/{issueIdOrKey}/properties/{propertyKey}`]: classic(
    ['write:jira-work'],
    ['write:issue.property:jira'],
  ),
  [`DELETE ${R}/issue/{issueIdOrKey}/properties/{propertyKey}`]: classic(
    ['write:jira-work'],
    ['delete:issue.property:jira'],
  ),
  [`GET ${R}/issue/{issueIdOrKey}/transitions`]: classic(
    ['read:jira-work'],
    ['read:issue.transition:jira', 'read:status:jira', 'read:field-configuration:jira'],
  ),
  [`POST ${R}/issue/{issueIdOrKey}/transitions`]: classic(
    ['write:jira-work'],
    ['write:issue:jira', 'write:issue.property:jira'],
  ),

  [`GET ${R}/search/jql`]: classic(['read:jira-work'], SEARCH_GET),
  [`POST ${R}/search/jql`]: classic(['read:jira-work'], SEARCH_POST),
  [`POST ${R}/search/approximate-count`]: classic(['read:jira-work'], SEARCH_POST),
  [`GET ${R}/search`]: classic(['read:jira-work'], SEARCH_GET),
  [`POST ${R}/search`]: classic(['read:jira-work'], SEARCH_POST),
  [`POST ${R}/jql/parse`]: classic(
    ['read:jira-work'],
    ['read:field:jira', 'validate:jql:jira', 'read:jql:jira'],
  ),

  [`GET ${R}/mypermissions`]: classic(['read:jira-work'], ['read:permission:jira']),
  [`POST ${R}/permissions/check`]: classic([], ['read:permission:jira']),
  // --- portfolio and admin pickers
  [`POST ${R}/permissions/project`]: classic(
    ['read:jira-work'],
    ['read:permission:jira', 'read:project:jira'],
  ),
  [`GET ${R}/groups/picker`]: classic(['read:jira-user'], ['read:group:jira']),
  // --- end portfolio and admin pickers

  // Since February 2024 (Jira Software's spec): listing boards needs the project read scope too.
  [`GET ${A}/board`]: agile('read:board-scope:jira-software', 'read:project:jira'),
  [`GET ${A}/board/{boardId}`]: agile('read:board-scope:jira-software', 'read:issue-details:jira'),
  [`GET ${A}/board/{boardId}/configuration`]: agile(
    'read:board-scope.admin:jira-software',
    'read:project:jira',
  ),
  [`GET ${A}/board/{boardId}/backlog`]: agile('read:board-scope:jira-software', 'read:issue-details:jira'),
  [`GET ${A}/board/{boardId}/issue`]: agile('read:board-scope:jira-software', 'read:issue-details:jira'),
  [`GET ${A}/board/{boardId}/sprint`]: agile('read:sprint:jira-software'),
  [`GET ${A}/sprint/{sprintId}`]: agile('read:sprint:jira-software'),
  [`GET ${A}/sprint/{sprintId}/issue`]: agile(
    'read:sprint:jira-software',
    'read:issue-details:jira',
    'read:jql:jira',
  ),
  [`POST ${A}/sprint/{sprintId}`]: agile('read:sprint:jira-software', 'write:sprint:jira-software'),
  [`POST ${A}/sprint/{sprintId}/issue`]: agile('write:sprint:jira-software'),
  [`POST ${A}/backlog/issue`]: agile('write:board-scope:jira-software'),
  [`PUT ${A}/issue/rank`]: agile('write:issue:jira-software'),
};

/** Every scope any emulated endpoint accepts: for callers outside the app (the shell, scripts). */
export const ALL_SCOPES: string[] = [
  ...new Set(Object.values(ENDPOINT_SCOPES).flatMap((s) => [...(s.classic ?? []), ...s.granular])),
].sort();

/** All classic scopes, or all granular ones, must be declared. */
export function scopesSatisfied(declared: readonly string[], required: EndpointScopes): boolean {
  const has = (s: string) => declared.includes(s);
  if (required.classic !== null && required.classic.every(has)) return true;
  return (required.classic === null || required.granular.length > 0) && required.granular.every(has);
}
