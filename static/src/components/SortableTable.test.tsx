import { renderWithI18n } from '../test-setup';
import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { SortableTable, type SortState } from './SortableTable';

type Key = 'name' | 'score';
const ROWS = [
  { name: 'OS2kitos', score: 41.9, note: 'b' },
  { name: 'OS2loop', score: 12, note: 'c' },
  { name: 'OS2mo', score: 77.5, note: 'a' },
];

/** The table as a page uses it: the page owns the sort state and sorts its rows. */
function Harness({ onSort }: { onSort?: (s: SortState<Key>) => void }) {
  const [sort, setSort] = useState<SortState<Key>>({ key: 'name', direction: 'ascending' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const rows = [...ROWS].sort((a, b) =>
    sort.key === 'name' ? sign * a.name.localeCompare(b.name) : sign * (a.score - b.score),
  );
  return (
    <SortableTable<Key, 'note'>
      testId="table"
      caption="Products"
      columns={[
        { key: 'name', label: 'Name', sortable: true },
        { key: 'score', label: 'Score', sortable: true, align: 'end' },
        { key: 'note', label: 'Note', sortable: false },
      ]}
      sort={sort}
      onSort={(next) => {
        onSort?.(next);
        setSort(next);
      }}
      sortTestIdPrefix="sort-"
      firstDirection="descending"
    >
      {rows.map((r) => (
        <tr key={r.name}>
          <td>{r.name}</td>
          <td>{r.score}</td>
          <td>{r.note}</td>
        </tr>
      ))}
    </SortableTable>
  );
}

const names = () =>
  within(screen.getByTestId('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0].textContent);
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(name) });

describe('SortableTable', () => {
  it('names the table by its caption and marks the sorted column with aria-sort', () => {
    renderWithI18n(<Harness />);
    expect(screen.getByRole('table', { name: 'Products' })).toBeTruthy();
    expect(header('Name').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Score').getAttribute('aria-sort')).toBe('none');
    expect(header('Note').hasAttribute('aria-sort')).toBe(false);
    expect(within(header('Note')).queryByRole('button')).toBeNull();
  });

  it('sorts by a new column in the first direction, and turns it round when chosen again', () => {
    const onSort = jest.fn();
    renderWithI18n(<Harness onSort={onSort} />);
    fireEvent.click(screen.getByTestId('sort-score'));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'score', direction: 'descending' });
    expect(names()).toEqual(['OS2mo', 'OS2kitos', 'OS2loop']);
    expect(header('Score').getAttribute('aria-sort')).toBe('descending');
    expect(header('Name').getAttribute('aria-sort')).toBe('none');
    expect(screen.getByTestId('sort-score').textContent).toBe('Score ▼');

    fireEvent.click(screen.getByTestId('sort-score'));
    expect(names()).toEqual(['OS2loop', 'OS2kitos', 'OS2mo']);
    expect(header('Score').getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByTestId('sort-score').textContent).toBe('Score ▲');
  });

  it('offers each sortable header as a real button in the tab order, so Enter and Space sort', () => {
    renderWithI18n(<Harness />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent?.replace(/[▲▼ ]/g, ''))).toEqual(['Name', 'Score']);
    for (const button of buttons) {
      expect(button.tagName).toBe('BUTTON');
      expect(button.getAttribute('type')).toBe('button');
      expect(button.tabIndex).toBe(0);
    }
    const score = screen.getByRole('button', { name: /Score/ });
    score.focus();
    expect(document.activeElement).toBe(score);
    // A focused native button is activated by Enter/Space as a click; jsdom does not synthesise that.
    fireEvent.click(document.activeElement as HTMLElement);
    expect(header('Score').getAttribute('aria-sort')).toBe('descending');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Score/ }));
  });
});
