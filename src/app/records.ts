import { randomUUID } from 'node:crypto';
import { RequirementAssessmentSchema, type RequirementAssessment } from '../domain/assessment';
import { EvaluationRoundSchema, type EvaluationRound } from '../domain/evaluation-round';
import { LevelDecisionSchema, type LevelDecision } from '../domain/level';
import { ProductProfileSchema, type ProductProfile } from '../domain/product';
import type { SideWrite, VersionedValue } from '../platform/storage';

/**
 * How each domain record is stored as a custom entity (manifest.yml `app.storage.entities`):
 * indexed fields as attributes, the full zod-validated record under `record`. Reads validate, so
 * a record written by an older schema version fails loudly instead of being half-read.
 */

export const PRODUCT = 'product';
export const ASSESSMENT = 'assessment';
export const ROUND = 'round';
export const DECISION = 'decision';
export const AUDIT = 'audit';
export const SUMMARY = 'summary';
export const MEMBER = 'member';
/** App-wide and per-product settings, each a versioned record: `app`, `wish:<projectId>`, `wish-views:<projectId>`. */
export const SETTING = 'setting';
export const APP_SETTINGS_KEY = 'app';
export const wishSettingsKey = (projectId: string) => `wish:${projectId}`;
/** A product's saved views of its wishes list. */
export const wishViewsKey = (projectId: string) => `wish-views:${projectId}`;

export type StoredProduct = VersionedValue<ProductProfile> & { projectId: string; productName: string };
export type StoredAssessment = VersionedValue<StoredAssessmentRecord> & {
  projectId: string;
  requirementId: string;
};
export interface StoredDecision {
  projectId: string;
  date: string;
  record: LevelDecision;
}

/** A task the app created, as Jira answered the create (shown until the search index has it). */
export interface CreatedTask {
  id: string;
  key: string;
  summary: string;
  createdAt: string;
}

/** How long a created task Jira's search does not return yet is still shown and counted (the index lags). */
export const INDEX_LAG_MS = 10 * 60_000;

export const isFreshTask = (task: CreatedTask, now = Date.now()) =>
  now - Date.parse(task.createdAt) < INDEX_LAG_MS;

/** An assessment plus the Jira issues created to close its gap. */
export type StoredAssessmentRecord = RequirementAssessment & {
  linkedIssueIds?: string[];
  linkedIssues?: CreatedTask[];
};

export type StoredRound = VersionedValue<EvaluationRound> & { projectId: string; roundNo: string };

/** Rounds sort by their number as a zero-padded string (the index's range). */
export const roundNo = (n: number) => String(n).padStart(4, '0');
export const roundKey = (projectId: string, n: number) => `${projectId}:round:${roundNo(n)}`;

export function storedRound(round: EvaluationRound): StoredRound {
  return {
    projectId: round.projectId,
    roundNo: roundNo(round.number),
    record: round,
    version: round.version,
    updatedAt: round.updatedAt,
  };
}

export function roundFromStored(stored: StoredRound): EvaluationRound {
  return EvaluationRoundSchema.parse(stored.record);
}

export const requirementKey = (projectId: string, requirementId: string) => `${projectId}:${requirementId}`;

export function productFromStored(stored: StoredProduct): ProductProfile {
  return ProductProfileSchema.parse(stored.record);
}

export function storedProduct(profile: ProductProfile): StoredProduct {
  return {
    projectId: profile.projectId,
    productName: profile.productName,
    record: profile,
    version: profile.version,
    updatedAt: profile.updatedAt,
  };
}

export function assessmentFromStored(stored: StoredAssessment): StoredAssessmentRecord {
  const linkedIssueIds = stored.record.linkedIssueIds ?? [];
  const linkedIssues = (stored.record.linkedIssues ?? []).filter(
    (t): t is CreatedTask =>
      typeof t?.id === 'string' && typeof t.key === 'string' && typeof t.summary === 'string',
  );
  return { ...RequirementAssessmentSchema.parse(stored.record), linkedIssueIds, linkedIssues };
}

/** What the audit log keeps of an answer, before and after a change. */
export const auditedAnswer = (
  record: Pick<StoredAssessmentRecord, 'status' | 'documentation' | 'explanation' | 'links'>,
) => ({
  status: record.status,
  documentation: record.documentation,
  explanation: record.explanation,
  links: record.links,
});

export function storedAssessment(projectId: string, record: StoredAssessmentRecord): StoredAssessment {
  return {
    projectId,
    requirementId: record.requirementId,
    record,
    version: record.version,
    updatedAt: record.updatedAt,
  };
}

export function decisionFromStored(stored: StoredDecision): LevelDecision {
  return LevelDecisionSchema.parse(stored.record);
}

export interface AuditRecord {
  target: string;
  before: unknown;
  after: unknown;
}

export interface StoredAudit {
  projectId: string;
  at: string;
  actorAccountId: string;
  action: string;
  record: AuditRecord;
  /** Written into an open evaluation round: private to those who may see drafts until it completes. */
  round?: number;
}

/** Every change lands in the audit log, in the same transaction as the change where the store allows. */
export function auditWrite(
  projectId: string,
  actorAccountId: string,
  action: string,
  record: AuditRecord,
  at = new Date().toISOString(),
  round?: number,
): SideWrite {
  const value: StoredAudit = {
    projectId,
    at,
    actorAccountId,
    action,
    record,
    ...(round === undefined ? {} : { round }),
  };
  return { entity: AUDIT, key: `${projectId}:${at}:${randomUUID().slice(0, 8)}`, value };
}
