/** The governance catalogues and the lookups every other rule is built on. */
import { z } from 'zod';
import {
  CATALOGUE_VERSIONS,
  LEVELS,
  THEMES,
  type Catalogue,
  type CatalogueVersion,
  type Level,
  type Modality,
  type Requirement,
  type Theme,
} from './types';
import { CATALOGUE_2018 } from './v2018';
import { CATALOGUE_V1_1_0 } from './v1_1_0';
import { VERSION_2018 } from './versions/v2018';
import { VERSION_V1_1_0 } from './versions/v1_1_0';
import { CURRENT_CATALOGUE_VERSION, levelIndex } from './vocabulary';

export * from './types';
export * from './vocabulary';
export { CATALOGUE_2018, CATALOGUE_V1_1_0, VERSION_2018, VERSION_V1_1_0 };

export const LevelSchema = z.enum(LEVELS);
export const ThemeSchema = z.enum(THEMES);
export const ModalitySchema = z.enum(['skal', 'bør']);
export const CatalogueVersionSchema = z.enum(CATALOGUE_VERSIONS);

export const DEFAULT_CATALOGUE_VERSION: CatalogueVersion = CURRENT_CATALOGUE_VERSION;

/** The registry: each version's requirements, by the id its data file gives itself. */
export const CATALOGUES: Readonly<Record<CatalogueVersion, Catalogue>> = {
  [VERSION_V1_1_0.id]: CATALOGUE_V1_1_0,
  [VERSION_2018.id]: CATALOGUE_2018,
};

export function getCatalogue(version: CatalogueVersion = DEFAULT_CATALOGUE_VERSION): Catalogue {
  return CATALOGUES[version];
}

// Catalogues are immutable data, so an id index per catalogue object can be built once and kept.
const indexes = new WeakMap<Catalogue, ReadonlyMap<string, Requirement>>();

export function requirementById(catalogue: Catalogue, id: string): Requirement | undefined {
  let index = indexes.get(catalogue);
  if (!index) {
    index = new Map(catalogue.requirements.map((r) => [r.id, r]));
    indexes.set(catalogue, index);
  }
  return index.get(id);
}

/** The levels a product at `level` must meet, lowest first (levels are cumulative). */
export function levelsUpTo(level: Level): Level[] {
  return LEVELS.slice(0, levelIndex(level) + 1);
}

/** True when a requirement at `requirementLevel` applies to a product aiming at `target`. */
export function appliesAt(requirementLevel: Level, target: Level): boolean {
  return levelIndex(requirementLevel) <= levelIndex(target);
}

export function levelLabel(catalogue: Catalogue, level: Level, locale: 'da' | 'en'): string {
  return catalogue.levelLabels[level][locale];
}

export function themeLabel(catalogue: Catalogue, theme: Theme, locale: 'da' | 'en'): string {
  return catalogue.themeLabels[theme][locale];
}

export interface BucketSizes {
  /** Non-cumulative: the requirements placed at exactly that level. */
  perLevel: Record<Level, number>;
  perTheme: Record<Theme, number>;
  perLevelTheme: Record<Level, Record<Theme, number>>;
  perModality: Record<Modality, number>;
  total: number;
}

export function zeroByLevel<T>(make: () => T): Record<Level, T> {
  return Object.fromEntries(LEVELS.map((l) => [l, make()])) as Record<Level, T>;
}

export function zeroByTheme<T>(make: () => T): Record<Theme, T> {
  return Object.fromEntries(THEMES.map((t) => [t, make()])) as Record<Theme, T>;
}

export function bucketSizes(catalogue: Catalogue): BucketSizes {
  const sizes: BucketSizes = {
    perLevel: zeroByLevel(() => 0),
    perTheme: zeroByTheme(() => 0),
    perLevelTheme: zeroByLevel(() => zeroByTheme(() => 0)),
    perModality: { skal: 0, bør: 0 },
    total: 0,
  };
  for (const r of catalogue.requirements) {
    sizes.perLevel[r.level] += 1;
    sizes.perTheme[r.theme] += 1;
    sizes.perLevelTheme[r.level][r.theme] += 1;
    sizes.perModality[r.modality] += 1;
    sizes.total += 1;
  }
  return sizes;
}
