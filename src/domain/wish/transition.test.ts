import {
  addSupport,
  ALLOWED_TRANSITIONS,
  emptyWish,
  carryToOriginal,
  QUALIFICATION_ITEM_IDS,
  reasonRequired,
  setEstimate,
  setPledge,
  setQualification,
  transition,
  WISH_STATUSES,
  WishDocumentSchema,
  type WishDocument,
  type WishStatus,
} from '.';
import { ACC, at, base, err, inStatus, ok, S, T0 } from './test-support';

describe('transition: the allowed-transitions table', () => {
  const pairs = WISH_STATUSES.flatMap((from) =>
    WISH_STATUSES.filter((to) => to !== from).map((to) => [from, to] as const),
  );

  it.each(pairs)('%s → %s follows ALLOWED_TRANSITIONS', (from, to) => {
    const result = transition(
      inStatus(from),
      to,
      { reason: 'Begrundelse', duplicateOf: 'LOOP-9', by: ACC, at: at(5) },
      S,
    );
    if (ALLOWED_TRANSITIONS[from].includes(to)) {
      expect(ok(result)).toMatchObject({ status: to, statusChangedBy: ACC, statusChangedAt: at(5) });
    } else {
      expect(err(result)).toMatchObject({ code: 'transition-not-allowed', field: 'status' });
    }
  });

  it('explains a refusal in both languages, naming where the wish can go', () => {
    const error = err(transition(inStatus('delivered'), 'ordered', { by: ACC, at: at(5) }, S));
    expect(error.message.da).toBe(
      'Et ønske kan ikke gå fra «Leveret» til «Bestilt». Herfra kan det gå til «Under vurdering».',
    );
    expect(error.message.en).toBe(
      'A wish cannot go from “Delivered” to “Ordered”. From here it can go to “Under evaluation”.',
    );
  });

  it.each(['rejected', 'delivered', 'duplicate'] as const)(
    'a closed wish (%s) only reopens to under evaluation',
    (s) => {
      expect(ALLOWED_TRANSITIONS[s]).toEqual(['under-evaluation']);
    },
  );

  it('moving to the current status is a no-op (a retried request succeeds)', () => {
    const doc = inStatus('accepted');
    const result = transition(doc, 'accepted', { by: ACC, at: at(5) }, S);
    expect(result).toEqual({ ok: true, doc, changed: false });
  });

  it('refuses an unknown status', () => {
    expect(err(transition(base(), 'done' as WishStatus, { by: ACC, at: at(5) }, S)).code).toBe(
      'invalid-input',
    );
  });
});

describe('transition: reasons', () => {
  const cases: [WishStatus, WishStatus, string][] = [
    ['received', 'rejected', 'Skriv en begrundelse for afvisningen.'],
    ['under-evaluation', 'rejected', 'Skriv en begrundelse for afvisningen.'],
    ['received', 'on-hold', 'Skriv en begrundelse for at sætte ønsket i bero.'],
    ['in-progress', 'on-hold', 'Skriv en begrundelse for at sætte ønsket i bero.'],
    ['rejected', 'under-evaluation', 'Skriv en begrundelse for at genåbne ønsket.'],
    ['delivered', 'under-evaluation', 'Skriv en begrundelse for at genåbne ønsket.'],
    ['duplicate', 'under-evaluation', 'Skriv en begrundelse for at genåbne ønsket.'],
    ['ordered', 'accepted', 'Skriv en begrundelse for at trække bestillingen tilbage.'],
  ];

  it.each(cases)('%s → %s without a reason is refused', (from, to, da) => {
    for (const reason of [undefined, '', '   ']) {
      const error = err(transition(inStatus(from), to, { reason, by: ACC, at: at(5) }, S));
      expect(error).toMatchObject({ code: 'reason-required', field: 'statusReason' });
      expect(error.message.da).toBe(da);
      expect(error.message.en).toMatch(/^Give a reason/);
    }
  });

  it.each(cases)('%s → %s with a reason stores it, trimmed', (from, to) => {
    const doc = ok(
      transition(inStatus(from), to, { reason: '  Ingen budget i 2026 ', by: ACC, at: at(5) }, S),
    );
    expect(doc.statusReason).toBe('Ingen budget i 2026');
  });

  it.each([
    ['received', 'under-evaluation'],
    ['received', 'accepted'],
    ['accepted', 'ordered'],
    ['ordered', 'in-progress'],
    ['in-progress', 'delivered'],
  ] as const)('%s → %s needs no reason, and clears the previous one', (from, to) => {
    expect(reasonRequired(from, to)).toBeNull();
    expect(ok(transition(inStatus(from), to, { by: ACC, at: at(5) }, S)).statusReason).toBeNull();
  });

  it('an overlong reason is refused', () => {
    const error = err(transition(base(), 'rejected', { reason: 'x'.repeat(1001), by: ACC, at: at(5) }, S));
    expect(error).toMatchObject({ code: 'invalid-input', field: 'statusReason' });
  });
});

describe('transition: duplicate', () => {
  it('requires the key of the wish it duplicates', () => {
    const error = err(transition(base(), 'duplicate', { by: ACC, at: at(5) }, S));
    expect(error).toMatchObject({ code: 'duplicate-of-required', field: 'duplicateOf' });
    expect(error.message.da).toContain('LOOP-123');
  });

  it('normalises the key and refuses one that is not an issue key', () => {
    expect(
      ok(transition(base(), 'duplicate', { duplicateOf: ' loop-42 ', by: ACC, at: at(5) }, S)).duplicateOf,
    ).toBe('LOOP-42');
    expect(
      err(transition(base(), 'duplicate', { duplicateOf: 'see other', by: ACC, at: at(5) }, S)),
    ).toMatchObject({
      code: 'invalid-input',
      field: 'duplicateOf',
    });
  });

  it('reopening clears duplicateOf', () => {
    const doc = ok(
      transition(inStatus('duplicate'), 'under-evaluation', { reason: 'Ikke dublet', by: ACC, at: at(5) }, S),
    );
    expect(doc.duplicateOf).toBeNull();
  });

  it('a duplicate takes no new support or pledges, pointing to the original', () => {
    const dup = inStatus('duplicate');
    const error = err(addSupport(dup, { organisation: 'Odense Kommune', accountId: 'a', at: at(5) }, S));
    expect(error.code).toBe('wish-is-duplicate');
    expect(error.message.da).toContain('LOOP-1');
    const pledge = {
      organisation: 'Odense Kommune',
      amountDkk: 1000,
      state: 'indicated' as const,
      accountId: 'a',
    };
    expect(err(setPledge(dup, { ...pledge, at: at(5) }, S)).code).toBe('wish-is-duplicate');
  });

  it('carries the duplicate’s requester, supporters and pledges to the original, counted once', () => {
    let original = base();
    original = ok(addSupport(original, { organisation: 'Odense Kommune', accountId: 'o', at: at(1) }, S));
    const pledge = (organisation: string, amountDkk: number, accountId: string) =>
      ({ organisation, amountDkk, state: 'committed', accountId, at: at(2) }) as const;
    original = ok(setPledge(original, pledge('Odense Kommune', 5000, 'o'), S));
    let dup = emptyWish(T0, { organisation: 'Vejle Kommune', accountId: 'v' });
    dup = ok(addSupport(dup, { organisation: 'Odense Kommune', accountId: 'o2', at: at(2) }, S));
    dup = ok(addSupport(dup, { organisation: 'Aarhus Kommune', accountId: 'a2', at: at(2) }, S));
    dup = ok(addSupport(dup, { organisation: 'Silkeborg Kommune', accountId: 's', at: at(3) }, S));
    dup = ok(setPledge(dup, pledge('Silkeborg Kommune', 20_000, 's'), S));
    dup = ok(setPledge(dup, pledge('Odense Kommune', 7000, 'o2'), S));

    const source = { key: 'LOOP-2', by: ACC, at: at(9) };
    const carry = carryToOriginal(original, dup, source, S);
    if (!carry.ok) throw new Error(carry.error.message.en);
    const merged = carry.doc;
    expect(merged.supporters.map((s) => s.organisation)).toEqual([
      'Odense Kommune',
      'Vejle Kommune',
      'Silkeborg Kommune',
    ]);
    expect(merged.supporters[0].accountId).toBe('o');
    expect(merged.organisationCount).toBe(4);
    // Odense keeps its own pledge on the original; its pledge on the duplicate stays there.
    expect(merged.pledges.map((p) => [p.organisation, p.amountDkk])).toEqual([
      ['Odense Kommune', 5000],
      ['Silkeborg Kommune', 20_000],
    ]);
    expect(carry.carried).toEqual({
      key: 'LOOP-2',
      supporters: ['Vejle Kommune', 'Silkeborg Kommune'],
      pledges: [{ organisation: 'Silkeborg Kommune', amountDkk: 20_000, state: 'committed' }],
      by: ACC,
      at: at(9),
    });
    expect(merged.carriedFrom).toEqual([carry.carried]);

    // A retry before the duplicate recorded its side moves nothing again.
    const again = carryToOriginal(merged, dup, { ...source, at: at(10) }, S);
    expect(again).toMatchObject({ ok: true, changed: false, carried: carry.carried });

    const marked = ok(
      transition(dup, 'duplicate', { duplicateOf: 'LOOP-1', carried: carry.carried, by: ACC, at: at(9) }, S),
    );
    expect(marked.supporters.map((s) => s.organisation)).toEqual(['Odense Kommune', 'Aarhus Kommune']);
    expect(marked.pledges.map((p) => p.organisation)).toEqual(['Odense Kommune']);
    expect(marked.carriedTo).toEqual({ ...carry.carried, key: 'LOOP-1' });
  });

  it('refuses to carry to a duplicate or a closed wish', () => {
    const dup = emptyWish(T0, { organisation: 'Vejle Kommune', accountId: 'v' });
    const source = { key: 'LOOP-2', by: ACC, at: at(9) };
    expect(carryToOriginal(inStatus('duplicate'), dup, source, S)).toMatchObject({
      ok: false,
      error: { code: 'duplicate-chain' },
    });
    for (const status of ['rejected', 'delivered'] as const) {
      expect(carryToOriginal(inStatus(status), dup, source, S)).toMatchObject({
        ok: false,
        error: { code: 'duplicate-of-closed' },
      });
    }
  });
});

describe('transition: ordering needs an estimate, full qualification and funding', () => {
  const tickAll = (d: WishDocument) =>
    QUALIFICATION_ITEM_IDS.reduce((acc, id) => ok(setQualification(acc, id, true, ACC, at(1), S)), d);
  const estimate = (d: WishDocument) => ok(setEstimate(d, { hours: 10, amountDkk: 10_000 }, 'sup', at(2), S));
  const pledge = (amountDkk: number, state: 'indicated' | 'committed' | 'invoiced') => (d: WishDocument) =>
    ok(setPledge(d, { organisation: 'Vejle Kommune', amountDkk, state, accountId: 'v', at: at(3) }, S));
  const funded = pledge(10_000, 'committed');
  const accepted = () => ok(transition(base(), 'accepted', { by: ACC, at: at(0) }, S));

  it.each([
    ['neither', (d: WishDocument) => d, false],
    ['only an estimate', estimate, false],
    ['only qualification', tickAll, false],
    [
      '8 of 9 items, an estimate and funding',
      (d: WishDocument) =>
        ok(setQualification(funded(estimate(tickAll(d))), 'supplier.codeReview', false, ACC, at(3), S)),
      false,
    ],
    ['estimate and qualification, no pledge', (d: WishDocument) => estimate(tickAll(d)), false],
    [
      'estimate and qualification, an indicated pledge only',
      (d: WishDocument) => pledge(10_000, 'indicated')(estimate(tickAll(d))),
      false,
    ],
    [
      'estimate and qualification, committed 9,999 of 10,000',
      (d: WishDocument) => pledge(9999, 'committed')(estimate(tickAll(d))),
      false,
    ],
    ['everything, committed', (d: WishDocument) => funded(estimate(tickAll(d))), true],
    ['everything, invoiced', (d: WishDocument) => pledge(10_000, 'invoiced')(estimate(tickAll(d))), true],
  ] as const)('with %s: ordered allowed = %s', (_, prepare, allowed) => {
    const result = transition(prepare(accepted()), 'ordered', { by: ACC, at: at(5) }, S);
    if (allowed) expect(ok(result)).toMatchObject({ status: 'ordered', orderOverride: null });
    else expect(err(result).code).toBe('not-ready-to-order');
  });

  it('counts the common budget share towards the estimate', () => {
    const ready = estimate(tickAll(accepted()));
    const withBudget = { ...S, commonBudgetDkk: 4000 };
    expect(
      err(transition(pledge(5999, 'committed')(ready), 'ordered', { by: ACC, at: at(5) }, withBudget)).message
        .en,
    ).toContain('DKK 1 is missing');
    expect(
      ok(transition(pledge(6000, 'committed')(ready), 'ordered', { by: ACC, at: at(5) }, withBudget)).status,
    ).toBe('ordered');
  });

  it('orders anyway on the coordination group’s override with a reason, recording what was missing', () => {
    const doc = pledge(4000, 'committed')(estimate(accepted()));
    const ordered = ok(
      transition(doc, 'ordered', { override: '  Akut sikkerhedsrettelse  ', by: ACC, at: at(5) }, S),
    );
    expect(ordered.orderOverride).toEqual({
      reason: 'Akut sikkerhedsrettelse',
      missing: ['funding', ...QUALIFICATION_ITEM_IDS],
      shortfallDkk: 6000,
      by: ACC,
      at: at(5),
    });
    // A blank override is no override.
    expect(err(transition(doc, 'ordered', { override: '   ', by: ACC, at: at(5) }, S)).code).toBe(
      'not-ready-to-order',
    );
    // It stays while the order stands and goes when the order is withdrawn.
    const started = ok(transition(ordered, 'in-progress', { by: ACC, at: at(6) }, S));
    expect(started.orderOverride?.reason).toBe('Akut sikkerhedsrettelse');
    const withdrawn = ok(transition(ordered, 'accepted', { reason: 'Ny pris', by: ACC, at: at(6) }, S));
    expect(withdrawn.orderOverride).toBeNull();
  });

  it('says what is missing', () => {
    let d = accepted();
    d = ok(setQualification(d, 'requester.title', true, ACC, at(1), S));
    const error = err(transition(d, 'ordered', { by: ACC, at: at(5) }, S));
    expect(error.message.da).toContain('Mangler: leverandørens estimat; Beskrivelse: hvad, hvorfor, hvem;');
    expect(error.message.da).toContain('bestille alligevel med en begrundelse');
    expect(error.message.da).toContain('(1 af 9 nu)');
    expect(error.message.en).toContain("Missing: the supplier's estimate; Description: what, why, who;");
    expect(error.message.en).toContain('Who reviews the code at merge.');
  });

  it('resuming from on hold re-checks the same conditions', () => {
    const onHold = WishDocumentSchema.parse({ ...base(), status: 'on-hold', statusReason: 'Pause' });
    expect(err(transition(onHold, 'ordered', { by: ACC, at: at(5) }, S)).code).toBe('not-ready-to-order');
  });

  it.each(['ordered', 'in-progress', 'delivered'] as const)(
    'in %s the estimate and qualification are fixed',
    (s) => {
      const doc = inStatus(s);
      expect(err(setEstimate(doc, { hours: 1, amountDkk: 1 }, 'sup', at(5), S)).code).toBe(
        'fixed-after-order',
      );
      expect(err(setEstimate(doc, null, 'sup', at(5), S)).code).toBe('fixed-after-order');
      expect(err(setQualification(doc, 'requester.title', false, ACC, at(5), S)).code).toBe(
        'fixed-after-order',
      );
      // Re-applying the same values is still a harmless no-op.
      expect(setEstimate(doc, { hours: 200, amountDkk: 200_000 }, 'sup', at(5), S)).toMatchObject({
        changed: false,
      });
    },
  );

  it('after the order is withdrawn they can change again', () => {
    const doc = ok(transition(inStatus('ordered'), 'accepted', { reason: 'Ny pris', by: ACC, at: at(5) }, S));
    expect(
      ok(setEstimate(doc, { hours: 250, amountDkk: 250_000 }, 'sup', at(6), S)).estimate?.amountDkk,
    ).toBe(250_000);
  });
});
