import { token } from '@atlaskit/tokens';
import type { ReactElement } from 'react';
import type { Light } from '../../../src/domain/assessment';
import { lightLabel } from '../lib/governance';
import { useI18n } from '../lib/i18n';
import { VisuallyHidden } from './VisuallyHidden';

/**
 * One shape per light, so the lights differ without colour vision and without an emoji font (OS2's
 * reports use 🟢🟡🔴⚪, which many systems draw as empty boxes). Colours are design tokens, so both
 * themes keep their contrast.
 */
const SHAPES: Record<Light, { fill: string; stroke: string; path: ReactElement }> = {
  green: {
    fill: token('color.icon.success'),
    stroke: token('color.icon.success'),
    path: <circle cx="8" cy="8" r="6.5" />,
  },
  yellow: {
    fill: token('color.icon.warning'),
    stroke: token('color.icon.warning'),
    path: <polygon points="8,1.5 15,14.5 1,14.5" strokeLinejoin="round" />,
  },
  red: {
    fill: token('color.icon.danger'),
    stroke: token('color.icon.danger'),
    path: <rect x="2" y="2" width="12" height="12" rx="1" />,
  },
  grey: {
    fill: token('color.background.neutral'),
    stroke: token('color.icon.subtle'),
    path: <polygon points="8,1 15,8 8,15 1,8" strokeLinejoin="round" />,
  },
};

/** The light's shape alone, hidden from screen readers: the caller names the light in words. */
export function LightIcon({ light }: { light: Light }) {
  const shape = SHAPES[light];
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      data-light-icon={light}
      width="1em"
      height="1em"
      viewBox="0 0 16 16"
      style={{
        fill: shape.fill,
        stroke: shape.stroke,
        strokeWidth: 1.5,
        flexShrink: 0,
        verticalAlign: '-0.125em',
      }}
    >
      {shape.path}
    </svg>
  );
}

/** A traffic light as a shape in its token colour, with its meaning in words (shown, or for screen readers). */
export function LightIndicator({ light, showText = false }: { light: Light; showText?: boolean }) {
  const { t } = useI18n();
  const label = lightLabel(t, light);
  return (
    <span title={label} style={{ whiteSpace: 'nowrap' }}>
      <LightIcon light={light} />
      {showText ? <span> {label}</span> : <VisuallyHidden>{label}</VisuallyHidden>}
    </span>
  );
}
