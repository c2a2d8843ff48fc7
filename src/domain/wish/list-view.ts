/**
 * The wishes list's view as a URL query: filters, sort and hidden columns. Zod-free and pure, so
 * the list (its route's query) and the server (saved views, stored in canonical form) read and
 * write it the same way.
 */
import { WISH_STATUSES, type WishStatus } from './vocabulary';

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

/** The list's columns after key and summary, in their order; each can be hidden. */
export type ColumnKey = Exclude<SortKey, 'key'> | 'jira';
export const COLUMNS: readonly ColumnKey[] = [
  ...SORT_KEYS.filter((k): k is Exclude<SortKey, 'key'> => k !== 'key'),
  'jira',
];
/** Hidden until asked for: the list stays readable in Jira's page width. */
export const DEFAULT_HIDDEN: readonly ColumnKey[] = ['urgency', 'estimate', 'pledged', 'age'];

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

/** The longest search text a view keeps. */
export const MAX_VIEW_TEXT = 100;

export const listOf = <T extends string>(raw: string | null, allowed: readonly T[]): T[] =>
  raw === null || raw === ''
    ? []
    : [...new Set(raw.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v)))];

/** The hidden columns as `hide`, left out when they are the defaults ('-' for none hidden). */
export function writeHidden(
  q: URLSearchParams,
  hidden: readonly ColumnKey[],
  defaults: readonly ColumnKey[] = DEFAULT_HIDDEN,
) {
  const chosen = COLUMNS.filter((c) => hidden.includes(c));
  const byDefault = COLUMNS.filter((c) => defaults.includes(c));
  if (chosen.join(',') !== byDefault.join(',')) q.set('hide', chosen.length ? chosen.join(',') : '-');
}

export const readHidden = (
  q: URLSearchParams,
  defaults: readonly ColumnKey[] = DEFAULT_HIDDEN,
): ColumnKey[] => {
  const hide = q.get('hide');
  return hide === null ? [...defaults] : listOf(hide, COLUMNS);
};

/**
 * The view as a query string, leaving out what is the default, in a fixed order (so equal views
 * give equal strings and a saved view can be recognised in the URL).
 */
export function viewToQuery(view: ListView, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  const f = view.filters;
  if (f.statuses.length > 0) q.set('status', WISH_STATUSES.filter((s) => f.statuses.includes(s)).join(','));
  if (f.text.trim() !== '') q.set('q', f.text.slice(0, MAX_VIEW_TEXT));
  if (f.minOrganisations > 0) q.set('orgs', String(f.minOrganisations));
  if (f.gapOnly) q.set('gap', '1');
  if (f.includeDone) q.set('done', '1');
  if (view.sort.key !== DEFAULT_SORT.key || view.sort.direction !== DEFAULT_SORT.direction) {
    q.set('sort', `${view.sort.key}.${view.sort.direction === 'ascending' ? 'asc' : 'desc'}`);
  }
  writeHidden(q, view.hidden);
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
      statuses: listOf(q.get('status'), WISH_STATUSES),
      text: (q.get('q') ?? '').slice(0, MAX_VIEW_TEXT),
      minOrganisations: Number.isInteger(orgs) && orgs > 0 && orgs <= 200 ? orgs : 0,
      gapOnly: q.get('gap') === '1',
      includeDone: q.get('done') === '1',
    },
    sort,
    hidden: readHidden(q),
  };
}

/** The query with only the view's own parameters (what a saved view stores), in canonical form. */
export const canonicalWishViewQuery = (query: string) => viewToQuery(viewFromQuery(query));

/** How many saved views a product can have. */
export const MAX_WISH_VIEWS = 30;
