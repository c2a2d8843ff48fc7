/**
 * Global issue rank (Jira's rank field spans all projects). Ranks are integers with gaps; moving issues takes
 * evenly spaced values from the gap at the target, and renumbers everything only when the gap is too small.
 */
import type { JiraStore } from './store';
import type { IssueRecord } from './types';

export const RANK_STEP = 1024;

/** Moves `moving` (in the given order) as a block before or after `anchor`. */
export function rankIssues(
  store: JiraStore,
  all: readonly IssueRecord[],
  moving: IssueRecord[],
  anchor: IssueRecord,
  position: 'before' | 'after',
): void {
  const movingIds = new Set(moving.map((i) => i.id));
  const rest = all.filter((i) => !movingIds.has(i.id)).sort((a, b) => a.rank - b.rank);
  const at = rest.findIndex((i) => i.id === anchor.id) + (position === 'after' ? 1 : 0);
  const lower = at > 0 ? rest[at - 1].rank : 0;
  const upper = at < rest.length ? rest[at].rank : lower + RANK_STEP * (moving.length + 1);
  store.transaction(() => {
    if (upper - lower > moving.length) {
      const step = (upper - lower) / (moving.length + 1);
      moving.forEach((i, k) => store.setRank(i.id, Math.floor(lower + step * (k + 1))));
      return;
    }
    const order = [...rest.slice(0, at), ...moving, ...rest.slice(at)];
    order.forEach((i, k) => store.setRank(i.id, (k + 1) * RANK_STEP));
  });
}
