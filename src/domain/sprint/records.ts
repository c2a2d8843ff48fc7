/** The sprint records the app keeps in Forge storage: the supplier's capacity per sprint, settlements, settings. */
import { z } from 'zod';
import { AccountIdSchema, TimestampSchema } from '../assessment';
import { AmountDkkSchema, IssueKeySchema } from '../wish';

export const MAX_CAPACITY_HOURS = 10_000;

/** The supplier's capacity for one sprint of the product's board. */
export const SprintCapacitySchema = z.object({
  schemaVersion: z.literal(1),
  sprintId: z.int().min(1),
  hours: z.number().min(0).max(MAX_CAPACITY_HOURS),
  version: z.int().min(1),
  updatedAt: TimestampSchema,
  updatedBy: AccountIdSchema,
});
export type SprintCapacity = z.infer<typeof SprintCapacitySchema>;

const SettlementLineSchema = z.object({
  organisation: z.string().min(1).max(200).nullable(),
  amountDkk: AmountDkkSchema,
  source: z.enum(['committed', 'invoiced', 'common-budget']),
});

/** The invoice basis the coordination group confirmed for a delivered wish. */
export const SettlementSchema = z.object({
  schemaVersion: z.literal(1),
  issueId: z.string().regex(/^\d{1,18}$/),
  issueKey: IssueKeySchema,
  summary: z.string().max(1000),
  sprintId: z.int().min(1).nullable(),
  sprintName: z.string().max(255),
  estimateDkk: AmountDkkSchema,
  estimateHours: z.number().min(0),
  lines: z.array(SettlementLineSchema).max(120),
  totalDkk: z.int().min(0),
  /** The year (Danish time) whose common budget the settlement draws on. */
  year: z.int().min(2000).max(2200),
  version: z.int().min(1),
  updatedAt: TimestampSchema,
  updatedBy: AccountIdSchema,
});
export type Settlement = z.infer<typeof SettlementSchema>;

/** Per product: whether the supplier sees pledges and the group's ratings. */
export const SprintSettingsSchema = z.object({
  schemaVersion: z.literal(1),
  shareFundingWithSupplier: z.boolean(),
  version: z.int().min(1),
  updatedAt: TimestampSchema,
  updatedBy: AccountIdSchema,
});
export type SprintSettings = z.infer<typeof SprintSettingsSchema>;
