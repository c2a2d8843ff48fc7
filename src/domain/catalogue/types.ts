/** The OS2 governance catalogue as typed data. See ../shared/os2/catalogue.md. */

/** Machine values used by OS2's own JSON, lowest first. `0` in older reports means `sandkasse`. */
export const LEVELS = ['sandkasse', '1', '2', '3'] as const;
export type Level = (typeof LEVELS)[number];

export const THEMES = ['R', 'F', 'S', 'G'] as const;
export type Theme = (typeof THEMES)[number];

/** OS2's JSON `kategori` for each theme. */
export const THEME_KATEGORI: Record<Theme, 'relevans' | 'formkrav' | 'strategisk' | 'governance'> = {
  R: 'relevans',
  F: 'formkrav',
  S: 'strategisk',
  G: 'governance',
};

/** `skal` = must; `bør` = should (marked "(anbefaling)" in OS2's texts). */
export type Modality = 'skal' | 'bør';

export const CATALOGUE_VERSIONS = ['v1.1.0', '2018'] as const;
export type CatalogueVersion = (typeof CATALOGUE_VERSIONS)[number];

export interface LocalText {
  da: string;
  en: string;
}

export interface Requirement {
  /** Stable id: `R1` in v1.1.0, `2018-F3` in the 2018 model. */
  id: string;
  theme: Theme;
  level: Level;
  modality: Modality;
  /** Canonical Danish name (OS2's own wording). */
  nameDa: string;
  nameEn: string;
  /** Guidance text (`retningslinjer`), where the catalogue has one. */
  guidanceDa?: string;
  /** 2018 only: the v1.1.0 id this requirement became, or null when it has no successor. */
  mapsTo?: string | null;
}

export interface Catalogue {
  version: CatalogueVersion;
  /** Requirements in OS2's document order. */
  requirements: readonly Requirement[];
  levelLabels: Record<Level, LocalText>;
  themeLabels: Record<Theme, LocalText>;
}
