import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';
import TextArea from '@atlaskit/textarea';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import type { OrganisationSignal } from '../../../../src/domain/wish';
import { MAX_EVIDENCE_QUOTE_LENGTH, MAX_EVIDENCE_URL_LENGTH } from '../../../../src/domain/wish/vocabulary';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describedBy, Field } from '../../components/Field';
import { ExternalLink } from '../../components/Links';
import { fieldMessage } from '../../lib/errors';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { formBox, subtle, useStamp, useWishWrite } from './panel-context';

/** An organisation's evidence as plain text and, for an https address, a link that opens in a new tab. */
export function EvidenceView({ signal }: { signal: OrganisationSignal | null }) {
  const { t } = useI18n();
  const stamp = useStamp();
  const evidence = signal?.evidence;
  if (!signal || !evidence) return null;
  return (
    <div
      style={{
        borderInlineStart: `2px solid ${token('color.border')}`,
        paddingInlineStart: token('space.100'),
      }}
      aria-label={t('wish.evidence.of', { organisation: signal.organisation })}
      role="group"
      data-testid="wish-evidence"
    >
      {evidence.quote && <q style={{ display: 'block', whiteSpace: 'pre-wrap' }}>{evidence.quote}</q>}
      {evidence.url && (
        <div>
          <ExternalLink href={evidence.url} />
        </div>
      )}
      <span style={subtle}>{stamp(evidence.accountId, evidence.at)}</span>
    </div>
  );
}

/** The caller's organisation adds, edits or removes the evidence that goes with its request or support. */
export function EvidenceEditor({
  organisation,
  signal,
}: {
  organisation: string;
  signal: OrganisationSignal;
}) {
  const { t, text } = useI18n();
  const current = signal.evidence;
  const [open, setOpen] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [url, setUrl] = useState(current?.url ?? '');
  const [quote, setQuote] = useState(current?.quote ?? '');
  const save = useWishWrite((evidence: { url: string; quote: string } | null) =>
    call('setWishEvidence', { evidence, basedOn: current?.at ?? null }),
  );
  const id = 'os2-wish-evidence';
  const urlError = fieldMessage(save.error, 'evidence.url', text);
  const quoteError = fieldMessage(save.error, 'evidence.quote', text);
  const close = () => {
    setOpen(false);
    setConfirmRemove(false);
    save.clearError();
  };

  if (!open) {
    return (
      <div>
        <Button
          onClick={() => {
            setUrl(current?.url ?? '');
            setQuote(current?.quote ?? '');
            setOpen(true);
          }}
          testId="wish-evidence-open"
        >
          {current ? t('wish.evidence.edit', { organisation }) : t('wish.evidence.add', { organisation })}
        </Button>
      </div>
    );
  }
  return (
    <form
      noValidate
      style={formBox}
      aria-labelledby={`${id}-heading`}
      data-testid="wish-evidence-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await save.run({ url: url.trim(), quote: quote.trim() })) close();
      }}
    >
      <strong id={`${id}-heading`}>{t('wish.evidence.heading')}</strong>
      <Field
        id={`${id}-url`}
        label={t('wish.evidence.link')}
        help={t('wish.evidence.linkHelp')}
        error={urlError}
      >
        <TextField
          id={`${id}-url`}
          type="url"
          inputMode="url"
          value={url}
          onChange={(e) => setUrl((e.target as HTMLInputElement).value)}
          maxLength={MAX_EVIDENCE_URL_LENGTH}
          placeholder="https://"
          isInvalid={Boolean(urlError)}
          aria-describedby={describedBy(`${id}-url`, { help: true, error: urlError })}
          testId="wish-evidence-url"
        />
      </Field>
      <Field
        id={`${id}-quote`}
        label={t('wish.evidence.quote')}
        help={t('wish.evidence.quoteHelp')}
        error={quoteError}
      >
        <TextArea
          id={`${id}-quote`}
          value={quote}
          onChange={(e) => setQuote(e.target.value)}
          minimumRows={2}
          maxLength={MAX_EVIDENCE_QUOTE_LENGTH}
          isInvalid={Boolean(quoteError)}
          aria-describedby={describedBy(`${id}-quote`, { help: true, error: quoteError })}
          testId="wish-evidence-quote"
        />
      </Field>
      {save.error && (
        <div role="alert" data-testid="wish-evidence-error">
          <ErrorMessage error={save.error} />
        </div>
      )}
      {confirmRemove ? (
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <span>{t('wish.evidence.removeConfirm', { organisation })}</span>
          <Button
            appearance="danger"
            autoFocus
            isLoading={save.pending}
            onClick={async () => {
              if (await save.run(null)) close();
            }}
            testId="wish-evidence-remove-confirm"
          >
            {t('wish.evidence.remove')}
          </Button>
          <Button onClick={() => setConfirmRemove(false)}>{t('wish.evidence.cancel')}</Button>
        </Inline>
      ) : (
        <Inline space="space.100" shouldWrap>
          <Button type="submit" appearance="primary" isLoading={save.pending} testId="wish-evidence-save">
            {t('wish.evidence.save')}
          </Button>
          {current && (
            <Button onClick={() => setConfirmRemove(true)} testId="wish-evidence-remove">
              {t('wish.evidence.remove')}
            </Button>
          )}
          <Button onClick={close}>{t('wish.evidence.cancel')}</Button>
        </Inline>
      )}
    </form>
  );
}
