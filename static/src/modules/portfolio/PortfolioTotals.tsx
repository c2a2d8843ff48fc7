import Lozenge from '@atlaskit/lozenge';
import type { ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import type { PortfolioTotals as Totals } from '../../../../src/contract';
import type { Level } from '../../../../src/domain/catalogue/types';
import { LEVELS } from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import { LevelLozenge, subtle } from './parts';

/** Bar colours per level: the same hues as the level lozenges. */
const LEVEL_COLOUR: Record<Level | 'none', string> = {
  sandkasse: token('color.background.accent.gray.subtle'),
  '1': token('color.background.accent.purple.subtle'),
  '2': token('color.background.accent.blue.subtle'),
  '3': token('color.background.accent.green.subtle'),
  none: token('color.background.neutral'),
};

function Tile({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div
      data-testid={testId}
      style={{
        display: 'flex',
        flexDirection: 'column',
        gap: token('space.075'),
        padding: token('space.150'),
        borderRadius: token('radius.medium'),
        backgroundColor: token('elevation.surface.sunken'),
        minWidth: 160,
      }}
    >
      <dt style={{ ...subtle, fontWeight: token('font.weight.semibold') }}>{label}</dt>
      <dd style={{ margin: 0 }}>{children}</dd>
    </div>
  );
}

/** Products per level (a small stacked bar plus counts in words) and the evaluations that need attention. */
export function PortfolioTotals({ totals }: { totals: Totals }) {
  const { t, formatNumber } = useI18n();
  const segments = [...LEVELS, 'none' as const].filter((k) => totals.perLevel[k] > 0);
  const big = { font: token('font.heading.large') } as const;
  return (
    <dl
      aria-label={t('portfolio.totals.label')}
      style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.200'), margin: 0, padding: 0 }}
    >
      <Tile label={t('portfolio.totals.products')} testId="total-products">
        <span style={big}>{formatNumber(totals.products)}</span>
      </Tile>
      <Tile label={t('portfolio.totals.perLevel')} testId="total-per-level">
        <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.100'), minWidth: 280 }}>
          {totals.products > 0 && (
            <div
              aria-hidden="true"
              style={{
                display: 'flex',
                height: 8,
                borderRadius: token('radius.small'),
                overflow: 'hidden',
                backgroundColor: token('color.background.neutral'),
              }}
            >
              {segments.map((k) => (
                <div
                  key={k}
                  style={{
                    width: `${(100 * totals.perLevel[k]) / totals.products}%`,
                    backgroundColor: LEVEL_COLOUR[k],
                    borderInlineEnd: `2px solid ${token('elevation.surface')}`,
                  }}
                />
              ))}
            </div>
          )}
          <ul
            style={{
              display: 'flex',
              flexWrap: 'wrap',
              gap: token('space.150'),
              listStyle: 'none',
              margin: 0,
              padding: 0,
            }}
          >
            {LEVELS.map((level) => (
              <li key={level} data-level={level} style={{ margin: 0, whiteSpace: 'nowrap' }}>
                <LevelLozenge level={level} /> <strong>{formatNumber(totals.perLevel[level])}</strong>
              </li>
            ))}
            {totals.perLevel.none > 0 && (
              <li style={{ margin: 0, whiteSpace: 'nowrap' }}>
                <Lozenge>{t('portfolio.totals.none')}</Lozenge>{' '}
                <strong>{formatNumber(totals.perLevel.none)}</strong>
              </li>
            )}
          </ul>
        </div>
      </Tile>
      <Tile label={t('portfolio.totals.overdue')} testId="total-overdue">
        <span
          style={{ ...big, color: totals.overdue > 0 ? token('color.text.danger') : token('color.text') }}
        >
          {formatNumber(totals.overdue)}
        </span>
      </Tile>
      <Tile label={t('portfolio.totals.dueSoon')} testId="total-due-soon">
        <span
          style={{ ...big, color: totals.dueSoon > 0 ? token('color.text.warning') : token('color.text') }}
        >
          {formatNumber(totals.dueSoon)}
        </span>
      </Tile>
    </dl>
  );
}
