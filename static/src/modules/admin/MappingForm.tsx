import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';

/** The admin page's "map X to an organisation" form: its fields, one submit, errors and a status line. */
export function MappingForm({
  label,
  testId,
  onSubmit,
  children,
  submitLabel,
  submitTestId,
  pending,
  disabled,
  errors,
  onReload,
  status,
}: {
  label: string;
  testId?: string;
  onSubmit: () => void;
  children: ReactNode;
  submitLabel: string;
  submitTestId?: string;
  pending: boolean;
  disabled: boolean;
  errors: (Error | null)[];
  onReload?: () => void;
  status: string;
}) {
  return (
    <>
      <form
        noValidate
        aria-label={label}
        data-testid={testId}
        onSubmit={(e) => {
          e.preventDefault();
          if (!disabled) onSubmit();
        }}
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 260px), 1fr))',
          gap: token('space.150'),
          alignItems: 'end',
          maxWidth: 900,
        }}
      >
        {children}
        <div style={{ paddingBlockEnd: token('space.300') }}>
          <Button
            type="submit"
            appearance="primary"
            isLoading={pending}
            isDisabled={disabled}
            testId={submitTestId}
          >
            {submitLabel}
          </Button>
        </div>
      </form>
      {errors.map(
        (error, i) =>
          error && (
            <div role="alert" key={i}>
              <ErrorMessage error={error} onReload={onReload} />
            </div>
          ),
      )}
      <p role="status" style={{ margin: 0, color: token('color.text.success') }}>
        {status}
      </p>
    </>
  );
}
