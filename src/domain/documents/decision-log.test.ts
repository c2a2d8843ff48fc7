import type { LevelDecision } from '../level';
import { renderDecisionLog } from './index';

function decision(overrides: Partial<LevelDecision>): LevelDecision {
  return {
    schemaVersion: 1,
    id: 'd1',
    projectId: 'p1',
    date: '2025-03-01',
    kind: 'admitted',
    resultingLevel: '1',
    basis: 'Optaget på Niveau 1',
    decidedBy: 'secretariat',
    decidedByAccountId: 'acc-1',
    recordedAt: '2025-03-01T10:00:00.000Z',
    ...overrides,
  } as LevelDecision;
}

describe('renderDecisionLog', () => {
  it('writes the decisions oldest first with the current level above', () => {
    const md = renderDecisionLog('OS2 Skolebus', [
      decision({
        id: 'd2',
        date: '2026-06-10',
        kind: 'raised',
        resultingLevel: '2',
        basis: 'Evaluering maj 2026 | alle krav til Niveau 2 opfyldt',
        decidedBy: 'board',
        reference: 'https://os2.eu/bestyrelse/referat-2026-06',
        recordedAt: '2026-06-10T12:00:00.000Z',
      }),
      decision({}),
    ]);
    expect(md).toBe(
      [
        '# Beslutningslog for OS2 Skolebus',
        '',
        '**Nuværende niveau:** Niveau 2 siden 2026-06-10.',
        '',
        '| Dato | Beslutning | Niveau | Grundlag | Besluttet af | Reference |',
        '| --- | --- | --- | --- | --- | --- |',
        '| 2025-03-01 | Optaget | Niveau 1 | Optaget på Niveau 1 | Sekretariatet |  |',
        '| 2026-06-10 | Hævet | Niveau 2 | Evaluering maj 2026 \\| alle krav til Niveau 2 opfyldt | Bestyrelsen | [Reference](https://os2.eu/bestyrelse/referat-2026-06) |',
        '',
      ].join('\n'),
    );
  });

  it('says so when nothing has been decided, and when the product is paused or closed', () => {
    expect(renderDecisionLog('X', [])).toBe(
      '# Beslutningslog for X\n\nDer er ikke truffet nogen beslutninger endnu.\n',
    );
    const paused = renderDecisionLog('X', [
      decision({}),
      decision({ id: 'd2', date: '2025-09-01', kind: 'paused', recordedAt: '2025-09-01T00:00:00.000Z' }),
    ]);
    expect(paused).toContain('**Nuværende niveau:** Niveau 1 siden 2025-03-01, sat på pause 2025-09-01.');
    expect(paused).toContain('| 2025-09-01 | Sat på pause | Niveau 1 |');
    const closed = renderDecisionLog('X', [
      decision({}),
      decision({
        id: 'd2',
        date: '2026-01-05',
        kind: 'closed',
        resultingLevel: null,
        recordedAt: '2026-01-05T00:00:00.000Z',
      }),
    ]);
    expect(closed).toContain('**Nuværende niveau:** Lukket siden 2026-01-05.');
    expect(closed).toContain('| 2026-01-05 | Lukket | — |');
  });
});

describe('renderDecisionLog with a correction', () => {
  it('keeps the superseded entry struck through and follows the correction', () => {
    const base = {
      schemaVersion: 1 as const,
      projectId: 'p',
      basis: 'Grundlag',
      decidedBy: 'secretariat' as const,
      decidedByAccountId: 'a',
    };
    const log = [
      {
        ...base,
        id: 'a1',
        date: '2020-01-01',
        kind: 'admitted' as const,
        resultingLevel: '1' as const,
        recordedAt: '2020-01-01T10:00:00Z',
      },
      {
        ...base,
        id: 'w',
        date: '2026-12-01',
        kind: 'lowered' as const,
        resultingLevel: 'sandkasse' as const,
        recordedAt: '2026-12-01T10:00:00Z',
      },
      {
        ...base,
        id: 'c',
        date: '2025-12-01',
        kind: 'kept' as const,
        resultingLevel: '1' as const,
        recordedAt: '2026-12-02T10:00:00Z',
        supersedes: 'w',
        correctionReason: 'Forkert årstal og forkert beslutning.',
      },
    ];
    const md = renderDecisionLog('OS2test', log);
    expect(md).toContain('**Nuværende niveau:** Niveau 1 siden 2020-01-01.');
    expect(md).toContain('~~Sænket~~ (erstattet af en rettelse)');
    expect(md).toContain(
      'Fastholdt (rettelse af beslutningen 2026-12-01: Forkert årstal og forkert beslutning.)',
    );
  });
});
