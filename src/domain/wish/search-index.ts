/**
 * The `os2-wish` issue property as a derived search index. The wish itself lives in the app's
 * storage; Jira gets only the fields its JQL aliases need (`jira:entityProperty` in manifest.yml).
 * Anyone with Edit Issues can write the property, so it is never read back as the wish: readers
 * compare it with `wishIndexOf(record)` and the app rewrites it when they differ.
 */
import type { WishDocument } from './index';

export interface WishIndex {
  status: WishDocument['status'];
  score: number;
  organisationCount: number;
  fundingGap: number;
  requester: string;
  /** Supporting organisations, so that JQL can answer "which wishes does Aarhus back?". */
  supporters: string[];
  /** Organisations with a pledge. */
  pledgers: string[];
}

const SCALAR_KEYS = ['status', 'score', 'organisationCount', 'fundingGap', 'requester'] as const;
const LIST_KEYS = ['supporters', 'pledgers'] as const;

/** The index the property must hold for this record. */
export function wishIndexOf(doc: WishDocument): WishIndex {
  return {
    status: doc.status,
    score: doc.score,
    organisationCount: doc.organisationCount,
    fundingGap: doc.fundingGap,
    requester: doc.requester,
    supporters: doc.supporters.map((s) => s.organisation),
    pledgers: doc.pledges.map((p) => p.organisation),
  };
}

const sameList = (found: unknown, expected: readonly string[]) =>
  Array.isArray(found) && found.length === expected.length && found.every((v, i) => v === expected[i]);

/** True when `found` (the property as Jira has it, null when absent) is exactly `expected`. */
export function indexMatches(found: unknown, expected: WishIndex | null): boolean {
  if (expected === null) return found === null || found === undefined;
  if (typeof found !== 'object' || found === null || Array.isArray(found)) return false;
  const keys = Object.keys(found);
  if (keys.length !== SCALAR_KEYS.length + LIST_KEYS.length) return false;
  const value = found as Record<string, unknown>;
  return (
    SCALAR_KEYS.every((k) => Object.is(value[k], expected[k])) &&
    LIST_KEYS.every((k) => sameList(value[k], expected[k]))
  );
}
