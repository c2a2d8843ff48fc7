import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { Person } from '../../../src/contract';
import { useI18n } from '../lib/i18n';
import { RpcFailure } from '../lib/rpc';

/** What a conflict carries: the stored value the other person saved, and who they are. */
export interface ConflictInfo {
  current: Record<string, unknown>;
  version: number;
  changedBy: Person | null;
}

/** The stored value of a `conflict` error, when the server sent it (else null: reload instead). */
export function conflictOf(error: Error | null): ConflictInfo | null {
  if (!(error instanceof RpcFailure) || error.error.code !== 'conflict') return null;
  const details = error.error.details as
    { current?: Record<string, unknown>; changedBy?: Person | null } | undefined;
  const current = details?.current;
  if (!current || typeof current !== 'object') return null;
  return {
    current,
    version: typeof current.version === 'number' ? current.version : 0,
    changedBy: details?.changedBy ?? null,
  };
}

/**
 * After a conflict: the saved value and the user's own draft side by side, field by field, and
 * a choice between them. Nothing the user typed is thrown away until they choose.
 */
export function ConflictCompare({
  conflict,
  fields,
  onUseTheirs,
  onKeepMine,
}: {
  conflict: ConflictInfo;
  fields: { key: string; label: string; mine: string; theirs: string }[];
  onUseTheirs: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useI18n();
  const cell = { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;
  return (
    <div role="alert" data-testid="conflict-compare">
      <SectionMessage appearance="warning" title={t('record.conflict.heading')}>
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'start' }} />
              <th scope="col" style={{ textAlign: 'start' }}>
                {t('record.conflict.theirs', { name: conflict.changedBy?.displayName ?? '?' })}
              </th>
              <th scope="col" style={{ textAlign: 'start' }}>
                {t('record.conflict.mine')}
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr
                key={f.key}
                style={{ verticalAlign: 'top', borderBlockStart: `1px solid ${token('color.border')}` }}
              >
                <th scope="row" style={{ textAlign: 'start', paddingInlineEnd: token('space.100') }}>
                  {f.label}
                </th>
                <td style={{ paddingInlineEnd: token('space.100') }}>
                  <p style={cell} data-testid={`theirs-${f.key}`}>
                    {f.theirs}
                  </p>
                </td>
                <td>
                  <p style={cell} data-testid={`mine-${f.key}`}>
                    {f.mine}
                  </p>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div style={{ display: 'flex', gap: token('space.100'), marginBlockStart: token('space.100') }}>
          <Button onClick={onUseTheirs}>{t('record.conflict.useTheirs')}</Button>
          <Button appearance="primary" onClick={onKeepMine}>
            {t('record.conflict.keepMine')}
          </Button>
        </div>
        <p style={{ marginBlockEnd: 0 }}>{t('record.conflict.keepMineHelp')}</p>
      </SectionMessage>
    </div>
  );
}
