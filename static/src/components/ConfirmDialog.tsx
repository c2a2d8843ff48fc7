import Button from '@atlaskit/button/new';
import Modal, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n';

/** Asks before an action that cannot be undone; the confirming button shows progress while it runs. */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  appearance = 'warning',
  pending = false,
  onConfirm,
  onCancel,
}: {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  appearance?: 'warning' | 'danger';
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <ModalTransition>
      {isOpen && (
        <Modal onClose={pending ? undefined : onCancel} width="medium">
          <ModalHeader>
            <ModalTitle appearance={appearance}>{title}</ModalTitle>
          </ModalHeader>
          <ModalBody>{children}</ModalBody>
          <ModalFooter>
            <Button appearance="subtle" onClick={onCancel} isDisabled={pending}>
              {t('common.cancel')}
            </Button>
            <Button appearance={appearance} onClick={onConfirm} isLoading={pending} autoFocus>
              {confirmLabel}
            </Button>
          </ModalFooter>
        </Modal>
      )}
    </ModalTransition>
  );
}
