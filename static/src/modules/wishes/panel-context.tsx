import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { events } from '@forge/bridge';
import { createContext, useContext, type ReactNode } from 'react';
import type { WishPanelView } from '../../../../src/contract';
import { useI18n } from '../../lib/i18n';
import { useAction } from '../../lib/use-action';
import { WISH_CHANGED_EVENT } from '../../lib/wishes';

export interface WishPanelContextValue {
  view: WishPanelView;
  /** Shows the view a write returned (the server's answer is the truth) and tells the badge. */
  replaceView: (view: WishPanelView) => void;
  reload: () => Promise<void>;
}

export const WishPanelContext = createContext<WishPanelContextValue | null>(null);

export function useWishPanel(): WishPanelContextValue {
  const value = useContext(WishPanelContext);
  if (!value) throw new Error('useWishPanel outside WishPanelContext');
  return value;
}

export function announceChange(issueId: string): void {
  void events.emit(WISH_CHANGED_EVENT, { issueId }).catch(() => undefined);
}

/** A person's name from the view, or a neutral fallback (never the raw account id). */
export function usePersonName(): (accountId: string | null | undefined) => string {
  const { view } = useWishPanel();
  const { t } = useI18n();
  return (accountId) =>
    (accountId && view.people.find((p) => p.accountId === accountId)?.displayName) ||
    t('wish.panel.unknownPerson');
}

/** "Mette Kjærgaard, 2. nov. 2026" */
export function useStamp(): (accountId: string | null | undefined, at: string | null | undefined) => string {
  const name = usePersonName();
  const { formatDate } = useI18n();
  return (accountId, at) => [name(accountId), at ? formatDate(at) : ''].filter(Boolean).join(', ');
}

export const subtle = { font: token('font.body.small'), color: token('color.text.subtle') } as const;

/** One titled part of the panel; the heading names the region for screen readers. */
export function PanelSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} data-testid={id}>
      <Stack space="space.100">
        <Heading size="small" as="h3" id={`${id}-heading`}>
          {title}
        </Heading>
        {children}
      </Stack>
    </section>
  );
}

/** "150.000 kr." / "DKK 150,000" */
export function useKroner(): (value: number) => string {
  const { t, formatNumber } = useI18n();
  return (value) => t('wish.kroner', { amount: formatNumber(value) });
}

/** A change through the server: pending and error state, and the returned view shown at once. */
export function useWishWrite<A extends unknown[]>(write: (...args: A) => Promise<WishPanelView>) {
  const { replaceView } = useWishPanel();
  const action = useAction(write);
  const run = async (...args: A): Promise<WishPanelView | undefined> => {
    const next = await action.run(...args);
    if (next) replaceView(next);
    return next;
  };
  return { pending: action.pending, error: action.error, clearError: action.clearError, run };
}

/** The grey box every form in the panel sits in. */
export const formBox = {
  display: 'grid',
  gap: token('space.100'),
  padding: token('space.150'),
  borderRadius: token('radius.medium'),
  backgroundColor: token('elevation.surface.sunken'),
} as const;
