import { token } from '@atlaskit/tokens';
import { BacklogColumn } from './BacklogColumn';
import { OutstandingColumn } from './OutstandingColumn';

/** Left the project's backlog, right what is still outstanding for the target level. */
export function OverviewTab() {
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 420px), 1fr))',
        gap: token('space.300'),
        alignItems: 'start',
      }}
    >
      <BacklogColumn />
      <OutstandingColumn />
    </div>
  );
}
