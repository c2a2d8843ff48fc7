import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import { showFlag } from '@forge/bridge';
import { useEffect, useRef, useState } from 'react';
import { MAX_LONG_TEXT_LENGTH } from '../../../../src/domain/governance/vocabulary';
import { ConflictCompare, conflictOf } from '../../components/ConflictCompare';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { useFocusFirstInvalid } from '../../lib/use-focus-invalid';
import { useGovernance } from './context';

const FIELDS = ['summary', 'overall', 'recommendationProduct', 'recommendationBoard'] as const;
type SummaryField = (typeof FIELDS)[number];
const LABELS: Record<SummaryField, string> = {
  summary: 'governance.evaluation.summary',
  overall: 'governance.evaluation.overall',
  recommendationProduct: 'record.rounds.recommendationProduct',
  recommendationBoard: 'record.rounds.recommendationBoard',
};

const valuesOf = (source: Partial<Record<SummaryField, unknown>> | null | undefined) =>
  Object.fromEntries(
    FIELDS.map((f) => [f, typeof source?.[f] === 'string' ? (source[f] as string) : '']),
  ) as Record<SummaryField, string>;

/**
 * The overall part of the evaluation: summary, overall assessment and the recommendations "Til
 * produktet" and "Til bestyrelsen". Saved into the open round only.
 */
export function EvaluationSummaryForm({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const { view, replaceView, reload } = useGovernance();
  const current = view.evaluationSummary;
  const version = current?.version ?? 0;
  const [base, setBase] = useState(version);
  const [values, setValues] = useState<Record<SummaryField, string>>(valuesOf(current));
  const save = useAction(() => call('saveEvaluationSummary', { ...values, expectedVersion: base }));
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, save.error);
  const conflict = conflictOf(save.error);

  useEffect(() => {
    setBase(version);
    setValues(valuesOf(current));
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
          <Field key={field} id={`os2-eval-summary-${field}`} label={t(LABELS[field])}>
            <TextArea
              id={`os2-eval-summary-${field}`}
              value={values[field]}
              onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
              minimumRows={3}
              maxLength={MAX_LONG_TEXT_LENGTH}
            />
          </Field>
        ))}
        {conflict ? (
          <ConflictCompare
            conflict={conflict}
            fields={FIELDS.map((f) => ({
              key: f,
              label: t(LABELS[f]),
              mine: values[f],
              theirs: valuesOf(conflict.current as Partial<Record<SummaryField, unknown>>)[f],
            }))}
            onUseTheirs={() => {
              setValues(valuesOf(conflict.current as Partial<Record<SummaryField, unknown>>));
              setBase(conflict.version);
              save.clearError();
            }}
            onKeepMine={() => {
              setBase(conflict.version);
              save.clearError();
            }}
          />
        ) : (
          save.error && (
            <div role="alert">
              <ErrorMessage error={save.error} onReload={() => void reload()} />
            </div>
          )
        )}
        <div>
          <Button type="submit" appearance="primary" isLoading={save.pending} isDisabled={!editable}>
            {t('governance.evaluation.saveSummary')}
          </Button>
        </div>
      </form>
    </section>
  );
}
