import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import { useRef, useState } from 'react';
import type { DecisionRow } from '../../../../src/contract';
import { useI18n } from '../../lib/i18n';
import { useGovernance } from './context';
import { DecisionForm } from './DecisionForm';
import { DecisionTimeline } from './DecisionTimeline';

/** The level decisions: a form for those who may decide, and the log. */
export function DecisionsTab() {
  const { t } = useI18n();
  const { can } = useGovernance();
  const logHeading = useRef<HTMLHeadingElement>(null);
  // Corrections are the secretariat's (the evaluators); the board records its own decisions only.
  const [correcting, setCorrecting] = useState<DecisionRow | null>(null);
  return (
    <Stack space="space.300">
      {can.canDecide &&
        (correcting ? (
          <DecisionForm
            key={correcting.id}
            afterRecord={logHeading}
            correcting={correcting}
            onCorrected={() => setCorrecting(null)}
          />
        ) : (
          <DecisionForm key="new" afterRecord={logHeading} />
        ))}
      <section aria-labelledby="os2-decision-log">
        <Stack space="space.150">
          <h2 id="os2-decision-log" ref={logHeading} tabIndex={-1} style={{ margin: 0 }}>
            <Heading size="medium" as="span">
              {t('governance.decisions.logHeading')}
            </Heading>
          </h2>
          <DecisionTimeline onCorrect={can.canEvaluate ? setCorrecting : undefined} />
        </Stack>
      </section>
    </Stack>
  );
}
