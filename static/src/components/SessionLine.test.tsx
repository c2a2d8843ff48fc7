import type React from 'react';
import { render, screen } from '@testing-library/react';
import { invoke } from '@forge/bridge';
import { I18nProvider, makeI18n } from '../lib/i18n';
import { SessionLine } from './SessionLine';

jest.mock('@forge/bridge', () => ({ invoke: jest.fn() }));
// The lozenge's compiled CSS is not JavaScript; a plain element with its text stands in for it.
jest.mock('@atlaskit/lozenge', () => ({
  __esModule: true,
  default: ({ children }: { children: React.ReactNode }) => <span data-testid="lozenge">{children}</span>,
}));

const labels: Record<string, string> = {
  'session.signedInAs': 'Signed in as {name}',
  'roles.secretariat': 'Secretariat',
};
const i18n = makeI18n('en-US', (key) => labels[key] ?? key);

function renderWith(session: { isJiraAdmin: boolean; isSecretariat: boolean }) {
  jest.mocked(invoke).mockResolvedValue({
    ok: true,
    data: { accountId: 'a-1', displayName: 'Henrik Dalsgaard', ...session },
  });
  render(
    <I18nProvider value={i18n}>
      <SessionLine />
    </I18nProvider>,
  );
}

describe('SessionLine', () => {
  afterEach(() => jest.mocked(invoke).mockReset());

  it('shows the Secretariat lozenge for a secretariat-group member who is not a Jira administrator', async () => {
    renderWith({ isJiraAdmin: false, isSecretariat: true });
    expect(await screen.findByText('Signed in as Henrik Dalsgaard')).toBeTruthy();
    expect(screen.getByText('Secretariat')).toBeTruthy();
    expect(jest.mocked(invoke)).toHaveBeenCalledWith('getSession', {});
  });

  it('shows no lozenge for anyone else', async () => {
    renderWith({ isJiraAdmin: false, isSecretariat: false });
    expect(await screen.findByText('Signed in as Henrik Dalsgaard')).toBeTruthy();
    expect(screen.queryByText('Secretariat')).toBeNull();
  });
});
