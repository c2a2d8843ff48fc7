import { token } from '@atlaskit/tokens';
import { BacklogColumn } from './BacklogColumn';
import { OutstandingColumn } from './OutstandingColumn';

/** Left the project's backlog, right what is still outstanding for the target level (stacked when narrow). */
export function OverviewTab() {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.300'), alignItems: 'flex-start' }}>
      <div style={{ flex: '3 1 520px', minWidth: 0 }}>
        <BacklogColumn />
      </div>
      <div style={{ flex: '2 1 380px', minWidth: 0 }}>
        <OutstandingColumn />
      </div>
    </div>
  );
}
