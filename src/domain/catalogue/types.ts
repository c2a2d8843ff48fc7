/** The OS2 governance catalogue as typed data. See docs/os2-catalogue.md. */

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

// The versions are registered in ./vocabulary, from the data file of each version.
export { CATALOGUE_VERSIONS, type CatalogueVersion } from './vocabulary';
import type { CatalogueVersion } from './vocabulary';

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

/** What a catalogue version says about itself; each version's data file exports one. */
export interface CatalogueVersionInfo {
  /** The id stored in product profiles, e.g. `v1.1.0`. */
  id: string;
  /** The name the settings form lists it by. */
  label: LocalText;
  /** Whether OS2's document formats (reports, self-assessment JSON) can be made for it. */
  documents: boolean;
  /** The version its requirements map to (each requirement's `mapsTo`), or null for none. */
  mapsTo: string | null;
}

export interface Catalogue {
  version: CatalogueVersion;
  /** Requirements in OS2's document order. */
  requirements: readonly Requirement[];
  levelLabels: Record<Level, LocalText>;
  themeLabels: Record<Theme, LocalText>;
}
