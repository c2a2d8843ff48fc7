/**
 * Creating, reading and writing the wish document: every write goes through `commit`, which
 * bumps the version, recomputes the denormalised index fields and checks schema and size.
 */
import { normaliseOrganisation } from '../organisations';
import { fail, fromIssue, groupDigits, MESSAGES, type WishError, type WishResult } from './messages';
import { WISH_SCHEMA_VERSION, WishDocumentSchema, type WishDocument } from './schema';
import {
  DEFAULT_SCORE_SETTINGS,
  fundingGap,
  organisationsBehind,
  scoreWish,
  type ScoreSettings,
} from './score';
import { MAX_PROPERTY_CHARS } from './vocabulary';

// ---------------------------------------------------------------------------------------------
// Size

export function serialisedSize(doc: WishDocument): number {
  return JSON.stringify(doc).length;
}

export function checkPropertySize(
  doc: WishDocument,
): { ok: true; size: number } | { ok: false; error: WishError } {
  const size = serialisedSize(doc);
  if (size <= MAX_PROPERTY_CHARS) return { ok: true, size };
  return {
    ok: false,
    error: {
      code: 'too-large',
      message: {
        da: `Ønskets data fylder ${groupDigits(size, '.')} tegn, men Jira tillader højst ${groupDigits(MAX_PROPERTY_CHARS, '.')} tegn i en issue-egenskab. Forkort begrundelser og beslutningstekster.`,
        en: `The wish's data takes ${groupDigits(size, ',')} characters, but Jira allows at most ${groupDigits(MAX_PROPERTY_CHARS, ',')} in an issue property. Shorten reasons and decision texts.`,
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Creating, reading, writing

export function withIndexFields(doc: WishDocument, settings: ScoreSettings): WishDocument {
  return {
    ...doc,
    score: scoreWish(doc, settings).total,
    organisationCount: organisationsBehind(doc).count,
    fundingGap: fundingGap(doc, settings),
    requester: doc.requestedBy?.organisation ?? '',
  };
}

/** Every write goes through here: version + 1, index fields, schema and size checks. */
export function commit(
  prev: WishDocument,
  draft: WishDocument,
  at: string,
  settings: ScoreSettings,
): WishResult {
  const next = withIndexFields({ ...draft, version: prev.version + 1, updatedAt: at }, settings);
  const parsed = WishDocumentSchema.safeParse(next);
  if (!parsed.success) return fromIssue(parsed.error.issues[0]);
  const size = checkPropertySize(parsed.data);
  if (!size.ok) return size;
  return { ok: true, doc: parsed.data, changed: true };
}

export const unchanged = (doc: WishDocument): WishResult => ({ ok: true, doc, changed: false });

/** A new wish as first written (version 1), with the requesting organisation when known. */
export function emptyWish(
  now: string,
  requester: { organisation: string; accountId: string } | null = null,
  settings: ScoreSettings = DEFAULT_SCORE_SETTINGS,
): WishDocument {
  const doc: WishDocument = {
    schemaVersion: WISH_SCHEMA_VERSION,
    version: 1,
    createdAt: now,
    updatedAt: now,
    requestedBy: requester
      ? {
          organisation: normaliseOrganisation(requester.organisation),
          accountId: requester.accountId,
          at: now,
        }
      : null,
    supporters: [],
    pledges: [],
    qualification: {},
    estimate: null,
    value: null,
    urgency: null,
    prioritisedBy: null,
    status: 'received',
    statusReason: null,
    duplicateOf: null,
    statusChangedBy: null,
    statusChangedAt: null,
    orderOverride: null,
    submittedBy: null,
    carriedFrom: [],
    carriedTo: null,
    decisions: [],
    score: 0,
    organisationCount: 0,
    fundingGap: 0,
    requester: '',
  };
  return withIndexFields(doc, settings);
}

/**
 * A stored record (or, once, a property the previous version wrote). Only schemaVersion 1 exists;
 * fields added since default to empty, and later versions migrate here.
 * Index fields are taken as stored; `reindex` refreshes them when the product's settings changed.
 */
export function readWish(value: unknown): WishResult {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (version !== WISH_SCHEMA_VERSION) {
    return fail('unsupported-schema', {
      da: `Ønskets data har et ukendt format (schemaVersion ${String(version)}).`,
      en: `The wish's data has an unknown format (schemaVersion ${String(version)}).`,
    });
  }
  const parsed = WishDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const detail = fromIssue(parsed.error.issues[0], [], 'invalid-document').error;
    return fail('invalid-document', MESSAGES.invalidDocument, detail.field);
  }
  return { ok: true, doc: parsed.data, changed: false };
}

/**
 * Recomputes the index fields, e.g. after the coordination group changed the weights or the
 * common budget. Unchanged (no write needed) when they already match.
 */
export function reindex(doc: WishDocument, settings: ScoreSettings, at: string): WishResult {
  const fresh = withIndexFields(doc, settings);
  const same =
    fresh.score === doc.score &&
    fresh.organisationCount === doc.organisationCount &&
    fresh.fundingGap === doc.fundingGap &&
    fresh.requester === doc.requester;
  return same ? unchanged(doc) : commit(doc, fresh, at, settings);
}
