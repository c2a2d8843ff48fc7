import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';
import { deciderLabel } from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import { useGovernance, useLevelLabel } from './context';

const subtle = { font: token('font.body.small'), color: token('color.text.subtle') } as const;

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.050'), minWidth: 200 }}>
      <dt style={{ ...subtle, fontWeight: token('font.weight.semibold') }}>{term}</dt>
      <dd style={{ margin: 0 }}>{children}</dd>
    </div>
  );
}

/** Product, level (as decided), target level, progress toward it, and when the next evaluation is due. */
export function GovernanceHeader() {
  const { view } = useGovernance();
  const { t, formatDate, formatNumber } = useI18n();
  const levelLabel = useLevelLabel();
  const { current, progress } = view;
  // The server's schedule (Danish time, never-evaluated products included), not the browser's clock.
  const overdue = view.evaluationOverdue;

  return (
    <Stack space="space.200">
      <div>
        <Heading size="large" as="h1">
          {view.profile?.productName ?? view.project.key}
        </Heading>
        <span style={subtle}>
          {t('governance.header.catalogue', { version: view.catalogueVersion, project: view.project.key })}
        </span>
      </div>

      {!view.profile && (
        <SectionMessage appearance="information" title={t('governance.header.noProfileTitle')}>
          <p>{t('governance.header.noProfileBody')}</p>
        </SectionMessage>
      )}

      <dl
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: token('space.300'),
          margin: 0,
          padding: token('space.200'),
          borderRadius: token('radius.medium'),
          backgroundColor: token('elevation.surface.sunken'),
        }}
      >
        <Fact term={t('governance.header.currentLevel')}>
          {current === null ? (
            <span data-testid="current-level">{t('governance.header.noLevel')}</span>
          ) : (
            <Stack space="space.050">
              <span data-testid="current-level" style={{ fontWeight: token('font.weight.bold') }}>
                {current.level === null ? t('governance.header.closed') : levelLabel(current.level)}{' '}
                {current.status === 'paused' && (
                  <Lozenge appearance="moved">{t('governance.header.paused')}</Lozenge>
                )}
              </span>
              <span style={subtle}>
                {t('governance.header.since', {
                  date: formatDate(current.since),
                  by: deciderLabel(t, current.decidedBy),
                })}
              </span>
            </Stack>
          )}
        </Fact>

        <Fact term={t('governance.header.targetLevel')}>
          <span data-testid="target-level" style={{ fontWeight: token('font.weight.bold') }}>
            {levelLabel(view.targetLevel)}
          </span>
        </Fact>

        <Fact term={t('governance.header.progress')}>
          <div style={{ minWidth: 220 }}>
            <ProgressBar
              value={progress.total === 0 ? 0 : progress.done / progress.total}
              appearance={progress.total > 0 && progress.done === progress.total ? 'success' : 'default'}
              ariaLabel={t('governance.header.progressLabel', {
                done: progress.done,
                total: progress.total,
                level: levelLabel(view.targetLevel),
              })}
            />
          </div>
          <span data-testid="progress-text">
            {t('governance.header.progressText', {
              done: formatNumber(progress.done),
              total: formatNumber(progress.total),
              percent: formatNumber(progress.percent),
            })}
          </span>
          <br />
          <span style={subtle}>
            {t('governance.header.progressSplit', {
              mustDone: progress.skal.done,
              mustTotal: progress.skal.total,
              shouldDone: progress.bør.done,
              shouldTotal: progress.bør.total,
            })}
          </span>
        </Fact>

        <Fact term={t('governance.header.nextEvaluation')}>
          {view.nextEvaluationDue === null ? (
            <span>{t('governance.header.noEvaluation')}</span>
          ) : (
            <Stack space="space.050">
              <span>
                {formatDate(view.nextEvaluationDue)}{' '}
                {overdue && <Lozenge appearance="removed">{t('governance.header.overdue')}</Lozenge>}
              </span>
              {view.lastEvaluation && (
                <span style={subtle}>
                  {t('governance.header.lastEvaluation', { date: formatDate(view.lastEvaluation) })}
                </span>
              )}
              {view.evaluationInProgress && (
                <span style={subtle} data-testid="evaluation-in-progress">
                  <Lozenge appearance="inprogress">{t('record.header.inProgress')}</Lozenge>{' '}
                  {!view.capabilities.canSeeDrafts && t('record.rounds.inProgress')}
                </span>
              )}
            </Stack>
          )}
        </Fact>
      </dl>
    </Stack>
  );
}
