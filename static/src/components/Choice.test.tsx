import { renderWithI18n } from '../test-setup';
import { fireEvent, screen } from '@testing-library/react';
import { MultiChoice, SingleChoice } from './Choice';

const OPTIONS = [
  { value: 'a', label: 'Aarhus' },
  { value: 'b', label: 'Brøndby' },
];

describe('Choice speaks the user’s language to screen readers', () => {
  it('names the clear button and announces the options in Danish', () => {
    const { container } = renderWithI18n(
      <SingleChoice id="city" options={OPTIONS} value="a" onChange={jest.fn()} isClearable />,
      { locale: 'da-DK' },
    );
    expect(container.querySelector('[aria-label="Ryd valget"]')).not.toBeNull();
    expect(container.innerHTML).not.toMatch(/aria-label="clear"/);

    const input = screen.getByRole('combobox');
    fireEvent.focus(input);
    fireEvent.keyDown(input, { key: 'ArrowDown', keyCode: 40 });
    expect(screen.getByText('Brøndby')).toBeTruthy();
    fireEvent.change(input, { target: { value: 'Br' } });
    expect(document.body.textContent).toContain('1 muligheder for søgningen Br.');
    fireEvent.change(input, { target: { value: 'zz' } });
    expect(screen.getByText('Ingen muligheder')).toBeTruthy();
  });

  it('names each chosen value’s remove button, in English too', () => {
    const { container } = renderWithI18n(
      <MultiChoice id="cities" options={OPTIONS} value={['a', 'b']} onChange={jest.fn()} />,
    );
    expect(container.querySelector('[aria-label="Remove Aarhus"]')).not.toBeNull();
    expect(container.querySelector('[aria-label="Remove Brøndby"]')).not.toBeNull();
    expect(container.innerHTML).not.toMatch(/, remove"/);
  });
});
