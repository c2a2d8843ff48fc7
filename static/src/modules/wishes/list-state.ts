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

export type SortKey = 'key' | 'status' | 'score' | 'organisations' | 'fundingGap' | 'age' | 'requester';
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
      case 'fundingGap':
        return r.fundingGap;
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
