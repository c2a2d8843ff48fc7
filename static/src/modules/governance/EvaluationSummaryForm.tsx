import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import { showFlag } from '@forge/bridge';
import { useEffect, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { useFocusFirstInvalid } from '../../lib/use-focus-invalid';
import { useGovernance } from './context';

const FIELDS = ['summary', 'overall', 'recommendationBoard'] as const;
type SummaryField = (typeof FIELDS)[number];

/** The overall part of the evaluation: summary, overall assessment and the recommendation to the board. */
export function EvaluationSummaryForm() {
  const { t } = useI18n();
  const { view, replaceView, reload } = useGovernance();
  const current = view.evaluationSummary;
  const version = current?.version ?? 0;
  const [values, setValues] = useState<Record<SummaryField, string>>({
    summary: current?.summary ?? '',
    overall: current?.overall ?? '',
    recommendationBoard: current?.recommendationBoard ?? '',
  });
  const save = useAction(() => call('saveEvaluationSummary', { ...values, expectedVersion: version }));
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, save.error);

  useEffect(() => {
    setValues({
      summary: current?.summary ?? '',
      overall: current?.overall ?? '',
      recommendationBoard: current?.recommendationBoard ?? '',
    });
    // Only a newer version from the server replaces what is in the form.
  }, [version]);

  return (
    <section aria-labelledby="os2-eval-summary">
      <form
        ref={form}
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          const next = await save.run();
          if (next) {
            replaceView(next);
            showFlag({
              id: `os2-eval-summary-${Date.now()}`,
              type: 'success',
              title: t('governance.evaluation.summarySaved'),
              isAutoDismiss: true,
            });
          }
        }}
        style={{ display: 'grid', gap: token('space.150'), maxWidth: 900 }}
      >
        <Heading size="medium" as="h2" id="os2-eval-summary">
          {t('governance.evaluation.summaryHeading')}
        </Heading>
        {FIELDS.map((field) => (
          <Field key={field} id={`os2-eval-summary-${field}`} label={t(`governance.evaluation.${field}`)}>
            <TextArea
              id={`os2-eval-summary-${field}`}
              value={values[field]}
              onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
              minimumRows={3}
              maxLength={10000}
            />
          </Field>
        ))}
        {save.error && (
          <div role="alert">
            <ErrorMessage error={save.error} onReload={() => void reload()} />
          </div>
        )}
        <div>
          <Button type="submit" appearance="primary" isLoading={save.pending}>
            {t('governance.evaluation.saveSummary')}
          </Button>
        </div>
      </form>
    </section>
  );
}
