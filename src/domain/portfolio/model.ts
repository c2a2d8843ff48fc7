/**
 * The portfolio's pure rules, shared by the resolver and the UI: the compact traffic-light matrix
 * a product's entry carries, the wish figures, and adoption across the municipalities.
 */
import { CatalogueVersionSchema, getCatalogue, type Catalogue } from '../catalogue';
import type { Level } from '../catalogue/types';
import type { Light } from '../governance/vocabulary';
import { MUNICIPALITIES, sameOrganisation } from '../organisations';
import { CLOSED_STATUSES } from '../wish/lifecycle';
import { WISH_STATUSES, type WishStatus } from '../wish/vocabulary';
import { LIGHT_CHAR, lightAt, type Adoption } from './vocabulary';

export type { Adoption } from './vocabulary';

/** The catalogue a summary names; the current one for a version this build does not know. */
export function catalogueNamed(version: string): Catalogue {
  const known = CatalogueVersionSchema.safeParse(version);
  return getCatalogue(known.success ? known.data : undefined);
}

export function encodeMatrix(catalogueVersion: string, lights: ReadonlyMap<string, Light>): string {
  return catalogueNamed(catalogueVersion)
    .requirements.map((r) => {
      const light = lights.get(r.id);
      return light ? LIGHT_CHAR[light] : '-';
    })
    .join('');
}

/** Requirement id → light, for the requirements the secretariat has evaluated. */
export function decodeMatrix(catalogueVersion: string, matrix: string): Map<string, Light> {
  const out = new Map<string, Light>();
  catalogueNamed(catalogueVersion).requirements.forEach((r, i) => {
    const light = lightAt(matrix, i);
    if (light) out.set(r.id, light);
  });
  return out;
}

/** A product's wishes as the portfolio shows them. */
export interface WishFigures {
  byStatus: Record<WishStatus, number>;
  /** The oldest wish still `received` (not yet triaged). */
  oldestUntriaged: { issueId: string; key: string; createdAt: string } | null;
  /** Sum of the funding gaps of the wishes that are still open. */
  fundingGap: number;
}

export const NO_WISHES: WishFigures = {
  byStatus: Object.fromEntries(WISH_STATUSES.map((s) => [s, 0])) as Record<WishStatus, number>,
  oldestUntriaged: null,
  fundingGap: 0,
};

export function wishFigures(
  wishes: Iterable<{ issueId: string; status: WishStatus; createdAt: string; fundingGap: number }>,
): WishFigures {
  const byStatus = { ...NO_WISHES.byStatus };
  let oldest: WishFigures['oldestUntriaged'] = null;
  let gap = 0;
  for (const w of wishes) {
    byStatus[w.status] += 1;
    if (!CLOSED_STATUSES.includes(w.status)) gap += w.fundingGap;
    if (w.status === 'received' && (oldest === null || w.createdAt < oldest.createdAt)) {
      oldest = { issueId: w.issueId, key: '', createdAt: w.createdAt };
    }
  }
  return { byStatus, oldestUntriaged: oldest, fundingGap: gap };
}

/** Indexes into `MUNICIPALITIES` of the municipalities among a product's user organisations. */
export function municipalityIndexes(organisations: readonly string[]): number[] {
  const out: number[] = [];
  MUNICIPALITIES.forEach((m, i) => {
    if (organisations.some((o) => sameOrganisation(o, m))) out.push(i);
  });
  return out;
}

export function adoption(products: readonly (readonly number[])[]): Adoption {
  const counts = new Array<number>(MUNICIPALITIES.length).fill(0);
  for (const indexes of products) for (const i of new Set(indexes)) if (i < counts.length) counts[i]! += 1;
  const atLeast = (n: number) => counts.filter((c) => c >= n).length;
  const collator = new Intl.Collator('da');
  return {
    of: MUNICIPALITIES.length,
    atLeast1: atLeast(1),
    atLeast2: atLeast(2),
    atLeast3: atLeast(3),
    byMunicipality: MUNICIPALITIES.map((municipality, i) => ({ municipality, products: counts[i]! })).sort(
      (a, b) => b.products - a.products || collator.compare(a.municipality, b.municipality),
    ),
  };
}

/** One step of a product's level history: the level a decision left it at, from that date. */
export interface LevelStep {
  date: string;
  level: Level | null;
}

/**
 * A product's matrix against the current catalogue's requirements (the view's columns): a product
 * pinned to an older catalogue shows its lights under the requirements they map to.
 */
export function matrixForColumns(
  catalogueVersion: string,
  matrix: string,
  columnIds: readonly string[],
): string {
  const own = catalogueNamed(catalogueVersion);
  const lights = decodeMatrix(catalogueVersion, matrix);
  const byColumn = new Map<string, Light>();
  for (const r of own.requirements) {
    const light = lights.get(r.id);
    const target = r.mapsTo === undefined ? r.id : r.mapsTo;
    if (light && target) byColumn.set(target, light);
  }
  return columnIds
    .map((id) => {
      const l = byColumn.get(id);
      return l ? LIGHT_CHAR[l] : '-';
    })
    .join('');
}
