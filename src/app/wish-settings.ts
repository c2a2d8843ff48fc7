/**
 * A product's wish settings: score weights, cost ceiling, the share of the common budget
 * that counts towards each wish, which issue types are wishes, and the Jira status category each
 * wish status belongs in. Stored as one versioned
 * `setting` record per project, `wish:<projectId>` (the project id comes from req.context, never
 * the payload), written conditionally on its version.
 */
import { z } from 'zod';
import { WishSettingsFieldsSchema, type WishSettingsValues } from '../contract';
import { AccountIdSchema, TimestampSchema } from '../domain/assessment';
import type { ProductProfile } from '../domain/product';
import {
  DEFAULT_COST_CEILING_DKK,
  DEFAULT_STATUS_CATEGORIES,
  DEFAULT_WEIGHTS,
  resolveScoreSettings,
  type ScoreSettings,
} from '../domain/wish';
import { getEntities, getEntity, type VersionedValue } from '../platform/storage';
import { SETTING, wishSettingsKey } from './records';

export const DEFAULT_WISH_SETTINGS: Readonly<WishSettingsValues> = Object.freeze({
  weights: { ...DEFAULT_WEIGHTS },
  costCeilingDkk: DEFAULT_COST_CEILING_DKK,
  commonBudgetSharePerWishDkk: 0,
  wishIssueTypes: ['Story'],
  statusCategories: { ...DEFAULT_STATUS_CATEGORIES },
});

export const StoredWishSettingsSchema = WishSettingsFieldsSchema.extend({
  schemaVersion: z.literal(1),
  version: z.int().min(1),
  updatedAt: TimestampSchema,
  updatedBy: AccountIdSchema,
});
export type StoredWishSettings = z.infer<typeof StoredWishSettingsSchema>;

export interface LoadedWishSettings {
  values: WishSettingsValues;
  /** 0 while only the defaults apply. */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** The stored settings, or the defaults; a record that no longer parses fails loudly. */
export async function loadWishSettings(projectId: string): Promise<LoadedWishSettings> {
  return settingsOf((await getEntity<VersionedValue<unknown>>(SETTING, wishSettingsKey(projectId)))?.record);
}

/** Several products' wish settings in one batched read (the global list's rows span products). */
export async function loadWishSettingsOf(projectIds: string[]): Promise<Map<string, LoadedWishSettings>> {
  const stored = await getEntities<VersionedValue<unknown>>(SETTING, projectIds.map(wishSettingsKey));
  return new Map(projectIds.map((id) => [id, settingsOf(stored.get(wishSettingsKey(id))?.record)]));
}

function settingsOf(raw: unknown): LoadedWishSettings {
  if (raw === undefined) {
    return { values: structuredClone(DEFAULT_WISH_SETTINGS), version: 0, updatedAt: null, updatedBy: null };
  }
  const stored = StoredWishSettingsSchema.parse(raw);
  const { schemaVersion: _s, version, updatedAt, updatedBy, ...values } = stored;
  return { values, version, updatedAt, updatedBy };
}

/**
 * The common budget counted towards one wish: the settings' share, but never more than the
 * product's yearly common budget (0 without an affiliation agreement), so lowering the budget in
 * the product profile lowers every wish's funding coverage with it.
 */
export function commonBudgetPerWish(values: WishSettingsValues, profile: ProductProfile | null): number {
  return Math.min(values.commonBudgetSharePerWishDkk, profile?.commonBudgetDkk ?? 0);
}

/** The domain's score settings for this product. */
export function scoreSettingsOf(values: WishSettingsValues, profile: ProductProfile | null): ScoreSettings {
  return resolveScoreSettings({
    weights: values.weights,
    costCeilingDkk: values.costCeilingDkk,
    commonBudgetDkk: commonBudgetPerWish(values, profile),
  });
}
