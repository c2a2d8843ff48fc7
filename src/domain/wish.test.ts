import {
  addDecision,
  addSupport,
  ALLOWED_TRANSITIONS,
  checkPropertySize,
  DEFAULT_SCORE_SETTINGS,
  DEFAULT_WEIGHTS,
  emptyWish,
  fundingGap,
  isQualified,
  isSafeMeetingReference,
  MAX_PROPERTY_CHARS,
  MAX_SUPPORTERS,
  mergeDuplicateSupport,
  organisationsBehind,
  QUALIFICATION_ITEM_IDS,
  QUALIFICATION_ITEMS,
  qualificationProgress,
  readWish,
  reasonRequired,
  reindex,
  removeSupport,
  resolveScoreSettings,
  ScoreSettingsSchema,
  ScoreWeightsSchema,
  scoreWish,
  serialisedSize,
  setEstimate,
  setPledge,
  setQualification,
  setRequester,
  setValueUrgency,
  transition,
  WISH_STATUSES,
  WishDocumentSchema,
  type PledgeState,
  type ScoreSettings,
  type WishDocument,
  type WishResult,
  type WishStatus,
} from './wish';

const S = DEFAULT_SCORE_SETTINGS;
const T0 = '2026-03-01T09:00:00.000Z';
const at = (minute: number) => `2026-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const ACC = 'acc-coordinator';

function ok(result: WishResult): WishDocument {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}: ${result.error.message.en}`);
  return result.doc;
}
function err(result: WishResult) {
  if (result.ok) throw new Error('Expected an error');
  return result.error;
}

const base = () => emptyWish(T0, { organisation: 'Aarhus Kommune', accountId: 'acc-aarhus' });

/** All nine items ticked and an estimate: ready to be ordered. */
function ready(doc: WishDocument = base()): WishDocument {
  let d = doc;
  for (const id of QUALIFICATION_ITEM_IDS) d = ok(setQualification(d, id, true, ACC, at(1), S));
  return ok(setEstimate(d, { hours: 200, amountDkk: 200_000 }, 'acc-supplier', at(2), S));
}

/** A valid document in any status (the path there does not matter for these tests). */
function inStatus(status: WishStatus): WishDocument {
  const doc = ready();
  return WishDocumentSchema.parse({
    ...doc,
    status,
    statusReason: status === 'rejected' || status === 'on-hold' ? 'Afventer budget' : null,
    duplicateOf: status === 'duplicate' ? 'LOOP-1' : null,
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('emptyWish', () => {
  it('is a valid version-1 document with the index fields filled in', () => {
    const doc = base();
    expect(WishDocumentSchema.parse(doc)).toEqual(doc);
    expect(doc).toMatchObject({
      schemaVersion: 1,
      version: 1,
      status: 'received',
      requester: 'Aarhus Kommune',
      organisationCount: 1,
      fundingGap: 0,
      requestedBy: { organisation: 'Aarhus Kommune', accountId: 'acc-aarhus', at: T0 },
    });
    // reach 1/98 × 30 + cost 0.5 × 10 (not estimated) = 5.31 → 5.3
    expect(doc.score).toBe(5.3);
  });

  it('may start without a requester', () => {
    const doc = emptyWish(T0);
    expect(doc).toMatchObject({ requestedBy: null, requester: '', organisationCount: 0, score: 5 });
  });
});

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

  it('merges the duplicate’s requester and supporters into the original, counted once', () => {
    let original = base();
    original = ok(addSupport(original, { organisation: 'Odense Kommune', accountId: 'o', at: at(1) }, S));
    let dup = emptyWish(T0, { organisation: 'Vejle Kommune', accountId: 'v' });
    dup = ok(addSupport(dup, { organisation: 'Odense Kommune', accountId: 'o2', at: at(2) }, S));
    dup = ok(addSupport(dup, { organisation: 'Aarhus Kommune', accountId: 'a2', at: at(2) }, S));
    dup = ok(addSupport(dup, { organisation: 'Silkeborg Kommune', accountId: 's', at: at(3) }, S));
    const merged = ok(mergeDuplicateSupport(original, dup, S, at(9)));
    expect(merged.supporters.map((s) => s.organisation)).toEqual([
      'Odense Kommune',
      'Vejle Kommune',
      'Silkeborg Kommune',
    ]);
    expect(merged.supporters[0].accountId).toBe('o');
    expect(merged.organisationCount).toBe(4);
    expect(mergeDuplicateSupport(merged, dup, S, at(10))).toMatchObject({ ok: true, changed: false });
  });
});

describe('transition: ordering needs an estimate and full qualification', () => {
  const tickAll = (d: WishDocument) =>
    QUALIFICATION_ITEM_IDS.reduce((acc, id) => ok(setQualification(acc, id, true, ACC, at(1), S)), d);
  const estimate = (d: WishDocument) => ok(setEstimate(d, { hours: 10, amountDkk: 10_000 }, 'sup', at(2), S));
  const accepted = () => ok(transition(base(), 'accepted', { by: ACC, at: at(0) }, S));

  it.each([
    ['neither', (d: WishDocument) => d, false],
    ['only an estimate', estimate, false],
    ['only qualification', tickAll, false],
    [
      '8 of 9 items and an estimate',
      (d: WishDocument) =>
        ok(setQualification(estimate(tickAll(d)), 'supplier.codeReview', false, ACC, at(3), S)),
      false,
    ],
    ['both', (d: WishDocument) => estimate(tickAll(d)), true],
  ] as const)('with %s: ordered allowed = %s', (_, prepare, allowed) => {
    const result = transition(prepare(accepted()), 'ordered', { by: ACC, at: at(5) }, S);
    if (allowed) expect(ok(result).status).toBe('ordered');
    else expect(err(result).code).toBe('not-ready-to-order');
  });

  it('says what is missing', () => {
    let d = accepted();
    d = ok(setQualification(d, 'requester.title', true, ACC, at(1), S));
    const error = err(transition(d, 'ordered', { by: ACC, at: at(5) }, S));
    expect(error.message.da).toContain('Mangler: leverandørens estimat; Beskrivelse: hvad, hvorfor, hvem;');
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

describe('qualification', () => {
  it('has the requester’s five items and the supplier’s four', () => {
    expect(QUALIFICATION_ITEMS.filter((i) => i.party === 'requester')).toHaveLength(5);
    expect(QUALIFICATION_ITEMS.filter((i) => i.party === 'supplier')).toHaveLength(4);
    expect(QUALIFICATION_ITEMS.map((i) => i.id)).toEqual([...QUALIFICATION_ITEM_IDS]);
  });

  it('records who ticked what and when, and counts progress per party', () => {
    let d = base();
    d = ok(setQualification(d, 'requester.title', true, 'acc-aarhus', at(1), S));
    d = ok(setQualification(d, 'supplier.codeReview', true, 'acc-supplier', at(2), S));
    expect(d.qualification['requester.title']).toEqual({ checked: true, by: 'acc-aarhus', at: at(1) });
    expect(qualificationProgress(d)).toMatchObject({
      checked: 2,
      total: 9,
      requester: { checked: 1, total: 5 },
      supplier: { checked: 1, total: 4 },
    });
    expect(isQualified(d)).toBe(false);
    expect(isQualified(ready())).toBe(true);
  });

  it('ticking again keeps the first mark; unticking records who did it', () => {
    let d = ok(setQualification(base(), 'requester.title', true, 'first', at(1), S));
    expect(setQualification(d, 'requester.title', true, 'second', at(2), S)).toMatchObject({
      changed: false,
    });
    d = ok(setQualification(d, 'requester.title', false, 'third', at(3), S));
    expect(d.qualification['requester.title']).toEqual({ checked: false, by: 'third', at: at(3) });
    expect(qualificationProgress(d).missing).toContain('requester.title');
  });

  it('refuses an unknown item', () => {
    expect(err(setQualification(base(), 'requester.budget' as never, true, ACC, at(1), S)).code).toBe(
      'invalid-input',
    );
  });
});

describe('support', () => {
  const odense = { organisation: 'Odense Kommune', accountId: 'acc-odense', at: at(1) };

  it('adds one signal per organisation; again is a no-op keeping the first', () => {
    const d1 = ok(addSupport(base(), odense, S));
    expect(d1.supporters).toEqual([odense]);
    expect(d1.organisationCount).toBe(2);
    for (const again of [
      { ...odense, accountId: 'acc-odense-2', at: at(2) },
      { ...odense, organisation: '  odense   kommune ' },
    ]) {
      const result = addSupport(d1, again, S);
      expect(result).toEqual({ ok: true, doc: d1, changed: false });
    }
  });

  it('refuses the requester’s own organisation: it is counted already', () => {
    const error = err(addSupport(base(), { ...odense, organisation: 'aarhus kommune' }, S));
    expect(error.code).toBe('requester-cannot-support');
    expect(error.message.da).toBe('Aarhus Kommune har selv indsendt ønsket og tæller allerede med.');
  });

  it('a supporter that becomes the requester is counted once', () => {
    const d = ok(addSupport(emptyWish(T0), odense, S));
    const r = ok(setRequester(d, { organisation: 'Odense Kommune', accountId: 'acc-odense' }, at(3), S));
    expect(r).toMatchObject({ supporters: [], requester: 'Odense Kommune', organisationCount: 1 });
  });

  it('removes support, and removing absent support is a no-op', () => {
    const d1 = ok(addSupport(base(), odense, S));
    const d2 = ok(removeSupport(d1, { organisation: 'ODENSE KOMMUNE', at: at(2) }, S));
    expect(d2.supporters).toEqual([]);
    expect(d2.organisationCount).toBe(1);
    expect(removeSupport(d2, { organisation: 'Odense Kommune', at: at(3) }, S)).toMatchObject({
      changed: false,
    });
  });

  it.each([
    ['a blank organisation', { ...odense, organisation: '   ' }, 'supporters.organisation'],
    ['a missing account', { ...odense, accountId: '' }, 'supporters.accountId'],
    ['a bad timestamp', { ...odense, at: 'yesterday' }, 'supporters.at'],
  ])('refuses %s', (_, input, field) => {
    expect(err(addSupport(base(), input, S))).toMatchObject({ code: 'invalid-input', field });
  });

  it(`stops at ${MAX_SUPPORTERS} supporters`, () => {
    const full = WishDocumentSchema.parse({
      ...base(),
      supporters: Array.from({ length: MAX_SUPPORTERS }, (_, i) => ({ ...odense, organisation: `Org ${i}` })),
    });
    expect(err(addSupport(full, { ...odense, organisation: 'One more' }, S)).code).toBe('limit-reached');
  });
});

describe('concurrent writes: re-apply the operation to the latest document', () => {
  /** A stand-in for the issue property: a write succeeds only on top of the version it was based on. */
  function store(initial: WishDocument) {
    let current = initial;
    return {
      read: () => current,
      write(next: WishDocument): 'ok' | 'conflict' {
        if (next.version !== current.version + 1) return 'conflict';
        current = next;
        return 'ok';
      },
    };
  }

  it('two organisations supporting at the same moment both survive', () => {
    const jira = store(base());
    const supportA = (d: WishDocument) =>
      addSupport(d, { organisation: 'Odense Kommune', accountId: 'acc-a', at: at(1) }, S);
    const supportB = (d: WishDocument) =>
      addSupport(d, { organisation: 'Vejle Kommune', accountId: 'acc-b', at: at(1) }, S);

    const readByA = jira.read();
    const readByB = jira.read();
    expect(readByA.version).toBe(1);
    expect(jira.write(ok(supportA(readByA)))).toBe('ok');
    expect(jira.write(ok(supportB(readByB)))).toBe('conflict');
    expect(jira.write(ok(supportB(jira.read())))).toBe('ok');

    const final = jira.read();
    expect(final.version).toBe(3);
    expect(final.supporters.map((s) => s.organisation)).toEqual(['Odense Kommune', 'Vejle Kommune']);
    expect(final.organisationCount).toBe(3);
  });

  it('two pledges at the same moment both survive, and a lost-response retry changes nothing', () => {
    const jira = store(base());
    const pledgeA = (d: WishDocument) =>
      setPledge(
        d,
        { organisation: 'Odense Kommune', amountDkk: 25_000, state: 'committed', accountId: 'a', at: at(1) },
        S,
      );
    const pledgeB = (d: WishDocument) =>
      setPledge(
        d,
        { organisation: 'Vejle Kommune', amountDkk: 10_000, state: 'indicated', accountId: 'b', at: at(1) },
        S,
      );
    const v1 = jira.read();
    expect(jira.write(ok(pledgeB(v1)))).toBe('ok');
    expect(jira.write(ok(pledgeA(v1)))).toBe('conflict');
    expect(jira.write(ok(pledgeA(jira.read())))).toBe('ok');
    // B did not see its response and retries: the same operation on the latest document is a no-op.
    expect(pledgeB(jira.read())).toMatchObject({ ok: true, changed: false });
    expect(jira.read().pledges.map((p) => [p.organisation, p.amountDkk])).toEqual([
      ['Vejle Kommune', 10_000],
      ['Odense Kommune', 25_000],
    ]);
  });

  it('every write increments the version by one', () => {
    let d = base();
    const ops: ((doc: WishDocument) => WishResult)[] = [
      (x) => addSupport(x, { organisation: 'Odense Kommune', accountId: 'a', at: at(1) }, S),
      (x) =>
        setPledge(
          x,
          { organisation: 'Odense Kommune', amountDkk: 5, state: 'indicated', accountId: 'a', at: at(2) },
          S,
        ),
      (x) => setQualification(x, 'requester.title', true, ACC, at(3), S),
      (x) => setEstimate(x, { hours: 1, amountDkk: 1000 }, ACC, at(4), S),
      (x) => setValueUrgency(x, { value: 3 }, ACC, at(5), S),
      (x) =>
        addDecision(
          x,
          {
            date: '2026-03-01',
            decision: 'Prioriteret',
            rationale: '',
            meetingReference: '',
            by: ACC,
            at: at(6),
          },
          S,
        ),
      (x) => transition(x, 'under-evaluation', { by: ACC, at: at(7) }, S),
      (x) => removeSupport(x, { organisation: 'Odense Kommune', at: at(8) }, S),
    ];
    ops.forEach((op, i) => {
      d = ok(op(d));
      expect(d.version).toBe(i + 2);
    });
    expect(d.updatedAt).toBe(at(8));
  });
});

describe('pledges', () => {
  const pledge = (organisation: string, amountDkk: number, state: PledgeState = 'indicated', minute = 1) => ({
    organisation,
    amountDkk,
    state,
    accountId: `acc-${organisation}`,
    at: at(minute),
  });

  it('upserts per organisation, and 0 removes', () => {
    let d = ok(setPledge(base(), pledge('Odense Kommune', 20_000), S));
    d = ok(setPledge(d, pledge('Vejle Kommune', 5_000), S));
    d = ok(setPledge(d, pledge('odense kommune', 30_000, 'committed', 2), S));
    expect(d.pledges.map((p) => [p.organisation, p.amountDkk, p.state])).toEqual([
      ['odense kommune', 30_000, 'committed'],
      ['Vejle Kommune', 5_000, 'indicated'],
    ]);
    d = ok(setPledge(d, pledge('Vejle Kommune', 0), S));
    expect(d.pledges).toHaveLength(1);
    expect(setPledge(d, pledge('Vejle Kommune', 0), S)).toMatchObject({ changed: false });
  });

  it('counts a pledging organisation as one behind the wish', () => {
    const d = ok(setPledge(base(), pledge('KL', 1_000), S));
    expect(organisationsBehind(d)).toEqual({
      requester: 'Aarhus Kommune',
      supporters: [],
      pledgersOnly: ['KL'],
      count: 2,
    });
    // A requester pledging is still one organisation.
    expect(ok(setPledge(base(), pledge('Aarhus Kommune', 1_000), S)).organisationCount).toBe(1);
  });

  it('an invoiced pledge cannot be removed or moved back, but its amount can be corrected', () => {
    const d = ok(setPledge(base(), pledge('Odense Kommune', 20_000, 'invoiced'), S));
    expect(err(setPledge(d, pledge('Odense Kommune', 0), S)).code).toBe('pledge-invoiced');
    expect(err(setPledge(d, pledge('Odense Kommune', 20_000, 'committed'), S)).code).toBe('pledge-invoiced');
    expect(ok(setPledge(d, pledge('Odense Kommune', 19_500, 'invoiced'), S)).pledges[0].amountDkk).toBe(
      19_500,
    );
  });

  it.each([
    ['a negative amount', -100],
    ['øre', 100.5],
    ['an absurd amount', 2_000_000_000],
  ])('refuses %s', (_, amount) => {
    const error = err(setPledge(base(), pledge('Odense Kommune', amount), S));
    expect(error).toMatchObject({ code: 'invalid-input', field: 'pledges.amountDkk' });
    expect(error.message.da).toMatch(/^Beløbet skal være et helt antal kroner/);
  });

  it('refuses an unknown state', () => {
    expect(
      err(setPledge(base(), { ...pledge('Odense Kommune', 1), state: 'paid' as PledgeState }, S)).field,
    ).toBe('pledges.state');
  });
});

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
      costCeilingDkk: 500_000,
    });
  });

  it('matches the hand-computed worked example', () => {
    const score = scoreWish(example(), settings);
    const byKey = Object.fromEntries(score.factors.map((f) => [f.key, f]));
    // reach   0.3 × 7/98            × 100 =  2.14
    // value   0.2 × 4/5             × 100 = 16
    // urgency 0.2 × 3/5             × 100 = 12
    // cost    0.1 × (1 − 200k/500k) × 100 =  6
    // funding 0.2 × (70k + 50k)/200k × 100 = 12      total 48.14 → 48.1
    expect(byKey.reach).toMatchObject({ weight: 3, share: 0.3, contribution: 2.1 });
    expect(byKey.reach.raw).toBeCloseTo(7 / 98, 10);
    expect(byKey.value).toMatchObject({ raw: 0.8, contribution: 16 });
    expect(byKey.urgency).toMatchObject({ raw: 0.6, contribution: 12 });
    expect(byKey.cost).toMatchObject({ raw: 0.6, contribution: 6 });
    expect(byKey.funding).toMatchObject({ raw: 0.6, contribution: 12 });
    expect(score.total).toBe(48.1);
    expect(byKey.reach.explanation).toEqual({
      da: '7 af 98 organisationer står bag (1 anmoder + 6 støttende) – 3 + 4 = 98.',
      en: '7 of 98 organisations are behind it (1 requester + 6 supporters) – 3 + 4 = 98.',
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
      score: 48.1,
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
    ['reach', 7 / 98],
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

  it('caps reach at 1 when more organisations than the total stand behind it', () => {
    const doc = WishDocumentSchema.parse({
      ...base(),
      supporters: Array.from({ length: 110 }, (_, i) => ({
        organisation: `Org ${i}`,
        accountId: 'a',
        at: T0,
      })),
    });
    expect(scoreWish(doc, S).factors[0].raw).toBe(1);
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

describe('value and urgency', () => {
  it('sets either, keeps the omitted one, clears with null, and records who', () => {
    let d = ok(setValueUrgency(base(), { value: 4, urgency: 2 }, ACC, at(1), S));
    d = ok(setValueUrgency(d, { urgency: null }, 'acc-2', at(2), S));
    expect(d).toMatchObject({ value: 4, urgency: null, prioritisedBy: { by: 'acc-2', at: at(2) } });
    expect(setValueUrgency(d, { value: 4 }, ACC, at(3), S)).toMatchObject({ changed: false });
  });

  it.each([6, -1, 2.5])('refuses %s', (value) => {
    expect(err(setValueUrgency(base(), { value }, ACC, at(1), S))).toMatchObject({
      code: 'invalid-input',
      field: 'value',
    });
  });
});

describe('decisions', () => {
  const input = {
    date: '2026-03-12',
    decision: 'Ønsket prioriteres i Q2',
    rationale: 'Mange kommuner står bag.',
    meetingReference: 'Koordinationsgruppemøde 12. marts 2026, pkt. 4',
    by: ACC,
    at: at(1),
  };

  it('numbers entries D1, D2 … and is idempotent by a given id', () => {
    let d = ok(addDecision(base(), input, S));
    d = ok(addDecision(d, { ...input, meetingReference: 'https://os2.eu/referat/2026-03-12' }, S));
    expect(d.decisions.map((x) => x.id)).toEqual(['D1', 'D2']);
    d = ok(addDecision(d, { ...input, id: 'req-77' }, S));
    expect(addDecision(d, { ...input, id: 'req-77' }, S)).toMatchObject({ changed: false });
    expect(ok(addDecision(d, input, S)).decisions.at(-1)?.id).toBe('D3');
  });

  it.each([
    ['a blank decision', { decision: '  ' }, 'decisions.decision'],
    ['a bad date', { date: '12-03-2026' }, 'decisions.date'],
    ['a javascript: link', { meetingReference: 'javascript:alert(1)' }, 'decisions.meetingReference'],
    [
      'a javascript: link in the rationale',
      { rationale: 'Se [referat](javascript:alert(1))' },
      'decisions.rationale',
    ],
  ])('refuses %s', (_, patch, field) => {
    expect(err(addDecision(base(), { ...input, ...patch }, S))).toMatchObject({
      code: 'invalid-input',
      field,
    });
  });

  it.each([
    ['Koordinationsgruppemøde 12. marts, pkt. 4', true],
    ['Referat: KG-møde 2026-03-12', true],
    ['', true],
    ['https://os2.eu/referat?id=12', true],
    ['HTTP://example.org/a', true],
    ['javascript:alert(1)', false],
    ['  JavaScript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['javascript: alert(1)', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['vbscript:msgbox', false],
    ['ftp://example.org/minutes', false],
    ['https://', false],
    ['Se [referat](javascript:alert(1))', false],
    ['x'.repeat(501), false],
  ])('meeting reference %j is safe = %s', (value, safe) => {
    expect(isSafeMeetingReference(value)).toBe(safe);
  });
});

describe('schema', () => {
  const valid = () =>
    ok(
      setPledge(
        ok(
          addDecision(
            base(),
            {
              date: '2026-03-12',
              decision: 'Accepteret',
              rationale: '',
              meetingReference: '',
              by: ACC,
              at: at(1),
            },
            S,
          ),
        ),
        { organisation: 'KL', amountDkk: 1000, state: 'indicated', accountId: 'k', at: at(2) },
        S,
      ),
    );

  it.each<[string, (d: WishDocument) => unknown]>([
    ['a negative pledge', (d) => ({ ...d, pledges: [{ ...d.pledges[0], amountDkk: -1 }] })],
    ['a negative estimate', (d) => ({ ...d, estimate: { hours: 1, amountDkk: -5, by: 'a', at: T0 } })],
    ['negative hours', (d) => ({ ...d, estimate: { hours: -1, amountDkk: 5, by: 'a', at: T0 } })],
    ['a negative funding gap', (d) => ({ ...d, fundingGap: -1 })],
    [
      'a javascript: meeting reference',
      (d) => ({ ...d, decisions: [{ ...d.decisions[0], meetingReference: 'javascript:alert(1)' }] }),
    ],
    ['an unknown status', (d) => ({ ...d, status: 'done' })],
    ['an unknown pledge state', (d) => ({ ...d, pledges: [{ ...d.pledges[0], state: 'paid' }] })],
    [
      'an unknown qualification item',
      (d) => ({ ...d, qualification: { 'requester.budget': { checked: true, by: 'a', at: T0 } } }),
    ],
    ['value 6', (d) => ({ ...d, value: 6 })],
    ['version 0', (d) => ({ ...d, version: 0 })],
    ['schemaVersion 2', (d) => ({ ...d, schemaVersion: 2 })],
    [
      'the same supporter twice',
      (d) => ({
        ...d,
        supporters: [
          { organisation: 'KL', accountId: 'a', at: T0 },
          { organisation: 'kl', accountId: 'b', at: T0 },
        ],
      }),
    ],
    [
      'the requester as a supporter',
      (d) => ({ ...d, supporters: [{ organisation: 'Aarhus Kommune', accountId: 'a', at: T0 }] }),
    ],
    ['a requester index field that disagrees', (d) => ({ ...d, requester: 'Odense Kommune' })],
    ['rejected without a reason', (d) => ({ ...d, status: 'rejected', statusReason: null })],
    ['on hold with a blank reason', (d) => ({ ...d, status: 'on-hold', statusReason: ' ' })],
    ['duplicate without duplicateOf', (d) => ({ ...d, status: 'duplicate' })],
    ['duplicateOf outside duplicate', (d) => ({ ...d, duplicateOf: 'LOOP-1' })],
    ['two decisions with one id', (d) => ({ ...d, decisions: [d.decisions[0], d.decisions[0]] })],
    [
      'a date that is not YYYY-MM-DD',
      (d) => ({ ...d, decisions: [{ ...d.decisions[0], date: '2026-13-01' }] }),
    ],
    [
      'an overlong organisation',
      (d) => ({ ...d, pledges: [{ ...d.pledges[0], organisation: 'x'.repeat(201) }] }),
    ],
    ['a control character', (d) => ({ ...d, decisions: [{ ...d.decisions[0], rationale: 'a\u0000b' }] })],
  ])('rejects %s', (_, corrupt) => {
    const doc = valid();
    expect(WishDocumentSchema.safeParse(doc).success).toBe(true);
    expect(WishDocumentSchema.safeParse(corrupt(doc)).success).toBe(false);
  });

  it('readWish accepts a stored document and explains what it cannot read', () => {
    const doc = valid();
    expect(readWish(JSON.parse(JSON.stringify(doc)))).toEqual({ ok: true, doc, changed: false });
    expect(err(readWish({ ...doc, schemaVersion: 2 })).code).toBe('unsupported-schema');
    expect(err(readWish(null)).code).toBe('unsupported-schema');
    expect(err(readWish({ ...doc, status: 'done' }))).toMatchObject({
      code: 'invalid-document',
      field: 'status',
    });
  });
});

describe('property size', () => {
  /** A large but realistic wish: all 98 municipalities and OS2 behind it, 30 pledges, 12 decisions. */
  function large(): WishDocument {
    const accountId = '712020:3f2b9c1e-8a4d-4c6b-9e2f-1a2b3c4d5e6f';
    const municipality = (i: number) => `Lyngby-Taarbæk Kommune ${String(i).padStart(2, '0')}`;
    let d = emptyWish(T0, { organisation: municipality(0), accountId });
    d = WishDocumentSchema.parse({
      ...d,
      supporters: Array.from({ length: 98 }, (_, i) => ({
        organisation: municipality(i + 1),
        accountId,
        at: T0,
      })),
      pledges: Array.from({ length: 30 }, (_, i) => ({
        organisation: municipality(i + 1),
        amountDkk: 25_000,
        state: 'committed',
        accountId,
        at: T0,
      })),
      decisions: Array.from({ length: 12 }, (_, i) => ({
        id: `D${i + 1}`,
        date: '2026-03-12',
        decision: 'Ønsket prioriteres i næste sprint hos leverandøren.',
        rationale: 'Mange kommuner står bag, og medfinansieringen dækker estimatet. '.repeat(4),
        meetingReference: 'https://os2.eu/koordinationsgruppe/referat/2026-03-12',
        by: accountId,
        at: T0,
      })),
    });
    return ready(d);
  }

  it('a typical wish (15 supporters, 5 pledges, 5 decisions) takes under a quarter of the limit', () => {
    const doc = WishDocumentSchema.parse({
      ...large(),
      supporters: large().supporters.slice(0, 15),
      pledges: large().pledges.slice(0, 5),
      decisions: large().decisions.slice(0, 5),
    });
    expect(serialisedSize(doc)).toBeLessThan(MAX_PROPERTY_CHARS / 4);
  });

  it('even every municipality behind it, 30 pledges and 12 decisions fit (about 26,000 characters)', () => {
    const doc = large();
    expect(serialisedSize(doc)).toBe(JSON.stringify(doc).length);
    expect(serialisedSize(doc)).toBeLessThan(MAX_PROPERTY_CHARS * 0.9);
    expect(checkPropertySize(doc)).toEqual({ ok: true, size: serialisedSize(doc) });
  });

  it('an oversized document is refused with a clear message', () => {
    const doc = WishDocumentSchema.parse({
      ...large(),
      decisions: Array.from({ length: 20 }, (_, i) => ({
        ...large().decisions[0],
        id: `D${i}`,
        rationale: 'x'.repeat(2000),
      })),
    });
    const size = serialisedSize(doc);
    expect(size).toBeGreaterThan(MAX_PROPERTY_CHARS);
    const result = checkPropertySize(doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('too-large');
    expect(result.error.message.da).toContain('Jira tillader højst 32.768 tegn');
    expect(result.error.message.en).toContain('Jira allows at most 32,768');
  });

  it('an operation that would grow the document past the limit is refused', () => {
    let d = large();
    let result: WishResult = { ok: true, doc: d, changed: false };
    for (let i = 0; i < 40 && result.ok; i += 1) {
      d = result.doc;
      result = addDecision(
        d,
        {
          date: '2026-04-01',
          decision: 'Ny beslutning',
          rationale: 'y'.repeat(2000),
          meetingReference: '',
          by: ACC,
          at: at(i),
        },
        S,
      );
    }
    expect(err(result).code).toBe('too-large');
    expect(serialisedSize(d)).toBeLessThanOrEqual(MAX_PROPERTY_CHARS);
  });
});

describe('purity', () => {
  it('no operation mutates the document it is given', () => {
    const doc = deepFreeze(
      ready(ok(addSupport(base(), { organisation: 'KL', accountId: 'k', at: at(1) }, S))),
    );
    const snapshot = JSON.stringify(doc);
    const results = [
      addSupport(doc, { organisation: 'Odense Kommune', accountId: 'o', at: at(2) }, S),
      removeSupport(doc, { organisation: 'KL', at: at(2) }, S),
      setPledge(doc, { organisation: 'KL', amountDkk: 5, state: 'indicated', accountId: 'k', at: at(2) }, S),
      setQualification(doc, 'requester.title', false, ACC, at(2), S),
      setEstimate(doc, { hours: 3, amountDkk: 3 }, ACC, at(2), S),
      setValueUrgency(doc, { value: 1, urgency: 1 }, ACC, at(2), S),
      addDecision(
        doc,
        { date: '2026-03-01', decision: 'x', rationale: '', meetingReference: '', by: ACC, at: at(2) },
        S,
      ),
      transition(doc, 'accepted', { by: ACC, at: at(2) }, S),
      setRequester(doc, { organisation: 'Odense Kommune', accountId: 'o' }, at(2), S),
      reindex(doc, { ...S, commonBudgetDkk: 10 }, at(2)),
    ];
    for (const r of results) expect(ok(r)).not.toBe(doc);
    expect(JSON.stringify(doc)).toBe(snapshot);
  });

  it('reindex after a settings change writes only when an index field changes', () => {
    const doc = ready();
    expect(reindex(doc, S, at(5))).toEqual({ ok: true, doc, changed: false });
    const next = ok(reindex(doc, { ...S, commonBudgetDkk: 100_000 }, at(5)));
    expect(next).toMatchObject({ version: doc.version + 1, fundingGap: 100_000 });
    expect(next.score).toBeGreaterThan(doc.score);
  });
});
