import type { WishRow } from '../../../../src/contract';
import {
  applyFilters,
  DEFAULT_SORT,
  DEFAULT_VIEW,
  globalFiltersFromQuery,
  globalFiltersToQuery,
  globalHiddenFromQuery,
  GLOBAL_DEFAULT_HIDDEN,
  NO_FILTERS,
  NO_GLOBAL_FILTERS,
  sortRows,
  viewFromQuery,
  viewToQuery,
  type GlobalFilters,
  type ListView,
} from './list-state';

const NOW = Date.parse('2026-06-01T12:00:00Z');

function row(key: string, over: Partial<WishRow> = {}): WishRow {
  return {
    id: key.replace(/\D/g, ''),
    key,
    summary: `Wish ${key}`,
    issueType: 'Story',
    jiraStatus: 'To Do',
    jiraStatusCategory: 'new',
    created: '2026-05-01T12:00:00Z',
    stored: true,
    invalid: false,
    status: 'received',
    statusChangedAt: null,
    score: 0,
    organisationCount: 1,
    fundingGap: 0,
    requester: 'Aarhus Kommune',
    value: null,
    urgency: null,
    estimateDkk: null,
    pledgedDkk: 0,
    qualificationChecked: 0,
    drift: null,
    ...over,
  };
}

const keys = (rows: WishRow[]) => rows.map((r) => r.key);

describe('applyFilters', () => {
  const rows = [
    row('LOOP-1', { status: 'accepted', organisationCount: 5, fundingGap: 110_000, summary: 'Kalender' }),
    row('LOOP-2', { status: 'rejected', organisationCount: 1, requester: 'Odense Kommune' }),
    row('LOOP-3', { status: 'on-hold', organisationCount: 3, fundingGap: 1 }),
    // Jira says done and nobody has acted on it as a wish
    row('LOOP-4', { stored: false, jiraStatusCategory: 'done' }),
    // done in Jira, but a stored wish: always shown
    row('LOOP-5', { stored: true, jiraStatusCategory: 'done', status: 'delivered' }),
  ];

  it('hides only the untouched issues Jira calls done, unless asked for', () => {
    expect(keys(applyFilters(rows, NO_FILTERS))).toEqual(['LOOP-1', 'LOOP-2', 'LOOP-3', 'LOOP-5']);
    expect(keys(applyFilters(rows, { ...NO_FILTERS, includeDone: true }))).toHaveLength(5);
  });

  it('keeps the chosen statuses', () => {
    expect(keys(applyFilters(rows, { ...NO_FILTERS, statuses: ['on-hold', 'rejected'] }))).toEqual([
      'LOOP-2',
      'LOOP-3',
    ]);
  });

  it('keeps wishes with at least the minimum number of organisations', () => {
    expect(keys(applyFilters(rows, { ...NO_FILTERS, minOrganisations: 3 }))).toEqual(['LOOP-1', 'LOOP-3']);
  });

  it('keeps only wishes with a funding gap when asked', () => {
    expect(keys(applyFilters(rows, { ...NO_FILTERS, gapOnly: true }))).toEqual(['LOOP-1', 'LOOP-3']);
  });

  it('searches key, summary and requester, ignoring case and surrounding spaces', () => {
    expect(keys(applyFilters(rows, { ...NO_FILTERS, text: '  kalender ' }))).toEqual(['LOOP-1']);
    expect(keys(applyFilters(rows, { ...NO_FILTERS, text: 'ODENSE' }))).toEqual(['LOOP-2']);
    expect(keys(applyFilters(rows, { ...NO_FILTERS, text: 'loop-3' }))).toEqual(['LOOP-3']);
  });

  it('combines every filter', () => {
    const f = {
      ...NO_FILTERS,
      statuses: ['accepted', 'on-hold'] as const,
      gapOnly: true,
      minOrganisations: 4,
    };
    expect(keys(applyFilters(rows, { ...f, statuses: [...f.statuses] }))).toEqual(['LOOP-1']);
  });
});

describe('sortRows', () => {
  it('sorts keys by their number, not as text', () => {
    const rows = [row('LOOP-10'), row('LOOP-9'), row('LOOP-100')];
    expect(keys(sortRows(rows, { key: 'key', direction: 'ascending' }))).toEqual([
      'LOOP-9',
      'LOOP-10',
      'LOOP-100',
    ]);
  });

  it('sorts statuses in lifecycle order, closed ones last', () => {
    const rows = [
      row('A-1', { status: 'duplicate' }),
      row('A-2', { status: 'accepted' }),
      row('A-3', { status: 'received' }),
      row('A-4', { status: 'rejected' }),
      row('A-5', { status: 'under-evaluation' }),
    ];
    expect(sortRows(rows, { key: 'status', direction: 'ascending' }).map((r) => r.status)).toEqual([
      'received',
      'under-evaluation',
      'accepted',
      'rejected',
      'duplicate',
    ]);
  });

  it('breaks ties by the newest key first, in either direction', () => {
    const rows = [row('A-1', { score: 50 }), row('A-3', { score: 50 }), row('A-2', { score: 80 })];
    expect(keys(sortRows(rows, { key: 'score', direction: 'descending' }))).toEqual(['A-2', 'A-3', 'A-1']);
    expect(keys(sortRows(rows, { key: 'score', direction: 'ascending' }))).toEqual(['A-3', 'A-1', 'A-2']);
  });

  it('sorts by age in whole days from now', () => {
    const rows = [
      row('A-1', { created: '2026-05-31T12:00:00Z' }),
      row('A-2', { created: '2026-01-01T12:00:00Z' }),
      row('A-3', { created: '2026-04-01T12:00:00Z' }),
    ];
    expect(keys(sortRows(rows, { key: 'age', direction: 'descending' }, NOW))).toEqual(['A-2', 'A-3', 'A-1']);
  });

  it('sorts requesters alphabetically in Danish (æ, ø, å after z)', () => {
    const rows = [
      row('A-1', { requester: 'Århus' }),
      row('A-2', { requester: 'Ærø Kommune' }),
      row('A-3', { requester: 'zealand' }),
      row('A-4', { requester: 'Odense Kommune' }),
    ];
    expect(sortRows(rows, { key: 'requester', direction: 'ascending' }).map((r) => r.requester)).toEqual([
      'Odense Kommune',
      'zealand',
      'Ærø Kommune',
      'Århus',
    ]);
  });

  it('sorts funding gap and organisations numerically, and leaves its input untouched', () => {
    const rows = [
      row('A-1', { fundingGap: 9 }),
      row('A-2', { fundingGap: 100_000 }),
      row('A-3', { fundingGap: 0 }),
    ];
    const before = keys(rows);
    expect(keys(sortRows(rows, { key: 'fundingGap', direction: 'descending' }))).toEqual([
      'A-2',
      'A-1',
      'A-3',
    ]);
    expect(keys(rows)).toEqual(before);
    const orgs = [row('B-1', { organisationCount: 12 }), row('B-2', { organisationCount: 3 })];
    expect(keys(sortRows(orgs, { key: 'organisations', direction: 'ascending' }))).toEqual(['B-2', 'B-1']);
  });
});

describe('the view in the route query', () => {
  it('writes nothing for the default view and reads the default back', () => {
    expect(viewToQuery(DEFAULT_VIEW)).toBe('');
    expect(viewFromQuery('')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips filters, sort and hidden columns', () => {
    const view: ListView = {
      filters: {
        statuses: ['on-hold', 'accepted'],
        text: 'kalender & ferie',
        minOrganisations: 3,
        gapOnly: true,
        includeDone: true,
      },
      sort: { key: 'pledged', direction: 'ascending' },
      hidden: ['jira'],
    };
    const query = viewToQuery(view);
    // Statuses in lifecycle order, whatever order they were chosen in.
    expect(new URLSearchParams(query).get('status')).toBe('on-hold,accepted');
    expect(viewFromQuery(query)).toEqual({
      ...view,
      filters: { ...view.filters, statuses: ['on-hold', 'accepted'] },
    });
    expect(viewFromQuery(viewToQuery({ ...DEFAULT_VIEW, hidden: [] })).hidden).toEqual([]);
  });

  it('falls back to the default for each part a hand-edited link gets wrong', () => {
    const view = viewFromQuery('status=accepted,bogus&orgs=-4&sort=evil.asc&hide=nope,age&gap=yes');
    expect(view.filters.statuses).toEqual(['accepted']);
    expect(view.filters.minOrganisations).toBe(0);
    expect(view.filters.gapOnly).toBe(false);
    expect(view.sort).toEqual(DEFAULT_SORT);
    expect(view.hidden).toEqual(['age']);
    expect(viewFromQuery(`q=${'x'.repeat(500)}`).filters.text).toHaveLength(100);
  });

  it('keeps the global page filters and ignores unknown values', () => {
    const f: GlobalFilters = { mine: 'supports', status: 'on-hold', search: 'Aarhus' };
    expect(globalFiltersFromQuery(globalFiltersToQuery(f))).toEqual(f);
    expect(globalFiltersToQuery(NO_GLOBAL_FILTERS)).toBe('');
    expect(globalFiltersFromQuery('mine=everyone&status=closed')).toEqual(NO_GLOBAL_FILTERS);
  });

  it('keeps the global page columns, its own defaults left out of the query', () => {
    expect(globalHiddenFromQuery('')).toEqual([...GLOBAL_DEFAULT_HIDDEN]);
    expect(globalFiltersToQuery(NO_GLOBAL_FILTERS, [...GLOBAL_DEFAULT_HIDDEN])).toBe('');
    const query = globalFiltersToQuery({ ...NO_GLOBAL_FILTERS, mine: 'any' }, ['age']);
    expect(query).toBe('mine=any&hide=age');
    expect(globalHiddenFromQuery(query)).toEqual(['age']);
    expect(globalHiddenFromQuery(globalFiltersToQuery(NO_GLOBAL_FILTERS, []))).toEqual([]);
  });
});
