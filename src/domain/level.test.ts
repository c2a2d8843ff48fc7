import {
  currentLevel,
  LevelDecisionSchema,
  nextEvaluationDue,
  validateDecision,
  type LevelDecision,
} from './level';

let sequence = 0;
function decision(patch: Partial<LevelDecision> & Pick<LevelDecision, 'date' | 'kind'>): LevelDecision {
  sequence += 1;
  return {
    schemaVersion: 1,
    id: `d${sequence}`,
    projectId: '10001',
    resultingLevel: patch.kind === 'closed' ? null : '1',
    basis: 'Evaluering maj 2026.',
    decidedBy: 'secretariat',
    decidedByAccountId: 'acc-1',
    recordedAt: `${patch.date}T12:00:00.000Z`,
    ...patch,
  };
}

const admitted = decision({ date: '2024-01-15', kind: 'admitted', resultingLevel: 'sandkasse' });
const raised = decision({ date: '2024-09-01', kind: 'raised', resultingLevel: '1' });
const kept = decision({ date: '2025-03-01', kind: 'kept', resultingLevel: '1' });

describe('currentLevel', () => {
  it('is null before any decision', () => {
    expect(currentLevel([])).toBeNull();
  });

  it('is the latest decision by date, whatever the order given', () => {
    const current = currentLevel([kept, admitted, raised]);
    expect(current).toMatchObject({ level: '1', decision: kept, status: 'active' });
    // Kept at 1 since it was raised to 1.
    expect(current?.since).toBe('2024-09-01');
  });

  it('breaks ties on the same date by when the decision was recorded', () => {
    const morning = decision({
      date: '2025-06-01',
      kind: 'raised',
      resultingLevel: '2',
      recordedAt: '2025-06-01T09:00:00Z',
    });
    const afternoon = decision({
      date: '2025-06-01',
      kind: 'lowered',
      resultingLevel: '1',
      recordedAt: '2025-06-01T15:00:00+02:00',
    });
    expect(currentLevel([afternoon, morning, raised])?.decision).toBe(afternoon);
    expect(currentLevel([afternoon, morning, raised])?.since).toBe('2025-06-01');
  });

  it('reports a pause with the level kept, and a closure without a level', () => {
    const paused = decision({ date: '2025-09-01', kind: 'paused', resultingLevel: '1' });
    expect(currentLevel([admitted, raised, kept, paused])).toMatchObject({
      level: '1',
      status: 'paused',
      since: '2024-09-01',
    });
    const closed = decision({ date: '2026-01-01', kind: 'closed' });
    expect(currentLevel([admitted, raised, closed])).toMatchObject({
      level: null,
      status: 'closed',
      since: '2026-01-01',
    });
  });

  it('starts over after a closure', () => {
    const closed = decision({ date: '2025-01-01', kind: 'closed' });
    const again = decision({ date: '2025-06-01', kind: 'admitted', resultingLevel: 'sandkasse' });
    expect(currentLevel([admitted, closed, again])).toMatchObject({
      level: 'sandkasse',
      since: '2025-06-01',
    });
  });
});

describe('validateDecision', () => {
  const log = [admitted, raised]; // currently Niveau 1
  const codes = (d: LevelDecision, previous: LevelDecision[] = log) => {
    const result = validateDecision(d, previous);
    return result.ok ? [] : result.errors.map((e) => e.code);
  };

  it.each([
    ['admitted first', decision({ date: '2024-01-01', kind: 'admitted', resultingLevel: 'sandkasse' }), []],
    [
      'raised',
      decision({ date: '2025-01-01', kind: 'raised', resultingLevel: '2', decidedBy: 'board' }),
      log,
    ],
    ['lowered', decision({ date: '2025-01-01', kind: 'lowered', resultingLevel: 'sandkasse' }), log],
    ['kept', decision({ date: '2025-01-01', kind: 'kept', resultingLevel: '1' }), log],
    [
      'paused',
      decision({ date: '2025-01-01', kind: 'paused', resultingLevel: '1', decidedBy: 'steering-group' }),
      log,
    ],
    ['closed', decision({ date: '2025-01-01', kind: 'closed', decidedBy: 'steering-group' }), log],
    ['kept on the same day', decision({ date: '2024-09-01', kind: 'kept', resultingLevel: '1' }), log],
  ])('accepts %s', (_, d, previous) => {
    expect(codes(d, previous)).toEqual([]);
  });

  it.each([
    ['raised to the same level', { kind: 'raised', resultingLevel: '1' }, ['not-higher']],
    ['raised to a lower level', { kind: 'raised', resultingLevel: 'sandkasse' }, ['not-higher']],
    ['lowered to a higher level', { kind: 'lowered', resultingLevel: '2' }, ['not-lower']],
    ['lowered to the same level', { kind: 'lowered', resultingLevel: '1' }, ['not-lower']],
    ['kept at another level', { kind: 'kept', resultingLevel: '2' }, ['not-same']],
    ['paused at another level', { kind: 'paused', resultingLevel: 'sandkasse' }, ['not-same']],
    ['admitted twice', { kind: 'admitted', resultingLevel: '1' }, ['already-admitted']],
    ['closed with a level', { kind: 'closed', resultingLevel: '1' }, ['closed-has-level']],
    ['a level decision without a level', { kind: 'kept', resultingLevel: null }, ['level-required']],
    ['no basis', { kind: 'kept', basis: '  ' }, ['basis-required']],
    ['a javascript: reference', { kind: 'kept', reference: 'javascript:alert(1)' }, ['invalid-reference']],
    ['a date before the latest decision', { kind: 'kept', date: '2024-08-31' }, ['date-before-latest']],
    ['Niveau 2 without the board', { kind: 'raised', resultingLevel: '2' }, ['board-approval-required']],
    [
      'a level set by the steering group',
      { kind: 'raised', resultingLevel: '2', decidedBy: 'steering-group' },
      ['decider-not-allowed'],
    ],
  ] as const)('rejects %s', (_, patch, expected) => {
    expect(codes(decision({ date: '2025-01-01', ...patch }))).toEqual(expected);
  });

  it('requires admission before anything else, and again after a closure', () => {
    expect(codes(decision({ date: '2024-01-01', kind: 'raised', resultingLevel: '1' }), [])).toEqual([
      'not-admitted',
    ]);
    const closed = decision({ date: '2025-01-01', kind: 'closed' });
    expect(
      codes(decision({ date: '2025-02-01', kind: 'kept', resultingLevel: '1' }), [...log, closed]),
    ).toEqual(['not-admitted']);
    expect(
      codes(decision({ date: '2025-02-01', kind: 'admitted', resultingLevel: '1' }), [...log, closed]),
    ).toEqual([]);
  });

  it('does not pause a paused product', () => {
    const paused = decision({ date: '2025-01-01', kind: 'paused', resultingLevel: '1' });
    expect(
      codes(decision({ date: '2025-02-01', kind: 'paused', resultingLevel: '1' }), [...log, paused]),
    ).toEqual(['already-paused']);
    expect(
      codes(decision({ date: '2025-02-01', kind: 'kept', resultingLevel: '1' }), [...log, paused]),
    ).toEqual([]);
  });

  it("ignores other projects' decisions and the decision itself when re-validated", () => {
    const elsewhere = decision({
      date: '2026-01-01',
      kind: 'raised',
      resultingLevel: '3',
      projectId: '10002',
    });
    expect(codes(raised, [admitted, raised, elsewhere])).toEqual([]);
  });

  it('explains in Danish and English', () => {
    const result = validateDecision(
      decision({ date: '2025-01-01', kind: 'raised', resultingLevel: '1' }),
      log,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: 'resultingLevel',
          code: 'not-higher',
          message: {
            da: 'Et hævet niveau skal være højere end det nuværende.',
            en: 'A raised level must be higher than the current one.',
          },
        },
      ],
    });
  });
});

describe('LevelDecisionSchema', () => {
  it('parses a decision', () => {
    const d = { ...raised, reference: 'https://github.com/OS2/governance/blob/main/beslutningslog.md' };
    expect(LevelDecisionSchema.parse(d)).toEqual(d);
  });

  it.each([
    ['a bad date', { date: '2024-02-30' }],
    ['another date format', { date: '01-09-2024' }],
    ['an unknown kind', { kind: 'promoted' }],
    ['an unknown decider', { decidedBy: 'ceo' }],
    ['an empty basis', { basis: ' ' }],
    ['a relative reference', { reference: 'beslutningslog.md' }],
    ['closed with a level', { kind: 'closed' }],
    ['a level decision without a level', { resultingLevel: null }],
    ['schema version 2', { schemaVersion: 2 }],
  ])('refuses %s', (_, patch) => {
    expect(LevelDecisionSchema.safeParse({ ...raised, ...patch }).success).toBe(false);
  });
});

describe('nextEvaluationDue', () => {
  it.each([
    ['2026-05-01', '2026-11-01'],
    ['2026-08-15', '2027-02-15'],
    ['2026-08-31', '2027-02-28'],
    ['2027-08-31', '2028-02-29'],
    ['2026-12-31', '2027-06-30'],
  ])('%s → %s', (last, due) => {
    expect(nextEvaluationDue(last)).toBe(due);
  });

  it('refuses a malformed date', () => {
    expect(() => nextEvaluationDue('2026-13-01')).toThrow(RangeError);
  });
});
