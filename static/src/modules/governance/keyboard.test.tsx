import { renderWithI18n } from '../../test-setup';
import { invoke } from '@forge/bridge';
import { fireEvent, screen } from '@testing-library/react';
import type { BacklogPage, GovernanceView, RequirementRow } from '../../../../src/contract';
import en from '../../../../locales/en-US.json';
import { LEVELS } from '../../lib/governance';
import { BacklogColumn } from './BacklogColumn';
import { ChecklistTab } from './ChecklistTab';
import { GovernanceContext, NO_CAPABILITIES, type GovernanceContextValue } from './context';

// The backlog loads through the bridge (the UI's network boundary); links open through its router.
jest.mock('@forge/bridge', () => ({
  invoke: jest.fn(),
  router: {
    open: jest.fn(),
    navigate: jest.fn(),
    getUrl: jest.fn((location: { issueKey: string }) =>
      Promise.resolve(new URL(`https://example.atlassian.net/browse/${location.issueKey}`)),
    ),
  },
}));
const invokeMock = invoke as jest.MockedFunction<typeof invoke>;

const page = (count: number): BacklogPage => ({
  boardId: 1,
  startAt: 0,
  total: count + 10,
  issues: Array.from({ length: count }, (_, i) => ({
    id: String(1000 + i),
    key: `LOOP-${i + 1}`,
    summary: `Issue ${i + 1}`,
    issueType: 'Story',
    status: 'To Do',
    statusCategory: 'new',
    assignee: null,
    storyPoints: null,
  })),
});

describe('the backlog column', () => {
  it('offers a skip link, shown on focus, that moves focus past the 25 issue links to the count', async () => {
    invokeMock.mockResolvedValue({ ok: true, data: page(25) });
    renderWithI18n(<BacklogColumn />);
    const skip = await screen.findByRole('link', { name: en.governance.backlog.skip });
    const links = screen.getAllByRole('link');
    // First in tab order, before every issue link.
    expect(links[0]).toBe(skip);
    expect(links.length).toBe(26);
    expect(skip.style.position).toBe('absolute');
    fireEvent.focus(skip);
    expect(skip.style.position).toBe('');

    fireEvent.click(skip);
    const count = screen.getByText('Showing 25 of 35 issues');
    expect(document.activeElement).toBe(count);
    // Tab goes on from the count: the next focusable element is "load more", not an issue link.
    const focusable = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, [tabindex="-1"]'));
    expect(focusable[focusable.indexOf(count) + 1]?.textContent).toBe(en.governance.backlog.loadMore);
  });
});

const row = (id: string): RequirementRow =>
  ({
    id,
    theme: 'F',
    level: '1',
    modality: 'skal',
    name: { da: `Krav ${id}`, en: `Requirement ${id}` },
    guidance: null,
    status: { kind: 'known', value: 'Ja' },
    documentation: 'Dokumenteret',
    explanation: '',
    links: [],
    assessmentVersion: 1,
    light: 'green',
    state: 'met',
    inScope: true,
    linkedIssues: [],
  }) as unknown as RequirementRow;

function renderChecklist() {
  const governance: GovernanceContextValue = {
    view: {
      requirements: [row('F1'), row('F2')],
      levelLabels: Object.fromEntries(LEVELS.map((level) => [level, { da: level, en: level }])),
    } as unknown as GovernanceView,
    can: NO_CAPABILITIES,
    replaceView: jest.fn(),
    reload: jest.fn(() => Promise.resolve()),
    revision: 0,
  };
  return renderWithI18n(
    <GovernanceContext.Provider value={governance}>
      <ChecklistTab />
    </GovernanceContext.Provider>,
  );
}

describe('resetting the requirement filters', () => {
  const F = en.governance.filters;
  const countText = (shown: number) => F.shown.replace('{shown}', String(shown)).replace('{total}', '2');

  it('from the empty state: shows every requirement again and puts focus on the first filter', () => {
    renderChecklist();
    expect(screen.getByText(countText(2))).toBeTruthy();
    // Every requirement is met, so "outstanding only" matches none.
    fireEvent.click(screen.getByLabelText(F.outstandingOnly));
    expect(screen.getByText(countText(0))).toBeTruthy();
    const reset = screen.getAllByRole('button', { name: F.reset });
    expect(reset).toHaveLength(2);

    // The empty state's button (the last one) had focus and disappears with the empty state.
    reset[1]!.focus();
    fireEvent.click(reset[1]!);
    expect(screen.getByText(countText(2))).toBeTruthy();
    expect(screen.queryAllByRole('button', { name: F.reset })).toHaveLength(0);
    expect((screen.getByLabelText(F.outstandingOnly) as HTMLInputElement).checked).toBe(false);
    expect(document.activeElement?.id).toBe('os2-checklist-filter-level');
    expect(document.activeElement).toBe(screen.getByLabelText(F.level));
  });

  it('from the filter bar: the same, and the button only shows while a filter is set', () => {
    renderChecklist();
    expect(screen.queryByRole('button', { name: F.reset })).toBeNull();
    fireEvent.click(screen.getByLabelText(F.outstandingOnly));
    fireEvent.click(screen.getAllByRole('button', { name: F.reset })[0]!);
    expect(screen.getByText(countText(2))).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText(F.level));
  });
});
