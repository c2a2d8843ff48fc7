import TextArea from '@atlaskit/textarea';
import type { ReactNode } from 'react';
import { describedBy, Field } from '../../components/Field';

/** A written reason of a status change (at most 1,000 characters, like the record's). */
export function ReasonField({
  id,
  label,
  help,
  error,
  required = false,
  value,
  onChange,
  testId,
}: {
  id: string;
  label: string;
  help: ReactNode;
  error: string | null | undefined;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
  testId: string;
}) {
  return (
    <Field id={id} label={label} help={help} error={error} required={required}>
      <TextArea
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        minimumRows={2}
        maxLength={1000}
        isInvalid={Boolean(error)}
        aria-required={required}
        aria-describedby={describedBy(id, { help: true, error })}
        testId={testId}
      />
    </Field>
  );
}
