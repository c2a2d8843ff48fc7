/**
 * UI-side facts about wishes (issue 5): orderings, lozenge appearances and locale keys. Types come
 * from the domain; values are restated here (checked against the domain types) so the UI bundle
 * does not pull in the server's zod schemas.
 */
import type { PledgeState, QualificationItemId, ScoreFactorKey, WishStatus } from '../../../src/domain/wish';
import type { Translate } from './i18n';

export const WISH_STATUSES = [
  'received',
  'under-evaluation',
  'on-hold',
  'rejected',
  'accepted',
  'ordered',
  'in-progress',
  'delivered',
  'duplicate',
] as const satisfies readonly WishStatus[];

/** Statuses whose change needs a written reason (the server decides; this only shows the field as required). */
export const REASON_STATUSES: readonly WishStatus[] = ['rejected', 'on-hold'];
export const CLOSED_STATUSES: readonly WishStatus[] = ['rejected', 'delivered', 'duplicate'];

type Appearance = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

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

export const PLEDGE_STATES = ['indicated', 'committed', 'invoiced'] as const satisfies readonly PledgeState[];
export const pledgeStateLabel = (t: Translate, state: PledgeState): string => t(`wish.pledgeState.${state}`);

export const SCORE_FACTORS = [
  'reach',
  'value',
  'urgency',
  'cost',
  'funding',
] as const satisfies readonly ScoreFactorKey[];
export const factorLabel = (t: Translate, key: ScoreFactorKey): string => t(`wish.factors.${key}`);

export const QUALIFICATION_ITEMS: readonly { id: QualificationItemId; party: 'requester' | 'supplier' }[] = [
  { id: 'requester.title', party: 'requester' },
  { id: 'requester.description', party: 'requester' },
  { id: 'requester.userStories', party: 'requester' },
  { id: 'requester.acceptanceCriteria', party: 'requester' },
  { id: 'requester.documentation', party: 'requester' },
  { id: 'supplier.startConditions', party: 'supplier' },
  { id: 'supplier.integrations', party: 'supplier' },
  { id: 'supplier.githubArchitecture', party: 'supplier' },
  { id: 'supplier.codeReview', party: 'supplier' },
];
export const qualificationLabel = (t: Translate, id: QualificationItemId): string =>
  t(`wish.qualification.items.${id.replace('.', '_')}`);

export const RATINGS = [0, 1, 2, 3, 4, 5] as const;

/** The domain's limits (src/domain/wish.ts), restated for the forms. */
const MAX_AMOUNT_DKK = 1_000_000_000;
const MAX_HOURS = 100_000;

/** Whole kroner from what a user typed ("150.000", "150 000", "150000"); null when it is not one. */
export function parseKroner(input: string): number | null {
  const compact = input.replace(/[\s.]/g, '').replace(/kr$/i, '');
  if (!/^\d{1,10}$/.test(compact)) return null;
  const value = Number(compact);
  return value <= MAX_AMOUNT_DKK ? value : null;
}

/** Hours, with a decimal comma or point. */
export function parseHours(input: string): number | null {
  const compact = input.trim().replace(',', '.');
  if (!/^\d{1,6}(\.\d{1,2})?$/.test(compact)) return null;
  const value = Number(compact);
  return value <= MAX_HOURS ? value : null;
}

/** An id for a decision entry, chosen once per form so that a retried request adds it once. */
export function newEntryId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return `d-${random.replace(/[^A-Za-z0-9]/g, '').slice(0, 16)}`;
}

/** Whole days since an ISO timestamp. */
export function ageInDays(iso: string, now = Date.now()): number {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? 0 : Math.max(0, Math.floor((now - at) / 86_400_000));
}

/** The event the panel sends after a change, so the badge of the same issue refreshes. */
export const WISH_CHANGED_EVENT = 'os2-wish-changed';
