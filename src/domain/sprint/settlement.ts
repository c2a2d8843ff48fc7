/**
 * Settlement after delivery: the invoice basis the app proposes for a delivered wish (each
 * committed pledge and the common budget's share, per organisation, against the estimate), and
 * the change confirming it makes to the wish record (committed pledges become invoiced).
 */
import type { LocalText } from '../catalogue/types';
import { fail, type WishResult } from '../wish/messages';
import { setPledge, type ScoreSettings, type WishDocument } from '../wish';
import { wishFunding } from './plan';

export interface SettlementLine {
  /** An organisation, or null for the product's common budget. */
  organisation: string | null;
  amountDkk: number;
  /** The pledge's state before settlement; 'common-budget' for the budget's share. */
  source: 'committed' | 'invoiced' | 'common-budget';
}

export interface SettlementProposal {
  estimateDkk: number;
  estimateHours: number;
  /** Per organisation in Danish alphabetical order, then the common budget (when it pays anything). */
  lines: SettlementLine[];
  totalDkk: number;
  /** Total − estimate: negative when the basis falls short of the estimate. */
  differenceDkk: number;
  /** Indicated pledges are interest, not money: never invoiced, listed so nobody wonders. */
  indicated: { organisation: string; amountDkk: number }[];
}

const collator = new Intl.Collator('da-DK');

export function settlementProposal(doc: WishDocument, commonSharePerWishDkk: number): SettlementProposal {
  const funding = wishFunding(doc, commonSharePerWishDkk);
  const pledged = doc.pledges
    .filter((p) => p.state !== 'indicated')
    .map((p): SettlementLine => ({
      organisation: p.organisation,
      amountDkk: p.amountDkk,
      source: p.state === 'invoiced' ? 'invoiced' : 'committed',
    }))
    .sort((a, b) => collator.compare(a.organisation!, b.organisation!));
  const lines =
    funding.commonShareDkk > 0
      ? [
          ...pledged,
          { organisation: null, amountDkk: funding.commonShareDkk, source: 'common-budget' as const },
        ]
      : pledged;
  const totalDkk = lines.reduce((sum, l) => sum + l.amountDkk, 0);
  return {
    estimateDkk: funding.estimateDkk,
    estimateHours: funding.estimateHours,
    lines,
    totalDkk,
    differenceDkk: totalDkk - funding.estimateDkk,
    indicated: doc.pledges
      .filter((p) => p.state === 'indicated')
      .map((p) => ({ organisation: p.organisation, amountDkk: p.amountDkk })),
  };
}

export const NOT_DELIVERED: LocalText = {
  da: 'Kun et leveret ønske kan afregnes.',
  en: 'Only a delivered wish can be settled.',
};

/**
 * Marks every committed pledge invoiced, through the wish record's own pledge operation, as one
 * change (one version). Already invoiced pledges stay as they are, so a retry changes nothing.
 */
export function settleWish(doc: WishDocument, by: string, at: string, settings: ScoreSettings): WishResult {
  if (doc.status !== 'delivered') return fail('invalid-input', NOT_DELIVERED, 'status');
  let current = doc;
  for (const pledge of doc.pledges) {
    if (pledge.state !== 'committed') continue;
    const result = setPledge(current, { ...pledge, state: 'invoiced', accountId: by, at }, settings);
    if (!result.ok) return result;
    current = result.doc;
  }
  if (current === doc) return { ok: true, doc, changed: false };
  return { ok: true, doc: { ...current, version: doc.version + 1 }, changed: true };
}
