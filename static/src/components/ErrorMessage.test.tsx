import { renderWithI18n } from '../test-setup';
import { fireEvent, screen } from '@testing-library/react';
import { RpcFailure } from '../lib/rpc';
import { ErrorMessage } from './ErrorMessage';

const conflict = new RpcFailure({
  code: 'conflict',
  message: {
    da: 'Mette Kjærgaard gemte en nyere udgave kl. 10.02.',
    en: 'Mette Kjærgaard saved a newer version at 10:02.',
  },
});
const invalid = new RpcFailure({
  code: 'invalid-input',
  message: { da: 'Ugyldigt input', en: 'Check the form.' },
  details: [
    { field: 'explanation', message: { da: 'Forklar hvorfor.', en: 'Explain why.' } },
    { path: 'links.0', message: 'Invalid URL' },
    { field: '', message: 'Check the form.' },
  ],
});

describe('ErrorMessage', () => {
  it('titles a resolver error by its code and shows its message in the user’s language', () => {
    renderWithI18n(
      <ErrorMessage
        error={
          new RpcFailure({
            code: 'forbidden',
            message: { da: 'Nej.', en: 'Only the secretariat evaluates.' },
          })
        }
      />,
    );
    expect(screen.getByText('Not allowed')).toBeTruthy();
    expect(screen.getByText('Only the secretariat evaluates.')).toBeTruthy();
  });

  it('is Danish for a Danish user', () => {
    renderWithI18n(<ErrorMessage error={conflict} />, { locale: 'da-DK' });
    expect(screen.getByText('Mette Kjærgaard gemte en nyere udgave kl. 10.02.')).toBeTruthy();
  });

  it('lists the per-field problems, without repeating the message itself', () => {
    renderWithI18n(<ErrorMessage error={invalid} />);
    expect(screen.getByText('Invalid input')).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Explain why.', 'links.0: Invalid URL']);
  });

  it('leaves the per-field problems out when the fields show them', () => {
    renderWithI18n(<ErrorMessage error={invalid} hideDetails />);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('treats any other error as internal and shows its text', () => {
    renderWithI18n(<ErrorMessage error={new Error('Failed to fetch')} />);
    expect(screen.getByText('Something went wrong')).toBeTruthy();
    expect(screen.getByText('Failed to fetch')).toBeTruthy();
  });

  it('offers a retry that calls back', () => {
    const onRetry = jest.fn();
    renderWithI18n(
      <ErrorMessage
        error={new RpcFailure({ code: 'rate-limited', message: { da: 'Travlt', en: 'Busy' } })}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByText('Jira is busy')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('on a conflict offers to reload the other person’s version instead of retrying', () => {
    const onRetry = jest.fn();
    const onReload = jest.fn();
    renderWithI18n(<ErrorMessage error={conflict} onRetry={onRetry} onReload={onReload} />);
    expect(screen.getByText('Someone else changed this')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('shows no button when there is nothing to do', () => {
    renderWithI18n(<ErrorMessage error={conflict} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
