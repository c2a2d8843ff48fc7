import { renderWithI18n } from '../../test-setup';
import { invoke, showFlag } from '@forge/bridge';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { DocumentExport } from './DocumentExport';

// The export goes through the bridge (the UI's network boundary); the browser's download is jsdom's.
jest.mock('@forge/bridge', () => ({ invoke: jest.fn(), showFlag: jest.fn() }));
const invokeMock = jest.mocked(invoke);

describe('DocumentExport', () => {
  beforeEach(() => {
    invokeMock.mockReset();
    invokeMock.mockImplementation((_key, payload) => {
      const { kind, frontMatter } = payload as { kind: string; frontMatter: boolean };
      return Promise.resolve({
        ok: true,
        data: {
          fileName: `${kind}.md`,
          mimeType: 'text/markdown',
          content: frontMatter ? '---\ntitle: x\n---\n' : '# x\n',
        },
      });
    });
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
  });

  it('exports without front matter by default, and with it once the box is ticked', async () => {
    renderWithI18n(<DocumentExport />);
    fireEvent.click(screen.getByRole('button', { name: 'Download Governance report' }));
    await screen.findByText('governance-report.md was downloaded.');
    expect(invokeMock).toHaveBeenLastCalledWith('exportDocument', {
      kind: 'governance-report',
      frontMatter: false,
    });

    const box = screen.getByRole('checkbox', { name: "With front matter for OS2's audit site" });
    const hint = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toMatch(/title, layout and parent/);
    fireEvent.click(box);
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Download Evaluation report' }));
    await screen.findByText('evaluation-report.md was downloaded.');
    expect(invokeMock).toHaveBeenLastCalledWith('exportDocument', {
      kind: 'evaluation-report',
      frontMatter: true,
    });
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalledTimes(2));
    expect(showFlag).not.toHaveBeenCalled();
  });

  it('labels the box in Danish', () => {
    renderWithI18n(<DocumentExport />, { locale: 'da-DK' });
    const box = screen.getByRole('checkbox', { name: "Med front matter til OS2's auditside" });
    expect((box as HTMLInputElement).checked).toBe(false);
  });
});
