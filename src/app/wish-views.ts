/**
 * A product's saved views of its wishes list: named filter, sort and column choices, stored as one
 * versioned `setting` record per project, `wish-views:<projectId>` (the project from req.context,
 * never the payload), written conditionally on its version and audited. The coordination group and
 * the secretariat save and delete them; everyone who may browse the project uses them.
 */
import { z } from 'zod';
import type { ParsedInputOf, WishViewsView } from '../contract';
import { AccountIdSchema, TimestampSchema } from '../domain/assessment';
import { canonicalWishViewQuery, MAX_WISH_VIEWS } from '../domain/wish';
import { getEntity, type VersionedValue } from '../platform/storage';
import { projectAccessFromContext, type ProjectAccess } from './access';
import type { Caller } from './caller';
import { AppError, forbidden } from './errors';
import { SETTING, wishViewsKey } from './records';
import { wishCan } from './wish-access';
import { commitChanges } from './write';

const SavedViewSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{6,40}$/),
    name: z.string().min(1).max(60),
    query: z.string().max(1000),
    savedBy: AccountIdSchema,
    savedAt: TimestampSchema,
  })
  .strict();

const StoredWishViewsSchema = z
  .object({
    schemaVersion: z.literal(1),
    views: z.array(SavedViewSchema).max(MAX_WISH_VIEWS),
    version: z.int().min(1),
    updatedAt: TimestampSchema,
    updatedBy: AccountIdSchema,
  })
  .strict();
type StoredWishViews = z.infer<typeof StoredWishViewsSchema>;

/** The stored views and their version (0 while there are none); a record that no longer parses fails loudly. */
export async function loadWishViews(
  projectId: string,
): Promise<{ views: StoredWishViews['views']; version: number }> {
  const raw = (await getEntity<VersionedValue<unknown>>(SETTING, wishViewsKey(projectId)))?.record;
  if (raw === undefined) return { views: [], version: 0 };
  const stored = StoredWishViewsSchema.parse(raw);
  return { views: stored.views, version: stored.version };
}

/** What the list shows of the views: names and queries, sorted by name, and whether the caller may manage them. */
export async function wishViewsOf(access: ProjectAccess): Promise<WishViewsView> {
  const { views, version } = await loadWishViews(access.projectId);
  return {
    views: views
      .map(({ id, name, query }) => ({ id, name, query }))
      .sort((a, b) => a.name.localeCompare(b.name, 'da')),
    version,
    canManage: wishCan.govern(access),
  };
}

const CONFLICT = (name: string, when: string) => ({
  da: `${name} ændrede de gemte visninger ${when}. Genindlæs og prøv igen.`,
  en: `${name} changed the saved views at ${when}. Reload and try again.`,
});

async function writeViews(
  caller: Caller,
  access: ProjectAccess,
  expectedVersion: number,
  views: StoredWishViews['views'],
  audit: { action: string; target: string; before: unknown; after: unknown },
): Promise<WishViewsView> {
  const now = new Date().toISOString();
  const next: StoredWishViews = {
    schemaVersion: 1,
    views,
    version: expectedVersion + 1,
    updatedAt: now,
    updatedBy: caller.accountId,
  };
  await commitChanges(
    caller,
    [
      {
        target: {
          entity: SETTING,
          key: wishViewsKey(access.projectId),
          value: { record: next, version: next.version, updatedAt: now },
          expectedVersion,
        },
        audit,
      },
    ],
    { projectId: access.projectId, at: now, conflictText: CONFLICT },
  );
  return wishViewsOf(access);
}

/**
 * Saves a view under its name: a new name adds one, an existing name (any case) replaces its
 * query, and a retried save with the same id is the same save. The query is stored in canonical
 * form, so only the list's own parameters are kept.
 */
export async function saveWishView(
  caller: Caller,
  input: ParsedInputOf<'saveWishView'>,
): Promise<WishViewsView> {
  const access = await projectAccessFromContext(caller);
  if (!wishCan.govern(access)) throw forbidden();
  const { views } = await loadWishViews(access.projectId);
  const name = input.name.trim();
  const query = canonicalWishViewQuery(input.query);
  const same = (v: { id: string; name: string }) =>
    v.id === input.id || v.name.toLocaleLowerCase('da') === name.toLocaleLowerCase('da');
  const before = views.find(same) ?? null;
  if (!before && views.length >= MAX_WISH_VIEWS) {
    throw new AppError('invalid-input', {
      da: `Et produkt kan have højst ${MAX_WISH_VIEWS} gemte visninger. Slet en først.`,
      en: `A product can have at most ${MAX_WISH_VIEWS} saved views. Delete one first.`,
    });
  }
  const saved = {
    id: before?.id ?? input.id,
    name,
    query,
    savedBy: caller.accountId,
    savedAt: new Date().toISOString(),
  };
  return writeViews(
    caller,
    access,
    input.expectedVersion,
    before ? views.map((v) => (v === before ? saved : v)) : [...views, saved],
    {
      action: 'wish.view-saved',
      target: `wish-view:${name}`,
      before: before ? { name: before.name, query: before.query } : null,
      after: { name, query },
    },
  );
}

export async function deleteWishView(
  caller: Caller,
  input: ParsedInputOf<'deleteWishView'>,
): Promise<WishViewsView> {
  const access = await projectAccessFromContext(caller);
  if (!wishCan.govern(access)) throw forbidden();
  const { views } = await loadWishViews(access.projectId);
  const gone = views.find((v) => v.id === input.id);
  // Deleting what is not there (a retry, or someone else deleted it) leaves nothing to do.
  if (!gone) return wishViewsOf(access);
  return writeViews(
    caller,
    access,
    input.expectedVersion,
    views.filter((v) => v !== gone),
    {
      action: 'wish.view-deleted',
      target: `wish-view:${gone.name}`,
      before: { name: gone.name, query: gone.query },
      after: null,
    },
  );
}
