import {
  addDecision,
  addSupport,
  checkPropertySize,
  emptyWish,
  MAX_PROPERTY_CHARS,
  reindex,
  removeSupport,
  serialisedSize,
  setEstimate,
  setPledge,
  setQualification,
  setRequester,
  setValueUrgency,
  transition,
  WishDocumentSchema,
  type WishDocument,
  type WishResult,
} from '.';
import { ACC, at, base, deepFreeze, err, ok, ready, S, T0 } from './test-support';

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
    // reach (1 − 2^(−1/5)) × 30 + cost 0.5 × 10 (not estimated) = 8.88 → 8.9
    expect(doc.score).toBe(8.9);
  });

  it('may start without a requester', () => {
    const doc = emptyWish(T0);
    expect(doc).toMatchObject({ requestedBy: null, requester: '', organisationCount: 0, score: 5 });
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
