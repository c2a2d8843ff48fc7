import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { token } from '@atlaskit/tokens';
import { Modal, view } from '@forge/bridge';
import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useI18n } from './i18n';

/**
 * Confirmations as Forge modals (Modal from @forge/bridge): Jira shows them over the whole page,
 * where the user is, not inside the module's own iframe (which may be scrolled far away on a long
 * list). The module renders `ForgeModalConfirm` when its context carries such a request.
 */
export interface ConfirmRequest {
  kind: 'os2-confirm';
  title: string;
  body: string;
  confirmLabel: string;
  appearance: 'warning' | 'danger';
}

export function isConfirmRequest(value: unknown): value is ConfirmRequest {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'os2-confirm';
}

/** True when confirmed, false when cancelled; null when the host cannot open a modal (use an in-page dialog). */
export async function confirmInForgeModal(request: Omit<ConfirmRequest, 'kind'>): Promise<boolean | null> {
  return new Promise<boolean | null>((resolve) => {
    const modal = new Modal({
      context: { kind: 'os2-confirm', ...request } satisfies ConfirmRequest,
      size: 'small',
      title: request.title,
      onClose: (payload?: unknown) =>
        resolve((payload as { confirmed?: boolean } | undefined)?.confirmed === true),
    });
    modal.open().catch(() => resolve(null));
  });
}

/** The content of a confirmation modal: the question, Cancel and the confirming action. */
export function ForgeModalConfirm({ request }: { request: ConfirmRequest }) {
  const { t } = useI18n();
  const close = (confirmed: boolean) => void view.close({ confirmed });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div
      role="alertdialog"
      aria-labelledby="os2-modal-title"
      aria-describedby="os2-modal-body"
      style={{ padding: token('space.300') }}
    >
      <Heading size="medium" as="h1" id="os2-modal-title">
        {request.title}
      </Heading>
      <p id="os2-modal-body">{request.body}</p>
      <div style={{ display: 'flex', justifyContent: 'flex-end', gap: token('space.100') }}>
        <Button appearance="subtle" onClick={() => close(false)} testId="modal-cancel">
          {t('common.cancel')}
        </Button>
        <Button appearance={request.appearance} onClick={() => close(true)} autoFocus testId="modal-confirm">
          {request.confirmLabel}
        </Button>
      </div>
    </div>
  );
}

/**
 * Ask before acting on `item`: in a Forge modal where the host has one, otherwise in the returned
 * in-page `dialog`, which the caller renders once.
 */
export function useConfirmed<T>(
  question: (item: T) => Omit<ConfirmRequest, 'kind'>,
  onConfirmed: (item: T) => Promise<unknown>,
  pending: boolean,
) {
  const [asking, setAsking] = useState<T | null>(null);
  const ask = async (item: T) => {
    const answer = await confirmInForgeModal(question(item));
    if (answer === null) setAsking(item);
    else if (answer) await onConfirmed(item);
  };
  const request = asking === null ? null : question(asking);
  const dialog = (
    <ConfirmDialog
      isOpen={request !== null}
      title={request?.title ?? ''}
      confirmLabel={request?.confirmLabel ?? ''}
      appearance={request?.appearance ?? 'danger'}
      pending={pending}
      onConfirm={() => {
        if (asking === null) return;
        void onConfirmed(asking).finally(() => setAsking(null));
      }}
      onCancel={() => setAsking(null)}
    >
      <p>{request?.body}</p>
    </ConfirmDialog>
  );
  return { ask, dialog };
}
