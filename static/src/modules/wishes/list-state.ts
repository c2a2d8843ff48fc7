import type { WishRow } from '../../../../src/contract';
import type { WishStatus } from '../../../../src/domain/wish';
import { ageInDays } from '../../lib/wishes';

export interface WishFilters {
  statuses: WishStatus[];
  text: string;
  minOrganisations: number;
  gapOnly: boolean;
  /** Issues Jira calls done and nobody has acted on as wishes are hidden unless asked for. */
  includeDone: boolean;
}

export const NO_FILTERS: WishFilters = {
  statuses: [],
  text: '',
  minOrganisations: 0,
  gapOnly: false,
  includeDone: false,
};

/** What the list sorts by (also the `sort` parameter of the route's query). */
export const SORT_KEYS = [
  'key',
  'status',
  'score',
  'organisations',
  'value',
  'urgency',
  'estimate',
  'pledged',
  'fundingGap',
  'qualification',
  'age',
  'requester',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

const STATUS_ORDER: Record<WishStatus, number> = {
  received: 0,
  'under-evaluation': 1,
  'on-hold': 2,
  accepted: 3,
  ordered: 4,
  'in-progress': 5,
  delivered: 6,
  rejected: 7,
  duplicate: 8,
};

export function applyFilters(rows: WishRow[], f: WishFilters): WishRow[] {
  const needle = f.text.trim().toLocaleLowerCase();
  return rows.filter(
    (r) =>
      (f.includeDone || r.stored || r.jiraStatusCategory !== 'done') &&
      (f.statuses.length === 0 || f.statuses.includes(r.status)) &&
      r.organisationCount >= f.minOrganisations &&
      (!f.gapOnly || r.fundingGap > 0) &&
      (needle === '' || `${r.key} ${r.summary} ${r.requester}`.toLocaleLowerCase().includes(needle)),
  );
}

const keyNumber = (key: string) => Number(key.split('-').pop() ?? 0);

export function sortRows(rows: WishRow[], sort: Sort, now = Date.now()): WishRow[] {
  const value = (r: WishRow): number | string => {
    switch (sort.key) {
      case 'key':
        return keyNumber(r.key);
      case 'status':
        return STATUS_ORDER[r.status];
      case 'score':
        return r.score;
      case 'organisations':
        return r.organisationCount;
      case 'value':
        return r.value ?? -1;
      case 'urgency':
        return r.urgency ?? -1;
      case 'estimate':
        return r.estimateDkk ?? -1;
      case 'pledged':
        return r.pledgedDkk;
      case 'fundingGap':
        return r.fundingGap;
      case 'qualification':
        return r.qualificationChecked;
      case 'age':
        return ageInDays(r.created, now);
      case 'requester':
        return r.requester.toLocaleLowerCase('da-DK');
    }
  };
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const c = typeof x === 'string' ? x.localeCompare(String(y), 'da') : x - (y as number);
    return c !== 0 ? sign * c : keyNumber(b.key) - keyNumber(a.key);
  });
}

// ---------------------------------------------------------------------------------------------
// The list's view: filters, sort and hidden columns, kept in the route's query

/** The list's columns after key and summary, in their order; each can be hidden. */
export type ColumnKey = Exclude<SortKey, 'key'> | 'jira';
export const COLUMNS: readonly ColumnKey[] = [
  ...SORT_KEYS.filter((k): k is Exclude<SortKey, 'key'> => k !== 'key'),
  'jira',
];
/** Hidden until asked for: the list stays readable in Jira's page width. */
export const DEFAULT_HIDDEN: readonly ColumnKey[] = ['urgency', 'estimate', 'pledged', 'age'];

export type WishTab = 'list' | 'board' | 'matrix' | 'settings';
export const TABS: readonly WishTab[] = ['list', 'board', 'matrix', 'settings'];

export interface ListView {
  filters: WishFilters;
  sort: Sort;
  hidden: ColumnKey[];
}

export const DEFAULT_SORT: Sort = { key: 'score', direction: 'descending' };
export const DEFAULT_VIEW: ListView = {
  filters: NO_FILTERS,
  sort: DEFAULT_SORT,
  hidden: [...DEFAULT_HIDDEN],
};

const STATUSES = Object.keys(STATUS_ORDER) as WishStatus[];
const MAX_TEXT = 100;

const listOf = <T extends string>(raw: string | null, allowed: readonly T[]): T[] =>
  raw === null || raw === ''
    ? []
    : [...new Set(raw.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v)))];

/** The hidden columns as `hide`, left out when they are the default ('-' for none hidden). */
function setHidden(q: URLSearchParams, hidden: readonly ColumnKey[]) {
  const chosen = COLUMNS.filter((c) => hidden.includes(c));
  const defaults = COLUMNS.filter((c) => DEFAULT_HIDDEN.includes(c));
  if (chosen.join(',') !== defaults.join(',')) q.set('hide', chosen.length ? chosen.join(',') : '-');
}

const hiddenOf = (q: URLSearchParams): ColumnKey[] => {
  const hide = q.get('hide');
  return hide === null ? [...DEFAULT_HIDDEN] : listOf(hide, COLUMNS);
};

/**
 * The view as a query string, leaving out what is the default, in a fixed order (so equal views
 * give equal strings and a saved view can be recognised in the URL).
 */
export function viewToQuery(view: ListView, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  const f = view.filters;
  if (f.statuses.length > 0) q.set('status', STATUSES.filter((s) => f.statuses.includes(s)).join(','));
  if (f.text.trim() !== '') q.set('q', f.text.slice(0, MAX_TEXT));
  if (f.minOrganisations > 0) q.set('orgs', String(f.minOrganisations));
  if (f.gapOnly) q.set('gap', '1');
  if (f.includeDone) q.set('done', '1');
  if (view.sort.key !== DEFAULT_SORT.key || view.sort.direction !== DEFAULT_SORT.direction) {
    q.set('sort', `${view.sort.key}.${view.sort.direction === 'ascending' ? 'asc' : 'desc'}`);
  }
  setHidden(q, view.hidden);
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
  return q.toString();
}

/**
 * The view a query string describes. Anything unknown or out of range (a hand-edited or old link)
 * falls back to the default for that part rather than failing.
 */
export function viewFromQuery(query: string): ListView {
  const q = new URLSearchParams(query);
  const orgs = Number(q.get('orgs'));
  const [sortKey, dir] = (q.get('sort') ?? '').split('.');
  const sort: Sort = (SORT_KEYS as readonly string[]).includes(sortKey ?? '')
    ? { key: sortKey as SortKey, direction: dir === 'asc' ? 'ascending' : 'descending' }
    : DEFAULT_SORT;
  return {
    filters: {
      statuses: listOf(q.get('status'), STATUSES),
      text: (q.get('q') ?? '').slice(0, MAX_TEXT),
      minOrganisations: Number.isInteger(orgs) && orgs > 0 && orgs <= 200 ? orgs : 0,
      gapOnly: q.get('gap') === '1',
      includeDone: q.get('done') === '1',
    },
    sort,
    hidden: hiddenOf(q),
  };
}

/** The tab a query names (`tab=board`), the list otherwise. */
export function tabFromQuery(query: string): WishTab {
  const tab = new URLSearchParams(query).get('tab');
  return (TABS as readonly string[]).includes(tab ?? '') ? (tab as WishTab) : 'list';
}

/** The query with only the view's own parameters (what a saved view stores), in canonical form. */
export const canonicalViewQuery = (query: string) => viewToQuery(viewFromQuery(query));

// ---------------------------------------------------------------------------------------------
// The global wishes page's filters, kept in its route's query

export const MINE_FILTERS = ['all', 'any', 'requested', 'supports', 'pledged'] as const;
export type MineFilter = (typeof MINE_FILTERS)[number];

export interface GlobalFilters {
  mine: MineFilter;
  status: WishStatus | 'all';
  search: string;
}

export const NO_GLOBAL_FILTERS: GlobalFilters = { mine: 'all', status: 'all', search: '' };

/** The global page's filters and hidden columns as its route's query. */
export function globalFiltersToQuery(
  f: GlobalFilters,
  hidden: readonly ColumnKey[] = DEFAULT_HIDDEN,
): string {
  const q = new URLSearchParams();
  if (f.mine !== 'all') q.set('mine', f.mine);
  if (f.status !== 'all') q.set('status', f.status);
  if (f.search.trim() !== '') q.set('q', f.search.slice(0, MAX_TEXT));
  setHidden(q, hidden);
  return q.toString();
}

/** The global page's hidden columns from its route's query. */
export const globalHiddenFromQuery = (query: string): ColumnKey[] => hiddenOf(new URLSearchParams(query));

export function globalFiltersFromQuery(query: string): GlobalFilters {
  const q = new URLSearchParams(query);
  const mine = q.get('mine') ?? '';
  const status = q.get('status') ?? '';
  return {
    mine: (MINE_FILTERS as readonly string[]).includes(mine) ? (mine as MineFilter) : 'all',
    status: (STATUSES as readonly string[]).includes(status) ? (status as WishStatus) : 'all',
    search: (q.get('q') ?? '').slice(0, MAX_TEXT),
  };
}
