import ProgressBar from '@atlaskit/progress-bar';
import { token } from '@atlaskit/tokens';
import { useEffect, useRef, useState } from 'react';
import type { WishJobProgress as Progress } from '../../../../src/domain/wish';
import { jobFraction } from '../../../../src/domain/wish/vocabulary';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';

/** How often a running job is asked for its progress. */
export const POLL_MS = 1000;

/**
 * A wish job's progress bar (re-scoring after a settings save, bulk triage that continues on the
 * queue): polls `getWishJobProgress` while the job runs and calls `onFinished` once it stops.
 */
export function WishJobProgress({
  job: started,
  onFinished,
}: {
  job: Progress;
  onFinished?: (job: Progress) => void;
}) {
  const { t, formatNumber } = useI18n();
  const [job, setJob] = useState(started);
  const poll = useAction(() => call('getWishJobProgress', { jobId: started.jobId }));
  const { run, error } = poll;
  const refresh = () => void run().then((answer) => answer?.job && setJob(answer.job));
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => setJob(started), [started]);
  useEffect(() => {
    if (job.state !== 'running') {
      finished.current?.(job);
      return;
    }
    // After a failed poll the error is shown with a retry, and polling stops until then.
    if (error) return;
    const timer = setTimeout(() => {
      void run().then((answer) => answer?.job && setJob(answer.job));
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, error, run]);

  const n = (v: number) => formatNumber(v);
  const counts = {
    processed: n(job.processed),
    total: n(job.total),
    updated: n(job.updated),
    failed: n(job.failed),
  };
  const label =
    job.state === 'running'
      ? t('wish.job.running', counts)
      : job.state === 'superseded'
        ? t('wish.job.superseded')
        : job.state === 'failed'
          ? t('wish.job.failed')
          : t(job.kind === 'rescore' ? 'wish.job.rescored' : 'wish.job.done', counts);
  const fraction = jobFraction(job);

  return (
    <div
      data-testid="wish-job-progress"
      data-state={job.state}
      style={{ display: 'grid', gap: token('space.050') }}
    >
      <ProgressBar
        ariaLabel={t('wish.job.label')}
        value={fraction}
        appearance={job.state === 'done' ? 'success' : 'default'}
      />
      <div role="status" aria-live="polite" style={{ color: token('color.text.subtle') }}>
        {label}
      </div>
      {error && <ErrorMessage error={error} onRetry={refresh} />}
    </div>
  );
}
