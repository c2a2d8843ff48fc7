/** Issue fields: the catalogue, `fields`/`properties`/`expand` parameters, and the issue JSON itself. */
import { adfToHtml } from './adf';
import {
  PRIORITIES,
  RANK_FIELD,
  RESOLUTION_DONE,
  SPRINT_FIELD,
  STORY_POINTS_FIELD,
  issueTypeByName,
  statusByName,
} from './catalog';
import { renderIssueType, renderProjectRef, renderSprint, renderSprintField, renderUser } from './render';
import type { Snapshot } from './snapshot';
import { jiraDate } from './time';
import type { IssueRecord } from './types';
import { renderStatus, renderTransition, transitionsFor } from './workflow';

/** Lexorank-like rendering; fixed width so that string order equals rank order. */
export const rankString = (rank: number): string => `0|i${rank.toString(36).padStart(6, '0')}:`;

interface FieldDef {
  id: string;
  name: string;
  navigable: boolean;
  /** Jira Software fields, only on agile endpoints. */
  agile?: boolean;
  schema: Record<string, unknown>;
  /** `undefined` leaves the field out (as Jira does for an absent parent). */
  render(issue: IssueRecord, s: Snapshot): unknown;
}

const user = (s: Snapshot, accountId: string | null): unknown => {
  const u = s.user(accountId);
  return u ? renderUser(s.site, u) : null;
};

const priority = (s: Snapshot, name: string) => {
  const p = PRIORITIES.find((x) => x.name === name) ?? PRIORITIES[2];
  return {
    self: `${s.site}/rest/api/3/priority/${p.id}`,
    iconUrl: `${s.site}/images/icons/priorities/${p.name.toLowerCase()}.svg`,
    name: p.name,
    id: p.id,
  };
};

const sprintsOf = (issue: IssueRecord, s: Snapshot) =>
  issue.sprintIds.map((id) => s.sprints.get(id)).filter((x) => x !== undefined);

const issueRef = (s: Snapshot, i: IssueRecord) => ({
  id: i.id,
  key: i.key,
  self: `${s.site}/rest/api/3/issue/${i.id}`,
  fields: {
    summary: i.summary,
    status: renderStatus(s.site, statusByName(i.status)),
    priority: priority(s, i.priority),
    issuetype: renderIssueType(s.site, issueTypeByName(i.issueType)),
  },
});

const system = (type: string, id: string, extra: Record<string, unknown> = {}) => ({
  type,
  system: id,
  ...extra,
});
const custom = (type: string, customId: number, plugin: string) => ({
  type,
  custom: `com.atlassian.jira.plugin.system.customfieldtypes:${plugin}`,
  customId,
});
const empty = () => [];

export const FIELDS: readonly FieldDef[] = [
  {
    id: 'summary',
    name: 'Summary',
    navigable: true,
    schema: system('string', 'summary'),
    render: (i) => i.summary,
  },
  {
    id: 'description',
    name: 'Description',
    navigable: true,
    schema: system('string', 'description'),
    render: (i) => i.description,
  },
  {
    id: 'issuetype',
    name: 'Issue Type',
    navigable: true,
    schema: system('issuetype', 'issuetype'),
    render: (i, s) => renderIssueType(s.site, issueTypeByName(i.issueType)),
  },
  {
    id: 'status',
    name: 'Status',
    navigable: true,
    schema: system('status', 'status'),
    render: (i, s) => renderStatus(s.site, statusByName(i.status)),
  },
  {
    id: 'project',
    name: 'Project',
    navigable: true,
    schema: system('project', 'project'),
    render: (i, s) => {
      const p = s.project(i.projectId);
      return p ? renderProjectRef(s.site, p) : null;
    },
  },
  {
    id: 'assignee',
    name: 'Assignee',
    navigable: true,
    schema: system('user', 'assignee'),
    render: (i, s) => user(s, i.assigneeId),
  },
  {
    id: 'reporter',
    name: 'Reporter',
    navigable: true,
    schema: system('user', 'reporter'),
    render: (i, s) => user(s, i.reporterId),
  },
  {
    id: 'creator',
    name: 'Creator',
    navigable: true,
    schema: system('user', 'creator'),
    render: (i, s) => user(s, i.creatorId),
  },
  {
    id: 'labels',
    name: 'Labels',
    navigable: true,
    schema: system('array', 'labels', { items: 'string' }),
    render: (i) => [...i.labels],
  },
  {
    id: 'created',
    name: 'Created',
    navigable: true,
    schema: system('datetime', 'created'),
    render: (i) => jiraDate(i.created),
  },
  {
    id: 'updated',
    name: 'Updated',
    navigable: true,
    schema: system('datetime', 'updated'),
    render: (i) => jiraDate(i.updated),
  },
  {
    id: 'priority',
    name: 'Priority',
    navigable: true,
    schema: system('priority', 'priority'),
    render: (i, s) => priority(s, i.priority),
  },
  {
    id: 'parent',
    name: 'Parent',
    navigable: true,
    schema: system('issuelink', 'parent'),
    render: (i, s) => {
      const p = i.parentId ? s.issue(i.parentId) : undefined;
      return p ? issueRef(s, p) : undefined;
    },
  },
  {
    id: 'resolution',
    name: 'Resolution',
    navigable: true,
    schema: system('resolution', 'resolution'),
    render: (i, s) =>
      i.resolutionDate
        ? { self: `${s.site}/rest/api/3/resolution/${RESOLUTION_DONE.id}`, ...RESOLUTION_DONE }
        : null,
  },
  {
    id: 'resolutiondate',
    name: 'Resolved',
    navigable: true,
    schema: system('datetime', 'resolutiondate'),
    render: (i) => (i.resolutionDate ? jiraDate(i.resolutionDate) : null),
  },
  { id: 'duedate', name: 'Due date', navigable: true, schema: system('date', 'duedate'), render: () => null },
  {
    id: 'environment',
    name: 'Environment',
    navigable: true,
    schema: system('string', 'environment'),
    render: () => null,
  },
  {
    id: 'components',
    name: 'Components',
    navigable: true,
    schema: system('array', 'components', { items: 'component' }),
    render: empty,
  },
  {
    id: 'fixVersions',
    name: 'Fix versions',
    navigable: true,
    schema: system('array', 'fixVersions', { items: 'version' }),
    render: empty,
  },
  {
    id: 'versions',
    name: 'Affects versions',
    navigable: true,
    schema: system('array', 'versions', { items: 'version' }),
    render: empty,
  },
  {
    id: 'issuelinks',
    name: 'Linked Issues',
    navigable: true,
    schema: system('array', 'issuelinks', { items: 'issuelinks' }),
    render: empty,
  },
  {
    id: 'subtasks',
    name: 'Sub-tasks',
    navigable: true,
    schema: system('array', 'subtasks', { items: 'issuelinks' }),
    render: empty,
  },
  {
    id: 'watches',
    name: 'Watchers',
    navigable: true,
    schema: system('watches', 'watches'),
    render: (i, s) => ({
      self: `${s.site}/rest/api/3/issue/${i.key}/watchers`,
      watchCount: 0,
      isWatching: false,
    }),
  },
  {
    id: 'votes',
    name: 'Votes',
    navigable: true,
    schema: system('votes', 'votes'),
    render: (i, s) => ({ self: `${s.site}/rest/api/3/issue/${i.key}/votes`, votes: 0, hasVoted: false }),
  },
  {
    id: 'comment',
    name: 'Comment',
    navigable: false,
    schema: system('comments-page', 'comment'),
    render: (i, s) => ({
      comments: [],
      self: `${s.site}/rest/api/3/issue/${i.id}/comment`,
      maxResults: 0,
      total: 0,
      startAt: 0,
    }),
  },
  {
    id: 'attachment',
    name: 'Attachment',
    navigable: false,
    schema: system('array', 'attachment', { items: 'attachment' }),
    render: empty,
  },
  {
    id: STORY_POINTS_FIELD,
    name: 'Story point estimate',
    navigable: true,
    schema: custom('number', 10016, 'jsw-story-points'),
    render: (i) => i.storyPoints,
  },
  {
    id: RANK_FIELD,
    name: 'Rank',
    navigable: true,
    schema: custom('any', 10019, 'gh-lexo-rank'),
    render: (i) => rankString(i.rank),
  },
  {
    id: SPRINT_FIELD,
    name: 'Sprint',
    navigable: true,
    schema: { ...custom('array', 10020, 'gh-sprint'), items: 'json' },
    render: (i, s) => {
      const list = sprintsOf(i, s);
      return list.length ? list.map(renderSprintField) : null;
    },
  },
  {
    id: 'sprint',
    name: 'Sprint',
    navigable: true,
    agile: true,
    schema: { type: 'json' },
    render: (i, s) => {
      const open = sprintsOf(i, s).find((x) => x.state !== 'closed');
      return open ? renderSprint(s.site, open) : null;
    },
  },
  {
    id: 'closedSprints',
    name: 'Closed sprints',
    navigable: true,
    agile: true,
    schema: { type: 'array' },
    render: (i, s) =>
      sprintsOf(i, s)
        .filter((x) => x.state === 'closed')
        .map((x) => renderSprint(s.site, x)),
  },
  {
    id: 'flagged',
    name: 'Flagged',
    navigable: true,
    agile: true,
    schema: { type: 'boolean' },
    render: () => false,
  },
  {
    id: 'epic',
    name: 'Epic',
    navigable: true,
    agile: true,
    schema: { type: 'json' },
    render: (i, s) => {
      const p = i.parentId ? s.issue(i.parentId) : undefined;
      return p && p.issueType === 'Epic'
        ? {
            id: Number(p.id),
            key: p.key,
            self: `${s.site}/rest/agile/1.0/epic/${p.id}`,
            name: p.summary,
            summary: p.summary,
            color: { key: 'color_4' },
            done: statusByName(p.status).category === 'done',
          }
        : null;
    },
  },
];

/** Splits `fields`-style parameters: repeated and/or comma-separated. */
export function listParam(raw: unknown): string[] {
  const items = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  return items
    .flatMap((x) => String(x).split(','))
    .map((x) => x.trim())
    .filter(Boolean);
}

export interface FieldSelection {
  wants(field: FieldDef): boolean;
  /** Only the issue id was asked for (the search/jql default): Jira then returns `{id}` alone. */
  idOnly: boolean;
}

/** Interprets `*all`, `*navigable`, `-x` and plain names; only exclusions mean "the defaults minus these". */
export function parseFieldSelection(raw: string[], defaults: string[]): FieldSelection {
  const positive = raw.filter((f) => !f.startsWith('-'));
  const items = positive.length ? raw : [...defaults, ...raw];
  const include = new Set<string>();
  const exclude = new Set<string>();
  let all = false;
  let navigable = false;
  for (const f of items) {
    if (f === '*all') all = true;
    else if (f === '*navigable') navigable = true;
    else if (f.startsWith('-')) exclude.add(f.slice(1));
    else include.add(f);
  }
  return {
    wants: (d) => !exclude.has(d.id) && (all || (navigable && d.navigable) || include.has(d.id)),
    idOnly: !all && !navigable && [...include].every((f) => f === 'id'),
  };
}

/** `properties`: keys, `*all`, `-key`. */
export function selectProperties(raw: string[], props: Map<string, unknown>): Record<string, unknown> {
  const all = raw.includes('*all');
  const excluded = new Set(raw.filter((k) => k.startsWith('-')).map((k) => k.slice(1)));
  const out: Record<string, unknown> = {};
  for (const [k, v] of props) if ((all || raw.includes(k)) && !excluded.has(k)) out[k] = v;
  return out;
}

export interface RenderOptions {
  selection: FieldSelection;
  properties: string[];
  expand: Set<string>;
  agile?: boolean;
  /** Whether the caller may transition the issue, for `expand=transitions`. */
  canTransition?: boolean;
}

const ISSUE_EXPANDS = 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

const selectedFields = (opts: RenderOptions) =>
  FIELDS.filter((d) => (opts.agile || !d.agile) && opts.selection.wants(d));

/** `expand=names`: display name of each returned field. */
export const fieldNames = (opts: RenderOptions): Record<string, string> =>
  Object.fromEntries(selectedFields(opts).map((d) => [d.id, d.name]));

export const fieldSchemas = (opts: RenderOptions): Record<string, unknown> =>
  Object.fromEntries(selectedFields(opts).map((d) => [d.id, d.schema]));

export function renderIssue(issue: IssueRecord, s: Snapshot, opts: RenderOptions): Record<string, unknown> {
  const props = opts.properties.length
    ? { properties: selectProperties(opts.properties, s.issueProperties(issue.id)) }
    : {};
  if (opts.selection.idOnly && !opts.agile) return { id: issue.id, ...props };
  const fields: Record<string, unknown> = {};
  for (const d of selectedFields(opts)) {
    const v = d.render(issue, s);
    if (v !== undefined) fields[d.id] = v;
  }
  const out: Record<string, unknown> = {
    expand: ISSUE_EXPANDS,
    id: issue.id,
    self: opts.agile
      ? `${s.site}/rest/agile/1.0/issue/${issue.id}`
      : `${s.site}/rest/api/3/issue/${issue.id}`,
    key: issue.key,
    fields,
    ...props,
  };
  if (opts.expand.has('renderedFields')) {
    out.renderedFields = Object.fromEntries(
      Object.keys(fields).map((k) => [k, k === 'description' ? adfToHtml(issue.description) : null]),
    );
  }
  if (opts.expand.has('transitions')) {
    out.transitions = opts.canTransition ? transitionsFor(issue).map((t) => renderTransition(s.site, t)) : [];
  }
  if (opts.expand.has('changelog')) out.changelog = { startAt: 0, maxResults: 0, total: 0, histories: [] };
  if (opts.expand.has('operations')) out.operations = { linkGroups: [] };
  if (opts.expand.has('editmeta')) out.editmeta = { fields: {} };
  return out;
}
