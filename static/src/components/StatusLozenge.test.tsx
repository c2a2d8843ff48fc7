import { renderWithI18n } from '../test-setup';
import { screen } from '@testing-library/react';
import { IssueStatusLozenge, ModalityLozenge, StatusLozenge } from './StatusLozenge';

describe('StatusLozenge', () => {
  it.each([
    [{ kind: 'known', value: 'Ja' } as const, 'Yes'],
    [{ kind: 'known', value: 'Nej' } as const, 'No'],
    [{ kind: 'known', value: 'Ikke relevant' } as const, 'Not relevant'],
    [{ kind: 'known', value: 'Planlagt' } as const, 'Planned'],
    [{ kind: 'unanswered' } as const, 'Not answered'],
  ])('names the answer %j as “%s”', (status, label) => {
    renderWithI18n(<StatusLozenge status={status} />);
    expect(screen.getByText(label)).toBeTruthy();
  });

  it('shows a free-text answer from an imported report with its text', () => {
    renderWithI18n(<StatusLozenge status={{ kind: 'other', text: 'Delvist' }} />);
    expect(screen.getByText('Other: Delvist')).toBeTruthy();
  });

  it('uses Danish when the user reads Danish', () => {
    renderWithI18n(<StatusLozenge status={{ kind: 'known', value: 'Nej' }} />, { locale: 'da-DK' });
    expect(screen.getByText('Nej')).toBeTruthy();
  });

  it('colours yes, no and planned differently', () => {
    const colour = (value: 'Ja' | 'Nej' | 'Planlagt') => {
      const { container, unmount } = renderWithI18n(<StatusLozenge status={{ kind: 'known', value }} />);
      const html = container.innerHTML;
      unmount();
      return html.replace(/>[^<]*</g, '><');
    };
    const [yes, no, planned] = [colour('Ja'), colour('Nej'), colour('Planlagt')];
    expect(yes).not.toBe(no);
    expect(no).not.toBe(planned);
    expect(yes).not.toBe(planned);
  });
});

describe('ModalityLozenge', () => {
  it('says must for skal and should for bør', () => {
    renderWithI18n(
      <>
        <ModalityLozenge modality="skal" />
        <ModalityLozenge modality="bør" />
      </>,
    );
    expect(screen.getByText(/must/i)).toBeTruthy();
    expect(screen.getByText(/should/i)).toBeTruthy();
  });
});

describe('IssueStatusLozenge', () => {
  it('shows the Jira status name as it is', () => {
    renderWithI18n(<IssueStatusLozenge status="In Progress" category="indeterminate" />);
    expect(screen.getByText('In Progress')).toBeTruthy();
  });
});
