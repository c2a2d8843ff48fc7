import Button from '@atlaskit/button/new';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import { useEffect, useRef, useState } from 'react';
import type { RequirementRow } from '../../../../src/contract';
import type { SelfStatus } from '../../../../src/domain/assessment';
import { SingleChoice } from '../../components/Choice';
import { ConflictCompare, conflictOf } from '../../components/ConflictCompare';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, Field } from '../../components/Field';
import { errorDetails, fieldMessage } from '../../lib/errors';
import {
  choiceLabel,
  explanationExpected,
  KNOWN_STATUSES,
  statusChoice,
  statusLabel,
  type StatusChoice,
} from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { useFocusFirstInvalid } from '../../lib/use-focus-invalid';
import { useGovernance } from './context';

const FIELDS = ['status', 'explanation', 'documentation', 'links'] as const;

function toStatus(choice: StatusChoice, original: SelfStatus): SelfStatus {
  if (choice === 'unanswered') return { kind: 'unanswered' };
  if (choice === 'other') return original.kind === 'other' ? original : { kind: 'unanswered' };
  return { kind: 'known', value: choice };
}

/**
 * Edits the product's own answer to one requirement. Følg eller forklar is hinted here and
 * enforced by the server, whose message is shown next to the field it concerns.
 */
export function AssessmentEditor({
  row,
  onSaved,
  onCancel,
}: {
  row: RequirementRow;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t, text } = useI18n();
  const { replaceView, reload } = useGovernance();
  const id = `os2-assess-${row.id}`;
  const [choice, setChoice] = useState<StatusChoice>(statusChoice(row.status));
  const [explanation, setExplanation] = useState(row.explanation);
  const [documentation, setDocumentation] = useState(row.documentation);
  const [links, setLinks] = useState(row.links.join('\n'));
  // The version a save is based on, and the status an `other` choice keeps (the other person's after a conflict).
  const [base, setBase] = useState({ version: row.assessmentVersion, status: row.status });
  const save = useAction(() =>
    call('saveAssessment', {
      requirementId: row.id,
      status: toStatus(choice, base.status),
      explanation,
      documentation,
      links: links
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      expectedVersion: base.version,
    }),
  );
  const conflict = conflictOf(save.error);
  const theirStatus = (conflict?.current.status ?? { kind: 'unanswered' }) as SelfStatus;
  const theirLinks = Array.isArray(conflict?.current.links) ? (conflict.current.links as string[]) : [];
  const str = (v: unknown) => (typeof v === 'string' ? v : '');

  useEffect(() => {
    document.getElementById(`${id}-status`)?.focus();
  }, [id]);

  const errors = Object.fromEntries(FIELDS.map((f) => [f, fieldMessage(save.error, f, text)])) as Record<
    (typeof FIELDS)[number],
    string | undefined
  >;
  const fieldErrorShown = FIELDS.some((f) => errors[f]);
  const isPlaced = (field: string) => FIELDS.some((f) => field === f || field.startsWith(`${f}.`));
  // The general message too, unless every problem is already shown next to its field.
  const unplacedError =
    save.error && (!fieldErrorShown || errorDetails(save.error).some((d) => !isPlaced(d.field)));

  const onSave = async () => {
    const next = await save.run();
    if (next) {
      replaceView(next);
      onSaved();
    }
  };

  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, save.error);

  const statusOptions = [
    ...KNOWN_STATUSES.map((s) => ({ value: s as StatusChoice, label: choiceLabel(t, s) })),
    { value: 'unanswered' as const, label: choiceLabel(t, 'unanswered') },
    ...(row.status.kind === 'other'
      ? [{ value: 'other' as const, label: choiceLabel(t, 'other', row.status.text) }]
      : []),
  ];
  const explainHelp = explanationExpected(choice)
    ? t('governance.checklist.explainRequired')
    : t('governance.checklist.explainHint');

  return (
    <form
      ref={form}
      noValidate
      aria-label={t('governance.checklist.editorLabel', { id: row.id })}
      onSubmit={(e) => {
        e.preventDefault();
        void onSave();
      }}
      style={{
        display: 'grid',
        gap: token('space.150'),
        padding: token('space.150'),
        borderRadius: token('radius.small'),
        backgroundColor: token('elevation.surface.sunken'),
      }}
    >
      <div style={{ maxWidth: 320 }}>
        <Field id={`${id}-status`} label={t('governance.checklist.status')} error={errors.status}>
          <SingleChoice<StatusChoice>
            id={`${id}-status`}
            options={statusOptions}
            value={choice}
            onChange={(v) => setChoice(v ?? 'unanswered')}
            isInvalid={Boolean(errors.status)}
            describedBy={describedBy(`${id}-status`, { error: errors.status })}
          />
        </Field>
      </div>
      <Field
        id={`${id}-explanation`}
        label={t('governance.checklist.explanation')}
        help={explainHelp}
        error={errors.explanation}
      >
        <TextArea
          id={`${id}-explanation`}
          value={explanation}
          onChange={(e) => setExplanation(e.target.value)}
          minimumRows={2}
          maxLength={5000}
          isInvalid={Boolean(errors.explanation)}
          aria-invalid={Boolean(errors.explanation)}
          aria-describedby={describedBy(`${id}-explanation`, {
            help: explainHelp,
            error: errors.explanation,
          })}
        />
      </Field>
      <Field
        id={`${id}-documentation`}
        label={t('governance.checklist.documentation')}
        help={t('governance.checklist.documentationHelp')}
        error={errors.documentation}
      >
        <TextArea
          id={`${id}-documentation`}
          value={documentation}
          onChange={(e) => setDocumentation(e.target.value)}
          minimumRows={2}
          maxLength={5000}
          isInvalid={Boolean(errors.documentation)}
          aria-invalid={Boolean(errors.documentation)}
          aria-describedby={describedBy(`${id}-documentation`, { help: true, error: errors.documentation })}
        />
      </Field>
      <Field
        id={`${id}-links`}
        label={t('governance.checklist.links')}
        help={t('governance.checklist.linksHelp')}
        error={errors.links}
      >
        <TextArea
          id={`${id}-links`}
          value={links}
          onChange={(e) => setLinks(e.target.value)}
          minimumRows={2}
          isInvalid={Boolean(errors.links)}
          aria-invalid={Boolean(errors.links)}
          aria-describedby={describedBy(`${id}-links`, { help: true, error: errors.links })}
        />
      </Field>
      {conflict && (
        <ConflictCompare
          conflict={conflict}
          fields={[
            {
              key: 'status',
              label: t('governance.checklist.status'),
              mine: choiceLabel(t, choice, base.status.kind === 'other' ? base.status.text : ''),
              theirs: statusLabel(t, theirStatus),
            },
            {
              key: 'explanation',
              label: t('governance.checklist.explanation'),
              mine: explanation,
              theirs: str(conflict.current.explanation),
            },
            {
              key: 'documentation',
              label: t('governance.checklist.documentation'),
              mine: documentation,
              theirs: str(conflict.current.documentation),
            },
            {
              key: 'links',
              label: t('governance.checklist.links'),
              mine: links,
              theirs: theirLinks.join('\n'),
            },
          ]}
          onUseTheirs={() => {
            setChoice(statusChoice(theirStatus));
            setExplanation(str(conflict.current.explanation));
            setDocumentation(str(conflict.current.documentation));
            setLinks(theirLinks.join('\n'));
            setBase({ version: conflict.version, status: theirStatus });
            save.clearError();
          }}
          onKeepMine={() => {
            setBase((b) => ({ ...b, version: conflict.version }));
            save.clearError();
          }}
        />
      )}
      {unplacedError && save.error && !conflict && (
        <div role="alert">
          <ErrorMessage
            error={save.error}
            onReload={() => {
              onCancel();
              void reload();
            }}
          />
        </div>
      )}
      {fieldErrorShown && !unplacedError && (
        <p role="alert" style={{ margin: 0, color: token('color.text.danger') }}>
          {t('governance.checklist.fixFields')}
        </p>
      )}
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button
          type="submit"
          appearance="primary"
          isLoading={save.pending}
          aria-label={t('governance.checklist.saveFor', { id: row.id })}
        >
          {t('common.save')}
        </Button>
        <Button appearance="subtle" onClick={onCancel} isDisabled={save.pending}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
