import { renderWithI18n } from '../../test-setup';
import { invoke, view } from '@forge/bridge';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { WishListView, WishRow } from '../../../../src/contract';
import { DEFAULT_STATUS_CATEGORIES } from '../../../../src/domain/wish/vocabulary';
import WishesPage from './WishesPage';

// The page reads and writes its route's query through Forge's history and loads through the bridge:
// both are faked here, the history as the host keeps it (a reload starts from its last search).
jest.mock('@forge/bridge', () => ({
  invoke: jest.fn(),
  view: { createHistory: jest.fn() },
  router: { getUrl: () => Promise.resolve(null) },
}));
const invokeMock = invoke as jest.MockedFunction<typeof invoke>;
const createHistory = view.createHistory as jest.MockedFunction<typeof view.createHistory>;

const row = (key: string, over: Partial<WishRow>): WishRow => ({
  id: key.replace(/\D/g, ''),
  key,
  summary: `Wish ${key}`,
  issueType: 'Story',
  jiraStatus: 'To Do',
  jiraStatusCategory: 'new',
  created: '2026-01-01T00:00:00.000Z',
  stored: true,
  invalid: false,
  status: 'accepted',
  statusChangedAt: null,
  drift: null,
  score: 10,
  organisationCount: 1,
  fundingGap: 0,
  requester: 'Aarhus Kommune',
  value: 3,
  urgency: 2,
  estimateDkk: null,
  pledgedDkk: 0,
  qualificationChecked: 0,
  ...over,
});

const ROWS = [
  row('KITOS-1', { score: 50, value: 5, organisationCount: 4 }),
  row('KITOS-2', { score: 30, value: 1, organisationCount: 2 }),
  row('KITOS-3', { score: 40, value: 3, status: 'received' }),
];

const LIST: WishListView = {
  project: { id: '10001', key: 'KITOS' },
  productName: 'OS2kitos',
  rows: ROWS,
  cursor: null,
  counts: null,
  unmarked: 0,
  truncated: false,
  repairedIndexes: 0,
  settings: {
    weights: { reach: 30, value: 25, urgency: 15, cost: 15, funding: 15 },
    costCeilingDkk: 500_000,
    commonBudgetSharePerWishDkk: 0,
    wishIssueTypes: ['Story'],
    statusCategories: DEFAULT_STATUS_CATEGORIES,
    version: 0,
  },
  views: {
    views: [{ id: 'view-value-up', name: 'Low value first', query: 'sort=value.asc' }],
    version: 1,
    canManage: false,
  },
  canTriage: false,
  canEditSettings: false,
};

/** The page's URL as the host keeps it between loads. */
let search = '';

function fakeHistory() {
  const listeners: ((l: { pathname: string; search: string }) => void)[] = [];
  const history = {
    location: { pathname: '/wishes', search },
    listen: (l: (location: { pathname: string; search: string }) => void) => {
      listeners.push(l);
      return () => undefined;
    },
    replace: (to: { pathname: string; search: string }) => {
      search = to.search;
      history.location = { ...to };
      for (const l of listeners) l(history.location);
    },
  };
  return history;
}

beforeEach(() => {
  search = '';
  invokeMock.mockImplementation((key: string) => {
    if (key === 'listWishes') return Promise.resolve({ ok: true, data: LIST });
    return Promise.reject(new Error(`unexpected call ${key}`));
  });
  createHistory.mockImplementation(() => Promise.resolve(fakeHistory() as never));
});

const shownKeys = () =>
  within(screen.getByTestId('wish-list'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.getAttribute('data-row-key'));

const context = { moduleKey: 'os2-project-page' } as never;

describe('the wishes list keeps its view in the URL', () => {
  it('reads filters and sort from the query, writes changes back, and a reload shows the same list', async () => {
    search = '?status=accepted&sort=value.asc';
    const first = renderWithI18n(<WishesPage context={context} />);
    await waitFor(() => expect(shownKeys()).toEqual(['KITOS-2', 'KITOS-1']));
    expect(screen.getByTestId('wish-sort-value').closest('th')?.getAttribute('aria-sort')).toBe('ascending');

    // A new sort and a column shown are written to the query (replace, no history entry each).
    fireEvent.click(screen.getByTestId('wish-sort-organisations'));
    fireEvent.click(screen.getByTestId('wish-columns'));
    fireEvent.click(screen.getByTestId('wish-columns-urgency--checkbox-label'));
    await waitFor(() => expect(new URLSearchParams(search).get('sort')).toBe('organisations.desc'));
    expect(new URLSearchParams(search).get('status')).toBe('accepted');
    expect(new URLSearchParams(search).get('hide')).toBe('estimate,pledged,age');
    first.unmount();

    // The reload: the page starts from the URL it left.
    renderWithI18n(<WishesPage context={context} />);
    await waitFor(() => expect(shownKeys()).toEqual(['KITOS-1', 'KITOS-2']));
    expect(screen.getByTestId('wish-sort-organisations').closest('th')?.getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(screen.queryByTestId('wish-sort-urgency')).not.toBeNull();
  });

  it('applies a saved view, which then shows as pressed', async () => {
    renderWithI18n(<WishesPage context={context} />);
    await waitFor(() => expect(shownKeys()).toEqual(['KITOS-1', 'KITOS-3', 'KITOS-2']));
    const saved = screen.getByTestId('wish-view-Low value first');
    expect(saved?.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(saved);
    await waitFor(() => expect(shownKeys()).toEqual(['KITOS-2', 'KITOS-3', 'KITOS-1']));
    await waitFor(() => expect(search).toBe('?sort=value.asc'));
    expect(screen.getByTestId('wish-view-Low value first')?.getAttribute('aria-pressed')).toBe('true');
    // The municipality-like caller may use views but not manage them.
    expect(screen.queryByTestId('wish-view-save-open')).toBeNull();
  });
});
