import type { PortfolioRow } from '../../../../src/contract';
import type { Level } from '../../../../src/domain/catalogue/types';
import { openWishes } from '../../../../src/domain/portfolio/vocabulary';
import type { Theme } from '../../../../src/domain/catalogue/types';
import { LEVELS } from '../../lib/governance';

/** The portfolio page's filters: by current level, and only evaluations overdue or due soon. */
export interface PortfolioFilters {
  level: Level | 'all' | 'none';
  dueOnly: boolean;
}

export const NO_FILTERS: PortfolioFilters = { level: 'all', dueOnly: false };

export type SortKey =
  'name' | 'level' | 'target' | 'progress' | 'outstanding' | 'next' | 'wishes' | 'gap' | 'municipalities';
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

export const DEFAULT_SORT: Sort = { key: 'name', direction: 'ascending' };

export function applyFilters(rows: readonly PortfolioRow[], f: PortfolioFilters): PortfolioRow[] {
  return rows.filter(
    (r) =>
      (f.level === 'all' || (f.level === 'none' ? r.level === null : r.level === f.level)) &&
      (!f.dueOnly || r.overdue || r.dueSoon),
  );
}

const levelRank = (level: Level | null) => (level === null ? -1 : LEVELS.indexOf(level));
const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/**
 * Overdue rows come first and rows without a date last, whichever the direction: the direction
 * orders the dates within each group.
 */
function compareDue(a: PortfolioRow, b: PortfolioRow, sign: number): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.nextEvaluationDue === b.nextEvaluationDue) return 0;
  if (a.nextEvaluationDue === null) return 1;
  if (b.nextEvaluationDue === null) return -1;
  return sign * a.nextEvaluationDue.localeCompare(b.nextEvaluationDue);
}

export function sortRows(rows: readonly PortfolioRow[], sort: Sort): PortfolioRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byName = (a: PortfolioRow, b: PortfolioRow) => collator.compare(a.productName, b.productName);
  const compare = (a: PortfolioRow, b: PortfolioRow): number => {
    switch (sort.key) {
      case 'name':
        return sign * byName(a, b);
      case 'level':
        return sign * (levelRank(a.level) - levelRank(b.level));
      case 'target':
        return sign * (levelRank(a.targetLevel) - levelRank(b.targetLevel));
      case 'progress':
        return sign * (a.progressPercent - b.progressPercent);
      case 'outstanding':
        return sign * (a.outstandingSkal - b.outstandingSkal || a.outstandingBør - b.outstandingBør);
      case 'next':
        return compareDue(a, b, sign);
      case 'wishes':
        return sign * (openWishes(a) - openWishes(b));
      case 'gap':
        return sign * (a.wishes.fundingGap - b.wishes.fundingGap);
      case 'municipalities':
        return sign * (a.municipalities - b.municipalities);
    }
  };
  return [...rows].sort((a, b) => compare(a, b) || byName(a, b));
}

// --- The page's state in its URL ------------------------------------------------------------

export type PortfolioTab = 'overview' | 'matrix' | 'adoption' | 'pack';
export const TABS: readonly PortfolioTab[] = ['overview', 'matrix', 'adoption', 'pack'];
export const PAGE_SIZE = 25;

export interface PortfolioQuery {
  tab: PortfolioTab;
  search: string;
  filters: PortfolioFilters;
  sort: Sort;
  page: number;
  /** The matrix's columns: requirements of this level and theme. */
  matrixLevel: Level | 'all';
  matrixTheme: Theme | 'all';
  /** The board pack's print view. */
  print: boolean;
}

const SORT_KEYS: readonly SortKey[] = [
  'name',
  'level',
  'target',
  'progress',
  'outstanding',
  'next',
  'wishes',
  'gap',
  'municipalities',
];
const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

/** Reads the query; anything unknown falls back to the default. */
export function readQuery(params: URLSearchParams): PortfolioQuery {
  const page = Number(params.get('page') ?? '1');
  return {
    tab: oneOf(params.get('tab'), TABS, 'overview'),
    search: (params.get('q') ?? '').slice(0, 200),
    filters: {
      level: oneOf(params.get('level'), ['all', 'none', ...LEVELS] as const, 'all'),
      dueOnly: params.get('due') === '1',
    },
    sort: {
      key: oneOf(params.get('sort'), SORT_KEYS, DEFAULT_SORT.key),
      direction: params.get('dir') === 'desc' ? 'descending' : 'ascending',
    },
    page: Number.isInteger(page) && page > 0 ? page : 1,
    matrixLevel: oneOf(params.get('mlevel'), ['all', ...LEVELS] as const, 'all'),
    matrixTheme: oneOf(params.get('mtheme'), ['all', 'R', 'F', 'S', 'G'] as const, 'all'),
    print: params.get('print') === '1',
  };
}

/** The query as URL parameters, defaults left out so a plain link stays plain. */
export function writeQuery(q: PortfolioQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.tab !== 'overview') p.set('tab', q.tab);
  if (q.search) p.set('q', q.search);
  if (q.filters.level !== 'all') p.set('level', q.filters.level);
  if (q.filters.dueOnly) p.set('due', '1');
  if (q.sort.key !== DEFAULT_SORT.key) p.set('sort', q.sort.key);
  if (q.sort.direction === 'descending') p.set('dir', 'desc');
  if (q.page > 1) p.set('page', String(q.page));
  if (q.matrixLevel !== 'all') p.set('mlevel', q.matrixLevel);
  if (q.matrixTheme !== 'all') p.set('mtheme', q.matrixTheme);
  if (q.print) p.set('print', '1');
  return p;
}

/** Products whose name or key contains the search, whatever the case. */
export function applySearch(rows: readonly PortfolioRow[], search: string): PortfolioRow[] {
  const needle = search.trim().toLocaleLowerCase('da');
  if (!needle) return [...rows];
  return rows.filter(
    (r) =>
      r.productName.toLocaleLowerCase('da').includes(needle) ||
      r.projectKey.toLocaleLowerCase('da').includes(needle),
  );
}

/** Search, filters and sort: the rows every tab and the board pack show. */
export function visibleRows(rows: readonly PortfolioRow[], q: PortfolioQuery): PortfolioRow[] {
  return sortRows(applyFilters(applySearch(rows, q.search), q.filters), q.sort);
}
