import type { GovernanceView, ParsedInputOf } from '../contract';
import { MAX_LONG_TEXT_LENGTH, validateEvaluation, validateFreeTexts } from '../domain/assessment';
import { getCatalogue } from '../domain/catalogue';
import {
  assessmentFingerprint,
  completionProblems,
  openRound,
  type EvaluationRound,
  type RoundLight,
} from '../domain/evaluation-round';
import type { LocalText } from '../domain/catalogue/types';
import { can, ensure, projectAccessFromContext, type ProjectAccess } from './access';
import type { Caller } from './caller';
import { AppError, refuseInvalid } from './errors';
import { loadProjectRecords, requireProfile, requirementOf, type ProjectRecords } from './governance-view';
import { ROUND, roundKey, storedRound } from './records';
import { commitChanges, conflictError, type AuditedChange } from './write';

/**
 * Evaluation rounds. A round is one versioned record holding its lights and overall fields; each
 * light and the overall fields carry their own version, so a write conflicts only when someone
 * changed the same thing. A write that lost a race on the round record re-reads it and tries again.
 */

/** Forge limits one stored value; a round with every text at its maximum would not fit. */
const ROUND_SIZE_LIMIT = 230_000;

const NO_OPEN_ROUND: LocalText = {
  da: 'Der er ingen åben evalueringsrunde. Start en runde først.',
  en: 'There is no open evaluation round. Start a round first.',
};

/** The field the writer edited changed since they read it; `by`/`at`/`current` say how. */
class StaleField extends Error {
  constructor(readonly change: { by: string | null; at: string | null; current: unknown }) {
    super('Stale field');
  }
}

function requireOpenRound(records: ProjectRecords): EvaluationRound {
  const round = openRound(records.rounds);
  if (!round) throw new AppError('invalid-input', NO_OPEN_ROUND);
  return round;
}

/**
 * Applies `change` to the open round and writes it conditionally, with its audit entry marked as
 * part of the round (private until it completes). `change` throws to refuse; it runs again on the
 * freshly read round when another evaluator wrote in between.
 */
async function updateOpenRound(
  caller: Caller,
  access: ProjectAccess,
  change: (
    round: EvaluationRound,
    records: ProjectRecords,
    now: string,
  ) => {
    next: EvaluationRound;
    audit: Omit<AuditedChange['audit'], 'round'>;
  },
): Promise<GovernanceView> {
  for (let attempt = 0; ; attempt++) {
    const records = await loadProjectRecords(access.projectId);
    const round = requireOpenRound(records);
    const now = new Date().toISOString();
    const { next, audit } = change(round, records, now);
    const value = storedRound({
      ...next,
      version: round.version + 1,
      updatedAt: now,
      updatedBy: caller.accountId,
    });
    if (JSON.stringify(value).length > ROUND_SIZE_LIMIT) {
      throw new AppError('too-large', {
        da: 'Evalueringsrunden er blevet for stor til at gemme. Kort nogle af teksterne ned.',
        en: 'The evaluation round has grown too large to store. Shorten some of the texts.',
      });
    }
    try {
      const target = {
        entity: ROUND,
        key: roundKey(access.projectId, round.number),
        value,
        expectedVersion: round.version,
      } as const;
      return (
        await commitChanges(caller, [{ target, audit: { ...audit, round: round.number } }], {
          projectId: access.projectId,
          at: now,
          summaryOf: access,
        })
      ).view;
    } catch (error) {
      // Someone else wrote the round (another light, most likely): re-read and re-check.
      if (!(error instanceof AppError && error.code === 'conflict') || attempt >= 4) throw error;
    }
  }
}

/** The secretariat opens a round: one at a time per product. */
export async function openEvaluationRound(caller: Caller): Promise<GovernanceView> {
  const access = await projectAccessFromContext(caller);
  ensure(can.evaluate(access));
  requireProfile(access);
  const records = await loadProjectRecords(access.projectId);
  if (openRound(records.rounds)) {
    throw new AppError('conflict', {
      da: 'Der er allerede en åben evalueringsrunde.',
      en: 'An evaluation round is already open.',
    });
  }
  const now = new Date().toISOString();
  const number = (records.rounds.at(-1)?.number ?? 0) + 1;
  const round: EvaluationRound = {
    schemaVersion: 1,
    projectId: access.projectId,
    number,
    status: 'open',
    openedAt: now,
    openedBy: caller.accountId,
    lights: [],
    summary: '',
    overall: '',
    recommendationProduct: '',
    recommendationBoard: '',
    summaryVersion: 0,
    version: 1,
    updatedAt: now,
    updatedBy: caller.accountId,
  };
  // A fresh key per round number: two secretaries opening at once make one round (the second conflicts).
  const change: AuditedChange = {
    target: {
      entity: ROUND,
      key: roundKey(access.projectId, number),
      value: storedRound(round),
      expectedVersion: 0,
    },
    audit: {
      action: 'evaluation.round.opened',
      target: 'evaluation',
      before: null,
      after: { round: number },
    },
  };
  return (await commitChanges(caller, [change], { projectId: access.projectId, at: now, summaryOf: access }))
    .view;
}

/** The secretariat's light for one requirement, in the open round. */
export async function saveEvaluation(
  caller: Caller,
  input: ParsedInputOf<'saveEvaluation'>,
): Promise<GovernanceView> {
  const access = await projectAccessFromContext(caller);
  ensure(can.evaluate(access));
  requirementOf(access, input.requirementId);
  refuseInvalid(validateEvaluation(input));
  try {
    return await updateOpenRound(caller, access, (round, records, now) => {
      const before = round.lights.find((l) => l.requirementId === input.requirementId);
      if ((before?.version ?? 0) !== input.expectedVersion) {
        throw new StaleField({
          by: before?.setBy ?? null,
          at: before?.setAt ?? null,
          current: before
            ? {
                light: before.light,
                basis: before.basis,
                recommendation: before.recommendation,
                version: before.version,
              }
            : { version: 0 },
        });
      }
      const light: RoundLight = {
        requirementId: input.requirementId,
        light: input.light,
        basis: input.basis,
        recommendation: input.recommendation,
        setAt: now,
        setBy: caller.accountId,
        assessmentFingerprint: assessmentFingerprint(records.assessments.get(input.requirementId)),
        version: input.expectedVersion + 1,
      };
      return {
        next: {
          ...round,
          lights: [...round.lights.filter((l) => l.requirementId !== input.requirementId), light],
        },
        audit: {
          action: 'evaluation.saved',
          target: input.requirementId,
          before: before
            ? { light: before.light, basis: before.basis, recommendation: before.recommendation }
            : null,
          after: { light: light.light, basis: light.basis, recommendation: light.recommendation },
        },
      };
    });
  } catch (error) {
    if (error instanceof StaleField) throw await conflictError(caller, error.change);
    throw error;
  }
}

/** The overall assessment and the recommendations ("Til produktet", "Til bestyrelsen"), in the open round. */
export async function saveEvaluationSummary(
  caller: Caller,
  input: ParsedInputOf<'saveEvaluationSummary'>,
): Promise<GovernanceView> {
  const access = await projectAccessFromContext(caller);
  ensure(can.evaluate(access));
  requireProfile(access);
  // The round's overall texts are long texts (10,000), as the contract and the stored round allow.
  refuseInvalid(
    validateFreeTexts(
      {
        summary: input.summary,
        overall: input.overall,
        recommendationProduct: input.recommendationProduct,
        recommendationBoard: input.recommendationBoard,
      },
      MAX_LONG_TEXT_LENGTH,
    ),
  );
  try {
    return await updateOpenRound(caller, access, (round, _records, now) => {
      if (round.summaryVersion !== input.expectedVersion) {
        throw new StaleField({
          by: round.summaryUpdatedBy ?? null,
          at: round.summaryUpdatedAt ?? null,
          current: { ...summaryFields(round), version: round.summaryVersion },
        });
      }
      const fields = {
        summary: input.summary,
        overall: input.overall,
        recommendationProduct: input.recommendationProduct,
        recommendationBoard: input.recommendationBoard,
      };
      return {
        next: {
          ...round,
          ...fields,
          summaryVersion: round.summaryVersion + 1,
          summaryUpdatedAt: now,
          summaryUpdatedBy: caller.accountId,
        },
        audit: {
          action: 'evaluation.summary.saved',
          target: 'evaluation',
          before: round.summaryVersion === 0 ? null : summaryFields(round),
          after: fields,
        },
      };
    });
  } catch (error) {
    if (error instanceof StaleField) throw await conflictError(caller, error.change);
    throw error;
  }
}

function summaryFields(round: EvaluationRound) {
  return {
    summary: round.summary,
    overall: round.overall,
    recommendationProduct: round.recommendationProduct,
    recommendationBoard: round.recommendationBoard,
  };
}

/** Completes the open round: only when every requirement of the catalogue has a light. */
export async function completeEvaluationRound(
  caller: Caller,
  input: ParsedInputOf<'completeEvaluationRound'>,
): Promise<GovernanceView> {
  const access = await projectAccessFromContext(caller);
  ensure(can.evaluate(access));
  const profile = requireProfile(access);
  const ids = getCatalogue(profile.catalogueVersion).requirements.map((r) => r.id);
  const records = await loadProjectRecords(access.projectId);
  const round = requireOpenRound(records);
  if (round.version !== input.expectedVersion) {
    throw await conflictError(caller, { by: round.updatedBy, at: round.updatedAt });
  }
  const problems = completionProblems(round, ids);
  if (problems.message) {
    throw new AppError('invalid-input', problems.message, {
      unlit: problems.unlit,
      greyWithoutReason: problems.greyWithoutReason,
    });
  }
  const now = new Date().toISOString();
  const completed: EvaluationRound = {
    ...round,
    status: 'completed',
    completedAt: now,
    completedBy: caller.accountId,
    version: round.version + 1,
    updatedAt: now,
    updatedBy: caller.accountId,
  };
  const change: AuditedChange = {
    target: {
      entity: ROUND,
      key: roundKey(access.projectId, round.number),
      value: storedRound(completed),
      expectedVersion: round.version,
    },
    audit: {
      action: 'evaluation.round.completed',
      target: 'evaluation-round',
      before: { round: round.number, status: 'open' },
      after: { round: round.number, status: 'completed' },
    },
  };
  return (await commitChanges(caller, [change], { projectId: access.projectId, at: now, summaryOf: access }))
    .view;
}
