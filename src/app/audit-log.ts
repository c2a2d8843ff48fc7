import type { AuditEntryView, AuditLogPage, ParsedInputOf } from '../contract';
import { auditFieldChanges } from '../domain/audit';
import { getCatalogue, requirementById } from '../domain/catalogue';
import type { LocalText } from '../domain/catalogue/types';
import { copenhagenDate } from '../domain/evaluation-round';
import { queryPartitionPage } from '../platform/storage';
import { can, ensure, globalStanding, projectAccessFromContext } from './access';
import type { Caller } from './caller';
import { loadProjectRecords } from './governance-view';
import { peopleById } from './people';
import { AUDIT, type StoredAudit } from './records';

/**
 * The audit log as people read it: per field before → after with names, filterable. Entries
 * written into an evaluation round stay hidden from those who may not see drafts until the
 * round completes.
 */

const AUDIT_PAGE = 50;
/** Storage pages scanned per call when filters skip entries; the cursor continues from there. */
const MAX_SCANNED_PAGES = 10;

/** The app-wide log's partition: admin-page writes (groups, user organisations). */
export const APP_AUDIT_PARTITION = 'app';

type Filters = ParsedInputOf<'getAuditLog'>;

function matches(entry: StoredAudit, f: Filters): boolean {
  if (f.actor && entry.actorAccountId !== f.actor) return false;
  if (f.target && entry.record.target.toLowerCase() !== f.target.toLowerCase()) return false;
  if (f.kind && !(entry.action === f.kind || entry.action.startsWith(`${f.kind}.`))) return false;
  const day = copenhagenDate(entry.at);
  if (f.from && day < f.from) return false;
  if (f.to && day > f.to) return false;
  return true;
}

/** Reads one partition newest first, keeping the entries `visible` and `matches` allow. */
async function readLog(
  caller: Caller,
  partition: string,
  input: Filters,
  visible: (entry: StoredAudit) => boolean,
  targetLabel: (entry: StoredAudit, name: (id: string) => string | undefined) => LocalText | undefined,
): Promise<AuditLogPage> {
  const kept: StoredAudit[] = [];
  let cursor: string | undefined = input.cursor ?? undefined;
  for (let page = 0; page < MAX_SCANNED_PAGES && kept.length < AUDIT_PAGE; page++) {
    // The storage cursor pages through the log: each page is one query, however deep.
    const answer = await queryPartitionPage<StoredAudit>(AUDIT, 'by-project-time', [partition], {
      sort: 'DESC',
      // Never read past what one page may hold: the cursor must not skip a kept entry.
      limit: AUDIT_PAGE - kept.length,
      cursor,
    });
    kept.push(...answer.results.map((r) => r.value).filter((e) => visible(e) && matches(e, input)));
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  const people = await peopleById(
    caller,
    kept.flatMap((e) => [
      e.actorAccountId,
      ...accountIdsIn(e.record.before),
      ...accountIdsIn(e.record.after),
      // The organisation mapping names the user it maps as its target.
      ...(e.action === 'member.organisation' ? [e.record.target] : []),
    ]),
  );
  const name = (id: string) => people.get(id)?.displayName;
  const entries: AuditEntryView[] = kept.map((value) => {
    const label = targetLabel(value, name);
    return {
      at: value.at,
      actor: people.get(value.actorAccountId),
      action: value.action,
      target: value.record.target,
      before: value.record.before,
      after: value.record.after,
      ...(label ? { targetLabel: label } : {}),
      changes: auditFieldChanges(value.record.before, value.record.after, name),
    };
  });
  const actors = new Map(entries.flatMap((e) => (e.actor ? [[e.actor.accountId, e.actor]] : [])));
  return { entries, cursor: cursor ?? null, people: [...actors.values()] };
}

/** Account ids anywhere in a recorded value (under keys that hold them), for resolving names. */
function accountIdsIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string')
    return /(AccountId|accountId|^updatedBy|^evaluatedBy|^setBy)$/.test(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => accountIdsIn(v, key));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => accountIdsIn(v, k));
  }
  return [];
}

/** The project's audit log, for anyone who may browse the project. */
export async function getAuditLog(caller: Caller, input: Filters): Promise<AuditLogPage> {
  const access = await projectAccessFromContext(caller);
  const drafts = can.seeDrafts(access);
  const records = drafts ? null : await loadProjectRecords(access.projectId);
  const completed = new Set(
    (records?.rounds ?? []).filter((r) => r.status === 'completed').map((r) => r.number),
  );
  const catalogue = getCatalogue(access.profile?.catalogueVersion);
  return readLog(
    caller,
    access.projectId,
    input,
    // A draft's entries appear once its round is completed.
    (entry) => drafts || entry.round === undefined || completed.has(entry.round),
    (entry) => {
      const requirement = requirementById(catalogue, entry.record.target);
      return requirement ? { da: requirement.nameDa, en: requirement.nameEn } : undefined;
    },
  );
}

/** The app-wide audit log (secretariat and board groups, user → organisation), for the secretariat. */
export async function getAppAuditLog(caller: Caller, input: Filters): Promise<AuditLogPage> {
  const standing = await globalStanding(caller);
  ensure(standing.isSecretariat);
  return readLog(
    caller,
    APP_AUDIT_PARTITION,
    input,
    () => true,
    (entry, name) => {
      if (entry.action !== 'member.organisation') return undefined;
      const person = name(entry.record.target);
      return person ? { da: person, en: person } : undefined;
    },
  );
}
