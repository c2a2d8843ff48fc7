import TextField from '@atlaskit/textfield';
import type { ReactNode } from 'react';
import { describedBy, Field } from '../../components/Field';

/** A required amount in kroner (whole numbers), labelled, with its error text linked to the input. */
export function AmountField({
  id,
  label,
  value,
  onChange,
  error,
  testId,
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  testId: string;
}) {
  return (
    <Field id={id} label={label} error={error} required>
      <TextField
        id={id}
        inputMode="numeric"
        value={value}
        onChange={(e) => onChange((e.target as HTMLInputElement).value)}
        isInvalid={Boolean(error)}
        aria-describedby={describedBy(id, { error })}
        width={160}
        testId={testId}
      />
    </Field>
  );
}
