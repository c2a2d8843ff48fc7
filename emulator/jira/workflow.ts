/** Jira's simplified workflow: To Do, In Progress and Done, each reachable from every other status. */
import { STATUS_CATEGORIES, STATUSES, statusByName, type StatusDef } from './catalog';
import type { IssueRecord } from './types';

export function renderStatusCategory(site: string, s: StatusDef): Record<string, unknown> {
  const c = STATUS_CATEGORIES[s.category];
  return {
    self: `${site}/rest/api/3/statuscategory/${c.id}`,
    id: c.id,
    key: c.key,
    colorName: c.colorName,
    name: c.name,
  };
}

export function renderStatus(site: string, s: StatusDef): Record<string, unknown> {
  return {
    self: `${site}/rest/api/3/status/${s.id}`,
    description: s.description,
    iconUrl: `${site}/`,
    name: s.name,
    untranslatedName: s.name,
    id: s.id,
    statusCategory: renderStatusCategory(site, s),
  };
}

/** Transitions out of the issue's status: the global transitions into every other status. */
export const transitionsFor = (issue: IssueRecord): StatusDef[] =>
  STATUSES.filter((s) => s.name !== issue.status);

export function renderTransition(site: string, to: StatusDef): Record<string, unknown> {
  return {
    id: to.transitionId,
    name: to.name,
    to: renderStatus(site, to),
    hasScreen: false,
    isGlobal: true,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
    isLooped: false,
  };
}

/** Moves the issue to a status, keeping resolution in step (Done resolves, anything else reopens). */
export function applyStatus(issue: IssueRecord, status: StatusDef, nowIso: string): void {
  const wasDone = statusByName(issue.status).category === 'done';
  issue.status = status.name;
  if (status.category === 'done' && !wasDone) issue.resolutionDate = nowIso;
  if (status.category !== 'done') issue.resolutionDate = null;
}
