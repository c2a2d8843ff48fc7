/**
 * What an import would change, for the UI to show before anything is written: every change per
 * requirement and field, what stays the same, the rows that match nothing, and the free-text
 * statuses kept as *other*. Pure: applying is the caller's job, and only on confirmation.
 */
import { getCatalogue, type Catalogue, CURRENT_CATALOGUE_VERSION } from '../catalogue';
import { lookupById, UNANSWERED, type ById, type SelfStatus } from '../assessment';
import {
  mergeImportedEntries,
  otherStatusesOf,
  sameStatus,
  type ExportableAssessment,
  type ImportedAssessment,
  type ImportedEntry,
  type ImportResult,
  type OtherStatus,
} from './common';

/** The text fields of an assessment an import sets; links are compared as one list. */
export type TextField = 'documentation' | 'explanation';

export type ImportChange =
  | { requirementId: string; field: 'status'; before: SelfStatus; after: SelfStatus; lines: number[] }
  | { requirementId: string; field: TextField; before: string; after: string; lines: number[] }
  | { requirementId: string; field: 'links'; before: string[]; after: string[]; lines: number[] };

/** An imported blank (unanswered, no text, no links) that would have erased a current value. */
export interface KeptValue {
  requirementId: string;
  field: 'status' | TextField | 'links';
  current: SelfStatus | string | string[];
  lines: number[];
}

/** What an import writes for one requirement. */
export interface PlannedAssessment {
  status: SelfStatus;
  documentation: string;
  explanation: string;
  links: string[];
}

export interface ImportPreview {
  /** Catalogue order; status before documentation. */
  changes: ImportChange[];
  /** Imported requirements that would not change. */
  unchanged: number;
  /** Blanks that do not overwrite a current value (unless `blanksOverwrite`). */
  kept: KeptValue[];
  unmapped: ImportedEntry[];
  otherStatuses: OtherStatus[];
  /** The assessment each changed requirement would have after confirming, by id. */
  apply: Record<string, PlannedAssessment>;
}

export interface PreviewOptions {
  /** Let an unanswered status or empty documentation erase a current value; off by default. */
  blanksOverwrite?: boolean;
  catalogue?: Catalogue;
}

/**
 * Compares the current assessments with an import (a parse result, or its entries, which are
 * merged the same way the parsers merge them). Nothing is overwritten silently: every difference
 * is a change in the list, and an imported blank never erases a current value unless asked to.
 */
export function previewImport(
  current: ById<ExportableAssessment>,
  imported: ImportResult | readonly ImportedEntry[],
  options: PreviewOptions = {},
): ImportPreview {
  const catalogue = options.catalogue ?? getCatalogue(CURRENT_CATALOGUE_VERSION);
  const order = catalogue.requirements.map((r) => r.id);
  let assessments: Record<string, ImportedAssessment>;
  let entries: readonly ImportedEntry[];
  let unmapped: ImportedEntry[];
  let otherStatuses: OtherStatus[];
  if (Array.isArray(imported)) {
    entries = imported as readonly ImportedEntry[];
    assessments = mergeImportedEntries(entries, order).assessments;
    unmapped = entries.filter((e) => e.mappedBy === 'unmapped');
    otherStatuses = otherStatusesOf(assessments, entries);
  } else {
    const result = imported as ImportResult;
    entries = result.entries;
    assessments = result.assessments;
    unmapped = result.unmapped;
    otherStatuses = result.otherStatuses;
  }

  const rank = new Map(order.map((id, i) => [id, i]));
  const ids = Object.keys(assessments).sort(
    (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b),
  );
  const changes: ImportChange[] = [];
  const kept: KeptValue[] = [];
  const apply: Record<string, PlannedAssessment> = {};
  let unchanged = 0;
  for (const id of ids) {
    const incoming = assessments[id];
    const existing = lookupById(current, id);
    const before: PlannedAssessment = {
      status: existing?.status ?? UNANSWERED,
      documentation: existing?.documentation ?? '',
      explanation: existing?.explanation ?? '',
      links: [...(existing?.links ?? [])],
    };
    const after = { ...before };
    let changed = false;

    if (!sameStatus(before.status, incoming.status)) {
      if (incoming.status.kind === 'unanswered' && !options.blanksOverwrite) {
        kept.push({ requirementId: id, field: 'status', current: before.status, lines: incoming.lines });
      } else {
        changes.push({
          requirementId: id,
          field: 'status',
          before: before.status,
          after: incoming.status,
          lines: incoming.lines,
        });
        after.status = incoming.status;
        changed = true;
      }
    }
    for (const field of ['documentation', 'explanation'] as const) {
      if (before[field] === incoming[field]) continue;
      if (incoming[field].trim() === '' && !options.blanksOverwrite) {
        kept.push({ requirementId: id, field, current: before[field], lines: incoming.lines });
      } else {
        changes.push({
          requirementId: id,
          field,
          before: before[field],
          after: incoming[field],
          lines: incoming.lines,
        });
        after[field] = incoming[field];
        changed = true;
      }
    }
    if (before.links.join('\n') !== incoming.links.join('\n')) {
      if (incoming.links.length === 0 && !options.blanksOverwrite) {
        kept.push({ requirementId: id, field: 'links', current: before.links, lines: incoming.lines });
      } else {
        changes.push({
          requirementId: id,
          field: 'links',
          before: before.links,
          after: [...incoming.links],
          lines: incoming.lines,
        });
        after.links = [...incoming.links];
        changed = true;
      }
    }
    if (changed) apply[id] = after;
    else unchanged += 1;
  }
  return { changes, unchanged, kept, unmapped, otherStatuses, apply };
}
