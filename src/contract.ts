/**
 * The RPC contract between the Custom UI and the resolver: for every function key its zod input
 * schema and its output type. One definition; the UI's `call()` and the server's dispatcher both
 * derive their types from it (like tRPC, without code generation).
 */
import { z } from 'zod';
import {
  LightSchema,
  MAX_LONG_TEXT_LENGTH,
  SelfStatusSchema,
  type Light,
  type SelfStatus,
} from './domain/assessment';
import { LevelSchema } from './domain/catalogue';
import type { CatalogueVersion, Level, LocalText, Modality, Theme } from './domain/catalogue/types';
import { DECIDERS, DECISION_KINDS, IsoDateSchema, type DecisionKind, type Decider } from './domain/level';
import { JiraIdSchema, nameSchema } from './domain/names';
import type { LevelStep, WishFigures } from './domain/portfolio/model';
import type { Adoption } from './domain/portfolio/vocabulary';
import {
  AppSettingsFieldsSchema,
  memberRefSchema,
  NAME_LIMITS,
  ProductProfileFieldsSchema,
  type AppSettingsFields,
  type ProductProfileFields,
} from './domain/product';
import {
  DEFAULT_STATUS_CATEGORIES,
  JIRA_STATUS_CATEGORIES,
  PLEDGE_STATES,
  QUALIFICATION_ITEM_IDS,
  ScoreWeightsSchema,
  WISH_STATUSES,
  WishIntakeFieldsSchema,
  type PledgeTotals,
  type StatusDrift,
  type OrderReadiness,
  type QualificationProgress,
  type ScoreFactor,
  type WishDocument,
  type WishJobItemResult,
  type WishJobProgress,
  type WishStatus,
} from './domain/wish';
import {
  MAX_CAPACITY_HOURS,
  SPRINT_WARNINGS,
  type Load,
  type SettlementProposal,
  type SprintWarning,
} from './domain/sprint';

export type ErrorCode =
  | 'invalid-input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-large'
  | 'rate-limited'
  | 'unavailable'
  | 'internal';

export interface RpcError {
  code: ErrorCode;
  message: LocalText;
  details?: unknown;
}

export type RpcResult<T> = { ok: true; data: T } | { ok: false; error: RpcError };

export interface Procedure<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type only. */
  output?: O;
}

const procedure =
  <O>() =>
  <I extends z.ZodType>(input: I): Procedure<I, O> => ({ input });

const empty = z.object({}).strict();

export interface Session {
  accountId: string;
  displayName: string;
  isJiraAdmin: boolean;
  isSecretariat: boolean;
}

/** Optimistic concurrency: the version the editor last saw (0 = creating). */
const expectedVersion = z.number().int().min(0);
const requirementId = z.string().regex(/^[A-Za-z0-9-]{1,20}$/);
const text = (max: number) => z.string().max(max);
/**
 * Names in settings requests (project roles, Jira groups, organisations) are checked for hidden
 * characters; stored profiles keep the lenient schema so older records stay readable.
 */
const groupMembers = z.array(memberRefSchema(nameSchema(NAME_LIMITS.role))).max(NAME_LIMITS.members);
const jiraGroupName = nameSchema(NAME_LIMITS.jiraGroup, { allowEmpty: true });

export interface Person {
  accountId: string;
  displayName: string;
}

export interface Capabilities {
  canEditAssessment: boolean;
  canEvaluate: boolean;
  /** Sees an open evaluation round's draft (else the last completed round). */
  canSeeDrafts: boolean;
  canDecide: boolean;
  canCreateIssues: boolean;
  canEditSettings: boolean;
}

export interface RequirementRow {
  id: string;
  theme: Theme;
  level: Level;
  modality: Modality;
  name: LocalText;
  guidance?: string;
  status: SelfStatus;
  documentation: string;
  explanation: string;
  links: string[];
  assessmentVersion: number;
  updatedAt?: string;
  updatedBy?: Person;
  evaluation?: {
    light: Light;
    basis: string;
    recommendation?: string;
    source: 'draft' | 'set';
    version: number;
    evaluatedAt: string;
    evaluatedBy?: Person;
    /** The self-assessment changed after the light was set. */
    stale: boolean;
  };
  /** The light that counts now (the secretariat's, else the draft from the status). */
  light: Light;
  state: 'met' | 'not-relevant' | 'outstanding';
  /** Applies at or below the target level. */
  inScope: boolean;
  linkedIssues: { id: string; key: string; summary: string; status: string; statusCategory: string }[];
}

export interface DecisionRow {
  id: string;
  date: string;
  kind: DecisionKind;
  resultingLevel: Level | null;
  basis: string;
  decidedBy: Decider;
  decidedByPerson?: Person;
  reference?: string;
  recordedAt: string;
  // --- Corrections (governance record)
  /** A later correction replaced this entry: it no longer counts (shown struck through). */
  superseded: boolean;
  supersededBy?: string;
  /** This entry corrects the named earlier entry. */
  supersedes?: string;
  correctionReason?: string;
}

export interface GovernanceView {
  project: { id: string; key: string };
  profile: (ProductProfileFields & { version: number }) | null;
  catalogueVersion: CatalogueVersion;
  levelLabels: Record<Level, LocalText>;
  current: {
    level: Level | null;
    since: string;
    decidedBy: Decider;
    status: 'active' | 'paused' | 'closed';
  } | null;
  targetLevel: Level;
  progress: {
    total: number;
    done: number;
    outstanding: number;
    percent: number;
    skal: { total: number; done: number };
    bør: { total: number; done: number };
  };
  lastEvaluation: string | null;
  nextEvaluationDue: string | null;
  // --- Evaluation rounds (governance record)
  /** The next evaluation's date has passed (never for a closed product). */
  evaluationOverdue: boolean;
  /** A round is open (its content is shown only to those who may see drafts). */
  evaluationInProgress: boolean;
  /** The round shown: the open draft for those who may see it, else the last completed round. */
  evaluationRound: {
    number: number;
    status: 'open' | 'completed';
    openedAt: string;
    openedBy?: Person;
    completedAt: string | null;
    completedBy?: Person;
    /** Requirements with a light in this round, of `total`. */
    lit: number;
    total: number;
    version: number;
  } | null;
  requirements: RequirementRow[];
  evaluationSummary: {
    summary: string;
    overall: string;
    /** "Til produktet". */
    recommendationProduct: string;
    /** "Til bestyrelsen". */
    recommendationBoard: string;
    version: number;
    updatedAt: string | null;
  } | null;
  decisions: DecisionRow[];
  capabilities: Capabilities;
}

export interface BacklogIssue {
  id: string;
  key: string;
  summary: string;
  issueType: string;
  status: string;
  statusCategory: string;
  assignee: string | null;
  storyPoints: number | null;
}

export interface BacklogPage {
  boardId: number | null;
  issues: BacklogIssue[];
  startAt: number;
  total: number;
}

export interface AuditEntryView {
  at: string;
  actor?: Person;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
  // --- Readable audit log (governance record)
  /** The target for people: a requirement's name, a person's name; absent when the id says it all. */
  targetLabel?: LocalText;
  /** Before → after per field, as text with account ids replaced by names. */
  changes: AuditFieldChange[];
}

export interface AuditFieldChange {
  /** The field's key; the UI labels it (`audit.field.<key>`), unknown keys show as they are. */
  field: string;
  before: string;
  after: string;
}

export interface AuditLogPage {
  entries: AuditEntryView[];
  cursor: string | null;
  /** The people who appear as actors on this page (for the person filter). */
  people: Person[];
}

export interface ProductSettingsView {
  project: { id: string; key: string; name: string };
  profile: (ProductProfileFields & { version: number }) | null;
  /** Read-only here: the level only ever comes from the decision log. */
  current: GovernanceView['current'];
  levelLabels: GovernanceView['levelLabels'];
  roles: string[];
  people: Person[];
  organisations: string[];
  canEdit: boolean;
}

export interface AppSettingsView {
  settings: AppSettingsFields & { version: number };
  members: MemberView[];
  organisations: string[];
  /** Jira groups whose members act for an organisation (a person's own mapping comes first). */
  groupMappings: GroupMappingsView;
}

export interface MemberView {
  accountId: string;
  displayName: string;
  organisation: string;
}

// --- admin directory: group mappings and pickers
export interface GroupMapping {
  group: string;
  organisation: string;
}

export interface GroupMappingsView {
  version: number;
  mappings: GroupMapping[];
}
// --- end admin directory

export type DocumentKind =
  'self-assessment-json' | 'governance-report' | 'evaluation-report' | 'decision-log';
export type ImportKind = 'self-assessment' | 'evaluation-report';

export interface ExportedDocument {
  fileName: string;
  mimeType: string;
  content: string;
}

export interface ImportPreviewView {
  kind: ImportKind;
  /** 'json', a governance report's shape ('A'–'D', or 'governance-report' when mixed), or 'evaluation-report'. */
  format: string;
  changes: { requirementId: string; field: string; before: string; after: string }[];
  unchanged: number;
  kept: { requirementId: string; field: string; current: string }[];
  unmapped: { line: number; rawId: string; text: string }[];
  otherStatuses: { requirementId: string; text: string }[];
  /** Rows that break a rule a single save obeys (comply-or-explain, links, lengths): not imported. */
  refused: { requirementId: string; field: string; message: LocalText }[];
  warnings: { line: number; message: LocalText }[];
  /** Fingerprint of what the preview was computed against; apply refuses if anything changed since. */
  basedOn: string;
}

const importInput = z
  .object({
    kind: z.enum(['self-assessment', 'evaluation-report']),
    fileName: z.string().max(255),
    content: z.string().min(1).max(400_000),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Wishes: output types and shared input schemas

/** A product's wish settings as the coordination group edits them (stored per project in KVS). */
export const WishSettingsFieldsSchema = z
  .object({
    weights: ScoreWeightsSchema,
    /** An estimate at or above this scores 0 on cost. */
    costCeilingDkk: z.int().min(1).max(1_000_000_000),
    /** How much of the yearly common budget counts towards each wish's funding (at most the budget). */
    commonBudgetSharePerWishDkk: z.int().min(0).max(1_000_000_000),
    /** The issue types that are wishes in this project. */
    wishIssueTypes: z.array(z.string().trim().min(1).max(60)).min(1).max(10),
    /** The Jira status category each wish status belongs in; a wish elsewhere has drifted. */
    statusCategories: z
      .record(z.enum(WISH_STATUSES), z.enum(JIRA_STATUS_CATEGORIES))
      .default(() => ({ ...DEFAULT_STATUS_CATEGORIES })),
  })
  .strict();
export type WishSettingsValues = z.infer<typeof WishSettingsFieldsSchema>;

/** What the caller may do on one wish; the server checks each write again. */
export interface WishCapabilities {
  /** Browse + linked to an organisation: support and pledge for it. */
  canSupport: boolean;
  /** Record pledges for other organisations and mark them invoiced (coordination group, secretariat). */
  canManagePledges: boolean;
  /** Set any requesting organisation (coordination group, secretariat). */
  canSetRequester: boolean;
  /** Name one's own organisation as the requester while there is none. */
  canClaimRequester: boolean;
  /** Withdraw one's own organisation's claim to be the requester. */
  canWithdrawRequester: boolean;
  canQualifyRequester: boolean;
  canQualifySupplier: boolean;
  canEstimate: boolean;
  /** Value and urgency. */
  canRate: boolean;
  canTransition: boolean;
  canDecide: boolean;
  canEditSettings: boolean;
}

/** One factor of the priority score, exactly as the domain computes it. */
export type WishScoreFactorView = ScoreFactor;

export interface WishPanelView {
  issue: { id: string; key: string; summary: string; issueType: string; created: string };
  project: { id: string; key: string };
  productName: string | null;
  /** The issue's type is one of the product's wish types. */
  isWishType: boolean;
  wishIssueTypes: string[];
  /** The governance requirement this issue is the task of (from the assessment's links), if any. */
  requirement: { id: string; name: LocalText; catalogueVersion: string } | null;
  /** false: no wish record yet; `wish` is then the document a first write would start from. */
  stored: boolean;
  wish: WishDocument;
  score: { total: number; factors: WishScoreFactorView[] };
  pledges: PledgeTotals;
  /** The common budget counted towards this wish, DKK. */
  commonBudgetDkk: number;
  qualification: QualificationProgress;
  /** What ordering needs that is not in place yet (empty when the wish can be ordered). */
  orderReadiness: OrderReadiness;
  allowedTransitions: WishStatus[];
  /** The issue's Jira status as the caller sees it, and its category (`new`, `indeterminate`, `done`). */
  jira: { status: string; category: string };
  /** Wish status and Jira status disagree under the product's mapping; null when they agree. */
  drift: StatusDrift | null;
  /** Display names of everyone named in the wish. */
  people: Person[];
  myOrganisation: string | null;
  /** Organisations to choose from (for those who may name any). */
  organisations: string[];
  capabilities: WishCapabilities;
}

export interface WishBadgeView {
  isWish: boolean;
  stored: boolean;
  status: WishStatus | null;
  score: number | null;
}

export interface WishRow {
  id: string;
  key: string;
  summary: string;
  issueType: string;
  jiraStatus: string;
  jiraStatusCategory: string;
  created: string;
  stored: boolean;
  /** The stored data could not be read (shown, never silently dropped). */
  invalid: boolean;
  status: WishStatus;
  /** Conflict check for transitions: the status stamp the list showed. */
  statusChangedAt: string | null;
  score: number;
  organisationCount: number;
  fundingGap: number;
  requester: string;
  value: number | null;
  urgency: number | null;
  estimateDkk: number | null;
  pledgedDkk: number;
  qualificationChecked: number;
  /** Wish status and Jira status disagree under the product's mapping (null: they agree). */
  drift: StatusDrift | null;
}

export interface WishListView {
  project: { id: string; key: string };
  productName: string | null;
  /** One page of the product's wishes, in server-side score order (JQL on the indexed score). */
  rows: WishRow[];
  /** Continues the list where this page ended; null on the last page. */
  cursor: string | null;
  /** Wishes per status as Jira's JQL counts them (first page only; null on later pages). */
  counts: { total: number; byStatus: Record<WishStatus, number> } | null;
  /** Issues of a wish type that are not wishes yet (no record): the coordination group may mark them. */
  unmarked: number | null;
  /** More wishes than this page holds (the cursor continues). */
  truncated: boolean;
  /** Index properties that differed from their records and were rewritten by this read. */
  repairedIndexes: number;
  settings: WishSettingsValues & { version: number };
  /** The product's saved views of the list (first page only; null on later pages). */
  views: WishViewsView | null;
  canTriage: boolean;
  canEditSettings: boolean;
}

/** A product's saved views: a name and the list's query (filters, sort, columns) in canonical form. */
export interface WishViewsView {
  views: { id: string; name: string; query: string }[];
  version: number;
  /** The coordination group and the secretariat save and delete views; everyone may use them. */
  canManage: boolean;
}

/**
 * Each wish's outcome so far; `job` set when the work did not fit in this call and continues on
 * the queue (poll `getWishJobProgress`: its `results` grow to the whole list).
 */
export interface WishBulkResult {
  results: WishJobItemResult[];
  job: WishJobProgress | null;
}

export interface WishSettingsView {
  project: { id: string; key: string };
  settings: WishSettingsValues & { version: number; updatedAt: string | null; updatedBy: Person | null };
  defaults: WishSettingsValues;
  /** The product's yearly common budget (product profile); the share per wish cannot exceed it. */
  productCommonBudgetDkk: number;
  availableIssueTypes: string[];
  canEdit: boolean;
}

/** Re-indexing the project's wishes after a settings change; `cursor` set = more to do. */
export interface WishReindexProgress {
  scanned: number;
  updated: number;
  failed: number;
  cursor: string | null;
}

// ---------------------------------------------------------------------------------------------
// Wish intake and the global wishes page: output types

export interface WishIntakeView {
  /** OS2 products whose projects the caller may browse (the global page's product choice). */
  products: { projectId: string; projectKey: string; productName: string }[];
  myOrganisation: string | null;
  /** Set on the project page: the product is the context project. */
  contextProjectId: string | null;
}

export interface WishSubmitted {
  issue: { id: string; key: string };
  project: { id: string; key: string };
  /** The requesting organisation ('' when the submitter is not linked to one). */
  requester: string;
  /** Jira created the issue as the user, or as the app for a user without Create Issues. */
  createdAs: 'user' | 'app';
}

export interface SimilarWish {
  id: string;
  key: string;
  summary: string;
  status: WishStatus;
  score: number;
  organisationCount: number;
  /** Shared title words ÷ the words of the shorter title, 0–1. */
  similarity: number;
}

export interface GlobalWishRow extends WishRow {
  projectId: string;
  projectKey: string;
  projectName: string;
  supporters: string[];
  pledgers: string[];
  requestedByMe: boolean;
  supportedByMe: boolean;
  myPledgeDkk: number;
  /** The caller's organisation may add its support (mapped, wish open, not the requester). */
  canSupport: boolean;
}

export interface UnmarkedWishPage {
  issues: {
    id: string;
    key: string;
    summary: string;
    issueType: string;
    jiraStatus: string;
    jiraStatusCategory: string;
    created: string;
  }[];
  cursor: string | null;
}

export interface GlobalWishPage {
  rows: GlobalWishRow[];
  cursor: string | null;
  myOrganisation: string | null;
  statuses: WishStatus[];
}

// ---------------------------------------------------------------------------------------------
// Portfolio (dashboards): output types and the gadget's configuration

/** One product on the portfolio page and the dashboard gadget, read from its precomputed summary. */
export interface PortfolioRow {
  projectId: string;
  projectKey: string;
  productName: string;
  catalogueVersion: string;
  /** Null when no level has been decided yet, or the product is closed. */
  level: Level | null;
  levelStatus: 'active' | 'paused' | 'closed' | 'undecided';
  levelSince: string | null;
  targetLevel: Level;
  progressPercent: number;
  outstanding: number;
  outstandingSkal: number;
  outstandingBør: number;
  lights: Record<Light, number>;
  lastEvaluation: string | null;
  nextEvaluationDue: string | null;
  /** The next evaluation's date has passed (never for a closed product). */
  overdue: boolean;
  /** Due today or within the next 30 days, and not overdue. */
  dueSoon: boolean;
  // --- portfolio board pack
  /** The secretariat's light per column of the view's `requirements` (`lightAt`). */
  matrix: string;
  /** Municipalities among the product's user organisations. */
  municipalities: number;
  organisationCount: number;
  /** The level after each decision, oldest first. */
  history: LevelStep[];
  wishes: WishFigures;
  // --- end portfolio board pack
}

export interface PortfolioTotals {
  products: number;
  /** Products per current level; `none` = undecided or closed. */
  perLevel: Record<Level | 'none', number>;
  overdue: number;
  dueSoon: number;
}

export interface PortfolioView {
  /** Sorted by product name. Only products whose Jira project the caller may browse. */
  rows: PortfolioRow[];
  totals: PortfolioTotals;
  /** The date `overdue` and `dueSoon` were computed against (Danish time), YYYY-MM-DD. */
  today: string;
  /** The caller is the secretariat (sees every product and its evaluation). */
  canSeeEverything: boolean;
  /** Municipalities using at least 1, 2, 3 of the products shown, out of the 98. */
  adoption: Adoption;
  /** The matrix's columns: the current catalogue's requirements, in the order of each row's `matrix`. */
  requirements: MatrixColumn[];
}

export interface MatrixColumn {
  id: string;
  level: Level;
  theme: Theme;
  name: LocalText;
}

/** The dashboard gadget's saved configuration (stored by Jira, read from `req.context` only). */
export const GadgetConfigurationSchema = z.object({
  level: z.enum(['all', 'sandkasse', '1', '2', '3']).default('all'),
  /** 'due': only products whose evaluation is overdue or due within 30 days. */
  show: z.enum(['all', 'due']).default('all'),
});
export type GadgetConfiguration = z.output<typeof GadgetConfigurationSchema>;

export interface GadgetView extends PortfolioView {
  /** The configuration applied (defaults when none was saved or it was invalid). */
  configuration: GadgetConfiguration;
  /** A saved configuration existed but could not be read; the defaults were used instead. */
  configurationInvalid: boolean;
  /** Products the caller may see before the configuration's filter. */
  unfiltered: number;
}

// --- Audit log filters (governance record)
const auditLogInput = z
  .object({
    cursor: z.string().max(2000).nullable(),
    /** Only entries by this account. */
    actor: z.string().min(1).max(128).optional(),
    /** Only entries about this requirement id, wish issue key or other target. */
    target: z.string().min(1).max(200).optional(),
    /** Only this kind of change: an action prefix such as `decision` or `evaluation.saved`. */
    kind: z
      .string()
      .regex(/^[a-z][a-z.-]{0,60}$/)
      .optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
  })
  .strict();
// ---------------------------------------------------------------------------------------------
// Sprint planning: output types (the project page's Sprint planning sub-page)

/** One wish as the planning page shows it; the private fields are null unless the caller may see them. */
export interface SprintWishRow {
  issueId: string;
  key: string;
  summary: string;
  jiraStatus: string;
  jiraStatusCategory: string;
  status: WishStatus;
  statusChangedAt: string | null;
  /** The wish record's version (settlement is conditional on it). */
  version: number;
  /** Private: the score rests on the coordination group's ratings. */
  score: number | null;
  value: number | null;
  urgency: number | null;
  estimate: { hours: number; amountDkk: number; at: string } | null;
  /** Private: committed and invoiced pledges, and each pledge. */
  pledgedDkk: number | null;
  pledges: { organisation: string; amountDkk: number; state: (typeof PLEDGE_STATES)[number] }[] | null;
  /** Private, like the shortfall: with the estimate, either gives the pledges away. */
  commonShareDkk: number | null;
  shortfallDkk: number | null;
  qualified: boolean;
  /** Warnings about the wish itself (unqualified, unestimated, unfunded). */
  warnings: SprintWarning[];
  /** Every warning that stands against moving it into each open sprint (confirmed before it moves). */
  placement: { sprintId: number; warnings: SprintWarning[] }[];
  /** The open sprint it is in, or null. */
  sprintId: number | null;
  /** The last sprint it was in (open or closed), for settlement and review. */
  sprintName: string | null;
  acceptanceCriteria: string[];
  /** For the coordination group: the invoice basis of a delivered wish not yet settled. */
  settlement: SettlementProposal | null;
  settled: { at: string; totalDkk: number } | null;
}

export interface SprintColumn {
  id: number;
  name: string;
  state: 'active' | 'future' | 'closed';
  startDate: string | null;
  endDate: string | null;
  goal: string;
  capacity: { hours: number; version: number; updatedAt: string; updatedBy: Person | null } | null;
  /** The common budget's part is private (null), like each wish's share. */
  load: Omit<Load, 'commonShareDkk'> & { commonShareDkk: number | null };
  /** Wishes in the sprint, in Jira's rank order. */
  wishes: SprintWishRow[];
}

export interface SprintPlanView {
  project: { id: string; key: string };
  productName: string | null;
  boardId: number | null;
  /** The year (Danish time) the common budget is for. */
  year: number;
  commonBudgetDkk: number;
  commonSharePerWishDkk: number;
  /** Drawn by wishes in open sprints and by this year's settlements; private (null). */
  budgetDrawnDkk: number | null;
  budgetLeftDkk: number | null;
  /** Ordered, or accepted and ready, and in no open sprint: by score (or rank for those who may not see it). */
  candidates: SprintWishRow[];
  /** The board's active and future sprints. */
  sprints: SprintColumn[];
  /** The latest closed sprints (for the review export). */
  closedSprints: { id: number; name: string; completeDate: string | null }[];
  /** Delivered wishes: to settle, or settled this year. */
  delivered: SprintWishRow[];
  governanceTasks: { key: string; summary: string; status: string; statusCategory: string }[];
  settings: { shareFundingWithSupplier: boolean; version: number };
  /** Pledges, ratings and score are in this answer. */
  privateFieldsShown: boolean;
  /** Wish statuses this load moved to follow their sprint. */
  followed: number;
  capabilities: {
    canPlan: boolean;
    canSettle: boolean;
    canSetCapacity: boolean;
    canEstimate: boolean;
    canEditSettings: boolean;
  };
}

const sprintId = z.int().min(1).max(1_000_000_000);

/** Conflict check: the timestamp of the field as the editor last saw it (null = never set). */
const basedOn = z.iso.datetime({ offset: true }).nullable();

export const contract = {
  getSession: procedure<Session>()(empty),

  // Governance (the project page's Governance sub-page)
  getGovernanceView: procedure<GovernanceView>()(empty),
  getBacklogPage: procedure<BacklogPage>()(
    z.object({ startAt: z.number().int().min(0).max(100_000) }).strict(),
  ),
  saveAssessment: procedure<GovernanceView>()(
    z
      .object({
        requirementId,
        status: SelfStatusSchema,
        documentation: text(5000),
        explanation: text(5000),
        links: z.array(text(2048)).max(50),
        expectedVersion,
      })
      .strict(),
  ),
  saveEvaluation: procedure<GovernanceView>()(
    z
      .object({
        requirementId,
        light: LightSchema,
        basis: text(5000),
        recommendation: text(5000),
        expectedVersion,
      })
      .strict(),
  ),
  saveEvaluationSummary: procedure<GovernanceView>()(
    z
      .object({
        summary: text(MAX_LONG_TEXT_LENGTH),
        overall: text(MAX_LONG_TEXT_LENGTH),
        recommendationProduct: text(MAX_LONG_TEXT_LENGTH).default(''),
        recommendationBoard: text(MAX_LONG_TEXT_LENGTH),
        expectedVersion,
      })
      .strict(),
  ),
  recordDecision: procedure<GovernanceView>()(
    z
      .object({
        date: IsoDateSchema,
        kind: z.enum(DECISION_KINDS),
        resultingLevel: LevelSchema.nullable(),
        basis: text(5000),
        decidedBy: z.enum(DECIDERS),
        reference: text(2048),
        // --- Corrections and the outstanding-skal acknowledgement (governance record)
        /** The id of the earlier entry this decision corrects. */
        supersedes: z.string().min(1).max(200).optional(),
        correctionReason: text(5000).optional(),
        /** A raise with skal requirements outstanding: the count the decider confirmed. */
        acknowledgedOutstandingSkal: z.number().int().min(0).max(1000).optional(),
      })
      .strict(),
  ),
  createRequirementTask: procedure<GovernanceView>()(
    z
      .object({
        requirementId,
        /** Create one more although an open task exists (else the existing one is shown). */
        another: z.boolean().default(false),
      })
      .strict(),
  ),
  getAuditLog: procedure<AuditLogPage>()(auditLogInput),

  // --- Evaluation rounds (governance record)
  openEvaluationRound: procedure<GovernanceView>()(empty),
  completeEvaluationRound: procedure<GovernanceView>()(z.object({ expectedVersion }).strict()),

  // OS2's documents: export, and import with preview-then-apply
  exportDocument: procedure<ExportedDocument>()(
    z
      .object({
        kind: z.enum(['self-assessment-json', 'governance-report', 'evaluation-report', 'decision-log']),
        /** Markdown only: start with the front matter OS2's audit site uses (title, layout, parent). */
        frontMatter: z.boolean().default(false),
      })
      .strict(),
  ),
  previewImport: procedure<ImportPreviewView>()(importInput),
  applyImport: procedure<GovernanceView>()(importInput.extend({ basedOn: z.string().max(200) })),

  // Project settings page
  getProductSettings: procedure<ProductSettingsView>()(empty),
  saveProductSettings: procedure<ProductSettingsView>()(
    ProductProfileFieldsSchema.extend({
      steeringGroup: groupMembers,
      coordinationGroup: groupMembers,
      suppliers: groupMembers,
      organisations: z.array(nameSchema(NAME_LIMITS.organisation)).max(NAME_LIMITS.organisations),
      expectedVersion,
    }).strict(),
  ),

  // Admin page
  getAppSettings: procedure<AppSettingsView>()(empty),
  saveAppSettings: procedure<AppSettingsView>()(
    AppSettingsFieldsSchema.extend({
      secretariatGroup: jiraGroupName,
      boardGroup: jiraGroupName,
      expectedVersion,
    }).strict(),
  ),
  /** The app-wide audit log (admin-page writes), for the secretariat. */
  getAppAuditLog: procedure<AuditLogPage>()(auditLogInput),
  /** Answers only the changed user (organisation '' once removed): one change, a constant number of calls. */
  setUserOrganisation: procedure<MemberView>()(
    z
      .object({
        accountId: z.string().min(1).max(128),
        /** Empty: the user no longer acts for an organisation. */
        organisation: nameSchema(NAME_LIMITS.organisation, { allowEmpty: true }),
      })
      .strict(),
  ),

  // Wishes: the issue panel, the badge, the project's Wishes sub-page and its settings
  getWishPanel: procedure<WishPanelView>()(empty),
  getWishBadge: procedure<WishBadgeView>()(empty),
  supportWish: procedure<WishPanelView>()(z.object({ support: z.boolean() }).strict()),
  pledgeWish: procedure<WishPanelView>()(
    z
      .object({
        /** Whole kroner; the resolver refuses decimals with a hint. */
        amountDkk: z.number().min(0).max(1_000_000_000),
        state: z.enum(PLEDGE_STATES),
        /** Omitted: the caller's own organisation; another one only for the coordination group. */
        organisation: z.string().min(1).max(200).optional(),
      })
      .strict(),
  ),
  /** Withdraws a pledge (own organisation; another one only for the coordination group). */
  withdrawPledge: procedure<WishPanelView>()(
    z.object({ organisation: z.string().min(1).max(200).optional() }).strict(),
  ),
  setWishRequester: procedure<WishPanelView>()(
    z.object({ organisation: z.string().min(1).max(200).nullable(), basedOn }).strict(),
  ),
  setWishQualification: procedure<WishPanelView>()(
    z.object({ itemId: z.enum(QUALIFICATION_ITEM_IDS), checked: z.boolean() }).strict(),
  ),
  setWishEstimate: procedure<WishPanelView>()(
    z
      .object({
        estimate: z
          .object({ hours: z.number().min(0).max(100_000), amountDkk: z.number().min(0).max(1_000_000_000) })
          .strict()
          .nullable(),
        basedOn,
      })
      .strict(),
  ),
  setWishRating: procedure<WishPanelView>()(
    z
      .object({
        value: z.int().min(0).max(5).nullable(),
        urgency: z.int().min(0).max(5).nullable(),
        basedOn,
      })
      .strict(),
  ),
  transitionWish: procedure<WishPanelView>()(
    z
      .object({
        to: z.enum(WISH_STATUSES),
        reason: text(1000),
        duplicateOf: text(30),
        basedOn,
        /** The coordination group's reason to order a wish that is not ready; omitted otherwise. */
        override: text(1000).optional(),
      })
      .strict(),
  ),
  addWishDecision: procedure<WishPanelView>()(
    z
      .object({
        /** Chosen by the client so that a retried request adds the entry once. */
        id: z.string().regex(/^[A-Za-z0-9_-]{6,40}$/),
        date: IsoDateSchema,
        decision: text(1000),
        rationale: text(2000),
        meetingReference: text(500),
      })
      .strict(),
  ),
  /** Moves the Jira issue (as the user) into the category the product maps the wish's status to. */
  syncJiraStatus: procedure<WishPanelView>()(
    z
      .object({
        /** The wish status the user saw: the sync is refused if it changed since. */
        basedOn,
      })
      .strict(),
  ),
  /** The caller's organisation's evidence (a link and a quote) with its support; null removes it. */
  setWishEvidence: procedure<WishPanelView>()(
    z
      .object({
        evidence: z
          .object({ url: z.string().max(4000), quote: z.string().max(20_000) })
          .strict()
          .nullable(),
        /** The evidence's timestamp as the editor saw it (null: none). */
        basedOn,
      })
      .strict(),
  ),
  listWishes: procedure<WishListView>()(
    z
      .object({
        /** From the previous page; omitted for the first. */
        cursor: z.string().min(1).max(4000).optional(),
        status: z.enum(WISH_STATUSES).optional(),
      })
      .strict(),
  ),
  bulkTransitionWishes: procedure<WishBulkResult>()(
    z
      .object({
        items: z
          .array(z.object({ issueId: JiraIdSchema, basedOn }).strict())
          .min(1)
          .max(50),
        to: z.enum(WISH_STATUSES),
        reason: text(1000),
        duplicateOf: text(30),
      })
      .strict(),
  ),
  /** Saves the list's view under a name (a name already saved is replaced). */
  saveWishView: procedure<WishViewsView>()(
    z
      .object({
        /** Chosen by the client so that a retried save adds the view once. */
        id: z.string().regex(/^[A-Za-z0-9_-]{6,40}$/),
        name: z.string().trim().min(1).max(60),
        query: z.string().max(1000),
        expectedVersion,
      })
      .strict(),
  ),
  deleteWishView: procedure<WishViewsView>()(
    z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{6,40}$/), expectedVersion }).strict(),
  ),
  getWishSettings: procedure<WishSettingsView>()(empty),
  /** `job`: the re-scoring of the product's wishes, done or continuing on the queue. */
  saveWishSettings: procedure<{ view: WishSettingsView; job: WishJobProgress }>()(
    WishSettingsFieldsSchema.extend({ expectedVersion }).strict(),
  ),
  /** A wish job of the context project; `jobId` null: its latest (e.g. re-scoring still running). */
  getWishJobProgress: procedure<{ job: WishJobProgress | null }>()(
    z.object({ jobId: z.uuid().nullable() }).strict(),
  ),
  reindexWishes: procedure<WishReindexProgress>()(z.object({ cursor: z.string().min(1).max(4000) }).strict()),

  // Wish intake and the global wishes page. The global page has no project in req.context: the
  // product and the listed issue come from the payload and the resolver checks the caller on each.
  getWishIntake: procedure<WishIntakeView>()(empty),
  submitWish: procedure<WishSubmitted>()(
    WishIntakeFieldsSchema.extend({
      /** Only on the global page; on the project page the context project is the product. */
      projectId: JiraIdSchema.optional(),
      /** Chosen by the client so that a retried submit creates one issue. */
      submissionId: z.string().regex(/^[A-Za-z0-9_-]{6,40}$/),
    }).strict(),
  ),
  findSimilarWishes: procedure<{ similar: SimilarWish[] }>()(
    z.object({ title: z.string().max(200), projectId: JiraIdSchema.optional() }).strict(),
  ),
  listAllWishes: procedure<GlobalWishPage>()(
    z
      .object({
        cursor: z.string().min(1).max(4000).nullable(),
        mine: z.enum(['all', 'any', 'requested', 'supports', 'pledged']),
        status: z.enum(['all', ...WISH_STATUSES]),
        search: z.string().max(100),
      })
      .strict(),
  ),
  supportListedWish: procedure<{
    key: string;
    supported: boolean;
    organisationCount: number;
    score: number;
  }>()(z.object({ issueId: JiraIdSchema, support: z.boolean() }).strict()),
  pledgeListedWish: procedure<{ key: string; pledgedDkk: number; score: number }>()(
    z
      .object({
        issueId: JiraIdSchema,
        amountDkk: z.number().min(0).max(1_000_000_000),
        state: z.enum(['indicated', 'committed']),
      })
      .strict(),
  ),

  /** The coordination group: issues of the wish types that are not wishes yet, and marking them. */
  listUnmarkedWishes: procedure<UnmarkedWishPage>()(
    z.object({ cursor: z.string().min(1).max(4000).nullable() }).strict(),
  ),
  markAsWishes: procedure<WishBulkResult>()(
    z.object({ issueIds: z.array(JiraIdSchema).min(1).max(50) }).strict(),
  ),
  // --- admin directory: pickers and group mappings (Jira administrators)
  searchJiraGroups: procedure<{ groups: string[] }>()(
    z.object({ query: z.string().trim().max(NAME_LIMITS.jiraGroup) }).strict(),
  ),
  searchJiraUsers: procedure<{ users: Person[] }>()(
    z.object({ query: z.string().trim().min(1).max(200) }).strict(),
  ),
  setGroupOrganisation: procedure<GroupMappingsView>()(
    z
      .object({
        group: nameSchema(NAME_LIMITS.jiraGroup),
        /** Empty: the group's members no longer act for an organisation through it. */
        organisation: nameSchema(NAME_LIMITS.organisation, { allowEmpty: true }),
        expectedVersion,
      })
      .strict(),
  ),
  // --- end admin directory

  // Portfolio (dashboards): the global page and the dashboard gadget, from the precomputed summaries
  getPortfolio: procedure<PortfolioView>()(empty),
  /** Filtered by the gadget's saved configuration, which comes from `req.context`, never the payload. */
  getGadget: procedure<GadgetView>()(empty),

  // Sprint planning (the project page's Sprint planning sub-page)
  getSprintPlan: procedure<SprintPlanView>()(empty),
  planIntoSprint: procedure<SprintPlanView>()(
    z
      .object({
        issueId: JiraIdSchema,
        sprintId,
        /** The warnings the planner saw and confirmed; any other standing warning refuses the move. */
        confirmed: z.array(z.enum(SPRINT_WARNINGS)).max(SPRINT_WARNINGS.length),
      })
      .strict(),
  ),
  removeFromSprint: procedure<SprintPlanView>()(z.object({ issueId: JiraIdSchema }).strict()),
  rankInSprint: procedure<SprintPlanView>()(
    z
      .object({
        issueId: JiraIdSchema,
        /** Rank it directly before or after this issue of the same sprint. */
        anchorIssueId: JiraIdSchema,
        position: z.enum(['before', 'after']),
      })
      .strict(),
  ),
  setSprintCapacity: procedure<SprintPlanView>()(
    z.object({ sprintId, hours: z.number().min(0).max(MAX_CAPACITY_HOURS), expectedVersion }).strict(),
  ),
  setSprintEstimate: procedure<SprintPlanView>()(
    z
      .object({
        issueId: JiraIdSchema,
        hours: z.number().min(0).max(100_000),
        amountDkk: z.number().min(0).max(1_000_000_000),
        basedOn,
      })
      .strict(),
  ),
  saveSprintSettings: procedure<SprintPlanView>()(
    z.object({ shareFundingWithSupplier: z.boolean(), expectedVersion }).strict(),
  ),
  settleDelivery: procedure<SprintPlanView>()(
    z.object({ issueId: JiraIdSchema, expectedVersion: z.int().min(1) }).strict(),
  ),
  exportSprintDocument: procedure<ExportedDocument>()(
    z
      .object({
        kind: z.enum(['sprint-plan', 'sprint-review', 'settlement-csv', 'settlement-markdown']),
        /** The sprint of a plan or review; ignored for the settlement, which lists the year's. */
        sprintId: sprintId.nullable(),
      })
      .strict(),
  ),
} as const;

export type Contract = typeof contract;
export type FunctionKey = keyof Contract;
/** What the UI sends. */
export type InputOf<K extends FunctionKey> = z.input<Contract[K]['input']>;
/** What a handler receives, after validation. */
export type ParsedInputOf<K extends FunctionKey> = z.output<Contract[K]['input']>;
export type OutputOf<K extends FunctionKey> = NonNullable<Contract[K]['output']>;
