/**
 * Rules of the wish record that the resolvers check before any write: each answers null when
 * the change may go ahead, or the da/en reason it is refused.
 */
import type { LocalText } from '../catalogue/types';
import { normaliseOrganisation, type WishDocument } from './index';
import { CLOSED_STATUSES } from './lifecycle';
import { isEvidenceUrl, isPlainText } from './schema';
import { MAX_EVIDENCE_QUOTE_LENGTH, MAX_EVIDENCE_URL_LENGTH, WISH_STATUS_LABELS } from './vocabulary';

const same = (a: string, b: string) =>
  normaliseOrganisation(a).toLocaleLowerCase('da-DK') === normaliseOrganisation(b).toLocaleLowerCase('da-DK');

function closed(doc: WishDocument): LocalText {
  const label = WISH_STATUS_LABELS[doc.status];
  return {
    da: `Ønsket er lukket (${label.da.toLocaleLowerCase('da-DK')}) og kan ikke få ny støtte eller nye tilsagn. Koordinationsgruppen kan genåbne det til vurdering.`,
    en: `The wish is closed (${label.en.toLowerCase()}) and takes no new support or pledges. The coordination group can reopen it for evaluation.`,
  };
}

/** New support on a closed wish is refused; withdrawing and re-confirming existing support is not. */
export function newSupportRefusal(doc: WishDocument, organisation: string): LocalText | null {
  if (!CLOSED_STATUSES.includes(doc.status)) return null;
  return doc.supporters.some((s) => same(s.organisation, organisation)) ? null : closed(doc);
}

/**
 * A new pledge, or a higher amount, on a closed wish is refused; lowering, withdrawing and
 * invoicing an existing pledge (the bookkeeping of delivered work) are not.
 */
export function newPledgeRefusal(
  doc: WishDocument,
  organisation: string,
  amountDkk: number,
): LocalText | null {
  if (!CLOSED_STATUSES.includes(doc.status)) return null;
  const existing = doc.pledges.find((p) => same(p.organisation, organisation));
  if (amountDkk === 0) return null;
  return existing && amountDkk <= existing.amountDkk ? null : closed(doc);
}

/** An estimate (when given) must be above 0 in both hours and kroner. */
export function estimateRefusal(estimate: { hours: number; amountDkk: number } | null): LocalText | null {
  if (estimate === null || (estimate.hours > 0 && estimate.amountDkk > 0)) return null;
  return {
    da: 'Et estimat skal være over 0 timer og over 0 kr. Fjern estimatet i stedet, hvis der ikke er et.',
    en: 'An estimate must be above 0 hours and above DKK 0. Remove the estimate instead if there is none.',
  };
}

// Shared with the level decision log.
export { decisionDateRefusal, todayInCopenhagen } from '../governance/decision-rules';

/**
 * The wish a duplicate points to: an existing issue of the same product, not the wish itself.
 * `target` is the issue as the caller sees it, null when Jira does not know it (or hides it).
 */
export function duplicateOfRefusal(
  self: { key: string; projectId: string },
  duplicateOf: string,
  target: { key: string; projectId: string } | null,
): LocalText | null {
  const key = duplicateOf.trim().toUpperCase();
  if (key === self.key.toUpperCase() || (target && target.key === self.key)) {
    return {
      da: 'Et ønske kan ikke være en dublet af sig selv.',
      en: 'A wish cannot be a duplicate of itself.',
    };
  }
  if (!target) {
    return {
      da: `${duplicateOf} findes ikke (eller du kan ikke se det). Angiv nøglen på det ønske, der beholdes.`,
      en: `${duplicateOf} does not exist (or you cannot see it). Give the key of the wish that stays.`,
    };
  }
  if (target.projectId !== self.projectId) {
    return {
      da: `${target.key} hører til et andet produkt. En dublet skal pege på et ønske i samme produkt.`,
      en: `${target.key} belongs to another product. A duplicate must point to a wish of the same product.`,
    };
  }
  return null;
}

/**
 * An organisation's evidence: an https link (nothing a browser could run) and a short quote as
 * plain text, at least one of them. Answers the refused field and why.
 */
export function evidenceRefusal(evidence: {
  url: string;
  quote: string;
}): { field: 'url' | 'quote'; text: LocalText } | null {
  const url = evidence.url.trim();
  if (url.length > MAX_EVIDENCE_URL_LENGTH) {
    return {
      field: 'url',
      text: {
        da: `Linket er for langt: højst ${MAX_EVIDENCE_URL_LENGTH} tegn.`,
        en: `The link is too long: at most ${MAX_EVIDENCE_URL_LENGTH} characters.`,
      },
    };
  }
  if (url !== '' && !isEvidenceUrl(url)) {
    return {
      field: 'url',
      text: {
        da: 'Linket skal være en fuld https-adresse, fx https://aarhus.dk/notat.',
        en: 'The link must be a full https address, e.g. https://aarhus.dk/memo.',
      },
    };
  }
  const quote = evidence.quote.trim();
  if (quote.length > MAX_EVIDENCE_QUOTE_LENGTH) {
    return {
      field: 'quote',
      text: {
        da: `Citatet er på ${quote.length} tegn; højst ${MAX_EVIDENCE_QUOTE_LENGTH}. Link til resten.`,
        en: `The quote has ${quote.length} characters; at most ${MAX_EVIDENCE_QUOTE_LENGTH}. Link to the rest.`,
      },
    };
  }
  if (!isPlainText(quote)) {
    return {
      field: 'quote',
      text: {
        da: 'Citatet må kun være almindelig tekst: ingen styretegn og kun http(s)-links.',
        en: 'The quote must be plain text: no control characters and only http(s) links.',
      },
    };
  }
  if (url === '' && quote === '') {
    return {
      field: 'url',
      text: { da: 'Angiv et link, et citat eller begge.', en: 'Give a link, a quote or both.' },
    };
  }
  return null;
}
