/**
 * The RPC contract between the Custom UI and the resolver: for every function key its zod input
 * schema and its output type. One definition; the UI's `call()` and the server's dispatcher both
 * derive their types from it (like tRPC, without code generation).
 */
import { z } from 'zod';
import { LightSchema, SelfStatusSchema, type Light, type SelfStatus } from './domain/assessment';
import { LevelSchema } from './domain/catalogue';
import type { CatalogueVersion, Level, LocalText, Modality, Theme } from './domain/catalogue/types';
import { DECIDERS, DECISION_KINDS, IsoDateSchema, type DecisionKind, type Decider } from './domain/level';
import {
  AppSettingsFieldsSchema,
  ProductProfileFieldsSchema,
  type AppSettingsFields,
  type ProductProfileFields,
} from './domain/product';

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

export interface Person {
  accountId: string;
  displayName: string;
}

export interface Capabilities {
  canEditAssessment: boolean;
  canEvaluate: boolean;
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
  requirements: RequirementRow[];
  evaluationSummary: {
    summary: string;
    overall: string;
    recommendationBoard: string;
    version: number;
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
}

export interface ProductSettingsView {
  project: { id: string; key: string; name: string };
  profile: (ProductProfileFields & { version: number }) | null;
  roles: string[];
  people: Person[];
  organisations: string[];
  canEdit: boolean;
}

export interface AppSettingsView {
  settings: AppSettingsFields & { version: number };
  members: { accountId: string; displayName: string; organisation: string }[];
  organisations: string[];
}

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
  /** Governance report shape (A, B, C, D) or 'json'. */
  format: string;
  changes: { requirementId: string; field: string; before: string; after: string }[];
  unchanged: number;
  kept: { requirementId: string; field: string; current: string }[];
  unmapped: { line: number; rawId: string; text: string }[];
  otherStatuses: { requirementId: string; text: string }[];
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
        summary: text(10000),
        overall: text(10000),
        recommendationBoard: text(10000),
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
      })
      .strict(),
  ),
  createRequirementTask: procedure<GovernanceView>()(z.object({ requirementId }).strict()),
  getAuditLog: procedure<{ entries: AuditEntryView[]; cursor: string | null }>()(
    z.object({ cursor: z.string().max(2000).nullable() }).strict(),
  ),

  // OS2's documents (issue 6): export, and import with preview-then-apply
  exportDocument: procedure<ExportedDocument>()(
    z
      .object({
        kind: z.enum(['self-assessment-json', 'governance-report', 'evaluation-report', 'decision-log']),
      })
      .strict(),
  ),
  previewImport: procedure<ImportPreviewView>()(importInput),
  applyImport: procedure<GovernanceView>()(importInput.extend({ basedOn: z.string().max(200) })),

  // Project settings page
  getProductSettings: procedure<ProductSettingsView>()(empty),
  saveProductSettings: procedure<ProductSettingsView>()(
    ProductProfileFieldsSchema.extend({ expectedVersion }).strict(),
  ),

  // Admin page
  getAppSettings: procedure<AppSettingsView>()(empty),
  saveAppSettings: procedure<AppSettingsView>()(AppSettingsFieldsSchema.extend({ expectedVersion }).strict()),
  setUserOrganisation: procedure<AppSettingsView>()(
    z.object({ accountId: z.string().min(1).max(128), organisation: text(120) }).strict(),
  ),
} as const;

export type Contract = typeof contract;
export type FunctionKey = keyof Contract;
/** What the UI sends. */
export type InputOf<K extends FunctionKey> = z.input<Contract[K]['input']>;
/** What a handler receives, after validation. */
export type ParsedInputOf<K extends FunctionKey> = z.output<Contract[K]['input']>;
export type OutputOf<K extends FunctionKey> = NonNullable<Contract[K]['output']>;
