import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import TextArea from '@atlaskit/textarea';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { showFlag } from '@forge/bridge';
import { useRef, useState, type RefObject } from 'react';
import type { GovernanceView } from '../../../../src/contract';
import type { Level } from '../../../../src/domain/catalogue/types';
import type { Decider, DecisionKind } from '../../../../src/domain/level';
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
  todayIso,
} from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { useFocusFirstInvalid } from '../../lib/use-focus-invalid';
import { useGovernance, useLevelLabel } from './context';

type Current = GovernanceView['current'];

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
    date: todayIso(),
    kind,
    level: suggestedLevel(kind, current),
    decidedBy,
    basis: '',
    reference: '',
  };
}

/** Records a level decision, after a confirmation: decisions are append-only. */
export function DecisionForm({ afterRecord }: { afterRecord: RefObject<HTMLElement> }) {
  const { t, text, formatDate } = useI18n();
  const { view, can, replaceView } = useGovernance();
  const levelLabel = useLevelLabel();
  const defaultDecider: Decider = can.canEvaluate ? 'secretariat' : 'board';
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(view.current, defaultDecider));
  const [confirming, setConfirming] = useState(false);
  const submitButton = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  // Where the dialog returns focus: the submit button, or the decision log once recorded.
  const returnFocus = useRef<HTMLElement | null>(null);
  const record = useAction(() =>
    call('recordDecision', {
      date: draft.date,
      kind: draft.kind,
      resultingLevel: draft.kind === 'closed' ? null : draft.level,
      decidedBy: draft.decidedBy,
      basis: draft.basis,
      reference: draft.reference.trim(),
    }),
  );
  useFocusFirstInvalid(form, record.error);
  const id = 'os2-decision';
  const err = (field: string) => fieldMessage(record.error, field, text);
  const errors = {
    date: err('date'),
    kind: err('kind'),
    resultingLevel: err('resultingLevel'),
    decidedBy: err('decidedBy'),
    basis: err('basis'),
    reference: err('reference'),
  };
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const confirm = async () => {
    const next = await record.run();
    returnFocus.current = next ? afterRecord.current : submitButton.current;
    setConfirming(false);
    if (!next) return;
    replaceView(next);
    setDraft(emptyDraft(next.current, defaultDecider));
    showFlag({
      id: `os2-decision-${Date.now()}`,
      type: 'success',
      title: t('governance.decisions.recorded'),
      isAutoDismiss: true,
    });
  };

  const levelText =
    draft.kind === 'closed' || draft.level === null
      ? t('governance.decisions.noLevel')
      : levelLabel(draft.level);

  return (
    <section aria-labelledby="os2-decision-form">
      <form
        ref={form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          record.clearError();
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
        <Heading size="small" as="h2" id="os2-decision-form">
          {t('governance.decisions.formHeading')}
        </Heading>
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
        {record.error && (
          <div role="alert">
            <ErrorMessage error={record.error} />
          </div>
        )}
        <div>
          <Button ref={submitButton} type="submit" appearance="primary">
            {t('governance.decisions.submit')}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        isOpen={confirming}
        title={t('governance.decisions.confirmTitle')}
        confirmLabel={t('governance.decisions.confirm')}
        pending={record.pending}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
        returnFocusRef={returnFocus as RefObject<HTMLElement>}
      >
        <p>
          {t('governance.decisions.confirmSummary', {
            kind: decisionKindLabel(t, draft.kind),
            level: levelText,
            date: formatDate(draft.date),
            by: deciderLabel(t, draft.decidedBy),
          })}
        </p>
        <p>{t('governance.decisions.confirmWarning')}</p>
      </ConfirmDialog>
    </section>
  );
}
