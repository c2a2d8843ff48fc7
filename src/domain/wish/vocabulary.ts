/**
 * The words, limits and lifecycle rules of a development wish, as plain data without zod, so the
 * Custom UI can import them without the server's schemas. The wish module (./index) re-exports
 * all of it.
 */
import type { LocalText } from '../catalogue/types';

export * from './lifecycle';
export * from './drift';
export * from './job-progress';

// ---------------------------------------------------------------------------------------------
// Limits

/** Jira's limit on one issue property's JSON value, in characters. */
export const MAX_PROPERTY_CHARS = 32_768;
/** 98 municipalities plus the regions, KL, KOMBIT and a few more public bodies. */
export const MAX_SUPPORTERS = 120;
export const MAX_PLEDGES = 120;
export const MAX_DECISIONS = 50;
/** Duplicates whose support one wish can take over. */
export const MAX_CARRIED = 20;
export const MAX_ORGANISATION_LENGTH = 200;
export const MAX_REASON_LENGTH = 1000;
export const MAX_DECISION_LENGTH = 1000;
export const MAX_RATIONALE_LENGTH = 2000;
export const MAX_REFERENCE_LENGTH = 500;
/** An organisation's evidence: a link and a short quote (a tweet's length keeps the record small). */
export const MAX_EVIDENCE_URL_LENGTH = 500;
export const MAX_EVIDENCE_QUOTE_LENGTH = 280;
export const MAX_AMOUNT_DKK = 1_000_000_000;
export const MAX_HOURS = 100_000;
export const MAX_RATING = 5;

// ---------------------------------------------------------------------------------------------
// Vocabulary

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
] as const;
export type WishStatus = (typeof WISH_STATUSES)[number];

export const WISH_STATUS_LABELS: Readonly<Record<WishStatus, LocalText>> = {
  received: { da: 'Modtaget', en: 'Received' },
  'under-evaluation': { da: 'Under vurdering', en: 'Under evaluation' },
  'on-hold': { da: 'I bero', en: 'On hold' },
  rejected: { da: 'Afvist', en: 'Rejected' },
  accepted: { da: 'Accepteret', en: 'Accepted' },
  ordered: { da: 'Bestilt', en: 'Ordered' },
  'in-progress': { da: 'I gang', en: 'In progress' },
  delivered: { da: 'Leveret', en: 'Delivered' },
  duplicate: { da: 'Dublet', en: 'Duplicate' },
};

export const PLEDGE_STATES = ['indicated', 'committed', 'invoiced'] as const;
export type PledgeState = (typeof PLEDGE_STATES)[number];

export const PLEDGE_STATE_LABELS: Readonly<Record<PledgeState, LocalText>> = {
  indicated: { da: 'Tilkendegivet', en: 'Indicated' },
  committed: { da: 'Bindende tilsagn', en: 'Committed' },
  invoiced: { da: 'Faktureret', en: 'Invoiced' },
};

export const QUALIFICATION_ITEM_IDS = [
  'requester.title',
  'requester.description',
  'requester.userStories',
  'requester.acceptanceCriteria',
  'requester.documentation',
  'supplier.startConditions',
  'supplier.integrations',
  'supplier.githubArchitecture',
  'supplier.codeReview',
] as const;
export type QualificationItemId = (typeof QUALIFICATION_ITEM_IDS)[number];

export interface QualificationItem {
  id: QualificationItemId;
  /** Who supplies it: the requesting organisation, or the supplier when estimating. */
  party: 'requester' | 'supplier';
  label: LocalText;
}

/** OS2's qualification checklist, in the order OS2 lists it. */
export const QUALIFICATION_ITEMS: readonly QualificationItem[] = [
  { id: 'requester.title', party: 'requester', label: { da: 'Titel', en: 'Title' } },
  {
    id: 'requester.description',
    party: 'requester',
    label: { da: 'Beskrivelse: hvad, hvorfor, hvem', en: 'Description: what, why, who' },
  },
  {
    id: 'requester.userStories',
    party: 'requester',
    label: { da: 'Brugerhistorie(r)', en: 'User story/stories' },
  },
  {
    id: 'requester.acceptanceCriteria',
    party: 'requester',
    label: { da: 'Acceptkriterier', en: 'Acceptance criteria' },
  },
  {
    id: 'requester.documentation',
    party: 'requester',
    label: { da: 'Krav til dokumentation', en: 'Documentation requirements' },
  },
  {
    id: 'supplier.startConditions',
    party: 'supplier',
    label: { da: 'Opstartsbetingelser', en: 'Start conditions' },
  },
  {
    id: 'supplier.integrations',
    party: 'supplier',
    label: { da: 'Kritiske integrationer', en: 'Critical integrations' },
  },
  {
    id: 'supplier.githubArchitecture',
    party: 'supplier',
    label: {
      da: 'Placering på GitHub og arkitekturoverblik',
      en: 'Placement on GitHub and architecture overview',
    },
  },
  {
    id: 'supplier.codeReview',
    party: 'supplier',
    label: { da: 'Hvem gennemgår koden ved merge', en: 'Who reviews the code at merge' },
  },
];

/** The factors of the priority score, in the order they are shown. */
export const SCORE_FACTOR_KEYS = ['reach', 'value', 'urgency', 'cost', 'funding'] as const;
