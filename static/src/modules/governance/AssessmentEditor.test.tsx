import { renderWithI18n } from '../../test-setup';
import { invoke } from '@forge/bridge';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { GovernanceView, RequirementRow } from '../../../../src/contract';
import { validateAssessment } from '../../../../src/domain/assessment';
import { AssessmentEditor } from './AssessmentEditor';
import { GovernanceContext, NO_CAPABILITIES, type GovernanceContextValue } from './context';

// The editor saves through the bridge (the UI's network boundary). The fake resolver behind it applies
// the domain's own følg-eller-forklar rule and answers as the real one does: a typed error naming the field.
jest.mock('@forge/bridge', () => ({ invoke: jest.fn() }));
const invokeMock = invoke as jest.MockedFunction<typeof invoke>;
const SAVED_VIEW = { marker: 'the view the save returned' } as unknown as GovernanceView;

type SaveInput = Parameters<typeof validateAssessment>[0];
function fakeResolver(key: string, payload: unknown) {
  if (key !== 'saveAssessment') throw new Error(`unexpected call ${key}`);
  const validation = validateAssessment(payload as SaveInput);
  if (!validation.ok) {
    return Promise.resolve({
      ok: false,
      error: { code: 'invalid-input', message: validation.errors[0]!.message, details: validation.errors },
    });
  }
  return Promise.resolve({ ok: true, data: SAVED_VIEW });
}

const ROW: RequirementRow = {
  id: 'F3',
  theme: 'F',
  level: 'niveau-1',
  modality: 'skal',
  name: { da: 'Kildekoden er offentlig', en: 'The source code is public' },
  status: { kind: 'unanswered' },
  documentation: '',
  explanation: '',
  links: [],
  assessmentVersion: 4,
  light: 'grey',
  state: 'outstanding',
  inScope: true,
  linkedIssues: [],
} as unknown as RequirementRow;

function renderEditor(row: RequirementRow = ROW) {
  const governance: GovernanceContextValue = {
    view: {} as GovernanceView,
    can: { ...NO_CAPABILITIES, canEditAssessment: true },
    replaceView: jest.fn(),
    reload: jest.fn(() => Promise.resolve()),
    revision: 0,
  };
  const onSaved = jest.fn();
  const onCancel = jest.fn();
  renderWithI18n(
    <GovernanceContext.Provider value={governance}>
      <AssessmentEditor row={row} onSaved={onSaved} onCancel={onCancel} />
    </GovernanceContext.Provider>,
  );
  return { governance, onSaved, onCancel };
}

const REQUIRED = 'Comply or explain (følg eller forklar): explain why the requirement is not met.';
const HINT = 'Comply or explain (følg eller forklar): every answer but Yes needs an explanation.';
const SERVER_RULE = 'Explain why the requirement is not met (comply or explain).';

function choose(label: string) {
  const select = screen.getByLabelText('Status');
  fireEvent.keyDown(select, { key: 'ArrowDown' });
  fireEvent.click(screen.getByText(label, { selector: '[role="option"], [role="option"] *' }));
}
const explanationField = () => screen.getByLabelText('Explanation') as HTMLTextAreaElement;
const save = () =>
  act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save self-assessment of F3' })));

describe('AssessmentEditor: comply or explain', () => {
  beforeEach(() => {
    invokeMock.mockReset();
    invokeMock.mockImplementation(fakeResolver as typeof invoke);
  });

  it('opens on the status, with the general hint while nothing is answered', () => {
    renderEditor();
    expect(document.activeElement).toBe(screen.getByLabelText('Status'));
    expect(screen.getByText(HINT)).toBeTruthy();
    expect(screen.queryByText(REQUIRED)).toBeNull();
  });

  it('asks for an explanation as soon as “No” is chosen, linked to the explanation field', () => {
    renderEditor();
    choose('No');
    const help = screen.getByText(REQUIRED);
    expect(explanationField().getAttribute('aria-describedby')?.split(' ')).toContain(help.id);
    expect(screen.queryByText(HINT)).toBeNull();
  });

  it('drops the demand again for “Yes”', () => {
    renderEditor();
    choose('No');
    choose('Yes');
    expect(screen.queryByText(REQUIRED)).toBeNull();
    expect(screen.getByText(HINT)).toBeTruthy();
  });

  it('does not save “No” without an explanation: the rule is shown at the field, which gets the focus', async () => {
    const { governance, onSaved } = renderEditor();
    choose('No');
    await save();
    await waitFor(() => expect(screen.getByText(SERVER_RULE)).toBeTruthy());
    const field = explanationField();
    expect(screen.getByText(SERVER_RULE).id).toBe(`${field.id}-error`);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Correct the marked fields and save again.');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(onSaved).not.toHaveBeenCalled();
    expect(governance.replaceView).not.toHaveBeenCalled();
  });

  it('saves “No” with an explanation, sending what was typed and the version it was based on', async () => {
    const { governance, onSaved } = renderEditor();
    choose('No');
    fireEvent.change(explanationField(), { target: { value: 'Koden ligger endnu hos leverandøren.' } });
    fireEvent.change(screen.getByLabelText('Links'), {
      target: { value: ' https://github.com/OS2loop \n\nhttps://os2.eu/produkt/os2loop' },
    });
    await save();
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(invokeMock).toHaveBeenCalledWith('saveAssessment', {
      requirementId: 'F3',
      status: { kind: 'known', value: 'Nej' },
      explanation: 'Koden ligger endnu hos leverandøren.',
      documentation: '',
      links: ['https://github.com/OS2loop', 'https://os2.eu/produkt/os2loop'],
      expectedVersion: 4,
    });
    expect(governance.replaceView).toHaveBeenCalledWith(SAVED_VIEW);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('saves “Yes” without an explanation', async () => {
    const { onSaved } = renderEditor();
    choose('Yes');
    await save();
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(invokeMock.mock.calls[0]![1]).toMatchObject({
      status: { kind: 'known', value: 'Ja' },
      explanation: '',
    });
  });

  it('on a conflict shows who saved first and reloads their version', async () => {
    invokeMock.mockResolvedValue({
      ok: false,
      error: {
        code: 'conflict',
        message: { da: 'Ændret af Louise', en: 'Louise Bach Andersen saved first.' },
      },
    });
    const { governance, onCancel } = renderEditor({ ...ROW, status: { kind: 'known', value: 'Ja' } });
    await save();
    await waitFor(() => expect(screen.getByText('Louise Bach Andersen saved first.')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onCancel).toHaveBeenCalled();
    expect(governance.reload).toHaveBeenCalled();
  });

  it('after a conflict shows the saved value beside the draft, and keeps the draft on request', async () => {
    invokeMock.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'conflict',
        message: { da: 'Ændret af Louise', en: 'Louise Bach Andersen saved first.' },
        details: {
          changedBy: { accountId: 'l', displayName: 'Louise Bach Andersen' },
          current: {
            status: { kind: 'known', value: 'Nej' },
            documentation: '',
            explanation: 'Hendes forklaring',
            links: [],
            version: 5,
          },
        },
      },
    });
    renderEditor({ ...ROW, status: { kind: 'known', value: 'Ja' } });
    fireEvent.change(screen.getByLabelText('Documentation'), { target: { value: 'Min dokumentation' } });
    await save();
    await waitFor(() => expect(screen.getByTestId('conflict-compare')).toBeTruthy());
    expect(screen.getByTestId('theirs-explanation').textContent).toBe('Hendes forklaring');
    expect(screen.getByTestId('mine-documentation').textContent).toBe('Min dokumentation');

    // Keep mine: the draft stays and the next save is based on their version.
    fireEvent.click(screen.getByRole('button', { name: 'Keep my draft' }));
    invokeMock.mockImplementation(fakeResolver as typeof invoke);
    await save();
    const [, payload] = invokeMock.mock.calls.at(-1)! as [string, Record<string, unknown>];
    expect(payload).toMatchObject({ documentation: 'Min dokumentation', expectedVersion: 5 });
  });
});
