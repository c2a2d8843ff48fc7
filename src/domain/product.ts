import { z } from 'zod';
import { AccountIdSchema, HttpUrlSchema, TimestampSchema } from './assessment';
import { CatalogueVersionSchema, LevelSchema } from './catalogue';

/**
 * The product profile: which OS2 product a Jira project is, which catalogue version it is assessed
 * against, the level it steers towards and who its groups are. The current level is NOT here: it
 * only ever comes from the decision log.
 */

/** Limits shared by the stored schemas and the stricter request schemas. */
export const NAME_LIMITS = { role: 100, organisation: 120, jiraGroup: 255, members: 50, organisations: 150 };

/** A group member is a Jira user or everyone in one of the project's roles. */
export const memberRefSchema = (roleName: z.ZodType<string, string>) =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('user'), accountId: AccountIdSchema }),
    z.object({ kind: z.literal('role'), role: roleName }),
  ]);
/** As stored: lenient, so a profile saved under older rules stays readable. */
export const MemberRefSchema = memberRefSchema(z.string().trim().min(1).max(NAME_LIMITS.role));
export type MemberRef = z.infer<typeof MemberRefSchema>;

const optionalUrl = z.union([HttpUrlSchema, z.literal('')]);
const members = z.array(MemberRefSchema).max(NAME_LIMITS.members);

/** What the settings page edits. */
export const ProductProfileFieldsSchema = z.object({
  productName: z.string().trim().min(2).max(100),
  catalogueVersion: CatalogueVersionSchema,
  targetLevel: LevelSchema,
  githubUrl: optionalUrl,
  websiteUrl: optionalUrl,
  tovholderAccountId: AccountIdSchema.nullable(),
  steeringGroup: members,
  coordinationGroup: members,
  suppliers: members,
  /** User organisations (municipalities and other public bodies) that use the product. */
  organisations: z
    .array(z.string().trim().min(1).max(NAME_LIMITS.organisation))
    .max(NAME_LIMITS.organisations),
  /** Yearly common budget in DKK from the affiliation agreement (tilslutningsaftale); 0 if none. */
  commonBudgetDkk: z.number().int().min(0).max(1_000_000_000),
});
export type ProductProfileFields = z.infer<typeof ProductProfileFieldsSchema>;

export const ProductProfileSchema = ProductProfileFieldsSchema.extend({
  schemaVersion: z.literal(1),
  projectId: z.string().regex(/^\d+$/),
  projectKey: z.string().min(1).max(255),
  version: z.number().int().nonnegative(),
  updatedAt: TimestampSchema,
  updatedBy: AccountIdSchema,
});
export type ProductProfile = z.infer<typeof ProductProfileSchema>;

export type ProductGroup = 'steeringGroup' | 'coordinationGroup' | 'suppliers';

/** Whether a user is in one of the product's groups, given the project roles the user holds. */
export function isInGroup(
  profile: Pick<ProductProfile, ProductGroup>,
  group: ProductGroup,
  accountId: string,
  rolesOfUser: ReadonlySet<string>,
): boolean {
  return profile[group].some((ref) =>
    ref.kind === 'user' ? ref.accountId === accountId : rolesOfUser.has(ref.role),
  );
}

/** App-wide settings, edited by Jira administrators on the admin page. */
export const AppSettingsFieldsSchema = z.object({
  /** Members of this Jira group act as the OS2 secretariat (besides Jira administrators). */
  secretariatGroup: z.string().trim().max(NAME_LIMITS.jiraGroup),
  /** Members of this Jira group may record level decisions as the board; empty = only the secretariat. */
  boardGroup: z.string().trim().max(NAME_LIMITS.jiraGroup),
});
export type AppSettingsFields = z.infer<typeof AppSettingsFieldsSchema>;

export const AppSettingsSchema = AppSettingsFieldsSchema.extend({
  schemaVersion: z.literal(1),
  version: z.number().int().nonnegative(),
  updatedAt: TimestampSchema,
  updatedBy: AccountIdSchema,
});
export type AppSettings = z.infer<typeof AppSettingsSchema>;

export const DEFAULT_APP_SETTINGS: AppSettingsFields = {
  secretariatGroup: 'os2-secretariat',
  boardGroup: '',
};
