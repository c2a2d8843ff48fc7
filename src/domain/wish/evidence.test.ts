import { addSupport, removeSupport, setEvidence, setRequester, WishDocumentSchema } from '.';
import { evidenceRefusal } from './rules';
import { at, base, err, ok, S } from './test-support';

const supported = () =>
  ok(addSupport(base(), { organisation: 'Vejle Kommune', accountId: 'acc-vejle', at: at(1) }, S));
const evidence = { url: 'https://vejle.dk/notat', quote: 'Sparer os en dag om ugen.' };
const set = (doc = supported(), e: typeof evidence | null = evidence, minute = 2) =>
  setEvidence(doc, { organisation: 'Vejle Kommune', evidence: e, accountId: 'acc-vejle', at: at(minute) }, S);

describe('evidence per organisation', () => {
  it("is stored with the organisation's support, edited and removed", () => {
    const d = ok(set());
    expect(d.supporters[0].evidence).toEqual({ ...evidence, accountId: 'acc-vejle', at: at(2) });
    expect(d.version).toBe(supported().version + 1);
    const edited = ok(set(d, { url: '', quote: 'Og færre fejl.' }, 3));
    expect(edited.supporters[0].evidence).toMatchObject({ url: '', quote: 'Og færre fejl.', at: at(3) });
    const removed = ok(set(edited, null, 4));
    expect(removed.supporters[0]).not.toHaveProperty('evidence');
    expect(WishDocumentSchema.safeParse(removed).success).toBe(true);
  });

  it('is a no-op when nothing changes', () => {
    const d = ok(set());
    expect(set(d)).toMatchObject({ ok: true, changed: false });
    expect(set(supported(), null)).toMatchObject({ ok: true, changed: false });
  });

  it("belongs to the requester's organisation too, and goes with withdrawn support", () => {
    const d = ok(
      setEvidence(
        base(),
        { organisation: 'aarhus kommune', evidence, accountId: 'acc-aarhus', at: at(2) },
        S,
      ),
    );
    expect(d.requestedBy?.evidence?.quote).toBe(evidence.quote);
    const withdrawn = ok(removeSupport(ok(set()), { organisation: 'Vejle Kommune', at: at(5) }, S));
    expect(withdrawn.supporters).toHaveLength(0);
  });

  it('moves with a supporter that becomes the requester', () => {
    const d = ok(setRequester(ok(set()), { organisation: 'Vejle Kommune', accountId: 'acc-kg' }, at(6), S));
    expect(d.requestedBy?.evidence?.url).toBe(evidence.url);
  });

  it('is refused for an organisation that does not back the wish', () => {
    const e = err(
      setEvidence(base(), { organisation: 'Vejle Kommune', evidence, accountId: 'acc-vejle', at: at(2) }, S),
    );
    expect(e.message.en).toMatch(/does not support the wish/);
  });

  it('refuses what is not an https link or plain short text, in the schema too', () => {
    expect(evidenceRefusal(evidence)).toBeNull();
    expect(evidenceRefusal({ url: '', quote: 'Kun et citat' })).toBeNull();
    for (const url of [
      'javascript:alert(1)',
      'http://vejle.dk',
      'JaVaScRiPt:alert(1)//https://x',
      'vejle.dk',
      'https://',
    ]) {
      expect(evidenceRefusal({ url, quote: '' })?.field).toBe('url');
    }
    expect(evidenceRefusal({ url: `https://vejle.dk/${'a'.repeat(600)}`, quote: '' })?.text.en).toMatch(
      /too long/,
    );
    expect(evidenceRefusal({ url: '', quote: 'x'.repeat(281) })?.text.en).toMatch(
      /281 characters; at most 280/,
    );
    expect(evidenceRefusal({ url: '', quote: '[klik](javascript:alert(1))' })?.field).toBe('quote');
    expect(evidenceRefusal({ url: '', quote: 'a\u0000b' })?.field).toBe('quote');
    expect(evidenceRefusal({ url: ' ', quote: ' ' })?.text.en).toMatch(/a link, a quote or both/);
    // The operation's schema check refuses the same, whatever path the input took.
    expect(err(set(supported(), { url: 'javascript:alert(1)', quote: '' })).code).toBe('invalid-input');
    expect(err(set(supported(), { url: '', quote: 'x'.repeat(5000) })).code).toBe('invalid-input');
  });
});
