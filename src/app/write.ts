import type { GovernanceView } from '../contract';
import type { LocalText } from '../domain/catalogue/types';
import {
  transact,
  VersionConflictError,
  writeVersioned,
  type EntityName,
  type VersionedValue,
} from '../platform/storage';
import type { ProjectAccess } from './access';
import type { Caller } from './caller';
import { AppError } from './errors';
import type { ProjectRecords } from './governance-view';
import { peopleById } from './people';
import { auditWrite } from './records';
import { refreshSummary } from './summary';

/**
 * The one way the app changes its governance records and settings: each change is written only if
 * nobody changed the record since the writer read it, lands in the audit log, and ends with the
 * product's portfolio summary rewritten.
 */

/** Where a change goes and what it expects to find there. */
export type ChangeTarget =
  /** A versioned entity: the write is conditional on the stored version (0 = must not exist yet). */
  | { entity: EntityName; key: string; value: VersionedValue<unknown>; expectedVersion: number }
  /** An append-only record under a fresh key: nothing to conflict with. */
  | { entity: EntityName; key: string; value: unknown; append: true };

export interface AuditedChange {
  target: ChangeTarget;
  audit: { action: string; target: string; before: unknown; after: unknown; round?: number };
}

export interface WriteOptions {
  /** The project the audit entries belong to ('app' for app-wide settings). */
  projectId: string;
  at: string;
  /** The product whose portfolio summary the change affects; omit for app-wide writes. */
  summaryOf?: ProjectAccess;
  /** The conflict message when the generic "X changed this at T" does not fit. */
  conflictText?: (name: string, when: string) => LocalText;
}

export interface Refreshed {
  view: GovernanceView;
  records: ProjectRecords;
}

/** Writes the changes in order, each with its audit entry, then refreshes the summary once. */
export async function commitChanges(
  caller: Caller,
  changes: readonly AuditedChange[],
  options: WriteOptions & { summaryOf: ProjectAccess },
): Promise<Refreshed>;
export async function commitChanges(
  caller: Caller,
  changes: readonly AuditedChange[],
  options: WriteOptions,
): Promise<Refreshed | undefined>;
export async function commitChanges(
  caller: Caller,
  changes: readonly AuditedChange[],
  options: WriteOptions,
): Promise<Refreshed | undefined> {
  for (const change of changes) {
    const { action, round, ...record } = change.audit;
    const audit = auditWrite(options.projectId, caller.accountId, action, record, options.at, round);
    const { target } = change;
    try {
      if ('append' in target) {
        await transact([{ entity: target.entity, key: target.key, value: target.value }, audit]);
      } else {
        await writeVersioned(target.entity, target.key, target.value, target.expectedVersion, [audit]);
      }
    } catch (error) {
      if (error instanceof VersionConflictError) {
        throw await conflict(caller, error.current, options.conflictText);
      }
      throw error;
    }
  }
  return options.summaryOf ? refreshSummary(caller, options.summaryOf) : undefined;
}

/** A stale write: say who changed it and when, so the UI can explain and offer a reload. */
function conflict(caller: Caller, stored: unknown, text?: WriteOptions['conflictText']): Promise<AppError> {
  const current = stored as
    | {
        record?: { updatedBy?: string; evaluatedBy?: string };
        updatedBy?: string;
        updatedAt?: string;
      }
    | undefined;
  const by = current?.record?.updatedBy ?? current?.record?.evaluatedBy ?? current?.updatedBy;
  // The stored value goes back to the writer, who may write this record, so their form can show
  // it beside their own draft.
  return conflictError(
    caller,
    { by: by ?? null, at: current?.updatedAt ?? null, current: current?.record },
    text,
  );
}

/**
 * The conflict error for a record someone else changed: their name and the time in Danish time
 * (OS2 works in it); the raw values stay in `details` for the UI.
 */
export async function conflictError(
  caller: Caller,
  change: { by: string | null; at: string | null; current?: unknown },
  text?: WriteOptions['conflictText'],
): Promise<AppError> {
  const person = change.by ? (await peopleById(caller, [change.by])).get(change.by) : undefined;
  const name = person?.displayName ?? '?';
  const at = change.at ?? '';
  const when = at
    ? new Intl.DateTimeFormat('da-DK', {
        timeZone: 'Europe/Copenhagen',
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(new Date(at))
    : '?';
  return new AppError(
    'conflict',
    text?.(name, when) ?? {
      da: `${name} ændrede dette ${when}, mens du redigerede. Genindlæs for at se ændringen; dine ændringer er ikke gemt.`,
      en: `${name} changed this at ${when} while you were editing. Reload to see their change; yours was not saved.`,
    },
    {
      changedBy: person ?? null,
      changedAt: at || null,
      ...(change.current === undefined ? {} : { current: change.current }),
    },
  );
}
