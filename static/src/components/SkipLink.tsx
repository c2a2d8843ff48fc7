import { token } from '@atlaskit/tokens';
import { useState, type CSSProperties, type ReactNode } from 'react';

/** Off-screen but read out and focusable, like VisuallyHidden, until the link has focus. */
const HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};

/**
 * A link that moves keyboard focus past a long run of links (WCAG 2.4.1), shown only while focused.
 * The target needs `tabIndex={-1}`.
 * It focuses its target itself instead of following `#id`: the module's route must not change.
 */
export function SkipLink({ targetId, children }: { targetId: string; children: ReactNode }) {
  const [focused, setFocused] = useState(false);
  return (
    <a
      href={`#${targetId}`}
      data-testid="skip-link"
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      onClick={(e) => {
        e.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
      style={focused ? { alignSelf: 'start', padding: token('space.050') } : HIDDEN}
    >
      {children}
    </a>
  );
}
