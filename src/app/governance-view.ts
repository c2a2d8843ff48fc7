import type { DecisionRow, GovernanceView, RequirementRow } from '../contract';
import {
  draftLight,
  progressTowardLevel,
  requirementState,
  UNANSWERED,
  type RequirementEvaluation,
} from '../domain/assessment';
import {
  evaluationSchedule,
  isLightStale,
  openRound,
  roundEvaluations,
  shownRound,
  type EvaluationRound,
} from '../domain/evaluation-round';
import { appliesAt, DEFAULT_CATALOGUE_VERSION, getCatalogue, requirementById } from '../domain/catalogue';
import type { Level } from '../domain/catalogue/types';
import { currentLevel, supersededIds, type LevelDecision } from '../domain/level';
import { ProductProfileFieldsSchema, type ProductProfileFields } from '../domain/product';
import { searchIssues } from '../platform/jira-gateway';
import { queryPartition } from '../platform/storage';
import { can, contextProject, projectAccessFromContext, type ProjectAccess } from './access';
import type { Caller } from './caller';
import { AppError, notFound } from './errors';
import { peopleById } from './people';
import {
  ASSESSMENT,
  assessmentFromStored,
  DECISION,
  decisionFromStored,
  isFreshTask,
  ROUND,
  roundFromStored,
  type StoredAssessment,
  type StoredAssessmentRecord,
  type StoredDecision,
  type StoredRound,
} from './records';

/** A product's governance records and the Governance page assembled from them. */

export interface ProjectRecords {
  assessments: Map<string, StoredAssessmentRecord>;
  /**
   * Every evaluation round, oldest first, the open draft included. Never read lights from here
   * directly: `visibleEvaluation` decides which round a reader may see.
   */
  rounds: EvaluationRound[];
  decisions: LevelDecision[];
}

/** All of a product's governance records: three partition queries, in parallel. */
export async function loadProjectRecords(projectId: string): Promise<ProjectRecords> {
  const [assessments, rounds, decisions] = await Promise.all([
    queryPartition<StoredAssessment>(ASSESSMENT, 'by-project', [projectId]),
    queryPartition<StoredRound>(ROUND, 'by-project', [projectId]),
    queryPartition<StoredDecision>(DECISION, 'by-project-date', [projectId]),
  ]);
  return {
    assessments: new Map(assessments.map(({ value }) => [value.requirementId, assessmentFromStored(value)])),
    rounds: rounds.map(({ value }) => roundFromStored(value)).sort((a, b) => a.number - b.number),
    decisions: decisions.map(({ value }) => decisionFromStored(value)),
  };
}

/**
 * The requirement whose task this issue is, from the assessments' own links (the app's record),
 * never from an issue property anyone with edit rights can write.
 */
export async function requirementTaskedTo(projectId: string, issueId: string): Promise<string | null> {
  const assessments = await queryPartition<StoredAssessment>(ASSESSMENT, 'by-project', [projectId]);
  const served = assessments.find(({ value }) => value.record.linkedIssueIds?.includes(issueId));
  return served?.value.requirementId ?? null;
}

/** The evaluation a reader sees: see `shownRound`. */
export interface VisibleEvaluation {
  round: EvaluationRound | undefined;
  evaluations: Map<string, RequirementEvaluation>;
}

/** The one place that decides whether a reader sees the open round's draft. */
export function visibleEvaluation(records: ProjectRecords, canSeeDrafts: boolean): VisibleEvaluation {
  const round = shownRound(records.rounds, canSeeDrafts);
  return { round, evaluations: roundEvaluations(round) };
}

async function linkedIssues(caller: Caller, ids: string[]) {
  if (ids.length === 0) return new Map<string, RequirementRow['linkedIssues'][number]>();
  const answer = await searchIssues(caller.jira.asUser, {
    jql: `id in (${ids.join(',')})`,
    fields: ['summary', 'status'],
    maxResults: 100,
  });
  return new Map(
    answer.issues.map((issue) => [
      issue.id,
      {
        id: issue.id,
        key: issue.key,
        summary: issue.fields.summary ?? '',
        status: issue.fields.status?.name ?? '',
        statusCategory: issue.fields.status?.statusCategory?.key ?? 'new',
      },
    ]),
  );
}

/** The current level for display: the latest decision's, with since when and by whom. */
export function currentOf(decisions: readonly LevelDecision[]): GovernanceView['current'] {
  const current = currentLevel(decisions);
  return current
    ? {
        level: current.level,
        since: current.since,
        decidedBy: current.decision.decidedBy,
        status: current.status,
      }
    : null;
}

/**
 * The whole Governance page in one answer. `drafts` false builds the page as someone who may
 * not see an open round (the portfolio summary is built that way for everyone).
 */
export async function governanceView(
  caller: Caller,
  access: ProjectAccess,
  preloaded?: ProjectRecords,
  drafts: boolean = can.seeDrafts(access),
): Promise<GovernanceView> {
  const records = preloaded ?? (await loadProjectRecords(access.projectId));
  const shown = visibleEvaluation(records, drafts);
  const evaluations = shown.evaluations;
  const profile = access.profile;
  const catalogueVersion = profile?.catalogueVersion ?? DEFAULT_CATALOGUE_VERSION;
  const catalogue = getCatalogue(catalogueVersion);
  const current = currentLevel(records.decisions);
  const targetLevel: Level = profile?.targetLevel ?? current?.level ?? 'sandkasse';

  const issueIds = [...records.assessments.values()].flatMap((a) => a.linkedIssueIds ?? []);
  const personIds = [
    ...[...records.assessments.values()].map((a) => a.updatedBy),
    ...[...evaluations.values()].map((e) => e.evaluatedBy),
    ...records.decisions.map((d) => d.decidedByAccountId),
    ...(shown.round ? [shown.round.openedBy, shown.round.completedBy ?? ''] : []),
  ];
  const [issues, people] = await Promise.all([linkedIssues(caller, issueIds), peopleById(caller, personIds)]);

  const requirements: RequirementRow[] = catalogue.requirements.map((requirement) => {
    const assessment = records.assessments.get(requirement.id);
    const evaluation = evaluations.get(requirement.id);
    const light = shown.round?.lights.find((l) => l.requirementId === requirement.id);
    const status = assessment?.status ?? UNANSWERED;
    return {
      id: requirement.id,
      theme: requirement.theme,
      level: requirement.level,
      modality: requirement.modality,
      name: { da: requirement.nameDa, en: requirement.nameEn },
      guidance: requirement.guidanceDa,
      status,
      documentation: assessment?.documentation ?? '',
      explanation: assessment?.explanation ?? '',
      links: assessment?.links ?? [],
      assessmentVersion: assessment?.version ?? 0,
      updatedAt: assessment?.updatedAt,
      updatedBy: assessment ? people.get(assessment.updatedBy) : undefined,
      evaluation: evaluation
        ? {
            light: evaluation.light,
            basis: evaluation.basis,
            recommendation: evaluation.recommendation,
            source: evaluation.source,
            version: evaluation.version,
            evaluatedAt: evaluation.evaluatedAt,
            evaluatedBy: people.get(evaluation.evaluatedBy),
            stale: light ? isLightStale(light, assessment) : false,
          }
        : undefined,
      light: evaluation?.source === 'set' ? evaluation.light : draftLight(status),
      state: requirementState(assessment, evaluation),
      inScope: appliesAt(requirement.level, targetLevel),
      linkedIssues: (assessment?.linkedIssueIds ?? []).flatMap((id) => {
        const issue = issues.get(id);
        if (issue) return [issue];
        // Not in Jira's search yet (its index lags a create): what the create answered.
        const created = assessment?.linkedIssues?.find((t) => t.id === id && isFreshTask(t));
        return created
          ? [{ id, key: created.key, summary: created.summary, status: '', statusCategory: 'new' }]
          : [];
      }),
    };
  });

  const progress = progressTowardLevel(catalogue, targetLevel, records.assessments, evaluations);
  const schedule = evaluationSchedule(records.rounds, records.decisions);
  const superseded = supersededIds(records.decisions);
  const correctedBy = new Map(records.decisions.flatMap((d) => (d.supersedes ? [[d.supersedes, d.id]] : [])));
  const round = shown.round;
  const decisions: DecisionRow[] = [...records.decisions]
    .sort((a, b) => b.date.localeCompare(a.date) || b.recordedAt.localeCompare(a.recordedAt))
    .map((d) => ({
      id: d.id,
      date: d.date,
      kind: d.kind,
      resultingLevel: d.resultingLevel,
      basis: d.basis,
      decidedBy: d.decidedBy,
      decidedByPerson: people.get(d.decidedByAccountId),
      reference: d.reference,
      recordedAt: d.recordedAt,
      superseded: superseded.has(d.id),
      ...(correctedBy.has(d.id) ? { supersededBy: correctedBy.get(d.id) } : {}),
      ...(d.supersedes ? { supersedes: d.supersedes, correctionReason: d.correctionReason ?? '' } : {}),
    }));

  return {
    project: { id: access.projectId, key: access.projectKey },
    profile: profile ? { ...pickFields(profile), version: profile.version } : null,
    catalogueVersion,
    levelLabels: Object.fromEntries(
      Object.entries(catalogue.levelLabels).map(([level, label]) => [level, label]),
    ) as GovernanceView['levelLabels'],
    current: currentOf(records.decisions),
    targetLevel,
    progress: {
      total: progress.all.total,
      done: progress.all.done,
      outstanding: progress.all.outstanding,
      percent: progress.all.percent,
      skal: { total: progress.byModality.skal.total, done: progress.byModality.skal.done },
      bør: { total: progress.byModality.bør.total, done: progress.byModality.bør.done },
    },
    lastEvaluation: schedule.lastEvaluation,
    nextEvaluationDue: schedule.nextDue,
    evaluationOverdue: schedule.overdue && current?.status !== 'closed',
    evaluationInProgress: openRound(records.rounds) !== undefined,
    evaluationRound: round
      ? {
          number: round.number,
          status: round.status,
          openedAt: round.openedAt,
          openedBy: people.get(round.openedBy),
          completedAt: round.completedAt ?? null,
          completedBy: round.completedBy ? people.get(round.completedBy) : undefined,
          lit: round.lights.length,
          total: catalogue.requirements.length,
          version: round.version,
        }
      : null,
    requirements,
    evaluationSummary: round
      ? {
          summary: round.summary,
          overall: round.overall,
          recommendationProduct: round.recommendationProduct,
          recommendationBoard: round.recommendationBoard,
          version: round.summaryVersion,
          updatedAt: round.summaryUpdatedAt ?? null,
        }
      : null,
    decisions,
    capabilities: {
      canEditAssessment: can.editAssessment(access),
      canEvaluate: can.evaluate(access),
      canSeeDrafts: drafts,
      canDecide: can.decide(access),
      canCreateIssues: can.createIssues(access),
      canEditSettings: can.editSettings(access),
    },
  };
}

/** The profile's editable fields, without what storage adds (version, timestamps). */
function pickFields(profile: NonNullable<ProjectAccess['profile']>): ProductProfileFields {
  const keys = ProductProfileFieldsSchema.keyof().options;
  return Object.fromEntries(keys.map((key) => [key, profile[key]])) as ProductProfileFields;
}

export async function getGovernanceView(caller: Caller): Promise<GovernanceView> {
  // Storage is read in parallel with the access check; nothing is returned unless the check passes.
  const { projectId } = contextProject(caller);
  const [access, records] = await Promise.all([
    projectAccessFromContext(caller),
    loadProjectRecords(projectId),
  ]);
  return governanceView(caller, access, records);
}

/** The product profile, for writes that need the project to be linked to an OS2 product. */
export function requireProfile(access: ProjectAccess) {
  if (!access.profile) {
    throw new AppError('not-found', {
      da: 'Projektet er endnu ikke knyttet til et OS2-produkt. Det gøres under projektindstillinger.',
      en: 'This project is not linked to an OS2 product yet. Link it in the project settings.',
    });
  }
  return access.profile;
}

export function requirementOf(access: ProjectAccess, requirementId: string) {
  const profile = requireProfile(access);
  const requirement = requirementById(getCatalogue(profile.catalogueVersion), requirementId);
  if (!requirement)
    throw notFound({
      da: `Kravet ${requirementId} findes ikke.`,
      en: `Requirement ${requirementId} does not exist.`,
    });
  return requirement;
}
