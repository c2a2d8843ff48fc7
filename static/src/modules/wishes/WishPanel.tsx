import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useMemo, type ReactNode } from 'react';
import type { WishPanelView } from '../../../../src/contract';
import { useI18n } from '../../lib/i18n';
import { PanelDecisions } from './PanelDecisions';
import { PanelEstimate } from './PanelEstimate';
import { PanelFunding } from './PanelFunding';
import { PanelOrganisations } from './PanelOrganisations';
import { PanelQualification } from './PanelQualification';
import { PanelScore } from './PanelScore';
import { PanelStatus } from './PanelStatus';
import {
  announceChange,
  subtle,
  useKroner,
  WishPanelContext,
  type WishPanelContextValue,
} from './panel-context';
import { DriftLozenge, ScoreText, WishStatusLozenge } from './WishStatusLozenge';

/** The governance requirement an issue serves (created from the Governance page). */
function RequirementNote({ view }: { view: WishPanelView }) {
  const { t, text } = useI18n();
  if (!view.requirement) return null;
  return (
    <p style={{ margin: 0 }} data-testid="wish-requirement">
      {t('wish.panel.requirement', {
        id: view.requirement.id,
        name: text(view.requirement.name),
        version: view.requirement.catalogueVersion,
      })}
    </p>
  );
}

/** The wish at a glance: status, score, organisations, qualification, funding gap. */
function Summary({ view }: { view: WishPanelView }) {
  const { t } = useI18n();
  const kr = useKroner();
  const item = (label: string, value: ReactNode, testId?: string) => (
    <div style={{ display: 'grid', gap: 2 }} data-testid={testId}>
      <span style={subtle}>{label}</span>
      <span style={{ font: token('font.body.large') }}>{value}</span>
    </div>
  );
  return (
    <Inline space="space.300" shouldWrap alignBlock="start">
      {item(
        t('wish.summary.status'),
        <>
          <WishStatusLozenge status={view.wish.status} /> <DriftLozenge drift={view.drift} />
        </>,
        'wish-summary-status',
      )}
      {item(t('wish.summary.score'), <ScoreText score={view.score.total} />, 'wish-summary-score')}
      {item(t('wish.summary.organisations'), view.wish.organisationCount)}
      {item(
        t('wish.summary.qualification'),
        t('wish.summary.ofTotal', { checked: view.qualification.checked, total: view.qualification.total }),
      )}
      {item(
        t('wish.summary.fundingGap'),
        view.wish.estimate ? kr(view.wish.fundingGap) : t('wish.summary.unknown'),
      )}
    </Inline>
  );
}

export function WishPanel({
  view,
  setView,
  reload,
}: {
  view: WishPanelView;
  setView: (view: WishPanelView) => void;
  reload: () => Promise<void>;
}) {
  const { t } = useI18n();
  const context = useMemo<WishPanelContextValue>(
    () => ({
      view,
      replaceView: (next) => {
        setView(next);
        announceChange(next.issue.id);
      },
      reload,
    }),
    // setView is a fresh function on every render but always sets the same state.
    [view, reload],
  );

  if (!view.isWishType && !view.stored) {
    return (
      <Stack space="space.150" testId="wish-not-a-wish">
        <SectionMessage appearance="information" title={t('wish.panel.notAWishTitle')}>
          <p>
            {t('wish.panel.notAWish', {
              type: view.issue.issueType,
              product: view.productName ?? view.project.key,
              types: view.wishIssueTypes.join(', '),
            })}
          </p>
        </SectionMessage>
        <RequirementNote view={view} />
      </Stack>
    );
  }

  return (
    <WishPanelContext.Provider value={context}>
      <Stack space="space.300" testId="wish-panel">
        <Summary view={view} />
        <RequirementNote view={view} />
        {!view.stored && <p style={{ ...subtle, margin: 0 }}>{t('wish.panel.notStored')}</p>}
        <PanelStatus key={`status-${view.wish.statusChangedAt}`} />
        <PanelOrganisations key={`org-${view.wish.requestedBy?.at}`} />
        <PanelFunding />
        <PanelQualification />
        <PanelEstimate key={`est-${view.wish.estimate?.at}`} />
        <PanelScore key={`score-${view.wish.prioritisedBy?.at}`} />
        <PanelDecisions />
      </Stack>
    </WishPanelContext.Provider>
  );
}
