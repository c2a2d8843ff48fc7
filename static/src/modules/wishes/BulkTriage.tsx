import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { Inline } from '@atlaskit/primitives';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import type { WishBulkResult, WishRow } from '../../../../src/contract';
import type { WishJobProgress as Progress, WishStatus } from '../../../../src/domain/wish';
import { SingleChoice } from '../../components/Choice';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { bulkTargets, REASON_STATUSES } from '../../../../src/domain/wish/vocabulary';
import { statusLabel } from '../../lib/wishes';
import { WishJobProgress } from './WishJobProgress';

/** Moves the selected wishes to one status: a select, a reason and a button, all reachable by Tab. */
export function BulkTriage({
  rows,
  selected,
  onDone,
}: {
  rows: WishRow[];
  selected: ReadonlySet<string>;
  onDone: (result: WishBulkResult) => void;
}) {
  const { t, text } = useI18n();
  const [to, setTo] = useState<WishStatus | null>(null);
  const [reason, setReason] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [result, setResult] = useState<WishBulkResult | null>(null);
  const chosen = rows.filter((r) => selected.has(r.id));
  // Only moves the workflow allows from at least one chosen wish; the others are reported.
  const targets = bulkTargets(chosen.map((r) => r.status));
  const move = useAction(() =>
    call('bulkTransitionWishes', {
      items: chosen.map((r) => ({ issueId: r.id, basedOn: r.statusChangedAt })),
      to: to!,
      reason: reason.trim(),
      duplicateOf: duplicateOf.trim(),
    }),
  );
  const id = 'os2-wish-bulk';
  const failed = result?.results.filter((r) => !r.ok) ?? [];
  const moved = result ? result.results.length - failed.length : 0;
  // Past the call's time budget the rest continue on the server; the job's results replace these.
  const finish = (job: Progress) => {
    const done = { results: job.results, job: null };
    setResult(done);
    onDone(done);
  };

  return (
    <section
      aria-labelledby={`${id}-heading`}
      data-testid="wish-bulk"
      style={{
        padding: token('space.150'),
        borderRadius: token('radius.medium'),
        backgroundColor: token('elevation.surface.sunken'),
        display: 'grid',
        gap: token('space.100'),
      }}
    >
      <h2 id={`${id}-heading`} style={{ font: token('font.heading.xsmall'), margin: 0 }}>
        {t('wish.bulk.heading', { count: chosen.length })}
      </h2>
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (!to || chosen.length === 0) return;
          const answer = await move.run();
          if (answer) {
            setResult(answer);
            if (!answer.job) onDone(answer);
          }
        }}
      >
        <Inline space="space.150" alignBlock="end" shouldWrap>
          <div style={{ minWidth: 200 }}>
            <Field id={`${id}-to`} label={t('wish.bulk.to')}>
              <SingleChoice<WishStatus>
                id={`${id}-to`}
                options={targets.map((s) => ({ value: s, label: statusLabel(t, s) }))}
                value={to !== null && targets.includes(to) ? to : null}
                onChange={setTo}
                placeholder={t('wish.statusSection.choose')}
                testId="wish-bulk-to"
              />
            </Field>
          </div>
          <Field
            id={`${id}-reason`}
            label={t('wish.statusSection.reason')}
            required={to !== null && REASON_STATUSES.includes(to)}
          >
            <TextField
              id={`${id}-reason`}
              value={reason}
              onChange={(e) => setReason((e.target as HTMLInputElement).value)}
              maxLength={1000}
              width={280}
            />
          </Field>
          {to === 'duplicate' && (
            <Field id={`${id}-duplicate`} label={t('wish.statusSection.duplicateOf')} required>
              <TextField
                id={`${id}-duplicate`}
                value={duplicateOf}
                onChange={(e) => setDuplicateOf((e.target as HTMLInputElement).value)}
                width={140}
              />
            </Field>
          )}
          <Button
            type="submit"
            appearance="primary"
            isDisabled={!to || !targets.includes(to) || chosen.length === 0}
            isLoading={move.pending}
            testId="wish-bulk-apply"
          >
            {t('wish.bulk.apply', { count: chosen.length })}
          </Button>
        </Inline>
      </form>
      {move.error && <ErrorMessage error={move.error} />}
      {result?.job && (
        <>
          <p style={{ margin: 0 }}>{t('wish.bulk.continuing')}</p>
          <WishJobProgress key={result.job.jobId} job={result.job} onFinished={finish} />
        </>
      )}
      {result && !result.job && (
        <div role="status" aria-live="polite">
          <SectionMessage
            appearance={failed.length > 0 ? 'warning' : 'success'}
            title={t('wish.bulk.result', { moved, failed: failed.length })}
          >
            {failed.length > 0 && (
              <ul>
                {failed.map((f) => (
                  <li key={f.issueId}>
                    {f.key ?? f.issueId}
                    {f.reason ? ` (${t(`wish.bulk.reason.${f.reason}`)})` : ''}:{' '}
                    {f.message ? text(f.message) : ''}
                  </li>
                ))}
              </ul>
            )}
          </SectionMessage>
        </div>
      )}
    </section>
  );
}
