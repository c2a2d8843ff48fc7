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

export type ConfirmDialogProps = Parameters<typeof ConfirmModal>[0];

/** ConfirmDialog's Atlaskit modal; loaded by ConfirmDialog when it first opens. */
export function ConfirmModal({
  isOpen,
  title,
  children,
  confirmLabel,
  appearance = 'warning',
  pending = false,
  onConfirm,
  onCancel,
  returnFocusRef,
  initialFocus = 'confirm',
  confirmDisabled = false,
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
  /** Cancel first where Enter twice must not record something irreversible. */
  initialFocus?: 'confirm' | 'cancel';
  /** E.g. until an acknowledgement inside the dialog is ticked. */
  confirmDisabled?: boolean;
}) {
  const { t } = useI18n();
  return (
    <ModalTransition>
      {isOpen && (
        <Modal
          onClose={pending ? undefined : onCancel}
          width="medium"
          shouldReturnFocus={returnFocusRef ?? true}
          // Scrolls with the page: a scrolling body would be a region Atlaskit names in English.
          shouldScrollInViewport
        >
          <ModalHeader>
            <ModalTitle appearance={appearance}>{title}</ModalTitle>
          </ModalHeader>
          <ModalBody>{children}</ModalBody>
          <ModalFooter>
            <Button
              appearance="subtle"
              onClick={onCancel}
              isDisabled={pending}
              autoFocus={initialFocus === 'cancel'}
              testId="confirm-cancel"
            >
              {t('common.cancel')}
            </Button>
            <Button
              appearance={appearance}
              onClick={onConfirm}
              isLoading={pending}
              isDisabled={confirmDisabled}
              autoFocus={initialFocus === 'confirm'}
            >
              {confirmLabel}
            </Button>
          </ModalFooter>
        </Modal>
      )}
    </ModalTransition>
  );
}
