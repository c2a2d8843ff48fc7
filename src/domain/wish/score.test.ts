import {
  addSupport,
  DEFAULT_WEIGHTS,
  fundingGap,
  reindex,
  resolveScoreSettings,
  ScoreSettingsSchema,
  ScoreWeightsSchema,
  scoreWish,
  setEstimate,
  setPledge,
  setValueUrgency,
  WishDocumentSchema,
  type ScoreSettings,
  type WishDocument,
} from '.';
import { ACC, at, base, ok, S, T0 } from './test-support';

describe('score', () => {
  /** The worked example of the README: 7 organisations, value 4, urgency 3, 200,000 DKK, 70,000 pledged, 50,000 common budget. */
  function example(): WishDocument {
    let d = base();
    for (const org of ['Odense', 'Vejle', 'Aalborg', 'Esbjerg', 'Randers', 'Kolding']) {
      d = ok(addSupport(d, { organisation: `${org} Kommune`, accountId: `acc-${org}`, at: at(1) }, S));
    }
    d = ok(
      setPledge(
        d,
        { organisation: 'Odense Kommune', amountDkk: 40_000, state: 'committed', accountId: 'o', at: at(2) },
        S,
      ),
    );
    d = ok(
      setPledge(
        d,
        { organisation: 'Aarhus Kommune', amountDkk: 30_000, state: 'indicated', accountId: 'a', at: at(2) },
        S,
      ),
    );
    d = ok(setEstimate(d, { hours: 250, amountDkk: 200_000 }, 'sup', at(3), S));
    return ok(setValueUrgency(d, { value: 4, urgency: 3 }, ACC, at(4), S));
  }
  const settings: ScoreSettings = { ...S, commonBudgetDkk: 50_000 };

  it('documents the default weights', () => {
    expect(DEFAULT_WEIGHTS).toEqual({ reach: 3, value: 2, urgency: 2, cost: 1, funding: 2 });
    expect(resolveScoreSettings()).toEqual({
      weights: DEFAULT_WEIGHTS,
      commonBudgetDkk: 0,
      organisationTotal: 98,
      reachHalfAt: 5,
      costCeilingDkk: 500_000,
    });
  });

  it('matches the hand-computed worked example', () => {
    const score = scoreWish(example(), settings);
    const byKey = Object.fromEntries(score.factors.map((f) => [f.key, f]));
    // reach   0.3 × (1 − 2^(−7/5))   × 100 = 18.63
    // value   0.2 × 4/5             × 100 = 16
    // urgency 0.2 × 3/5             × 100 = 12
    // cost    0.1 × (1 − 200k/500k) × 100 =  6
    // funding 0.2 × (70k + 50k)/200k × 100 = 12      total 64.63 → 64.6
    expect(byKey.reach).toMatchObject({ weight: 3, share: 0.3, contribution: 18.6 });
    expect(byKey.reach.raw).toBeCloseTo(1 - 2 ** (-7 / 5), 10);
    expect(byKey.value).toMatchObject({ raw: 0.8, contribution: 16 });
    expect(byKey.urgency).toMatchObject({ raw: 0.6, contribution: 12 });
    expect(byKey.cost).toMatchObject({ raw: 0.6, contribution: 6 });
    expect(byKey.funding).toMatchObject({ raw: 0.6, contribution: 12 });
    expect(score.total).toBe(64.6);
    expect(byKey.reach.explanation).toEqual({
      da: '7 af 98 organisationer står bag (1 anmoder + 6 støttende) – 3 + 4 = 98; halvdelen af point ved 5.',
      en: '7 of 98 organisations are behind it (1 requester + 6 supporters) – 3 + 4 = 98; half the points at 5.',
    });
    expect(byKey.funding.explanation.da).toBe(
      'Tilsagn 70.000 kr. + fællesbudget 50.000 kr. dækker 60 % af estimatet 200.000 kr.',
    );
    expect(byKey.funding.explanation.en).toBe(
      'Pledges of DKK 70,000 + common budget of DKK 50,000 cover 60% of the estimate of DKK 200,000.',
    );
    expect(byKey.value.explanation.da).toBe('Værdi 4 af 5 (koordinationsgruppens vurdering).');
  });

  it('stores the score and the funding gap in the index fields', () => {
    const d = ok(reindex(example(), settings, at(9)));
    expect(d).toMatchObject({
      score: 64.6,
      fundingGap: 80_000,
      organisationCount: 7,
      requester: 'Aarhus Kommune',
    });
  });

  it('contributions always sum to the total, one decimal each', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let n = 0; n < 200; n += 1) {
      const w = {
        reach: random() * 5,
        value: random() * 5,
        urgency: random() * 5,
        cost: random() * 5,
        funding: random() * 5,
      };
      const doc = WishDocumentSchema.parse({
        ...base(),
        supporters: Array.from({ length: Math.floor(random() * 40) }, (_, i) => ({
          organisation: `Org ${i}`,
          accountId: 'a',
          at: T0,
        })),
        value: Math.floor(random() * 6),
        urgency: random() < 0.2 ? null : Math.floor(random() * 6),
        estimate:
          random() < 0.2 ? null : { hours: 1, amountDkk: Math.floor(random() * 900_000), by: 'a', at: T0 },
      });
      const score = scoreWish(doc, { ...S, weights: w, commonBudgetDkk: Math.floor(random() * 100_000) });
      const tenths = score.factors.reduce((sum, f) => sum + Math.round(f.contribution * 10), 0);
      expect(tenths).toBe(Math.round(score.total * 10));
      for (const f of score.factors)
        expect(Math.round(f.contribution * 10)).toBeCloseTo(f.contribution * 10, 9);
      expect(score.total).toBeGreaterThanOrEqual(0);
      expect(score.total).toBeLessThanOrEqual(100);
    }
  });

  it('normalises weights: scaling them all changes nothing', () => {
    const doc = example();
    const scaled = { reach: 30, value: 20, urgency: 20, cost: 10, funding: 20 };
    expect(scoreWish(doc, { ...settings, weights: scaled })).toEqual({
      ...scoreWish(doc, settings),
      factors: scoreWish(doc, settings).factors.map((f) => ({ ...f, weight: f.weight * 10 })),
    });
  });

  it.each([
    ['reach', 1 - 2 ** (-7 / 5)],
    ['value', 0.8],
    ['urgency', 0.6],
    ['cost', 0.6],
    ['funding', 0.6],
  ] as const)('with only %s weighted, the total is that factor × 100', (key, raw) => {
    const weights = { reach: 0, value: 0, urgency: 0, cost: 0, funding: 0, [key]: 1 };
    expect(scoreWish(example(), { ...settings, weights }).total).toBe(Math.round(raw * 1000) / 10);
  });

  it('refuses weights that are negative or all zero', () => {
    expect(ScoreWeightsSchema.safeParse({ ...DEFAULT_WEIGHTS, cost: -1 }).success).toBe(false);
    expect(
      ScoreWeightsSchema.safeParse({ reach: 0, value: 0, urgency: 0, cost: 0, funding: 0 }).success,
    ).toBe(false);
    expect(ScoreSettingsSchema.safeParse({ commonBudgetDkk: -1 }).success).toBe(false);
  });

  it.each([
    ['not estimated: cost neutral 0.5, funding 0', null, 0, 0.5, 0],
    ['0 DKK: cost 1, funding 1', 0, 0, 1, 1],
    ['at the ceiling: cost 0', 500_000, 0, 0, 0],
    ['above the ceiling: cost 0', 900_000, 0, 0, 0],
    ['over-funded: funding capped at 1', 100_000, 150_000, 0.8, 1],
  ] as const)('cost and funding when %s', (_, amount, common, cost, funding) => {
    const doc = WishDocumentSchema.parse({
      ...base(),
      estimate: amount === null ? null : { hours: 1, amountDkk: amount, by: 'a', at: T0 },
    });
    const factors = scoreWish(doc, { ...S, commonBudgetDkk: common }).factors;
    expect(factors.find((f) => f.key === 'cost')?.raw).toBeCloseTo(cost, 10);
    expect(factors.find((f) => f.key === 'funding')?.raw).toBeCloseTo(funding, 10);
  });

  it('reach saturates: it approaches 1 and never passes it, however many organisations', () => {
    const doc = WishDocumentSchema.parse({
      ...base(),
      supporters: Array.from({ length: 110 }, (_, i) => ({
        organisation: `Org ${i}`,
        accountId: 'a',
        at: T0,
      })),
    });
    const raw = scoreWish(doc, S).factors[0].raw;
    expect(raw).toBeGreaterThan(0.9999);
    expect(raw).toBeLessThanOrEqual(1);
  });

  it('with default weights and equal ratings, a wish backed by 5 organisations outranks one backed by 1', () => {
    const rated = (organisations: number) => {
      let d = base();
      for (let i = 1; i < organisations; i += 1) {
        d = ok(addSupport(d, { organisation: `Org ${i}`, accountId: `acc-${i}`, at: at(1) }, S));
      }
      return ok(setValueUrgency(d, { value: 3, urgency: 3 }, ACC, at(2), S));
    };
    const one = scoreWish(rated(1), S);
    const five = scoreWish(rated(5), S);
    // reach 0.3 × (1 − 2^(−1/5)) × 100 = 3.9 against 0.3 × (1 − 2^(−5/5)) × 100 = 15.0
    expect(one.factors[0].contribution).toBe(3.9);
    expect(five.factors[0].contribution).toBe(15);
    expect(five.total).toBeGreaterThan(one.total);
    expect(five.total - one.total).toBeCloseTo(11.1, 1);
  });

  it('says when a wish is over-funded', () => {
    const doc = WishDocumentSchema.parse({
      ...base(),
      estimate: { hours: 1, amountDkk: 100_000, by: 'a', at: T0 },
    });
    const funding = scoreWish(doc, { ...S, commonBudgetDkk: 150_000 }).factors.find(
      (f) => f.key === 'funding',
    );
    expect(funding?.explanation.en).toBe(
      'Pledges of DKK 0 + common budget of DKK 150,000 exceed the estimate of DKK 100,000 by DKK 50,000: over-funded (counts at most 100%).',
    );
  });

  it('unrated value and urgency count 0 and say so', () => {
    const value = scoreWish(base(), S).factors.find((f) => f.key === 'value');
    expect(value).toMatchObject({ raw: 0, contribution: 0 });
    expect(value?.explanation.en).toBe('Value is not yet rated by the coordination group (counts 0).');
  });
});
describe('funding gap', () => {
  it.each([
    ['no estimate', null, 50_000, 0, 0],
    ['nothing pledged, no common budget', 100_000, 0, 0, 100_000],
    ['pledges only', 100_000, 30_000, 0, 70_000],
    ['pledges and common budget', 100_000, 30_000, 50_000, 20_000],
    ['fully covered', 100_000, 60_000, 50_000, 0],
  ] as const)('%s', (_, estimate, pledged, common, gap) => {
    let d = base();
    if (estimate !== null) d = ok(setEstimate(d, { hours: 1, amountDkk: estimate }, 'sup', at(1), S));
    if (pledged > 0) {
      d = ok(
        setPledge(
          d,
          { organisation: 'KL', amountDkk: pledged, state: 'indicated', accountId: 'k', at: at(2) },
          S,
        ),
      );
    }
    const settings = { ...S, commonBudgetDkk: common };
    expect(fundingGap(d, settings)).toBe(gap);
    expect(ok(reindex(d, settings, at(3))).fundingGap).toBe(gap);
  });
});
