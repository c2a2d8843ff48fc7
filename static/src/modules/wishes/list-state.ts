import type { WishRow } from '../../../../src/contract';
import type { WishStatus } from '../../../../src/domain/wish';
import {
  MAX_VIEW_TEXT,
  readHidden,
  writeHidden,
  type ColumnKey,
  type Sort,
  type WishFilters,
} from '../../../../src/domain/wish/list-view';
import { WISH_STATUSES as STATUSES } from '../../../../src/domain/wish/vocabulary';
import { ageInDays } from '../../lib/wishes';

export * from '../../../../src/domain/wish/list-view';

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

export type WishTab = 'list' | 'board' | 'matrix' | 'settings';
export const TABS: readonly WishTab[] = ['list', 'board', 'matrix', 'settings'];

/** The tab a query names (`tab=board`), the list otherwise. */
export function tabFromQuery(query: string): WishTab {
  const tab = new URLSearchParams(query).get('tab');
  return (TABS as readonly string[]).includes(tab ?? '') ? (tab as WishTab) : 'list';
}

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

/**
 * The global list also shows the product and the caller's actions: by default it shows what it
 * always showed (status, score, organisations, requester, pledged), so it fits Jira's page width.
 */
export const GLOBAL_DEFAULT_HIDDEN: readonly ColumnKey[] = [
  'value',
  'urgency',
  'estimate',
  'fundingGap',
  'qualification',
  'age',
  'jira',
];

/** The global page's filters and hidden columns as its route's query. */
export function globalFiltersToQuery(
  f: GlobalFilters,
  hidden: readonly ColumnKey[] = GLOBAL_DEFAULT_HIDDEN,
): string {
  const q = new URLSearchParams();
  if (f.mine !== 'all') q.set('mine', f.mine);
  if (f.status !== 'all') q.set('status', f.status);
  if (f.search.trim() !== '') q.set('q', f.search.slice(0, MAX_VIEW_TEXT));
  writeHidden(q, hidden, GLOBAL_DEFAULT_HIDDEN);
  return q.toString();
}

/** The global page's hidden columns from its route's query. */
export const globalHiddenFromQuery = (query: string): ColumnKey[] =>
  readHidden(new URLSearchParams(query), GLOBAL_DEFAULT_HIDDEN);

export function globalFiltersFromQuery(query: string): GlobalFilters {
  const q = new URLSearchParams(query);
  const mine = q.get('mine') ?? '';
  const status = q.get('status') ?? '';
  return {
    mine: (MINE_FILTERS as readonly string[]).includes(mine) ? (mine as MineFilter) : 'all',
    status: (STATUSES as readonly string[]).includes(status) ? (status as WishStatus) : 'all',
    search: (q.get('q') ?? '').slice(0, MAX_VIEW_TEXT),
  };
}
