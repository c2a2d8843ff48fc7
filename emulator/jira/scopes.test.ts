// The scope table and the route table must describe the same endpoints, and the rule is all-classic or all-granular.
import { ROUTES } from './jira-emulator';
import { ALL_SCOPES, ENDPOINT_SCOPES, scopesSatisfied } from './scopes';

describe('endpoint scopes', () => {
  it('has exactly one entry per route', () => {
    const routes = ROUTES.map((r) => `${r.method} ${r.template}`).sort();
    expect(Object.keys(ENDPOINT_SCOPES).sort()).toEqual(routes);
  });

  it('accepts all classic or all granular scopes, never a mix', () => {
    const issue = ENDPOINT_SCOPES['GET /rest/api/3/issue/{issueIdOrKey}'];
    expect(scopesSatisfied(['read:jira-work'], issue)).toBe(true);
    expect(scopesSatisfied(issue.granular, issue)).toBe(true);
    expect(scopesSatisfied(issue.granular.slice(1), issue)).toBe(false);
    const backlog = ENDPOINT_SCOPES['GET /rest/agile/1.0/board/{boardId}/backlog'];
    expect(scopesSatisfied(['read:jira-work'], backlog)).toBe(false);
    expect(scopesSatisfied(['read:board-scope:jira-software', 'read:issue-details:jira'], backlog)).toBe(
      true,
    );
    expect(scopesSatisfied([], ENDPOINT_SCOPES['POST /rest/api/3/permissions/check'])).toBe(true);
    const boards = ENDPOINT_SCOPES['GET /rest/agile/1.0/board'];
    expect(scopesSatisfied(['read:board-scope:jira-software'], boards)).toBe(false);
    expect(scopesSatisfied(['read:jira-work', 'read:board-scope:jira-software'], boards)).toBe(false);
    expect(scopesSatisfied(['read:board-scope:jira-software', 'read:project:jira'], boards)).toBe(true);
    expect(Object.values(ENDPOINT_SCOPES).every((s) => scopesSatisfied(ALL_SCOPES, s))).toBe(true);
  });
});
