/**
 * Wish status beside Jira status: each product maps its wish statuses to the Jira status
 * category the issue should be in, and a wish whose issue is elsewhere has drifted. Plain data
 * without zod, re-exported by the vocabulary so the Custom UI can import it.
 */
import { ALLOWED_TRANSITIONS } from './lifecycle';
import type { WishStatus } from './vocabulary';

/** Jira's three status categories (every workflow status belongs to one). */
export const JIRA_STATUS_CATEGORIES = ['new', 'indeterminate', 'done'] as const;
export type JiraStatusCategory = (typeof JIRA_STATUS_CATEGORIES)[number];

export type StatusCategoryMapping = Readonly<Record<WishStatus, JiraStatusCategory>>;

/**
 * Until work starts the issue waits in To Do; ordered work too, until the supplier picks it up.
 * Closed wishes (rejected, delivered, duplicate) are done in Jira.
 */
export const DEFAULT_STATUS_CATEGORIES: StatusCategoryMapping = Object.freeze({
  received: 'new',
  'under-evaluation': 'new',
  'on-hold': 'new',
  rejected: 'done',
  accepted: 'new',
  ordered: 'new',
  'in-progress': 'indeterminate',
  delivered: 'done',
  duplicate: 'done',
});

export function isJiraStatusCategory(key: string): key is JiraStatusCategory {
  return (JIRA_STATUS_CATEGORIES as readonly string[]).includes(key);
}

export interface StatusDrift {
  /** The category the mapping gives the wish's status. */
  expected: JiraStatusCategory;
  /** The category the Jira issue is in. */
  actual: JiraStatusCategory;
  /**
   * The wish statuses one allowed move away whose category is Jira's, in lifecycle order: what
   * "set the wish status to match" offers. Duplicate is left out (it needs the wish that stays).
   */
  matchingStatuses: WishStatus[];
}

/**
 * Null while the Jira issue is in the category the mapping gives the wish status, or in a
 * category Jira does not define (nothing to compare); otherwise what differs and how the wish
 * could follow Jira.
 */
export function statusDrift(
  wishStatus: WishStatus,
  jiraCategory: string,
  mapping: StatusCategoryMapping,
): StatusDrift | null {
  if (!isJiraStatusCategory(jiraCategory)) return null;
  const expected = mapping[wishStatus];
  if (expected === jiraCategory) return null;
  return {
    expected,
    actual: jiraCategory,
    matchingStatuses: ALLOWED_TRANSITIONS[wishStatus].filter(
      (s) => s !== 'duplicate' && mapping[s] === jiraCategory,
    ),
  };
}
