import { route } from '@forge/api';
import type { BacklogPage, DecisionRow, GovernanceView, ParsedInputOf, RequirementRow } from '../contract';
import {
  draftLight,
  progressTowardLevel,
  requirementState,
  UNANSWERED,
  validateAssessment,
  type RequirementEvaluation,
} from '../domain/assessment';
import { appliesAt, DEFAULT_CATALOGUE_VERSION, getCatalogue, requirementById } from '../domain/catalogue';
import type { Level } from '../domain/catalogue/types';
import { currentLevel, nextEvaluationDue, validateDecision, type LevelDecision } from '../domain/level';
import {
  queryPartition,
  setEntity,
  transact,
  VersionConflictError,
  writeVersioned,
  type EntityName,
  type SideWrite,
  type VersionedValue,
} from '../platform/storage';
import { can, contextProject, ensure, projectAccess, type ProjectAccess } from './access';
import type { Caller } from './caller';
import { AppError, notFound } from './errors';
import { peopleById } from './people';
import {
  ASSESSMENT,
  assessmentFromStored,
  auditWrite,
  DECISION,
  decisionFromStored,
  EVALUATION,
  EVALUATION_SUMMARY_ID,
  evaluationFromStored,
  requirementKey,
  storedAssessment,
  storedEvaluation,
  type StoredAssessment,
  type StoredAssessmentRecord,
  type StoredDecision,
  type StoredEvaluation,
  type StoredEvaluationSummary,
} from './records';
import { summaryWrite } from './summary';

export interface ProjectRecords {
  assessments: Map<string, StoredAssessmentRecord>;
  evaluations: Map<string, RequirementEvaluation>;
  evaluationSummary: StoredEvaluationSummary | undefined;
  decisions: LevelDecision[];
}

/** All of a product's governance records: three partition queries, in parallel. */
export async function loadProjectRecords(projectId: string): Promise<ProjectRecords> {
  const [assessments, evaluations, decisions] = await Promise.all([
    queryPartition<StoredAssessment>(ASSESSMENT, 'by-project', [projectId]),
    queryPartition<StoredEvaluation | StoredEvaluationSummary>(EVALUATION, 'by-project', [projectId]),
    queryPartition<StoredDecision>(DECISION, 'by-project-date', [projectId]),
  ]);
  const evaluationSummary = evaluations.find((e) => e.value.requirementId === EVALUATION_SUMMARY_ID)
    ?.value as StoredEvaluationSummary | undefined;
  return {
    assessments: new Map(assessments.map(({ value }) => [value.requirementId, assessmentFromStored(value)])),
    evaluations: new Map(
      evaluations
        .filter((e) => e.value.requirementId !== EVALUATION_SUMMARY_ID)
        .map(({ value }) => [value.requirementId, evaluationFromStored(value as StoredEvaluation)]),
    ),
    evaluationSummary,
    decisions: decisions.map(({ value }) => decisionFromStored(value)),
  };
}

interface IssueSearch {
  issues: {
    id: string;
    key: string;
    fields: { summary: string; status: { name: string; statusCategory: { key: string } } };
  }[];
}

async function linkedIssues(caller: Caller, ids: string[]) {
  if (ids.length === 0) return new Map<string, RequirementRow['linkedIssues'][number]>();
  const answer = await caller.jira.asUser.post<IssueSearch>(route`/rest/api/3/search/jql`, {
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
        summary: issue.fields.summary,
        status: issue.fields.status.name,
        statusCategory: issue.fields.status.statusCategory.key,
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

/** The latest date the secretariat evaluated: its summary, else its newest light. */
export function lastEvaluationDate(records: ProjectRecords): string | null {
  const dates = [
    records.evaluationSummary?.record.evaluatedAt,
    ...[...records.evaluations.values()].filter((e) => e.source === 'set').map((e) => e.evaluatedAt),
  ].filter((d): d is string => Boolean(d));
  return dates.length ? dates.sort().at(-1)!.slice(0, 10) : null;
}

/** The whole Governance page in one answer. */
export async function governanceView(
  caller: Caller,
  access: ProjectAccess,
  preloaded?: ProjectRecords,
): Promise<GovernanceView> {
  const records = preloaded ?? (await loadProjectRecords(access.projectId));
  const profile = access.profile;
  const catalogueVersion = profile?.catalogueVersion ?? DEFAULT_CATALOGUE_VERSION;
  const catalogue = getCatalogue(catalogueVersion);
  const current = currentLevel(records.decisions);
  const targetLevel: Level = profile?.targetLevel ?? current?.level ?? 'sandkasse';

  const issueIds = [...records.assessments.values()].flatMap((a) => a.linkedIssueIds ?? []);
  const personIds = [
    ...[...records.assessments.values()].map((a) => a.updatedBy),
    ...[...records.evaluations.values()].map((e) => e.evaluatedBy),
    ...records.decisions.map((d) => d.decidedByAccountId),
  ];
  const [issues, people] = await Promise.all([linkedIssues(caller, issueIds), peopleById(caller, personIds)]);

  const requirements: RequirementRow[] = catalogue.requirements.map((requirement) => {
    const assessment = records.assessments.get(requirement.id);
    const evaluation = records.evaluations.get(requirement.id);
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
          }
        : undefined,
      light: evaluation?.source === 'set' ? evaluation.light : draftLight(status),
      state: requirementState(assessment, evaluation),
      inScope: appliesAt(requirement.level, targetLevel),
      linkedIssues: (assessment?.linkedIssueIds ?? []).flatMap((id) => {
        const issue = issues.get(id);
        return issue ? [issue] : [];
      }),
    };
  });

  const progress = progressTowardLevel(catalogue, targetLevel, records.assessments, records.evaluations);
  const last = lastEvaluationDate(records);
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
    lastEvaluation: last,
    nextEvaluationDue: last ? nextEvaluationDue(last) : null,
    requirements,
    evaluationSummary: records.evaluationSummary
      ? {
          summary: records.evaluationSummary.record.summary,
          overall: records.evaluationSummary.record.overall,
          recommendationBoard: records.evaluationSummary.record.recommendationBoard,
          version: records.evaluationSummary.version,
        }
      : null,
    decisions,
    capabilities: {
      canEditAssessment: can.editAssessment(access),
      canEvaluate: can.evaluate(access),
      canDecide: can.decide(access),
      canCreateIssues: can.createIssues(access),
      canEditSettings: can.editSettings(access),
    },
  };
}

function pickFields(profile: NonNullable<ProjectAccess['profile']>) {
  const {
    productName,
    catalogueVersion,
    targetLevel,
    githubUrl,
    websiteUrl,
    tovholderAccountId,
    steeringGroup,
    coordinationGroup,
    suppliers,
    organisations,
    commonBudgetDkk,
  } = profile;
  return {
    productName,
    catalogueVersion,
    targetLevel,
    githubUrl,
    websiteUrl,
    tovholderAccountId,
    steeringGroup,
    coordinationGroup,
    suppliers,
    organisations,
    commonBudgetDkk,
  };
}

async function accessFor(caller: Caller): Promise<ProjectAccess> {
  const { projectId, projectKey } = contextProject(caller);
  return projectAccess(caller, projectId, projectKey);
}

export async function getGovernanceView(caller: Caller): Promise<GovernanceView> {
  // Storage is read in parallel with the access check; nothing is returned unless the check passes.
  const { projectId } = contextProject(caller);
  const [access, records] = await Promise.all([accessFor(caller), loadProjectRecords(projectId)]);
  return governanceView(caller, access, records);
}

function requireProfile(access: ProjectAccess) {
  if (!access.profile) {
    throw new AppError('not-found', {
      da: 'Projektet er endnu ikke knyttet til et OS2-produkt. Det gøres under projektindstillinger.',
      en: 'This project is not linked to an OS2 product yet. Link it in the project settings.',
    });
  }
  return access.profile;
}

function requirementOf(access: ProjectAccess, requirementId: string) {
  const profile = requireProfile(access);
  const requirement = requirementById(getCatalogue(profile.catalogueVersion), requirementId);
  if (!requirement)
    throw notFound({
      da: `Kravet ${requirementId} findes ikke.`,
      en: `Requirement ${requirementId} does not exist.`,
    });
  return requirement;
}

/** A stale write: say who changed it and when, so the UI can explain and offer a reload. */
async function conflict(caller: Caller, error: VersionConflictError): Promise<AppError> {
  const current = error.current as
    { record?: { updatedBy?: string; evaluatedBy?: string }; updatedAt?: string } | undefined;
  const by = current?.record?.updatedBy ?? current?.record?.evaluatedBy;
  const person = by ? (await peopleById(caller, [by])).get(by) : undefined;
  const name = person?.displayName ?? '?';
  const at = current?.updatedAt ?? '';
  // OS2 works in Danish time; the raw timestamp stays in `details` for the UI.
  const when = at
    ? new Intl.DateTimeFormat('da-DK', {
        timeZone: 'Europe/Copenhagen',
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(new Date(at))
    : '?';
  return new AppError(
    'conflict',
    {
      da: `${name} ændrede dette ${when}, mens du redigerede. Genindlæs for at se ændringen; dine ændringer er ikke gemt.`,
      en: `${name} changed this at ${when} while you were editing. Reload to see their change; yours was not saved.`,
    },
    { changedBy: person ?? null, changedAt: at || null },
  );
}

async function afterWrite(caller: Caller, access: ProjectAccess): Promise<GovernanceView> {
  const view = await governanceView(caller, access);
  // The portfolio summary is rewritten on every relevant write; a failure here must not undo the write.
  await setEntity(...summaryWrite(access, view)).catch((error: unknown) =>
    console.error('summary write failed', error),
  );
  return view;
}

interface VersionedChange {
  entity: EntityName;
  key: string;
  value: VersionedValue<unknown>;
  expectedVersion: number;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
  at: string;
}

/** One versioned write with its audit entry; a stale version becomes a conflict naming who changed it. */
export async function versionedChange(
  caller: Caller,
  access: ProjectAccess,
  change: VersionedChange,
): Promise<void> {
  const audit = auditWrite(
    access.projectId,
    caller.accountId,
    change.action,
    { target: change.target, before: change.before, after: change.after },
    change.at,
  );
  try {
    await writeVersioned(change.entity, change.key, change.value, change.expectedVersion, [audit]);
  } catch (error) {
    if (error instanceof VersionConflictError) throw await conflict(caller, error);
    throw error;
  }
}

export async function saveAssessment(
  caller: Caller,
  input: ParsedInputOf<'saveAssessment'>,
): Promise<GovernanceView> {
  const access = await accessFor(caller);
  ensure(can.editAssessment(access));
  requirementOf(access, input.requirementId);
  const links = input.links.map((l) => l.trim()).filter(Boolean);
  const validation = validateAssessment({
    status: input.status,
    documentation: input.documentation,
    explanation: input.explanation,
    links,
  });
  if (!validation.ok) {
    const first = validation.errors[0]!;
    throw new AppError('invalid-input', first.message, validation.errors);
  }
  const key = requirementKey(access.projectId, input.requirementId);
  const records = await loadProjectRecords(access.projectId);
  const before = records.assessments.get(input.requirementId);
  const now = new Date().toISOString();
  const record: StoredAssessmentRecord = {
    schemaVersion: 1,
    requirementId: input.requirementId,
    status: input.status,
    documentation: input.documentation,
    explanation: input.explanation,
    links,
    updatedAt: now,
    updatedBy: caller.accountId,
    version: input.expectedVersion + 1,
    linkedIssueIds: before?.linkedIssueIds ?? [],
  };
  await versionedChange(caller, access, {
    entity: ASSESSMENT,
    key,
    value: storedAssessment(access.projectId, record),
    expectedVersion: input.expectedVersion,
    action: 'assessment.saved',
    target: input.requirementId,
    before: before
      ? {
          status: before.status,
          documentation: before.documentation,
          explanation: before.explanation,
          links: before.links,
        }
      : null,
    after: {
      status: record.status,
      documentation: record.documentation,
      explanation: record.explanation,
      links: record.links,
    },
    at: now,
  });
  return afterWrite(caller, access);
}

export async function saveEvaluation(
  caller: Caller,
  input: ParsedInputOf<'saveEvaluation'>,
): Promise<GovernanceView> {
  const access = await accessFor(caller);
  ensure(can.evaluate(access));
  requirementOf(access, input.requirementId);
  if (input.basis.trim() === '') {
    const message = {
      da: 'Skriv vurderingsgrundlaget for lyset.',
      en: 'Write the basis (vurderingsgrundlag) for the light.',
    };
    throw new AppError('invalid-input', message, [{ field: 'basis', code: 'basis-required', message }]);
  }
  const records = await loadProjectRecords(access.projectId);
  const before = records.evaluations.get(input.requirementId);
  const now = new Date().toISOString();
  const record: RequirementEvaluation = {
    schemaVersion: 1,
    requirementId: input.requirementId,
    light: input.light,
    basis: input.basis,
    ...(input.recommendation.trim() ? { recommendation: input.recommendation } : {}),
    source: 'set',
    evaluatedAt: now,
    evaluatedBy: caller.accountId,
    version: input.expectedVersion + 1,
  };
  await versionedChange(caller, access, {
    entity: EVALUATION,
    key: requirementKey(access.projectId, input.requirementId),
    value: storedEvaluation(access.projectId, record),
    expectedVersion: input.expectedVersion,
    action: 'evaluation.saved',
    target: input.requirementId,
    before: before
      ? { light: before.light, basis: before.basis, recommendation: before.recommendation }
      : null,
    after: { light: record.light, basis: record.basis, recommendation: record.recommendation },
    at: now,
  });
  return afterWrite(caller, access);
}

export async function saveEvaluationSummary(
  caller: Caller,
  input: ParsedInputOf<'saveEvaluationSummary'>,
): Promise<GovernanceView> {
  const access = await accessFor(caller);
  ensure(can.evaluate(access));
  requireProfile(access);
  const records = await loadProjectRecords(access.projectId);
  const now = new Date().toISOString();
  const record = {
    summary: input.summary,
    overall: input.overall,
    recommendationBoard: input.recommendationBoard,
    evaluatedAt: now,
    evaluatedBy: caller.accountId,
    version: input.expectedVersion + 1,
  };
  const stored: StoredEvaluationSummary = {
    projectId: access.projectId,
    requirementId: EVALUATION_SUMMARY_ID,
    record,
    version: record.version,
    updatedAt: now,
  };
  await versionedChange(caller, access, {
    entity: EVALUATION,
    key: requirementKey(access.projectId, EVALUATION_SUMMARY_ID),
    value: stored,
    expectedVersion: input.expectedVersion,
    action: 'evaluation.summary.saved',
    target: 'evaluation',
    before: records.evaluationSummary?.record ?? null,
    after: record,
    at: now,
  });
  return afterWrite(caller, access);
}

export async function recordDecision(
  caller: Caller,
  input: ParsedInputOf<'recordDecision'>,
): Promise<GovernanceView> {
  const access = await accessFor(caller);
  ensure(can.decide(access));
  requireProfile(access);
  // Board members record the board's decisions; only the secretariat records in others' names.
  if (!access.isSecretariat && input.decidedBy !== 'board') ensure(false);
  const records = await loadProjectRecords(access.projectId);
  const now = new Date().toISOString();
  const decision: LevelDecision = {
    schemaVersion: 1,
    id: `${access.projectId}-${now}`,
    projectId: access.projectId,
    date: input.date,
    kind: input.kind,
    resultingLevel: input.resultingLevel,
    basis: input.basis,
    decidedBy: input.decidedBy,
    decidedByAccountId: caller.accountId,
    ...(input.reference.trim() ? { reference: input.reference.trim() } : {}),
    recordedAt: now,
  };
  const validation = validateDecision(decision, records.decisions);
  if (!validation.ok) throw new AppError('invalid-input', validation.errors[0]!.message, validation.errors);
  const stored: StoredDecision = { projectId: access.projectId, date: decision.date, record: decision };
  const audit = auditWrite(
    access.projectId,
    caller.accountId,
    'decision.recorded',
    {
      target: 'level',
      before: currentLevel(records.decisions)?.level ?? null,
      after: decision,
    },
    now,
  );
  // Decisions are append-only: a new key each time, written with its audit entry.
  const writes: SideWrite[] = [
    { entity: DECISION, key: `${access.projectId}:${decision.date}:${now}`, value: stored },
    audit,
  ];
  await transact(writes);
  return afterWrite(caller, access);
}

interface CreatedIssue {
  id: string;
  key: string;
}

export const REQUIREMENT_PROPERTY = 'os2-governance-requirement';

/** Turns a gap into backlog work: a Jira issue that names the requirement, linked both ways. */
export async function createRequirementTask(
  caller: Caller,
  input: ParsedInputOf<'createRequirementTask'>,
): Promise<GovernanceView> {
  const access = await accessFor(caller);
  ensure(can.createIssues(access));
  const requirement = requirementOf(access, input.requirementId);
  const profile = requireProfile(access);
  const summary = `OS2-governance: ${requirement.id} ${requirement.nameDa}`.slice(0, 250);
  const created = await caller.jira.asUser.post<CreatedIssue>(route`/rest/api/3/issue`, {
    fields: {
      project: { id: access.projectId },
      issuetype: { name: 'Task' },
      summary,
      labels: ['os2-governance'],
      description: {
        type: 'doc',
        version: 1,
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Governancekrav ' },
              { type: 'text', text: `${requirement.id}: ${requirement.nameDa}`, marks: [{ type: 'strong' }] },
              {
                type: 'text',
                text: ` (OS2's governancemodel ${profile.catalogueVersion}, ${requirement.level === 'sandkasse' ? 'Sandkasse' : `Niveau ${requirement.level}`}, ${requirement.modality}).`,
              },
            ],
          },
          ...(requirement.guidanceDa
            ? [
                {
                  type: 'paragraph',
                  content: [{ type: 'text', text: `Retningslinjer: ${requirement.guidanceDa}` }],
                },
              ]
            : []),
          {
            type: 'paragraph',
            content: [{ type: 'text', text: `English: ${requirement.nameEn}` }],
          },
        ],
      },
    },
    properties: [
      {
        key: REQUIREMENT_PROPERTY,
        value: {
          projectId: access.projectId,
          requirementId: requirement.id,
          catalogueVersion: profile.catalogueVersion,
        },
      },
    ],
  });

  // Link from our side too, retrying once if someone saved the assessment at the same moment.
  for (let attempt = 0; attempt < 3; attempt++) {
    const records = await loadProjectRecords(access.projectId);
    const existing = records.assessments.get(requirement.id);
    const now = new Date().toISOString();
    const record: StoredAssessmentRecord = existing
      ? {
          ...existing,
          linkedIssueIds: [...(existing.linkedIssueIds ?? []), created.id],
          version: existing.version + 1,
          updatedAt: now,
        }
      : {
          schemaVersion: 1,
          requirementId: requirement.id,
          status: UNANSWERED,
          documentation: '',
          explanation: '',
          links: [],
          updatedAt: now,
          updatedBy: caller.accountId,
          version: 1,
          linkedIssueIds: [created.id],
        };
    const audit = auditWrite(
      access.projectId,
      caller.accountId,
      'task.created',
      {
        target: requirement.id,
        before: null,
        after: { issueKey: created.key },
      },
      now,
    );
    try {
      await writeVersioned(
        ASSESSMENT,
        requirementKey(access.projectId, requirement.id),
        storedAssessment(access.projectId, record),
        existing?.version ?? 0,
        [audit],
      );
      break;
    } catch (error) {
      if (!(error instanceof VersionConflictError) || attempt === 2) throw error;
    }
  }
  return afterWrite(caller, access);
}

interface BoardList {
  values: { id: number }[];
}
interface AgileIssues {
  startAt: number;
  total: number;
  issues: {
    id: string;
    key: string;
    fields: {
      summary: string;
      issuetype?: { name: string };
      status?: { name: string; statusCategory?: { key: string } };
      assignee?: { displayName: string } | null;
      customfield_10016?: number | null;
    };
  }[];
}

/** Only Browse Projects is needed; the agile calls run as the user, so Jira checks them again itself. */
export async function getBacklogPage(
  caller: Caller,
  input: ParsedInputOf<'getBacklogPage'>,
): Promise<BacklogPage> {
  const { projectId } = contextProject(caller);
  if (!(await caller.permissions.grants(projectId)).project.BROWSE_PROJECTS) throw notFound();
  let boardId = caller.boardId ?? null;
  if (boardId === null) {
    const boards = await caller.jira.asUser.get<BoardList>(
      route`/rest/agile/1.0/board?projectKeyOrId=${projectId}`,
    );
    boardId = boards.values[0]?.id ?? null;
  }
  if (boardId === null) return { boardId, issues: [], startAt: 0, total: 0 };
  const fields = 'summary,issuetype,status,assignee,customfield_10016';
  const page = await caller.jira.asUser.get<AgileIssues>(
    route`/rest/agile/1.0/board/${boardId}/backlog?startAt=${input.startAt}&maxResults=25&fields=${fields}`,
  );
  return {
    boardId,
    startAt: page.startAt,
    total: page.total,
    issues: page.issues.map((issue) => ({
      id: issue.id,
      key: issue.key,
      summary: issue.fields.summary,
      issueType: issue.fields.issuetype?.name ?? '',
      status: issue.fields.status?.name ?? '',
      statusCategory: issue.fields.status?.statusCategory?.key ?? 'new',
      assignee: issue.fields.assignee?.displayName ?? null,
      storyPoints: issue.fields.customfield_10016 ?? null,
    })),
  };
}
