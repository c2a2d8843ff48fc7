/**
 * The sprint planning records in Forge storage: the supplier's capacity per sprint (entity
 * `sprintcapacity`, key `<projectId>:<sprintId>`), confirmed settlements (entity `settlement`,
 * keyed by issue id) and the per-product sprint settings (`setting` record `sprint:<projectId>`). Every
 * write goes through `commitChanges`: conditional on the version read, audited.
 */
import {
  SettlementSchema,
  SprintCapacitySchema,
  SprintSettingsSchema,
  type Settlement,
  type SprintCapacity,
  type SprintSettings,
} from '../domain/sprint';
import { getEntity, queryPartition, type VersionedValue } from '../platform/storage';
import { SETTING } from './records';
import type { Caller } from './caller';
import { commitChanges } from './write';

export const CAPACITY_ENTITY = 'sprintcapacity';
export const SETTLEMENT_ENTITY = 'settlement';
/** The product's sprint settings: a versioned `setting` record. */
export const sprintSettingsKey = (projectId: string) => `sprint:${projectId}`;
const capacityKey = (projectId: string, sprintId: number) => `${projectId}:${sprintId}`;

type StoredCapacity = VersionedValue<SprintCapacity> & { projectId: string; sprintId: number };
type StoredSettlement = VersionedValue<Settlement> & { projectId: string; issueId: string };

/** Capacity per sprint id, for the project's sprints. */
export async function loadCapacities(projectId: string): Promise<Map<number, SprintCapacity>> {
  const rows = await queryPartition<StoredCapacity>(CAPACITY_ENTITY, 'by-project', [projectId], { max: 500 });
  return new Map(rows.map((r) => [r.value.sprintId, SprintCapacitySchema.parse(r.value.record)]));
}

export async function saveCapacity(
  caller: Caller,
  projectId: string,
  sprint: { id: number; name: string },
  hours: number,
  expectedVersion: number,
): Promise<void> {
  const key = capacityKey(projectId, sprint.id);
  const stored = await getEntity<StoredCapacity>(CAPACITY_ENTITY, key);
  const before = stored ? SprintCapacitySchema.parse(stored.record) : null;
  const at = new Date().toISOString();
  const record: SprintCapacity = {
    schemaVersion: 1,
    sprintId: sprint.id,
    hours,
    version: expectedVersion + 1,
    updatedAt: at,
    updatedBy: caller.accountId,
  };
  await commitChanges(
    caller,
    [
      {
        target: {
          entity: CAPACITY_ENTITY,
          key,
          value: { projectId, sprintId: sprint.id, record, version: record.version, updatedAt: at },
          expectedVersion,
        },
        audit: {
          action: 'sprint.capacity',
          target: sprint.name,
          before: before ? { hours: before.hours } : null,
          after: { hours },
        },
      },
    ],
    { projectId, at },
  );
}

export async function loadSettlements(projectId: string): Promise<Map<string, Settlement>> {
  const rows = await queryPartition<StoredSettlement>(SETTLEMENT_ENTITY, 'by-project', [projectId], {
    max: 1000,
  });
  return new Map(rows.map((r) => [r.value.issueId, SettlementSchema.parse(r.value.record)]));
}

/** Writes a confirmed settlement once (a second confirmation of the same wish is a conflict). */
export async function saveSettlement(
  caller: Caller,
  projectId: string,
  settlement: Settlement,
): Promise<void> {
  await commitChanges(
    caller,
    [
      {
        target: {
          entity: SETTLEMENT_ENTITY,
          key: settlement.issueId,
          value: {
            projectId,
            issueId: settlement.issueId,
            record: settlement,
            version: settlement.version,
            updatedAt: settlement.updatedAt,
          },
          expectedVersion: 0,
        },
        audit: {
          action: 'sprint.settled',
          target: settlement.issueKey,
          before: null,
          after: { totalDkk: settlement.totalDkk, lines: settlement.lines },
        },
      },
    ],
    { projectId, at: settlement.updatedAt },
  );
}

export async function loadSprintSettings(
  projectId: string,
): Promise<{ shareFundingWithSupplier: boolean; version: number }> {
  const raw = (await getEntity<VersionedValue<unknown>>(SETTING, sprintSettingsKey(projectId)))?.record;
  if (raw === undefined) return { shareFundingWithSupplier: false, version: 0 };
  const stored = SprintSettingsSchema.parse(raw);
  return { shareFundingWithSupplier: stored.shareFundingWithSupplier, version: stored.version };
}

export async function saveSprintSettingsRecord(
  caller: Caller,
  projectId: string,
  shareFundingWithSupplier: boolean,
  expectedVersion: number,
): Promise<void> {
  const before = await loadSprintSettings(projectId);
  const at = new Date().toISOString();
  const value: SprintSettings = {
    schemaVersion: 1,
    shareFundingWithSupplier,
    version: expectedVersion + 1,
    updatedAt: at,
    updatedBy: caller.accountId,
  };
  await commitChanges(
    caller,
    [
      {
        target: {
          entity: SETTING,
          key: sprintSettingsKey(projectId),
          value: { record: value, version: value.version, updatedAt: at },
          expectedVersion,
        },
        audit: {
          action: 'sprint.settings',
          target: 'sprint-settings',
          before: { shareFundingWithSupplier: before.shareFundingWithSupplier },
          after: { shareFundingWithSupplier },
        },
      },
    ],
    { projectId, at },
  );
}
