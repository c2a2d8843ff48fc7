import type { Light } from './assessment';
import { getCatalogue, CURRENT_CATALOGUE_VERSION, VERSION_2018 } from './catalogue';
import {
  countLights,
  EvaluationCountsSchema,
  rowPercentages,
  validateCounts,
  type EvaluationCounts,
} from './counts';

const v1 = getCatalogue(CURRENT_CATALOGUE_VERSION);

/** A full evaluation: green everywhere except the given lights (undefined = not assessed). */
function lights(overrides: Record<string, Light | undefined>): Map<string, Light> {
  const map = new Map<string, Light>(v1.requirements.map((r) => [r.id, 'green']));
  for (const [id, light] of Object.entries(overrides)) {
    if (light) map.set(id, light);
    else map.delete(id);
  }
  return map;
}

describe('countLights', () => {
  const counts = countLights(lights({ R1: 'red', F2: 'grey', F19: 'yellow', G14: undefined }), v1);

  it('counts per level, non-cumulatively, including grey and unassessed', () => {
    expect(counts.byLevel.sandkasse).toMatchObject({
      green: 4,
      yellow: 0,
      red: 1,
      grey: 1,
      unassessed: 0,
      total: 6,
    });
    expect(counts.byLevel['1']).toMatchObject({ green: 10, total: 10 });
    expect(counts.byLevel['2']).toMatchObject({ green: 18, yellow: 1, total: 19 });
    expect(counts.byLevel['3']).toMatchObject({ green: 7, unassessed: 1, total: 8 });
  });

  it('counts per theme within each level, per theme and in total', () => {
    expect(counts.byLevel.sandkasse.byTheme.R).toEqual({
      green: 0,
      yellow: 0,
      red: 1,
      grey: 0,
      unassessed: 0,
      total: 1,
    });
    expect(counts.byLevel.sandkasse.byTheme.F).toMatchObject({ green: 4, grey: 1, total: 5 });
    expect(counts.byLevel.sandkasse.byTheme.S.total).toBe(0);
    expect(counts.byTheme).toMatchObject({
      R: { total: 4 },
      F: { total: 20 },
      S: { total: 5 },
      G: { total: 14 },
    });
    expect(counts.total).toEqual({ green: 39, yellow: 1, red: 1, grey: 1, unassessed: 1, total: 43 });
  });

  it('counts a requirement with no light as unassessed', () => {
    expect(countLights({}, v1).total).toEqual({
      green: 0,
      yellow: 0,
      red: 0,
      grey: 0,
      unassessed: 43,
      total: 43,
    });
  });

  it('produces a valid stored shape that passes its own validation', () => {
    expect(EvaluationCountsSchema.parse(counts)).toEqual(counts);
    expect(validateCounts(counts, v1)).toEqual({ ok: true });
  });

  it('gives percentages as round(n / total * 100)', () => {
    expect(rowPercentages(counts.byLevel.sandkasse)).toEqual({
      green: 67,
      yellow: 0,
      red: 17,
      grey: 17,
      unassessed: 0,
    });
    expect(rowPercentages(counts.byLevel['3'])).toEqual({
      green: 88,
      yellow: 0,
      red: 0,
      grey: 0,
      unassessed: 13,
    });
    expect(rowPercentages(counts.total).green).toBe(91);
    expect(rowPercentages(counts.byLevel.sandkasse.byTheme.S)).toEqual({
      green: 0,
      yellow: 0,
      red: 0,
      grey: 0,
      unassessed: 0,
    });
  });
});

describe('validateCounts', () => {
  const valid = () => structuredClone(countLights(lights({}), v1));
  const codes = (counts: EvaluationCounts) => {
    const result = validateCounts(counts, v1);
    return result.ok ? [] : result.errors.map((e) => `${e.field}:${e.code}`);
  };

  it('rejects a level bucket holding more than its size', () => {
    const counts = valid();
    counts.byLevel.sandkasse.green = 7;
    counts.byLevel.sandkasse.total = 7;
    expect(codes(counts)).toEqual(['byLevel.sandkasse:bucket-overflow']);
  });

  it('rejects a theme bucket holding more than its size', () => {
    const counts = valid();
    counts.byTheme.R.red = 1; // 4 green + 1 red in a theme of 4
    counts.byTheme.R.total = 5;
    expect(codes(counts)).toEqual(['byTheme.R:bucket-overflow']);
  });

  it('rejects a theme-within-level bucket and a total that are too large', () => {
    const counts = valid();
    counts.byLevel['3'].byTheme.S.grey = 1;
    counts.byLevel['3'].byTheme.S.total = 2;
    counts.total.yellow = 1;
    counts.total.total = 44;
    expect(codes(counts)).toEqual(['byLevel.3.byTheme.S:bucket-overflow', 'total:bucket-overflow']);
  });

  it('rejects a total that is not the sum of its tallies, even when too large only by the tallies', () => {
    const counts = valid();
    counts.byLevel['1'].red = 1; // 10 green + 1 red, total still says 10
    expect(codes(counts)).toEqual(['byLevel.1:total-mismatch', 'byLevel.1:bucket-overflow']);
  });

  it('accepts partial counts from a report', () => {
    const counts = valid();
    counts.byLevel['2'].green = 10;
    counts.byLevel['2'].total = 10;
    expect(codes(counts)).toEqual([]);
  });

  it('rejects counts for another catalogue version', () => {
    expect(codes({ ...valid(), catalogueVersion: VERSION_2018.id })).toContain(
      'catalogueVersion:catalogue-mismatch',
    );
  });

  it('takes bucket sizes from the catalogue (2018 has 50 requirements)', () => {
    const v2018 = getCatalogue(VERSION_2018.id);
    const counts = countLights({}, v2018);
    expect(counts.total.total).toBe(50);
    expect(validateCounts(counts, v2018)).toEqual({ ok: true });
  });

  it('explains errors in Danish and English with the bucket named', () => {
    const counts = valid();
    counts.byLevel['2'].byTheme.F.total = 10;
    counts.byLevel['2'].byTheme.F.red = 1;
    const result = validateCounts(counts, v1);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0].message.da).toContain('Niveau 2 / Formkrav');
      expect(result.errors[0].message.en).toContain('Level 2 / Formal requirements');
    }
  });

  it('refuses negative or fractional counts in the stored shape', () => {
    const counts = valid();
    expect(EvaluationCountsSchema.safeParse({ ...counts, total: { ...counts.total, red: -1 } }).success).toBe(
      false,
    );
    expect(
      EvaluationCountsSchema.safeParse({ ...counts, total: { ...counts.total, red: 0.5 } }).success,
    ).toBe(false);
  });
});
