import type { ReactNode } from 'react';
import { PlainLozenge, type LozengeAppearance } from '../components/PlainLozenge';

/**
 * Stands in for `@atlaskit/lozenge` in the browser build (aliased in static/vite.config.mts), with the
 * props the app uses. Atlaskit's v17 maps the legacy appearances to semantic colours and ignores isBold;
 * so does this. Tests render the real one.
 */
const SEMANTIC: Record<string, LozengeAppearance> = {
  neutral: 'default',
  information: 'inprogress',
  warning: 'moved',
  danger: 'removed',
  discovery: 'new',
};

export default function Lozenge({
  appearance = 'default',
  maxWidth,
  testId,
  children,
}: {
  appearance?: LozengeAppearance | keyof typeof SEMANTIC;
  isBold?: boolean;
  maxWidth?: number | string;
  testId?: string;
  children?: ReactNode;
}) {
  return (
    <PlainLozenge
      appearance={SEMANTIC[appearance] ?? (appearance as LozengeAppearance)}
      maxWidth={maxWidth}
      testId={testId}
    >
      {children}
    </PlainLozenge>
  );
}
