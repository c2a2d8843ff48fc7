/**
 * A wish's status follows its sprint: an ordered wish is in progress once its sprint has
 * started, and delivered once its issue is done. The steps are the wish lifecycle's own moves,
 * applied one by one with `transition`, so nothing skips the record's rules.
 */
import type { WishStatus } from '../wish';

export interface SprintFacts {
  /** The state of the open sprint the issue is in, or null when it is in none. */
  sprintState: 'active' | 'future' | 'closed' | null;
  /** The issue's Jira status category is done. */
  issueDone: boolean;
}

/** The statuses to move through, in order; empty when the status already follows. */
export function followSteps(status: WishStatus, facts: SprintFacts): WishStatus[] {
  const steps: WishStatus[] = [];
  let current = status;
  const started = facts.sprintState === 'active' || facts.sprintState === 'closed';
  if (current === 'ordered' && (started || facts.issueDone)) {
    steps.push('in-progress');
    current = 'in-progress';
  }
  if (current === 'in-progress' && facts.issueDone) steps.push('delivered');
  return steps;
}
