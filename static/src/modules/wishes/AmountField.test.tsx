import { renderWithI18n } from '../../test-setup';
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { parseKroner } from '../../lib/wishes';
import { AmountField } from './AmountField';

/** The field as the estimate and funding panels use it: text in state, parsed with parseKroner. */
function Harness({ onAmount }: { onAmount: (value: number | null) => void }) {
  const [value, setValue] = useState('');
  return (
    <AmountField
      id="amount"
      label="Amount (DKK)"
      value={value}
      onChange={(next) => {
        setValue(next);
        onAmount(parseKroner(next));
      }}
      error={value !== '' && parseKroner(value) === null ? 'Whole kroner, e.g. 150.000' : undefined}
      testId="amount"
    />
  );
}

describe('AmountField', () => {
  it('is a required numeric input labelled by its label', () => {
    renderWithI18n(<Harness onAmount={() => undefined} />);
    const input = screen.getByLabelText(/Amount \(DKK\)/) as HTMLInputElement;
    expect(input.id).toBe('amount');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(screen.getByText('*').getAttribute('aria-hidden')).toBe('true');
    expect(input.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('passes what the user types on, which parses to whole kroner', () => {
    const onAmount = jest.fn();
    renderWithI18n(<Harness onAmount={onAmount} />);
    const input = screen.getByLabelText(/Amount/) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '150.000' } });
    expect(input.value).toBe('150.000');
    expect(onAmount).toHaveBeenLastCalledWith(150_000);
    expect(screen.queryByText('Whole kroner, e.g. 150.000')).toBeNull();
  });

  it('shows its error linked to the input and marks the input invalid', () => {
    renderWithI18n(<Harness onAmount={() => undefined} />);
    const input = screen.getByLabelText(/Amount/);
    fireEvent.change(input, { target: { value: '12,5' } });
    const error = screen.getByText('Whole kroner, e.g. 150.000');
    expect(error.id).toBe('amount-error');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain('amount-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});
