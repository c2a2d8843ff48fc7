import type { PortfolioRow } from '../../../../src/contract';
import type { Level } from '../../../../src/domain/catalogue/types';
import { LEVELS } from '../../lib/governance';

/** The portfolio page's filters: by current level, and only evaluations overdue or due soon. */
export interface PortfolioFilters {
  level: Level | 'all' | 'none';
  dueOnly: boolean;
}

export const NO_FILTERS: PortfolioFilters = { level: 'all', dueOnly: false };

export type SortKey = 'name' | 'level' | 'target' | 'progress' | 'outstanding' | 'next';
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
    }
  };
  return [...rows].sort((a, b) => compare(a, b) || byName(a, b));
}
