import type { GovernanceView } from '../contract';
import type { Level } from '../domain/catalogue/types';
import { setEntity } from '../platform/storage';
import { can, type ProjectAccess } from './access';
import type { Caller } from './caller';
import { governanceView, loadProjectRecords, type ProjectRecords } from './governance-view';
import { SUMMARY } from './records';
import type { Light } from '../domain/governance/vocabulary';
import { encodeMatrix, municipalityIndexes, type LevelStep } from '../domain/portfolio/model';
import { updatePortfolioEntry } from './portfolio-aggregate';

/** The level each decision left the product at (null once closed), oldest first. */
function levelHistory(decisions: GovernanceView['decisions']): LevelStep[] {
  return decisions
    .map((d) => ({ date: d.date, level: d.resultingLevel }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** What a dashboard needs of one product: precomputed on every write so the portfolio reads one record per product. */
export interface PortfolioSummary {
  projectId: string;
  projectKey: string;
  productName: string;
  catalogueVersion: string;
  level: Level | null;
  levelSince: string | null;
  levelStatus: 'active' | 'paused' | 'closed' | 'undecided';
  targetLevel: Level;
  progressPercent: number;
  outstanding: number;
  outstandingSkal: number;
  outstandingBør: number;
  lights: Record<'green' | 'yellow' | 'red' | 'grey', number>;
  lastEvaluation: string | null;
  nextEvaluationDue: string | null;
  /** As of `updatedAt`; readers compare `nextEvaluationDue` with their own today. */
  overdue: boolean;
  /** The secretariat's light per requirement, compact (`encodeMatrix`); absent in summaries written before it. */
  matrix?: string;
  /** Indexes into MUNICIPALITIES of the municipalities using the product (adoption). */
  municipalities?: number[];
  /** How many organisations use the product, municipalities or not. */
  organisationCount?: number;
  /** The level after each decision, oldest first. */
  history?: LevelStep[];
  updatedAt: string;
}

export interface StoredSummary {
  projectId: string;
  productName: string;
  record: PortfolioSummary;
  updatedAt: string;
}

/** `view` must be built without drafts: the summary is read by everyone on the portfolio. */
export function summarise(access: ProjectAccess, view: GovernanceView): PortfolioSummary {
  const inScope = view.requirements.filter((r) => r.inScope);
  const outstanding = inScope.filter((r) => r.state === 'outstanding');
  const lights = { green: 0, yellow: 0, red: 0, grey: 0 };
  const set = new Map<string, Light>();
  // The secretariat's lights only: a draft derived from the product's own answer is not an evaluation.
  for (const r of view.requirements) {
    if (r.evaluation?.source !== 'set') continue;
    lights[r.evaluation.light] += 1;
    set.set(r.id, r.evaluation.light);
  }
  const organisations = view.profile?.organisations ?? [];
  return {
    projectId: access.projectId,
    projectKey: access.projectKey,
    productName: view.profile?.productName ?? access.projectKey,
    catalogueVersion: view.catalogueVersion,
    level: view.current?.level ?? null,
    levelSince: view.current?.since ?? null,
    levelStatus: view.current?.status ?? 'undecided',
    targetLevel: view.targetLevel,
    progressPercent: view.progress.percent,
    outstanding: outstanding.length,
    outstandingSkal: outstanding.filter((r) => r.modality === 'skal').length,
    outstandingBør: outstanding.filter((r) => r.modality === 'bør').length,
    lights,
    lastEvaluation: view.lastEvaluation,
    nextEvaluationDue: view.nextEvaluationDue,
    overdue: view.evaluationOverdue,
    matrix: encodeMatrix(view.catalogueVersion, set),
    municipalities: municipalityIndexes(organisations),
    organisationCount: organisations.length,
    history: levelHistory(view.decisions),
    updatedAt: new Date().toISOString(),
  };
}

export function summaryWrite(
  access: ProjectAccess,
  view: GovernanceView,
): [typeof SUMMARY, string, StoredSummary] {
  const record = summarise(access, view);
  return [
    SUMMARY,
    access.projectId,
    { projectId: access.projectId, productName: record.productName, record, updatedAt: record.updatedAt },
  ];
}

/**
 * Rewrites the product's portfolio summary from its records as they are now, and hands back the
 * view and records it read so the caller need not read them again. A failed summary write is
 * logged, not thrown: it must not undo the write that came before it.
 */
export async function refreshSummary(
  caller: Caller,
  access: ProjectAccess,
): Promise<{ view: GovernanceView; records: ProjectRecords }> {
  const records = await loadProjectRecords(access.projectId);
  // The summary never carries an open round's draft; the caller's own view may.
  const publicView = await governanceView(caller, access, records, false);
  const view = can.seeDrafts(access) ? await governanceView(caller, access, records) : publicView;
  const write = summaryWrite(access, publicView);
  await setEntity(...write).catch((error: unknown) => console.error('summary write failed', error));
  // The portfolio reads the aggregate, not the summaries; the summaries are what it is rebuilt from.
  await updatePortfolioEntry(access.projectId, (entry) => ({ ...entry, summary: write[2].record })).catch(
    (error: unknown) => console.error('portfolio aggregate write failed', error),
  );
  return { view, records };
}
