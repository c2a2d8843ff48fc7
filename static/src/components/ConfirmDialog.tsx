import Button from '@atlaskit/button/new';
import Modal, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
} from '@atlaskit/modal-dialog';
import type { ReactNode, RefObject } from 'react';
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
  returnFocusRef,
}: {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  appearance?: 'warning' | 'danger';
  pending?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus goes when the dialog closes (default: back to what opened it). */
  returnFocusRef?: RefObject<HTMLElement>;
}) {
  const { t } = useI18n();
  return (
    <ModalTransition>
      {isOpen && (
        <Modal
          onClose={pending ? undefined : onCancel}
          width="medium"
          shouldReturnFocus={returnFocusRef ?? true}
        >
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
