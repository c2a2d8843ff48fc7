import EmptyState from '@atlaskit/empty-state';
import Lozenge from '@atlaskit/lozenge';
import { token } from '@atlaskit/tokens';
import Button from '@atlaskit/button/new';
import type { DecisionRow } from '../../../../src/contract';
import type { DecisionKind } from '../../../../src/domain/level';
import { ExternalLink } from '../../components/Links';
import { deciderLabel, decisionKindLabel } from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import { useGovernance, useLevelLabel } from './context';
import { subtleText } from './RequirementParts';

const KIND_APPEARANCE: Record<
  DecisionKind,
  'success' | 'inprogress' | 'removed' | 'default' | 'moved' | 'new'
> = {
  admitted: 'new',
  raised: 'success',
  lowered: 'removed',
  kept: 'default',
  paused: 'moved',
  closed: 'removed',
};

/**
 * The decision log (beslutningslog), newest first. A superseded entry is shown struck through
 * inside the correction that replaced it; the secretariat may correct any entry that counts.
 */
export function DecisionTimeline({ onCorrect }: { onCorrect?: (row: DecisionRow) => void }) {
  const { t, formatDate } = useI18n();
  const { view } = useGovernance();
  const levelLabel = useLevelLabel();
  const byId = new Map(view.decisions.map((d) => [d.id, d]));

  const body = (d: DecisionRow) => (
    <>
      <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', flexWrap: 'wrap' }}>
        <time dateTime={d.date} style={{ fontWeight: token('font.weight.bold') }}>
          {formatDate(d.date)}
        </time>
        <Lozenge appearance={KIND_APPEARANCE[d.kind]}>{decisionKindLabel(t, d.kind)}</Lozenge>
        <span>
          {d.resultingLevel === null
            ? t('governance.decisions.noLevel')
            : t('governance.decisions.resultingLevel', { level: levelLabel(d.resultingLevel) })}
        </span>
        {d.superseded && <Lozenge appearance="removed">{t('record.decisions.supersededLozenge')}</Lozenge>}
      </div>
      <span style={subtleText}>
        {d.decidedByPerson
          ? t('governance.decisions.decidedByPerson', {
              by: deciderLabel(t, d.decidedBy),
              name: d.decidedByPerson.displayName,
            })
          : t('governance.decisions.decidedBy', { by: deciderLabel(t, d.decidedBy) })}
      </span>
      <p style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{d.basis}</p>
      {d.reference && (
        <span>
          <ExternalLink href={d.reference}>{t('governance.decisions.referenceLink')}</ExternalLink>
        </span>
      )}
    </>
  );

  if (view.decisions.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        header={t('governance.decisions.none')}
        description={t('governance.decisions.noneBody')}
      />
    );
  }
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.0') }}>
      {view.decisions
        .filter((d) => !d.superseded)
        .map((d, i) => {
          const replaced = d.supersedes ? byId.get(d.supersedes) : undefined;
          return (
            <li
              key={d.id}
              data-testid="decision"
              style={{
                display: 'grid',
                gap: token('space.050'),
                paddingInlineStart: token('space.200'),
                paddingBlock: token('space.150'),
                borderInlineStart: `${token('border.width.selected')} solid ${i === 0 ? token('color.border.brand') : token('color.border')}`,
              }}
            >
              {body(d)}
              {d.supersedes && (
                <div data-testid="correction" style={{ display: 'grid', gap: token('space.050') }}>
                  <strong>{t('record.decisions.correctionOf')}</strong>
                  <p style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    {t('record.decisions.reasonShown', { reason: d.correctionReason ?? '' })}
                  </p>
                  {replaced && (
                    <del
                      data-testid="superseded-decision"
                      style={{
                        display: 'grid',
                        gap: token('space.050'),
                        padding: token('space.100'),
                        borderRadius: token('radius.small'),
                        backgroundColor: token('color.background.neutral.subtle.hovered'),
                        color: token('color.text.subtlest'),
                      }}
                    >
                      {body(replaced)}
                    </del>
                  )}
                </div>
              )}
              {onCorrect && (
                <div>
                  <Button appearance="subtle" spacing="compact" onClick={() => onCorrect(d)}>
                    {t('record.decisions.correct')}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
    </ol>
  );
}
