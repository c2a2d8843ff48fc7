import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import TextArea from '@atlaskit/textarea';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { showFlag } from '@forge/bridge';
import { useRef, useState, type RefObject } from 'react';
import Checkbox from '@atlaskit/checkbox';
import type { DecisionRow, GovernanceView } from '../../../../src/contract';
import type { DomainError } from '../../../../src/domain/assessment';
import type { Level } from '../../../../src/domain/catalogue/types';
import {
  needsOutstandingAcknowledgement,
  outstandingSkalAt,
  todayInCopenhagen,
  validateDecision,
} from '../../../../src/domain/governance/decision-rules';
import type { Decider, DecisionKind, LevelDecision } from '../../../../src/domain/level';
import { SingleChoice } from '../../components/Choice';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, Field } from '../../components/Field';
import { fieldMessage } from '../../lib/errors';
import {
  deciderLabel,
  DECIDERS,
  DECISION_KINDS,
  decisionKindLabel,
  LEVELS,
  levelIndex,
} from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { useFocusFirstInvalid } from '../../lib/use-focus-invalid';
import { useGovernance, useLevelLabel } from './context';

type Current = GovernanceView['current'];

/** Element ids of the fields a rule names (the level select is `-level`, the decider `-by`). */
const FIELD_IDS: Record<string, string> = {
  resultingLevel: 'level',
  decidedBy: 'by',
  correctionReason: 'reason',
  supersedes: 'reason',
};

/** A convenient starting level for a kind of decision; the decider can change it. */
function suggestedLevel(kind: DecisionKind, current: Current): Level | null {
  const at = current?.level ?? null;
  const index = at === null ? -1 : levelIndex(at);
  switch (kind) {
    case 'admitted':
      return 'sandkasse';
    case 'raised':
      return LEVELS[Math.min(index + 1, LEVELS.length - 1)];
    case 'lowered':
      return LEVELS[Math.max(index - 1, 0)];
    case 'closed':
      return null;
    default:
      return at ?? 'sandkasse';
  }
}

function initialKind(current: Current): DecisionKind {
  if (!current || current.level === null) return 'admitted';
  return current.level === '3' ? 'kept' : 'raised';
}

interface Draft {
  date: string;
  kind: DecisionKind;
  level: Level | null;
  decidedBy: Decider;
  basis: string;
  reference: string;
}

function emptyDraft(current: Current, decidedBy: Decider): Draft {
  const kind = initialKind(current);
  return {
    date: todayInCopenhagen(),
    kind,
    level: suggestedLevel(kind, current),
    decidedBy,
    basis: '',
    reference: '',
  };
}

/** The log as the domain's rules read it (the fields the checks use). */
function logOf(view: GovernanceView): LevelDecision[] {
  return view.decisions.map((d) => ({
    schemaVersion: 1,
    id: d.id,
    projectId: view.project.id,
    date: d.date,
    kind: d.kind,
    resultingLevel: d.resultingLevel,
    basis: d.basis,
    decidedBy: d.decidedBy,
    decidedByAccountId: d.decidedByPerson?.accountId ?? '-',
    recordedAt: d.recordedAt,
    ...(d.supersedes ? { supersedes: d.supersedes, correctionReason: d.correctionReason ?? '' } : {}),
  }));
}

function draftOf(row: DecisionRow): Draft {
  return {
    date: row.date,
    kind: row.kind,
    level: row.resultingLevel,
    decidedBy: row.decidedBy,
    basis: row.basis,
    reference: row.reference ?? '',
  };
}

/**
 * Records a level decision, or a correction of an earlier one, after a confirmation showing
 * exactly what will be recorded: decisions are append-only. Every rule is checked before the
 * confirmation (the domain's own checks, as the server runs them).
 */
export function DecisionForm({
  afterRecord,
  correcting = null,
  onCorrected,
}: {
  afterRecord: RefObject<HTMLElement>;
  /** The entry being corrected (secretariat only), or null for a new decision. */
  correcting?: DecisionRow | null;
  onCorrected?: () => void;
}) {
  const { t, text, formatDate } = useI18n();
  const { view, can, replaceView } = useGovernance();
  const levelLabel = useLevelLabel();
  const defaultDecider: Decider = can.canEvaluate ? 'secretariat' : 'board';
  const [draft, setDraft] = useState<Draft>(() =>
    correcting ? draftOf(correcting) : emptyDraft(view.current, defaultDecider),
  );
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<DomainError[]>([]);
  const [acknowledged, setAcknowledged] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const submitButton = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  // Where the dialog returns focus: the submit button, or the decision log once recorded.
  const returnFocus = useRef<HTMLElement | null>(null);
  const resultingLevel = draft.kind === 'closed' ? null : draft.level;
  // Outstanding skal requirements up to the new level, counted as the server counts them.
  const outstandingSkal =
    resultingLevel === null
      ? 0
      : outstandingSkalAt(
          resultingLevel,
          view.requirements.map((r) => ({ level: r.level, modality: r.modality, state: r.state })),
        );
  const mustAcknowledge = needsOutstandingAcknowledgement(draft.kind, outstandingSkal);
  const record = useAction(() =>
    call('recordDecision', {
      date: draft.date,
      kind: draft.kind,
      resultingLevel,
      decidedBy: draft.decidedBy,
      basis: draft.basis,
      reference: draft.reference.trim(),
      ...(correcting ? { supersedes: correcting.id, correctionReason: reason } : {}),
      ...(mustAcknowledge ? { acknowledgedOutstandingSkal: outstandingSkal } : {}),
    }),
  );
  useFocusFirstInvalid(form, record.error);
  const id = correcting ? 'os2-correction' : 'os2-decision';
  const err = (field: string) => {
    const mine = local.find((e) => e.field === field);
    return mine ? text(mine.message) : fieldMessage(record.error, field, text);
  };

  /** The domain's checks, before anything is confirmed. */
  const check = (): DomainError[] => {
    const reference = draft.reference.trim();
    const candidate: LevelDecision = {
      schemaVersion: 1,
      id: 'new',
      projectId: view.project.id,
      date: draft.date,
      kind: draft.kind,
      resultingLevel,
      basis: draft.basis,
      decidedBy: draft.decidedBy,
      decidedByAccountId: '-',
      recordedAt: new Date().toISOString(),
      ...(reference ? { reference } : {}),
      ...(correcting ? { supersedes: correcting.id, correctionReason: reason } : {}),
    };
    const result = validateDecision(candidate, logOf(view));
    return result.ok ? [] : result.errors;
  };
  const errors = {
    date: err('date'),
    kind: err('kind'),
    resultingLevel: err('resultingLevel'),
    decidedBy: err('decidedBy'),
    basis: err('basis'),
    reference: err('reference'),
    correctionReason: err('correctionReason') ?? err('supersedes'),
  };
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const confirm = async () => {
    const next = await record.run();
    returnFocus.current = next ? afterRecord.current : submitButton.current;
    setConfirming(false);
    if (!next) return;
    replaceView(next);
    setDraft(emptyDraft(next.current, defaultDecider));
    setReason('');
    setAcknowledged(false);
    showFlag({
      id: `os2-decision-${Date.now()}`,
      type: 'success',
      title: t(correcting ? 'record.decisions.corrected' : 'governance.decisions.recorded'),
      isAutoDismiss: true,
    });
    onCorrected?.();
  };

  const levelText =
    draft.kind === 'closed' || draft.level === null
      ? t('governance.decisions.noLevel')
      : levelLabel(draft.level);

  return (
    <section aria-labelledby={`${id}-form`}>
      <form
        ref={form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          record.clearError();
          const problems = check();
          setLocal(problems);
          if (problems.length > 0) {
            // Focus the first field with a problem, as after a refused save.
            const first = problems[0]!.field;
            requestAnimationFrame(() =>
              form.current?.querySelector<HTMLElement>(`[id^="${id}-${FIELD_IDS[first] ?? first}"]`)?.focus(),
            );
            return;
          }
          setAcknowledged(false);
          returnFocus.current = submitButton.current;
          setConfirming(true);
        }}
        style={{
          display: 'grid',
          gap: token('space.150'),
          padding: token('space.200'),
          borderRadius: token('radius.medium'),
          backgroundColor: token('elevation.surface.sunken'),
        }}
      >
        <Heading size="small" as="h2" id={`${id}-form`}>
          {correcting
            ? t('record.decisions.correctHeading', { date: formatDate(correcting.date) })
            : t('governance.decisions.formHeading')}
        </Heading>
        {correcting && (
          <p style={{ margin: 0 }}>
            {t('record.decisions.correctIntro', {
              kind: decisionKindLabel(t, correcting.kind),
              date: formatDate(correcting.date),
            })}
          </p>
        )}
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
            gap: token('space.150'),
            alignItems: 'start',
          }}
        >
          <Field id={`${id}-date`} label={t('governance.decisions.date')} error={errors.date} required>
            <TextField
              id={`${id}-date`}
              type="date"
              value={draft.date}
              onChange={(e) => set('date', (e.target as HTMLInputElement).value)}
              isInvalid={Boolean(errors.date)}
              isRequired
              aria-describedby={describedBy(`${id}-date`, { error: errors.date })}
            />
          </Field>
          <Field id={`${id}-kind`} label={t('governance.decisions.kind')} error={errors.kind} required>
            <SingleChoice<DecisionKind>
              id={`${id}-kind`}
              options={DECISION_KINDS.map((k) => ({ value: k, label: decisionKindLabel(t, k) }))}
              value={draft.kind}
              onChange={(kind) =>
                kind && setDraft((d) => ({ ...d, kind, level: suggestedLevel(kind, view.current) }))
              }
              isInvalid={Boolean(errors.kind)}
              describedBy={describedBy(`${id}-kind`, { error: errors.kind })}
            />
          </Field>
          <Field
            id={`${id}-level`}
            label={t('governance.decisions.level')}
            error={errors.resultingLevel}
            help={draft.kind === 'closed' ? t('governance.decisions.closedHelp') : undefined}
          >
            <SingleChoice<Level>
              id={`${id}-level`}
              options={LEVELS.map((l) => ({ value: l, label: levelLabel(l) }))}
              value={draft.kind === 'closed' ? null : draft.level}
              onChange={(level) => set('level', level)}
              isDisabled={draft.kind === 'closed'}
              placeholder={t('governance.decisions.noLevel')}
              isInvalid={Boolean(errors.resultingLevel)}
              describedBy={describedBy(`${id}-level`, {
                help: draft.kind === 'closed',
                error: errors.resultingLevel,
              })}
            />
          </Field>
          <Field
            id={`${id}-by`}
            label={t('governance.decisions.decidedByLabel')}
            error={errors.decidedBy}
            required
          >
            <SingleChoice<Decider>
              id={`${id}-by`}
              options={DECIDERS.map((d) => ({ value: d, label: deciderLabel(t, d) }))}
              value={draft.decidedBy}
              onChange={(v) => v && set('decidedBy', v)}
              isInvalid={Boolean(errors.decidedBy)}
              describedBy={describedBy(`${id}-by`, { error: errors.decidedBy })}
            />
          </Field>
        </div>
        <Field
          id={`${id}-basis`}
          label={t('governance.decisions.basis')}
          help={t('governance.decisions.basisHelp')}
          error={errors.basis}
          required
        >
          <TextArea
            id={`${id}-basis`}
            value={draft.basis}
            onChange={(e) => set('basis', e.target.value)}
            minimumRows={3}
            maxLength={5000}
            isInvalid={Boolean(errors.basis)}
            aria-invalid={Boolean(errors.basis)}
            aria-required
            aria-describedby={describedBy(`${id}-basis`, { help: true, error: errors.basis })}
          />
        </Field>
        <Field
          id={`${id}-reference`}
          label={t('governance.decisions.reference')}
          help={t('governance.decisions.referenceHelp')}
          error={errors.reference}
        >
          <TextField
            id={`${id}-reference`}
            type="url"
            value={draft.reference}
            onChange={(e) => set('reference', (e.target as HTMLInputElement).value)}
            isInvalid={Boolean(errors.reference)}
            aria-describedby={describedBy(`${id}-reference`, { help: true, error: errors.reference })}
          />
        </Field>
        {correcting && (
          <Field
            id={`${id}-reason`}
            label={t('record.decisions.reason')}
            help={t('record.decisions.reasonHelp')}
            error={errors.correctionReason}
            required
          >
            <TextArea
              id={`${id}-reason`}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              minimumRows={2}
              maxLength={5000}
              isInvalid={Boolean(errors.correctionReason)}
              aria-invalid={Boolean(errors.correctionReason)}
              aria-required
              aria-describedby={describedBy(`${id}-reason`, { help: true, error: errors.correctionReason })}
            />
          </Field>
        )}
        {mustAcknowledge && (
          <p style={{ margin: 0 }} data-testid="outstanding-skal-note">
            {t('record.decisions.outstandingNote', { count: outstandingSkal, level: levelText })}
          </p>
        )}
        {(record.error || local.length > 0) && (
          <div role="alert">
            {record.error ? (
              <ErrorMessage error={record.error} />
            ) : (
              <span>{t('record.decisions.fixFirst', { count: local.length })}</span>
            )}
          </div>
        )}
        <div style={{ display: 'flex', gap: token('space.100') }}>
          <Button ref={submitButton} type="submit" appearance="primary">
            {correcting ? t('record.decisions.correctSubmit') : t('governance.decisions.submit')}
          </Button>
          {correcting && (
            <Button appearance="subtle" onClick={() => onCorrected?.()}>
              {t('common.cancel')}
            </Button>
          )}
        </div>
      </form>
      <ConfirmDialog
        isOpen={confirming}
        title={t(
          correcting ? 'record.decisions.confirmCorrectionTitle' : 'governance.decisions.confirmTitle',
        )}
        confirmLabel={t(correcting ? 'record.decisions.confirmCorrection' : 'governance.decisions.confirm')}
        pending={record.pending}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
        returnFocusRef={returnFocus as RefObject<HTMLElement>}
        initialFocus="cancel"
        confirmDisabled={mustAcknowledge && !acknowledged}
      >
        <p>{t('record.decisions.confirmIntro')}</p>
        <dl
          style={{
            display: 'grid',
            gridTemplateColumns: 'max-content 1fr',
            gap: token('space.050'),
            margin: 0,
          }}
        >
          {correcting && (
            <>
              <dt>{t('record.decisions.supersedes')}</dt>
              <dd style={{ margin: 0 }}>
                {`${decisionKindLabel(t, correcting.kind)}, ${formatDate(correcting.date)}`}
              </dd>
              <dt>{t('record.decisions.reason')}</dt>
              <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{reason.trim()}</dd>
            </>
          )}
          <dt>{t('governance.decisions.date')}</dt>
          <dd style={{ margin: 0 }}>{formatDate(draft.date)}</dd>
          <dt>{t('governance.decisions.kind')}</dt>
          <dd style={{ margin: 0 }}>{decisionKindLabel(t, draft.kind)}</dd>
          <dt>{t('governance.decisions.level')}</dt>
          <dd style={{ margin: 0 }}>{levelText}</dd>
          <dt>{t('governance.decisions.decidedByLabel')}</dt>
          <dd style={{ margin: 0 }}>{deciderLabel(t, draft.decidedBy)}</dd>
          <dt>{t('governance.decisions.basis')}</dt>
          <dd style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{draft.basis}</dd>
          {draft.reference.trim() && (
            <>
              <dt>{t('governance.decisions.reference')}</dt>
              <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>{draft.reference.trim()}</dd>
            </>
          )}
        </dl>
        {mustAcknowledge && (
          <div style={{ marginBlockStart: token('space.150') }}>
            <Checkbox
              isChecked={acknowledged}
              onChange={(e) => setAcknowledged(e.target.checked)}
              label={t('record.decisions.acknowledge', { count: outstandingSkal, level: levelText })}
              testId="acknowledge-outstanding"
            />
          </div>
        )}
        <p>
          {t(
            correcting ? 'record.decisions.confirmCorrectionWarning' : 'governance.decisions.confirmWarning',
          )}
        </p>
      </ConfirmDialog>
    </section>
  );
}
