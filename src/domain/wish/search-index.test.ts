import { emptyWish } from './index';
import { indexMatches, wishIndexOf } from './search-index';
import { decisionDateRefusal, duplicateOfRefusal, newPledgeRefusal, todayInCopenhagen } from './rules';

const doc = emptyWish('2026-05-01T10:00:00.000Z', { organisation: 'Aarhus Kommune', accountId: 'a-1' });

describe('wishIndexOf', () => {
  it('holds only what JQL needs', () => {
    expect(wishIndexOf(doc)).toEqual({
      status: 'received',
      score: doc.score,
      organisationCount: 1,
      fundingGap: 0,
      requester: 'Aarhus Kommune',
      supporters: [],
      pledgers: [],
    });
  });

  it('matches exactly: a missing, changed or extra field, or the whole document, differs', () => {
    const index = wishIndexOf(doc);
    expect(indexMatches({ ...index }, index)).toBe(true);
    expect(indexMatches(null, index)).toBe(false);
    expect(indexMatches({ ...index, status: 'ordered' }, index)).toBe(false);
    expect(indexMatches({ ...index, pledges: [] }, index)).toBe(false);
    expect(indexMatches({ ...index, supporters: ['Vejle Kommune'] }, index)).toBe(false);
    expect(indexMatches({ ...index, pledgers: 'Vejle Kommune' }, index)).toBe(false);
    expect(indexMatches(doc, index)).toBe(false);
    expect(indexMatches(null, null)).toBe(true);
    expect(indexMatches(index, null)).toBe(false);
  });
});

describe('wish rules', () => {
  it('takes today in Copenhagen, not UTC', () => {
    // 23:30 UTC on 31 May is 01:30 on 1 June in Copenhagen (summer time).
    const now = new Date('2026-05-31T23:30:00.000Z');
    expect(todayInCopenhagen(now)).toBe('2026-06-01');
    expect(decisionDateRefusal('2026-06-01', now)).toBeNull();
    expect(decisionDateRefusal('2026-06-02', now)?.en).toMatch(/after today/);
  });

  it('lets a closed wish lower or withdraw a pledge, not add or raise one', () => {
    const closed = {
      ...doc,
      status: 'delivered' as const,
      pledges: [
        {
          organisation: 'Vejle Kommune',
          amountDkk: 1000,
          state: 'committed' as const,
          accountId: 'a',
          at: doc.createdAt,
        },
      ],
    };
    expect(newPledgeRefusal(closed, 'Vejle Kommune', 500)).toBeNull();
    expect(newPledgeRefusal(closed, 'vejle  kommune', 0)).toBeNull();
    expect(newPledgeRefusal(closed, 'Vejle Kommune', 2000)).not.toBeNull();
    expect(newPledgeRefusal(closed, 'Odense Kommune', 100)).not.toBeNull();
    expect(newPledgeRefusal({ ...closed, status: 'accepted' }, 'Odense Kommune', 100)).toBeNull();
  });

  it('refuses a duplicate of itself, of nothing and of another product', () => {
    const self = { key: 'KITOS-1', projectId: '1' };
    expect(duplicateOfRefusal(self, 'kitos-1', { key: 'KITOS-1', projectId: '1' })?.en).toMatch(/itself/);
    expect(duplicateOfRefusal(self, 'KITOS-9', null)?.en).toMatch(/does not exist/);
    expect(duplicateOfRefusal(self, 'LOOP-2', { key: 'LOOP-2', projectId: '2' })?.en).toMatch(
      /another product/,
    );
    expect(duplicateOfRefusal(self, 'KITOS-2', { key: 'KITOS-2', projectId: '1' })).toBeNull();
  });
});
