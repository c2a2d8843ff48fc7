import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';

/**
 * A labelled form control: the label points at `id`, the help and error texts are linked to it by
 * `${id}-help` and `${id}-error` (pass `describedBy(id, …)` to the control).
 */
export function Field({
  id,
  label,
  help,
  error,
  required,
  children,
}: {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: token('space.050'), minWidth: 0 }}>
      <label
        htmlFor={id}
        style={{
          font: token('font.body.small'),
          fontWeight: token('font.weight.semibold'),
          color: token('color.text.subtle'),
        }}
      >
        {label}
        {required && (
          <span aria-hidden="true" style={{ color: token('color.text.danger') }}>
            {' '}
            *
          </span>
        )}
      </label>
      {children}
      {help && (
        <span
          id={`${id}-help`}
          style={{ font: token('font.body.small'), color: token('color.text.subtlest') }}
        >
          {help}
        </span>
      )}
      {error && (
        <span
          id={`${id}-error`}
          style={{ font: token('font.body.small'), color: token('color.text.danger') }}
        >
          {error}
        </span>
      )}
    </div>
  );
}

/** The aria-describedby value for a Field's control. */
export function describedBy(id: string, parts: { help?: unknown; error?: unknown }): string | undefined {
  const ids = [parts.help ? `${id}-help` : null, parts.error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
