import type { ReactNode } from 'react';

export type LozengeAppearance = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

// The colours and metrics of Atlaskit's Lozenge (v17, which maps these legacy appearances to semantic
// tokens and ignores isBold), as design-token CSS variables with Atlaskit's own fallbacks.
const COLOURS: Record<LozengeAppearance, { background: string; color: string; border: string }> = {
  default: {
    background: 'var(--ds-background-neutral, #0515240f)',
    color: 'var(--ds-text, #292a2e)',
    border: 'var(--ds-border, #0b120e24)',
  },
  inprogress: {
    background: 'var(--ds-background-information-subtler, #cfe1fd)',
    color: 'var(--ds-text-information-bolder, #123263)',
    border: 'var(--ds-border-information-subtle, #8fb8f6)',
  },
  moved: {
    background: 'var(--ds-background-warning-subtler, #fce4a6)',
    color: 'var(--ds-text-warning-bolder, #693200)',
    border: 'var(--ds-border-warning-subtle, #fbc828)',
  },
  new: {
    background: 'var(--ds-background-discovery-subtler, #eed7fc)',
    color: 'var(--ds-text-discovery-bolder, #48245d)',
    border: 'var(--ds-border-discovery-subtle, #d8a0f7)',
  },
  removed: {
    background: 'var(--ds-background-danger-subtler, #ffd5d2)',
    color: 'var(--ds-text-danger-bolder, #5d1f1a)',
    border: 'var(--ds-border-danger-subtle, #fd9891)',
  },
  success: {
    background: 'var(--ds-background-success-subtler, #d3f1a7)',
    color: 'var(--ds-text-success-bolder, #37471f)',
    border: 'var(--ds-border-success-subtle, #b3df72)',
  },
};

/**
 * A status lozenge from plain elements: Atlaskit's Lozenge brings Pressable, Badge, Spinner, motion and an
 * icon (about 6 KB gzip on top of what a page has anyway, 25 KB for the badge) for a coloured label.
 * The browser build uses it for every `@atlaskit/lozenge` import (lozenge-shim.tsx).
 */
export function PlainLozenge({
  appearance,
  testId,
  maxWidth = 200,
  children,
}: {
  appearance: LozengeAppearance;
  testId?: string;
  /** As Atlaskit's: longer text ends in an ellipsis. */
  maxWidth?: number | string;
  children: ReactNode;
}) {
  const { background, color, border } = COLOURS[appearance];
  return (
    <span
      data-testid={testId}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        boxSizing: 'border-box',
        height: '1.25rem',
        maxWidth: typeof maxWidth === 'number' ? `${maxWidth}px` : maxWidth,
        padding: 'var(--ds-space-025, 2px) var(--ds-space-050, 4px)',
        border: `var(--ds-border-width, 1px) solid ${border}`,
        borderRadius: 'var(--ds-radius-small, 4px)',
        background,
        color,
        font: 'var(--ds-font-body-small, normal 400 9pt/1pc "Atlassian Sans", ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI", Ubuntu, "Helvetica Neue", sans-serif)',
        overflow: 'hidden',
        whiteSpace: 'nowrap',
        textOverflow: 'ellipsis',
      }}
    >
      {children}
    </span>
  );
}
