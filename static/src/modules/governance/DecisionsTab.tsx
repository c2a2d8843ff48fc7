import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import { useRef } from 'react';
import { useI18n } from '../../lib/i18n';
import { useGovernance } from './context';
import { DecisionForm } from './DecisionForm';
import { DecisionTimeline } from './DecisionTimeline';

/** The level decisions: a form for those who may decide, and the log. */
export function DecisionsTab() {
  const { t } = useI18n();
  const { can } = useGovernance();
  const logHeading = useRef<HTMLHeadingElement>(null);
  return (
    <Stack space="space.300">
      {can.canDecide && <DecisionForm afterRecord={logHeading} />}
      <section aria-labelledby="os2-decision-log">
        <Stack space="space.150">
          <h2 id="os2-decision-log" ref={logHeading} tabIndex={-1} style={{ margin: 0 }}>
            <Heading size="medium" as="span">
              {t('governance.decisions.logHeading')}
            </Heading>
          </h2>
          <DecisionTimeline />
        </Stack>
      </section>
    </Stack>
  );
}
