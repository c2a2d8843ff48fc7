import {
  assessmentFingerprint,
  completionProblems,
  evaluationSchedule,
  isLightStale,
  shownRound,
  type EvaluationRound,
} from './evaluation-round';
import { validateDecision, type LevelDecision } from './level';

const round = (over: Partial<EvaluationRound>): EvaluationRound => ({
  schemaVersion: 1,
  projectId: 'p',
  number: 1,
  status: 'open',
  openedAt: '2026-01-01T10:00:00Z',
  openedBy: 'a',
  lights: [],
  summary: '',
  overall: '',
  recommendationProduct: '',
  recommendationBoard: '',
  summaryVersion: 0,
  version: 1,
  updatedAt: '2026-01-01T10:00:00Z',
  updatedBy: 'a',
  ...over,
});
const light = (requirementId: string, colour: 'green' | 'grey', basis = 'ok') => ({
  requirementId,
  light: colour,
  basis,
  recommendation: '',
  setAt: '2026-01-02T10:00:00Z',
  setBy: 'a',
  assessmentFingerprint: 'none',
  version: 1,
});
const decision = (date: string, over: Partial<LevelDecision> = {}): LevelDecision => ({
  schemaVersion: 1,
  id: date,
  projectId: 'p',
  date,
  kind: 'admitted',
  resultingLevel: '1',
  basis: 'b',
  decidedBy: 'secretariat',
  decidedByAccountId: 'a',
  recordedAt: `${date}T10:00:00Z`,
  ...over,
});

describe('evaluation rounds', () => {
  it('completes only with every requirement lit and every grey light explained', () => {
    expect(completionProblems(round({ lights: [light('A', 'green')] }), ['A', 'B']).unlit).toEqual(['B']);
    const grey = completionProblems(round({ lights: [light('A', 'grey', ' ')] }), ['A']);
    expect(grey.greyWithoutReason).toEqual(['A']);
    expect(completionProblems(round({ lights: [light('A', 'grey')] }), ['A']).message).toBeNull();
  });

  it('shows the open draft only to those who may see drafts', () => {
    const done = round({ number: 1, status: 'completed', completedAt: '2026-02-01T10:00:00Z' });
    const open = round({ number: 2 });
    expect(shownRound([done, open], true)?.number).toBe(2);
    expect(shownRound([done, open], false)?.number).toBe(1);
    expect(shownRound([open], false)).toBeUndefined();
  });

  it('is due six months after the last completed round, or after the first decision when never evaluated', () => {
    const decisions = [decision('2025-01-15')];
    expect(evaluationSchedule([], decisions, '2025-07-14')).toEqual({
      lastEvaluation: null,
      nextDue: '2025-07-15',
      overdue: false,
    });
    expect(evaluationSchedule([], decisions, '2025-07-16').overdue).toBe(true);
    // An open round with lights does not move the schedule.
    expect(
      evaluationSchedule([round({ lights: [light('A', 'green')] })], decisions, '2025-07-16').overdue,
    ).toBe(true);
    // 23:30 UTC on 31 May is 1 June in Copenhagen.
    const done = round({ status: 'completed', completedAt: '2026-05-31T23:30:00Z' });
    expect(evaluationSchedule([done], decisions, '2026-06-02')).toEqual({
      lastEvaluation: '2026-06-01',
      nextDue: '2026-12-01',
      overdue: false,
    });
    expect(evaluationSchedule([], [], '2026-01-01')).toEqual({
      lastEvaluation: null,
      nextDue: null,
      overdue: false,
    });
  });

  it('flags a light whose self-assessment changed after it was set', () => {
    const before = {
      status: { kind: 'known' as const, value: 'Ja' as const },
      documentation: 'x',
      explanation: '',
      links: [],
    };
    const set = { assessmentFingerprint: assessmentFingerprint(before) };
    expect(isLightStale(set, before)).toBe(false);
    expect(isLightStale(set, { ...before, documentation: 'y' })).toBe(true);
  });
});

describe('decision dates and corrections', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  it('refuses a date after today in Denmark', () => {
    const result = validateDecision(decision('2026-12-08'), [], now);
    expect(result.ok ? [] : result.errors.map((e) => e.code)).toContain('date-in-future');
    // 23:30 UTC on 7 December is already 8 December in Copenhagen.
    expect(validateDecision(decision('2026-12-08'), [], new Date('2026-12-07T23:30:00Z')).ok).toBe(true);
  });

  it('lets a correction replace a mis-dated entry and checks it in its place', () => {
    const log = [decision('2020-01-01'), decision('2026-12-01', { kind: 'kept' })];
    const blocked = validateDecision(decision('2026-06-01', { id: 'n', kind: 'kept' }), log, now);
    expect(blocked.ok ? [] : blocked.errors.map((e) => e.code)).toContain('date-before-latest');
    const correction = decision('2025-12-01', {
      id: 'c',
      kind: 'kept',
      supersedes: '2026-12-01',
      correctionReason: 'Forkert år.',
    });
    expect(validateDecision(correction, log, now).ok).toBe(true);
    const after = [...log, correction];
    expect(validateDecision(decision('2026-06-01', { id: 'n', kind: 'kept' }), after, now).ok).toBe(true);
    // Correcting the admission into "raised" would leave no admission before it.
    const breaking = decision('2019-01-01', {
      id: 'x',
      kind: 'raised',
      supersedes: '2020-01-01',
      correctionReason: 'r',
    });
    const refused = validateDecision(breaking, after, now);
    expect(refused.ok).toBe(false);
  });
});
