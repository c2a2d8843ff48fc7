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

export type ImportChange =
  | { requirementId: string; field: 'status'; before: SelfStatus; after: SelfStatus; lines: number[] }
  | { requirementId: string; field: 'documentation'; before: string; after: string; lines: number[] };

/** An imported blank (unanswered, or no documentation) that would have erased a current value. */
export interface KeptValue {
  requirementId: string;
  field: 'status' | 'documentation';
  current: SelfStatus | string;
  lines: number[];
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
  apply: Record<string, ExportableAssessment>;
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
  const apply: Record<string, ExportableAssessment> = {};
  let unchanged = 0;
  for (const id of ids) {
    const incoming = assessments[id];
    const existing = lookupById(current, id);
    const before = { status: existing?.status ?? UNANSWERED, documentation: existing?.documentation ?? '' };
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
    if (before.documentation !== incoming.documentation) {
      if (incoming.documentation.trim() === '' && !options.blanksOverwrite) {
        kept.push({
          requirementId: id,
          field: 'documentation',
          current: before.documentation,
          lines: incoming.lines,
        });
      } else {
        changes.push({
          requirementId: id,
          field: 'documentation',
          before: before.documentation,
          after: incoming.documentation,
          lines: incoming.lines,
        });
        after.documentation = incoming.documentation;
        changed = true;
      }
    }
    if (changed) apply[id] = after;
    else unchanged += 1;
  }
  return { changes, unchanged, kept, unmapped, otherStatuses, apply };
}
