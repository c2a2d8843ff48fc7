import type { WishStatus } from '../../../src/domain/wish';
import type { Translate } from './i18n';

// What the issue badge needs of wishes, apart from lib/wishes and its imports (amounts, qualification).

/** A wish status's lozenge: its appearance, and whether it is a bold one. */
export type Appearance = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

export const STATUS_APPEARANCE: Record<WishStatus, { appearance: Appearance; bold: boolean }> = {
  received: { appearance: 'new', bold: false },
  'under-evaluation': { appearance: 'moved', bold: false },
  'on-hold': { appearance: 'moved', bold: true },
  rejected: { appearance: 'removed', bold: false },
  accepted: { appearance: 'success', bold: false },
  ordered: { appearance: 'inprogress', bold: false },
  'in-progress': { appearance: 'inprogress', bold: true },
  delivered: { appearance: 'success', bold: true },
  duplicate: { appearance: 'default', bold: false },
};

export const statusLabel = (t: Translate, status: WishStatus): string => t(`wish.status.${status}`);

/** The event the panel sends after a change, so the badge of the same issue refreshes. */
export const WISH_CHANGED_EVENT = 'os2-wish-changed';
