import { addDecision, readWish, setPledge, WishDocumentSchema, type WishDocument } from '.';
import { ACC, at, base, err, ok, S, T0 } from './test-support';

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
