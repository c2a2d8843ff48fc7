import { randomUUID } from 'node:crypto';
import {
  RequirementAssessmentSchema,
  RequirementEvaluationSchema,
  type RequirementAssessment,
  type RequirementEvaluation,
} from '../domain/assessment';
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
export const EVALUATION = 'evaluation';
export const DECISION = 'decision';
export const AUDIT = 'audit';
export const SUMMARY = 'summary';
export const MEMBER = 'member';
/** App-wide and per-product settings, each a versioned record: `app`, `wish:<projectId>`. */
export const SETTING = 'setting';
export const APP_SETTINGS_KEY = 'app';
export const wishSettingsKey = (projectId: string) => `wish:${projectId}`;

/** Evaluation summary of a product is stored beside its per-requirement evaluations. */
export const EVALUATION_SUMMARY_ID = '_summary';

export type StoredProduct = VersionedValue<ProductProfile> & { projectId: string; productName: string };
export type StoredAssessment = VersionedValue<StoredAssessmentRecord> & {
  projectId: string;
  requirementId: string;
};
export type StoredEvaluation = VersionedValue<RequirementEvaluation> & {
  projectId: string;
  requirementId: string;
};
export interface StoredDecision {
  projectId: string;
  date: string;
  record: LevelDecision;
}

/** An assessment plus the Jira issues created to close its gap. */
export type StoredAssessmentRecord = RequirementAssessment & { linkedIssueIds?: string[] };

export interface EvaluationSummaryRecord {
  summary: string;
  overall: string;
  recommendationBoard: string;
  evaluatedAt: string;
  evaluatedBy: string;
  version: number;
}
export type StoredEvaluationSummary = VersionedValue<EvaluationSummaryRecord> & {
  projectId: string;
  requirementId: string;
};

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
  return { ...RequirementAssessmentSchema.parse(stored.record), linkedIssueIds };
}

export function storedAssessment(projectId: string, record: StoredAssessmentRecord): StoredAssessment {
  return {
    projectId,
    requirementId: record.requirementId,
    record,
    version: record.version,
    updatedAt: record.updatedAt,
  };
}

export function evaluationFromStored(stored: StoredEvaluation): RequirementEvaluation {
  return RequirementEvaluationSchema.parse(stored.record);
}

export function storedEvaluation(projectId: string, record: RequirementEvaluation): StoredEvaluation {
  return {
    projectId,
    requirementId: record.requirementId,
    record,
    version: record.version,
    updatedAt: record.evaluatedAt,
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
}

/** Every change lands in the audit log, in the same transaction as the change where the store allows. */
export function auditWrite(
  projectId: string,
  actorAccountId: string,
  action: string,
  record: AuditRecord,
  at = new Date().toISOString(),
): SideWrite {
  const value: StoredAudit = { projectId, at, actorAccountId, action, record };
  return { entity: AUDIT, key: `${projectId}:${at}:${randomUUID().slice(0, 8)}`, value };
}
