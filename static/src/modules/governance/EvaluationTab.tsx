import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Stack } from '@atlaskit/primitives';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import { useEffect, useRef, useState } from 'react';
import type { RequirementRow } from '../../../../src/contract';
import type { Light } from '../../../../src/domain/assessment';
import { SingleChoice } from '../../components/Choice';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, Field } from '../../components/Field';
import { LightIndicator } from '../../components/LightIndicator';
import { lightEmoji, lightLabel, LIGHTS } from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { useFocusFirstInvalid } from '../../lib/use-focus-invalid';
import { useGovernance } from './context';
import { EvaluationSummaryForm } from './EvaluationSummaryForm';
import { applyFilters, NO_FILTERS, RequirementFilters, type Filters } from './RequirementFilters';
import {
  AssessmentText,
  cardStyle,
  Guidance,
  RequirementMeta,
  RequirementTitle,
  subtleText,
} from './RequirementParts';

/** The light a form starts from: the secretariat's earlier one, else the draft the self-assessment suggests. */
const initialLight = (row: RequirementRow): Light => row.evaluation?.light ?? row.light;

function EvaluationRow({ row }: { row: RequirementRow }) {
  const { t, formatDate } = useI18n();
  const { replaceView, reload } = useGovernance();
  const id = `os2-eval-${row.id}`;
  const version = row.evaluation?.version ?? 0;
  const [light, setLight] = useState<Light>(initialLight(row));
  const [basis, setBasis] = useState(row.evaluation?.basis ?? '');
  const [recommendation, setRecommendation] = useState(row.evaluation?.recommendation ?? '');
  const [saved, setSaved] = useState(false);
  const save = useAction(() =>
    call('saveEvaluation', { requirementId: row.id, light, basis, recommendation, expectedVersion: version }),
  );
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, save.error);

  // A newer evaluation from the server (after a save or a reload) replaces the form's content.
  useEffect(() => {
    setLight(initialLight(row));
    setBasis(row.evaluation?.basis ?? '');
    setRecommendation(row.evaluation?.recommendation ?? '');
    // Keyed on the version only: the row object is new after every write to any requirement.
  }, [version]);

  const isDraft = !row.evaluation || row.evaluation.source === 'draft';
  const lightHelp = isDraft ? t('governance.evaluation.draftHelp') : undefined;

  return (
    <li data-testid={`eval-${row.id}`} style={cardStyle}>
      <RequirementTitle row={row} as="h3" />
      <RequirementMeta row={row} />
      <Guidance row={row} />
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))',
          gap: token('space.200'),
        }}
      >
        <section aria-label={t('governance.evaluation.selfAssessment', { id: row.id })}>
          <Stack space="space.050">
            <span style={{ ...subtleText, fontWeight: token('font.weight.semibold') }}>
              {t('governance.evaluation.selfAssessmentHeading')}
            </span>
            <AssessmentText row={row} />
            {!row.explanation && !row.documentation && row.links.length === 0 && (
              <span style={subtleText}>{t('governance.evaluation.noSelfAssessment')}</span>
            )}
          </Stack>
        </section>
        <form
          ref={form}
          noValidate
          aria-label={t('governance.evaluation.formLabel', { id: row.id })}
          onSubmit={async (e) => {
            e.preventDefault();
            setSaved(false);
            const next = await save.run();
            if (next) {
              replaceView(next);
              setSaved(true);
            }
          }}
          style={{ display: 'grid', gap: token('space.100') }}
        >
          <Field
            id={`${id}-light`}
            label={
              <>
                {t('governance.evaluation.light')}{' '}
                {isDraft && <Lozenge appearance="moved">{t('governance.evaluation.draft')}</Lozenge>}
              </>
            }
            help={lightHelp}
          >
            <SingleChoice<Light>
              id={`${id}-light`}
              options={LIGHTS.map((l) => ({ value: l, label: `${lightEmoji(l)} ${lightLabel(t, l)}` }))}
              value={light}
              onChange={(v) => v && setLight(v)}
              describedBy={describedBy(`${id}-light`, { help: lightHelp })}
            />
          </Field>
          <Field id={`${id}-basis`} label={t('governance.evaluation.basis')} required>
            <TextArea
              id={`${id}-basis`}
              value={basis}
              onChange={(e) => setBasis(e.target.value)}
              minimumRows={2}
              maxLength={5000}
              aria-required
            />
          </Field>
          <Field id={`${id}-recommendation`} label={t('governance.evaluation.recommendation')}>
            <TextArea
              id={`${id}-recommendation`}
              value={recommendation}
              onChange={(e) => setRecommendation(e.target.value)}
              minimumRows={1}
              maxLength={5000}
            />
          </Field>
          {save.error && (
            <div role="alert">
              <ErrorMessage error={save.error} onReload={() => void reload()} />
            </div>
          )}
          <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', flexWrap: 'wrap' }}>
            <Button
              type="submit"
              appearance="primary"
              isLoading={save.pending}
              aria-label={t('governance.evaluation.saveFor', { id: row.id })}
            >
              {t('common.save')}
            </Button>
            <span role="status" style={{ color: token('color.text.success') }}>
              {saved && t('governance.evaluation.saved', { id: row.id })}
            </span>
            {row.evaluation && row.evaluation.source === 'set' && (
              <span style={subtleText}>
                {t('governance.evaluation.evaluatedBy', {
                  date: formatDate(row.evaluation.evaluatedAt),
                  name: row.evaluation.evaluatedBy?.displayName ?? '?',
                })}
              </span>
            )}
          </div>
        </form>
      </div>
    </li>
  );
}

/** The secretariat's evaluation (evalueringsrapport): a light and a basis per requirement, and an overall verdict. */
export function EvaluationTab() {
  const { t, formatNumber } = useI18n();
  const { view } = useGovernance();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const rows = applyFilters(view.requirements, filters);
  const inScope = view.requirements.filter((r) => r.inScope);

  return (
    <Stack space="space.300">
      <section aria-labelledby="os2-eval-counts">
        <Heading size="small" as="h2" id="os2-eval-counts">
          {t('governance.evaluation.countsHeading')}
        </Heading>
        <ul
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            display: 'flex',
            gap: token('space.300'),
            flexWrap: 'wrap',
          }}
        >
          {LIGHTS.map((l) => (
            <li key={l}>
              <LightIndicator light={l} showText />:{' '}
              <strong>{formatNumber(inScope.filter((r) => r.light === l).length)}</strong>
            </li>
          ))}
        </ul>
        <p style={{ ...subtleText, margin: 0 }}>{t('governance.evaluation.countsNote')}</p>
      </section>

      <section aria-labelledby="os2-eval-requirements">
        <Stack space="space.200">
          <Heading size="medium" as="h2" id="os2-eval-requirements">
            {t('governance.evaluation.requirementsHeading')}
          </Heading>
          <RequirementFilters
            idPrefix="os2-eval-filter"
            value={filters}
            onChange={setFilters}
            shown={rows.length}
            total={view.requirements.length}
          />
          {rows.length === 0 ? (
            <EmptyState headingLevel={3} header={t('governance.filters.noMatch')} />
          ) : (
            <ul
              style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.150') }}
            >
              {rows.map((row) => (
                <EvaluationRow key={row.id} row={row} />
              ))}
            </ul>
          )}
        </Stack>
      </section>

      <EvaluationSummaryForm />
    </Stack>
  );
}
