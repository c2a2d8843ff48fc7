import {
  addDecision,
  addSupport,
  emptyWish,
  isQualified,
  isSafeMeetingReference,
  MAX_SUPPORTERS,
  organisationsBehind,
  QUALIFICATION_ITEM_IDS,
  QUALIFICATION_ITEMS,
  qualificationProgress,
  removeSupport,
  setPledge,
  withdrawPledge,
  setQualification,
  setRequester,
  setValueUrgency,
  WishDocumentSchema,
  type PledgeState,
} from '.';
import { ACC, at, base, err, ok, ready, S, T0 } from './test-support';

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
describe('pledges', () => {
  const pledge = (organisation: string, amountDkk: number, state: PledgeState = 'indicated', minute = 1) => ({
    organisation,
    amountDkk,
    state,
    accountId: `acc-${organisation}`,
    at: at(minute),
  });

  it('upserts per organisation; 0 is refused, withdrawing is its own operation', () => {
    let d = ok(setPledge(base(), pledge('Odense Kommune', 20_000), S));
    d = ok(setPledge(d, pledge('Vejle Kommune', 5_000), S));
    d = ok(setPledge(d, pledge('odense kommune', 30_000, 'committed', 2), S));
    expect(d.pledges.map((p) => [p.organisation, p.amountDkk, p.state])).toEqual([
      ['odense kommune', 30_000, 'committed'],
      ['Vejle Kommune', 5_000, 'indicated'],
    ]);
    expect(err(setPledge(d, pledge('Vejle Kommune', 0), S))).toMatchObject({
      code: 'invalid-input',
      field: 'pledges.amountDkk',
      message: { da: expect.stringContaining('Træk tilsagnet tilbage') },
    });
    d = ok(withdrawPledge(d, { organisation: 'vejle kommune', at: at(3) }, S));
    expect(d.pledges.map((p) => p.organisation)).toEqual(['odense kommune']);
    expect(withdrawPledge(d, { organisation: 'Vejle Kommune', at: at(4) }, S)).toMatchObject({
      changed: false,
    });
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
    expect(err(withdrawPledge(d, { organisation: 'Odense Kommune', at: at(3) }, S)).code).toBe(
      'pledge-invoiced',
    );
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

  it('refuses other content under a known id and keeps the recorded decision', () => {
    const d = ok(addDecision(base(), { ...input, id: 'req-77' }, S));
    expect(addDecision(d, { ...input, id: 'req-77', decision: `  ${input.decision} ` }, S)).toMatchObject({
      changed: false,
    });
    for (const patch of [{ decision: 'Afvist.' }, { date: '2026-03-13' }, { rationale: 'Andet.' }]) {
      expect(err(addDecision(d, { ...input, ...patch, id: 'req-77' }, S))).toMatchObject({
        code: 'id-reused',
        field: 'id',
      });
    }
    expect(d.decisions).toHaveLength(1);
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
