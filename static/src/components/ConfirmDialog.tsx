import { lazy, Suspense, useState } from 'react';
import type { ConfirmDialogProps } from './ConfirmModal';

// Atlaskit's modal dialog (with focus lock, scroll lock and drag-and-drop guards) is ~25 KB gzip:
// loaded when a dialog first opens, not with the page.
const ConfirmModal = lazy(() => import('./ConfirmModal').then((m) => ({ default: m.ConfirmModal })));

/** Asks before an action that cannot be undone; the confirming button shows progress while it runs. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  // Once opened it stays mounted, so that the modal's closing transition runs as before.
  const [opened, setOpened] = useState(props.isOpen);
  if (props.isOpen && !opened) setOpened(true);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <ConfirmModal {...props} />
    </Suspense>
  );
}
