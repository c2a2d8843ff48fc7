import { DEFAULT_STATUS_CATEGORIES, statusDrift, WISH_STATUSES, type StatusCategoryMapping } from '.';

describe('statusDrift', () => {
  it('is null while the Jira issue is in the category the mapping gives the wish status', () => {
    for (const status of WISH_STATUSES) {
      expect(statusDrift(status, DEFAULT_STATUS_CATEGORIES[status], DEFAULT_STATUS_CATEGORIES)).toBeNull();
    }
  });

  it('flags an accepted wish whose issue is In Progress, with no one-step status to follow', () => {
    expect(statusDrift('accepted', 'indeterminate', DEFAULT_STATUS_CATEGORIES)).toEqual({
      expected: 'new',
      actual: 'indeterminate',
      // Accepted → ordered → in progress: ordering first is the coordination group's decision.
      matchingStatuses: [],
    });
  });

  it('offers the closing statuses one move away for a wish under evaluation whose issue is Done', () => {
    expect(statusDrift('under-evaluation', 'done', DEFAULT_STATUS_CATEGORIES)).toEqual({
      expected: 'new',
      actual: 'done',
      // Duplicate is left out: it needs the wish that stays.
      matchingStatuses: ['rejected'],
    });
    expect(statusDrift('in-progress', 'done', DEFAULT_STATUS_CATEGORIES)?.matchingStatuses).toEqual([
      'delivered',
    ]);
    expect(statusDrift('ordered', 'indeterminate', DEFAULT_STATUS_CATEGORIES)?.matchingStatuses).toEqual([
      'in-progress',
    ]);
  });

  it("follows the product's own mapping", () => {
    const mapping: StatusCategoryMapping = { ...DEFAULT_STATUS_CATEGORIES, ordered: 'indeterminate' };
    expect(statusDrift('ordered', 'indeterminate', mapping)).toBeNull();
    expect(statusDrift('ordered', 'new', mapping)).toEqual({
      expected: 'indeterminate',
      actual: 'new',
      matchingStatuses: ['accepted', 'on-hold'],
    });
  });

  it('does not judge a category Jira does not define', () => {
    expect(statusDrift('received', 'undefined', DEFAULT_STATUS_CATEGORIES)).toBeNull();
    expect(statusDrift('received', '', DEFAULT_STATUS_CATEGORIES)).toBeNull();
  });
});
