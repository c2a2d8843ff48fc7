import { act, render, screen } from '@testing-library/react';
import { invoke } from '@forge/bridge';
import type { WishJobProgress as Progress } from '../../../../src/domain/wish';
import { I18nProvider, makeI18n } from '../../lib/i18n';
import { POLL_MS, WishJobProgress } from './WishJobProgress';

jest.mock('@forge/bridge', () => ({ invoke: jest.fn() }));
// The progress bar's compiled CSS is not JavaScript; a plain element with its value stands in.
jest.mock('@atlaskit/progress-bar', () => ({
  __esModule: true,
  default: ({ value, ariaLabel }: { value: number; ariaLabel: string }) => (
    <div role="progressbar" aria-label={ariaLabel} aria-valuenow={Math.round(value * 100)} />
  ),
}));

const labels: Record<string, string> = {
  'wish.job.label': 'Progress',
  'wish.job.running': '{processed} of {total} wishes processed …',
  'wish.job.rescored': 'Scores recomputed: {processed} wishes checked, {updated} updated, {failed} failed.',
};
const i18n = makeI18n('en-US', (key) => labels[key] ?? key);

const job = (over: Partial<Progress>): Progress => ({
  jobId: '7d3f1c2a-0b7d-4f4e-9a43-2c1d5e8b7a10',
  kind: 'rescore',
  state: 'running',
  total: 1000,
  processed: 250,
  updated: 240,
  failed: 0,
  invocations: 1,
  maxInvocationMs: 8000,
  startedAt: '2026-12-08T00:00:00.000Z',
  finishedAt: null,
  results: [],
  ...over,
});

describe('WishJobProgress', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    jest.mocked(invoke).mockReset();
  });

  it('polls a running job until it is done, then says so once', async () => {
    const finished = jest.fn();
    jest
      .mocked(invoke)
      .mockResolvedValueOnce({ ok: true, data: { job: job({ processed: 600, invocations: 2 }) } })
      .mockResolvedValueOnce({
        ok: true,
        data: { job: job({ state: 'done', processed: 1000, updated: 990, failed: 1, invocations: 3 }) },
      });
    render(
      <I18nProvider value={i18n}>
        <WishJobProgress job={job({})} onFinished={finished} />
      </I18nProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('250 of 1,000 wishes processed …');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('25');

    await act(async () => jest.advanceTimersByTimeAsync(POLL_MS));
    expect(screen.getByRole('status').textContent).toBe('600 of 1,000 wishes processed …');
    expect(finished).not.toHaveBeenCalled();

    await act(async () => jest.advanceTimersByTimeAsync(POLL_MS));
    expect(screen.getByRole('status').textContent).toBe(
      'Scores recomputed: 1,000 wishes checked, 990 updated, 1 failed.',
    );
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(finished).toHaveBeenCalledTimes(1);
    expect(jest.mocked(invoke)).toHaveBeenCalledWith('getWishJobProgress', {
      jobId: '7d3f1c2a-0b7d-4f4e-9a43-2c1d5e8b7a10',
    });

    // Finished: no more polling.
    await act(async () => jest.advanceTimersByTimeAsync(POLL_MS * 5));
    expect(jest.mocked(invoke)).toHaveBeenCalledTimes(2);
  });
});
