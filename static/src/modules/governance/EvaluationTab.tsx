import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Stack } from '@atlaskit/primitives';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import { showFlag } from '@forge/bridge';
import { useEffect, useRef, useState } from 'react';
import type { RequirementRow } from '../../../../src/contract';
import type { Light } from '../../../../src/domain/assessment';
import { SingleChoice } from '../../components/Choice';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ConflictCompare, conflictOf } from '../../components/ConflictCompare';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, Field } from '../../components/Field';
import { LightIcon, LightIndicator } from '../../components/LightIndicator';
import { lightLabel, LIGHTS } from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { useFocusFirstInvalid } from '../../lib/use-focus-invalid';
import { useGovernance } from './context';
import { EvaluationSummaryForm } from './EvaluationSummaryForm';
import { applyFilters, RequirementFilters, resetFilters, useRequirementFilters } from './RequirementFilters';
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

function EvaluationRow({ row, editable }: { row: RequirementRow; editable: boolean }) {
  const { t, formatDate } = useI18n();
  const { replaceView, reload } = useGovernance();
  const id = `os2-eval-${row.id}`;
  const version = row.evaluation?.version ?? 0;
  // The version a save is based on: the row's, or the other person's after a conflict was settled.
  const [base, setBase] = useState(version);
  const [light, setLight] = useState<Light>(initialLight(row));
  const [basis, setBasis] = useState(row.evaluation?.basis ?? '');
  const [recommendation, setRecommendation] = useState(row.evaluation?.recommendation ?? '');
  const [saved, setSaved] = useState(false);
  const save = useAction(() =>
    call('saveEvaluation', { requirementId: row.id, light, basis, recommendation, expectedVersion: base }),
  );
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, save.error);
  const conflict = conflictOf(save.error);

  // A newer evaluation from the server (after a save or a reload) replaces the form's content.
  useEffect(() => {
    setBase(version);
    setLight(initialLight(row));
    setBasis(row.evaluation?.basis ?? '');
    setRecommendation(row.evaluation?.recommendation ?? '');
    // Keyed on the version only: the row object is new after every write to any requirement.
  }, [version]);
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const lightText = (v: unknown) =>
    (LIGHTS as readonly unknown[]).includes(v) ? lightLabel(t, v as Light) : '';

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
                {row.evaluation?.stale && (
                  <span title={t('record.rounds.staleHelp')} data-testid="stale-light">
                    <Lozenge appearance="removed">{t('record.rounds.stale')}</Lozenge>
                  </span>
                )}
              </>
            }
            help={row.evaluation?.stale ? t('record.rounds.staleHelp') : lightHelp}
          >
            <SingleChoice<Light>
              id={`${id}-light`}
              options={LIGHTS.map((l) => ({
                value: l,
                label: lightLabel(t, l),
                icon: <LightIcon light={l} />,
              }))}
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
          {conflict ? (
            <ConflictCompare
              conflict={conflict}
              fields={[
                {
                  key: 'light',
                  label: t('governance.evaluation.light'),
                  mine: lightText(light),
                  theirs: lightText(conflict.current.light),
                },
                {
                  key: 'basis',
                  label: t('governance.evaluation.basis'),
                  mine: basis,
                  theirs: str(conflict.current.basis),
                },
                {
                  key: 'recommendation',
                  label: t('governance.evaluation.recommendation'),
                  mine: recommendation,
                  theirs: str(conflict.current.recommendation),
                },
              ]}
              onUseTheirs={() => {
                const theirs = conflict.current;
                if ((LIGHTS as readonly unknown[]).includes(theirs.light)) setLight(theirs.light as Light);
                setBasis(str(theirs.basis));
                setRecommendation(str(theirs.recommendation));
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
          <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', flexWrap: 'wrap' }}>
            <Button
              type="submit"
              appearance="primary"
              isLoading={save.pending}
              isDisabled={!editable}
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

/** The round: start one, see how far it is, complete it (only with every requirement lit). */
function RoundBar() {
  const { t, formatDate } = useI18n();
  const { view, replaceView } = useGovernance();
  const round = view.evaluationRound;
  const isOpen = round?.status === 'open';
  const [confirming, setConfirming] = useState(false);
  const start = useAction(() => call('openEvaluationRound', {}));
  const complete = useAction(() => call('completeEvaluationRound', { expectedVersion: round?.version ?? 0 }));
  const completeButton = useRef<HTMLButtonElement>(null);
  const missing = round ? round.total - round.lit : 0;

  const onStart = async () => {
    const next = await start.run();
    if (!next) return;
    replaceView(next);
    showFlag({
      id: `os2-round-${Date.now()}`,
      type: 'success',
      title: t('record.rounds.opened', { number: next.evaluationRound?.number ?? '' }),
      isAutoDismiss: true,
    });
  };
  const onComplete = async () => {
    const next = await complete.run();
    setConfirming(false);
    if (!next) return;
    replaceView(next);
    showFlag({
      id: `os2-round-done-${Date.now()}`,
      type: 'success',
      title: t('record.rounds.completed'),
      isAutoDismiss: true,
    });
  };

  return (
    <section aria-labelledby="os2-round" data-testid="round-bar" style={cardStyle}>
      <Heading size="small" as="h2" id="os2-round">
        {t('record.rounds.heading')}
      </Heading>
      {!round && <p style={{ margin: 0 }}>{t('record.rounds.noneBody')}</p>}
      {round && isOpen && (
        <p style={{ margin: 0 }}>
          {t('record.rounds.openInfo', {
            number: round.number,
            date: formatDate(round.openedAt),
            name: round.openedBy?.displayName ?? '?',
          })}{' '}
          <strong data-testid="round-progress">
            {t('record.rounds.progress', { lit: round.lit, total: round.total })}
          </strong>
        </p>
      )}
      {round && !isOpen && round.completedAt && (
        <p style={{ margin: 0 }}>
          {t('record.rounds.lastCompleted', { number: round.number, date: formatDate(round.completedAt) })}{' '}
          {t('record.rounds.readOnly')}
        </p>
      )}
      {(start.error ?? complete.error) && (
        <div role="alert">
          <ErrorMessage error={(start.error ?? complete.error)!} />
        </div>
      )}
      <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', flexWrap: 'wrap' }}>
        {!isOpen && (
          <Button appearance="primary" onClick={() => void onStart()} isLoading={start.pending}>
            {t('record.rounds.open')}
          </Button>
        )}
        {isOpen && (
          <>
            <Button
              ref={completeButton}
              appearance="primary"
              onClick={() => setConfirming(true)}
              isDisabled={missing > 0}
              aria-describedby={missing > 0 ? 'os2-round-missing' : undefined}
            >
              {t('record.rounds.complete')}
            </Button>
            {missing > 0 && (
              <span id="os2-round-missing" style={subtleText}>
                {t('record.rounds.completeMissing', { count: missing })}
              </span>
            )}
          </>
        )}
      </div>
      <ConfirmDialog
        isOpen={confirming}
        title={t('record.rounds.completeTitle', { number: round?.number ?? '' })}
        confirmLabel={t('record.rounds.completeConfirm')}
        pending={complete.pending}
        onConfirm={() => void onComplete()}
        onCancel={() => setConfirming(false)}
        initialFocus="cancel"
      >
        <p>{t('record.rounds.completeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

/** The secretariat's evaluation (evalueringsrapport): a light and a basis per requirement, and an overall verdict. */
export function EvaluationTab() {
  const { t, formatNumber } = useI18n();
  const { view } = useGovernance();
  const [filters, setFilters] = useRequirementFilters();
  const rows = applyFilters(view.requirements, filters);
  const inScope = view.requirements.filter((r) => r.inScope);
  const editable = view.evaluationRound?.status === 'open';

  return (
    <Stack space="space.300">
      <RoundBar />
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
            <EmptyState
              headingLevel={3}
              header={t('governance.filters.noMatch')}
              primaryAction={
                <Button onClick={() => resetFilters('os2-eval-filter', setFilters)}>
                  {t('governance.filters.reset')}
                </Button>
              }
            />
          ) : (
            <ul
              style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.150') }}
            >
              {rows.map((row) => (
                <EvaluationRow key={row.id} row={row} editable={editable} />
              ))}
            </ul>
          )}
        </Stack>
      </section>

      <EvaluationSummaryForm editable={editable} />
    </Stack>
  );
}
