import { afterSlice, jobProgress, newJobBase, sliceBudgetMs, WishJobSchema, type WishJob } from './job';
import { bulkTargets } from './lifecycle';
import { jobFraction } from './job-progress';
import { DEFAULT_SCORE_SETTINGS } from './score';

const AT = '2026-12-08T00:00:00.000Z';
const rescore = (): WishJob => ({
  ...newJobBase(
    {
      id: '7d3f1c2a-0b7d-4f4e-9a43-2c1d5e8b7a10',
      projectId: '10000',
      startedBy: 'acc-1',
      score: { ...DEFAULT_SCORE_SETTINGS },
      total: 120,
    },
    AT,
  ),
  kind: 'rescore',
  settingsVersion: 3,
  cursor: null,
});

describe('wish jobs', () => {
  it('spends 15 s of a consumer, 8 s of a resolver, and the same share of less time', () => {
    expect(sliceBudgetMs(25_000)).toBe(15_000);
    expect(sliceBudgetMs(25_000, 8_000)).toBe(8_000);
    expect(sliceBudgetMs(10_000)).toBe(6_000);
    expect(sliceBudgetMs(-5)).toBe(0);
  });

  it('counts a slice, moves to the next slice number and finishes when nothing is left', () => {
    const job = rescore();
    expect(WishJobSchema.parse(job)).toEqual(job);
    const one = afterSlice(job, { processed: 50, updated: 40, failed: 1, ms: 900, more: true }, AT);
    expect(one).toMatchObject({
      seq: 1,
      processed: 50,
      updated: 40,
      failed: 1,
      state: 'running',
      invocations: 1,
    });
    expect(jobFraction(jobProgress(one))).toBeCloseTo(50 / 120);
    const two = afterSlice(one, { processed: 80, updated: 80, failed: 0, ms: 1200, more: false }, AT);
    expect(two).toMatchObject({
      seq: 2,
      processed: 130,
      state: 'done',
      finishedAt: AT,
      maxInvocationMs: 1200,
    });
    // JQL counted fewer than the records held: the bar never shows more done than there is.
    expect(jobProgress(two).total).toBe(130);
    expect(jobFraction(jobProgress(two))).toBe(1);
  });

  it('offers in bulk the moves the workflow allows from at least one chosen status', () => {
    expect(bulkTargets(['rejected'])).toEqual(['under-evaluation']);
    expect(bulkTargets(['rejected', 'in-progress'])).toEqual(['under-evaluation', 'on-hold', 'delivered']);
    expect(bulkTargets([])).toEqual([]);
  });
});
