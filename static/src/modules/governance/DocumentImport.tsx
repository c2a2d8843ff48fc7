import Button from '@atlaskit/button/new';
import { Stack } from '@atlaskit/primitives';
import TextArea from '@atlaskit/textarea';
import { token } from '@atlaskit/tokens';
import { showFlag } from '@forge/bridge';
import { useEffect, useRef, useState, type ChangeEvent, type RefObject } from 'react';
import type { ImportKind, ImportPreviewView } from '../../../../src/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, Field } from '../../components/Field';
import { useI18n } from '../../lib/i18n';
import { call, RpcFailure } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { useGovernance } from './context';
import {
  ACCEPTED_EXTENSIONS,
  fileProblem,
  IMPORT_KIND_KEYS,
  kilobytes,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_CHARS,
  type FileProblem,
} from './documents';
import { ImportPreview } from './ImportPreview';
import { subtleText } from './RequirementParts';

type Source = 'file' | 'paste';

/** The document as the server will receive it. */
interface Loaded {
  fileName: string;
  content: string;
}

const fieldset = {
  border: 0,
  margin: 0,
  padding: 0,
  minWidth: 0,
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.075'),
} as const;

const legend = {
  padding: 0,
  marginBlockEnd: token('space.050'),
  font: token('font.body.small'),
  fontWeight: token('font.weight.semibold'),
  color: token('color.text.subtle'),
} as const;

function Radio({
  name,
  value,
  checked,
  onChange,
  label,
  help,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  label: string;
  help?: string;
}) {
  const id = `${name}-${value}`;
  return (
    <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'flex-start' }}>
      <input
        type="radio"
        id={id}
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        aria-describedby={help ? `${id}-help` : undefined}
        style={{ marginBlockStart: 3 }}
      />
      <span style={{ display: 'flex', flexDirection: 'column' }}>
        <label htmlFor={id}>{label}</label>
        {help && (
          <span id={`${id}-help`} style={subtleText}>
            {help}
          </span>
        )}
      </span>
    </div>
  );
}

/**
 * Reads a self-assessment or an evaluation report (a file or pasted text), shows the server's
 * preview of every change, and writes only when the user applies it, against the previewed state.
 */
export function DocumentImport({ headingRef }: { headingRef: RefObject<HTMLHeadingElement> }) {
  const { t, formatNumber } = useI18n();
  const { can, replaceView, reload } = useGovernance();
  const kinds: ImportKind[] = [
    ...(can.canEditAssessment ? (['self-assessment'] as const) : []),
    ...(can.canEvaluate ? (['evaluation-report'] as const) : []),
  ];
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? 'self-assessment');
  const [source, setSource] = useState<Source>('file');
  const [file, setFile] = useState<{ name: string; size: number; content: string } | null>(null);
  const [pasted, setPasted] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ view: ImportPreviewView; input: Loaded; kind: ImportKind } | null>(
    null,
  );
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewButton = useRef<HTMLButtonElement>(null);
  const applyErrorBox = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  // The module's frame grows with its content and the dialog is fixed to the frame's top, so after a
  // long preview it would open out of sight: bring the frame's top into view while it is open (the
  // dialog itself is position: fixed and does not scroll the host page), and the button after.
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (!confirming && !wasConfirming.current) return;
    wasConfirming.current = confirming;
    const target = confirming ? document.getElementById('root') : returnFocus.current;
    const timer = setTimeout(() => target?.scrollIntoView({ block: confirming ? 'start' : 'center' }), 60);
    return () => clearTimeout(timer);
  }, [confirming]);

  // A new preview appears below the form: move focus (and the view) to it.
  useEffect(() => {
    if (preview) document.getElementById('os2-import-preview-heading')?.focus();
  }, [preview]);

  const previewing = useAction((input: Loaded, k: ImportKind) =>
    call('previewImport', { kind: k, fileName: input.fileName, content: input.content }),
  );
  const applying = useAction((input: Loaded, k: ImportKind, basedOn: string) =>
    call('applyImport', { kind: k, fileName: input.fileName, content: input.content, basedOn }).catch(
      (error: unknown) => {
        // Something changed since the preview (or during the import): show the page as it is now.
        if (error instanceof RpcFailure && error.error.code === 'conflict') void reload();
        throw error;
      },
    ),
  );

  /** "1 ændring" / "3 ændringer": the counted noun in the user's language. */
  const counted = (noun: 'changes' | 'requirements', n: number) =>
    t(`governance.documents.count.${noun}${n === 1 ? 'One' : 'Other'}`, { n: formatNumber(n) });

  const problemText = (problem: FileProblem): string => {
    switch (problem.kind) {
      case 'wrong-type':
        return t('governance.documents.import.wrongType', {
          name: problem.name,
          types: ACCEPTED_EXTENSIONS.join(', '),
        });
      case 'too-large':
        return t('governance.documents.import.tooLarge', {
          name: problem.name,
          size: formatNumber(kilobytes(problem.size)),
          max: formatNumber(kilobytes(MAX_IMPORT_BYTES)),
        });
      case 'empty':
        return t('governance.documents.import.emptyFile', { name: problem.name });
    }
  };

  /** Anything the user changes makes an earlier preview stale. */
  const reset = () => {
    setPreview(null);
    setLocalError(null);
    previewing.clearError();
    applying.clearError();
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    reset();
    setFile(null);
    const chosen = e.target.files?.[0];
    if (!chosen) return;
    const problem = fileProblem(chosen);
    if (problem) {
      setLocalError(problemText(problem));
      e.target.value = '';
      return;
    }
    try {
      const content = await chosen.text();
      if (content.trim() === '') {
        setLocalError(problemText({ kind: 'empty', name: chosen.name }));
        e.target.value = '';
        return;
      }
      setFile({ name: chosen.name, size: chosen.size, content });
    } catch {
      setLocalError(t('governance.documents.import.unreadableFile', { name: chosen.name }));
      e.target.value = '';
    }
  };

  /** The document to send, or a message saying why there is none. */
  const current = (): Loaded | string => {
    if (source === 'file') {
      if (!file) return t('governance.documents.import.noFile');
      if (file.content.length > MAX_IMPORT_CHARS) {
        return problemText({ kind: 'too-large', name: file.name, size: file.content.length });
      }
      return { fileName: file.name, content: file.content };
    }
    if (pasted.trim() === '') return t('governance.documents.import.noText');
    if (pasted.length > MAX_IMPORT_CHARS) {
      return t('governance.documents.import.textTooLarge', {
        max: formatNumber(kilobytes(MAX_IMPORT_CHARS)),
      });
    }
    return { fileName: '', content: pasted };
  };

  const runPreview = async () => {
    reset();
    const input = current();
    if (typeof input === 'string') {
      setLocalError(input);
      (source === 'file' ? fileInput.current : document.getElementById('os2-import-text'))?.focus();
      return;
    }
    const view = await previewing.run(input, kind);
    if (view) setPreview({ view, input, kind });
  };

  const apply = async () => {
    if (!preview) return;
    const next = await applying.run(preview.input, preview.kind, preview.view.basedOn);
    setConfirming(false);
    if (!next) {
      returnFocus.current = applyErrorBox.current;
      return;
    }
    returnFocus.current = headingRef.current;
    const changes = preview.view.changes.length;
    const name = preview.input.fileName || t('governance.documents.import.pastedName');
    replaceView(next);
    setPreview(null);
    setFile(null);
    setPasted('');
    if (fileInput.current) fileInput.current.value = '';
    showFlag({
      id: `os2-import-${Date.now()}`,
      type: 'success',
      title: t('governance.documents.applied'),
      description: t('governance.documents.appliedBody', {
        changes: counted('changes', changes),
        source: name,
      }),
      isAutoDismiss: true,
    });
  };

  const applyConflict = applying.error instanceof RpcFailure && applying.error.error.code === 'conflict';
  const error = localError;
  const fileId = 'os2-import-file';
  const textId = 'os2-import-text';
  const sourceName = preview ? preview.input.fileName || t('governance.documents.import.pastedName') : '';
  const requirementsTouched = preview ? new Set(preview.view.changes.map((c) => c.requirementId)).size : 0;

  const fileHelp = t('governance.documents.import.fileHelp', {
    max: formatNumber(kilobytes(MAX_IMPORT_BYTES)),
  });
  const textHelp = t('governance.documents.import.textHelp');
  // Both stay mounted (one hidden), so switching back keeps the chosen file and the pasted text.
  const sourceControls = (
    <>
      <div hidden={source !== 'file'}>
        <Field id={fileId} label={t('governance.documents.import.file')} help={fileHelp}>
          <input
            ref={fileInput}
            id={fileId}
            data-testid="import-file"
            type="file"
            accept={ACCEPTED_EXTENSIONS.join(',')}
            onChange={(e) => void onFile(e)}
            aria-describedby={describedBy(fileId, { help: fileHelp })}
            aria-invalid={Boolean(error)}
            style={{ font: token('font.body') }}
          />
          {file && (
            <span data-testid="import-file-chosen" style={subtleText}>
              {t('governance.documents.import.fileChosen', {
                name: file.name,
                size: formatNumber(kilobytes(file.size)),
              })}
            </span>
          )}
        </Field>
      </div>
      <div hidden={source !== 'paste'}>
        <Field id={textId} label={t('governance.documents.import.text')} help={textHelp}>
          <TextArea
            id={textId}
            testId="import-text"
            value={pasted}
            onChange={(e) => {
              reset();
              setPasted(e.target.value);
            }}
            minimumRows={8}
            maxHeight="40vh"
            isMonospaced
            aria-describedby={describedBy(textId, { help: textHelp })}
            aria-invalid={Boolean(error)}
          />
        </Field>
      </div>
    </>
  );

  return (
    <Stack space="space.200">
      <div
        style={{
          display: 'grid',
          gap: token('space.200'),
          padding: token('space.200'),
          borderRadius: token('radius.medium'),
          backgroundColor: token('elevation.surface.sunken'),
          maxWidth: 900,
        }}
      >
        {kinds.length > 1 && (
          <fieldset style={fieldset}>
            <legend style={legend}>{t('governance.documents.import.kindLegend')}</legend>
            {kinds.map((k) => (
              <Radio
                key={k}
                name="os2-import-kind"
                value={k}
                checked={kind === k}
                onChange={() => {
                  reset();
                  setKind(k);
                }}
                label={t(`governance.documents.import.${IMPORT_KIND_KEYS[k]}`)}
                help={t(`governance.documents.import.${IMPORT_KIND_KEYS[k]}Help`)}
              />
            ))}
          </fieldset>
        )}
        {kinds.length === 1 && (
          <p style={{ margin: 0 }}>{t(`governance.documents.import.${IMPORT_KIND_KEYS[kind]}Help`)}</p>
        )}
        <fieldset style={{ ...fieldset, flexDirection: 'row', flexWrap: 'wrap', gap: token('space.200') }}>
          <legend style={legend}>{t('governance.documents.import.sourceLegend')}</legend>
          {(['file', 'paste'] as const).map((s) => (
            <Radio
              key={s}
              name="os2-import-source"
              value={s}
              checked={source === s}
              onChange={() => {
                reset();
                setSource(s);
              }}
              label={t(`governance.documents.import.source.${s}`)}
            />
          ))}
        </fieldset>
        {sourceControls}
        {error && (
          <div role="alert" data-testid="import-local-error" style={{ color: token('color.text.danger') }}>
            {error}
          </div>
        )}
        {previewing.error && (
          <div role="alert" data-testid="import-error">
            <ErrorMessage error={previewing.error} />
          </div>
        )}
        <div>
          <Button
            ref={previewButton}
            testId="import-preview"
            appearance={preview ? 'default' : 'primary'}
            onClick={() => void runPreview()}
            isLoading={previewing.pending}
          >
            {t('governance.documents.import.preview')}
          </Button>
        </div>
      </div>

      {preview && (
        <div
          data-testid="import-preview-result"
          style={{
            display: 'grid',
            gap: token('space.200'),
            padding: token('space.200'),
            borderRadius: token('radius.medium'),
            border: `${token('border.width')} solid ${token('color.border')}`,
          }}
        >
          {/* Above the preview it concerns; always mounted so focus can return to it after the dialog. */}
          <div
            ref={applyErrorBox}
            tabIndex={-1}
            role="alert"
            data-testid="apply-error"
            style={{ display: applying.error ? 'block' : 'none' }}
          >
            {applying.error && <ErrorMessage error={applying.error} />}
            {applyConflict && (
              <div style={{ marginBlockStart: token('space.100') }}>
                <Button appearance="primary" onClick={() => void runPreview()}>
                  {t('governance.documents.previewAgain')}
                </Button>
              </div>
            )}
          </div>
          <ImportPreview preview={preview.view} source={sourceName} />
          <p style={{ ...subtleText, margin: 0 }}>{t('governance.documents.preview.notSaved')}</p>
          <div style={{ display: 'flex', gap: token('space.100'), flexWrap: 'wrap' }}>
            {preview.view.changes.length > 0 && !applyConflict && (
              <Button
                testId="import-apply"
                appearance="primary"
                onClick={(e) => {
                  applying.clearError();
                  returnFocus.current = e.currentTarget;
                  setConfirming(true);
                }}
              >
                {t('governance.documents.apply')}
              </Button>
            )}
            <Button
              appearance="subtle"
              onClick={() => {
                reset();
                previewButton.current?.focus();
              }}
            >
              {t('governance.documents.discard')}
            </Button>
          </div>
        </div>
      )}

      <ConfirmDialog
        isOpen={confirming && preview !== null}
        title={t('governance.documents.confirmTitle')}
        confirmLabel={t('governance.documents.apply')}
        appearance="warning"
        pending={applying.pending}
        onConfirm={() => void apply()}
        onCancel={() => setConfirming(false)}
        returnFocusRef={returnFocus as RefObject<HTMLElement>}
      >
        <p>
          {t('governance.documents.confirmBody', {
            changes: counted('changes', preview?.view.changes.length ?? 0),
            requirements: counted('requirements', requirementsTouched),
            source: sourceName,
          })}
        </p>
        {preview?.kind === 'evaluation-report' && <p>{t('governance.documents.confirmEvaluation')}</p>}
        <p>{t('governance.documents.confirmAudit')}</p>
      </ConfirmDialog>
    </Stack>
  );
}
