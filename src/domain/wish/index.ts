/**
 * Development wishes (udviklingsønsker): the `os2-wish` issue property, its lifecycle,
 * qualification, support, co-funding pledges and the transparent priority score.
 *
 * Every operation is "apply a change to the latest document": it takes the document as read,
 * returns a new one with `version + 1` (never mutating its input) and recomputes the
 * denormalised fields Jira indexes (`status`, `score`, `organisationCount`, `fundingGap`,
 * `requester`). On a version conflict the caller re-reads and applies the same operation with
 * the same input again; support, pledges, qualification marks and decisions (by id) are keyed
 * so that applying twice gives the same document as applying once.
 */
export * from './vocabulary';
export * from './schema';
export * from './score';
export { checkPropertySize, emptyWish, readWish, reindex, serialisedSize, withIndexFields } from './document';
export type { WishError, WishErrorCode, WishResult } from './messages';
export * from './transition';
export * from './operations';
export * from './intake';
export { normaliseOrganisation, sameOrganisation } from '../organisations';
export * from './job';
export * from './list-view';
