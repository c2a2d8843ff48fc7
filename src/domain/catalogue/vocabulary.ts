/**
 * The catalogue's words as plain data without zod, shared by the server and the Custom UI: the
 * levels and themes, and the registry of catalogue versions. Each version describes itself in its
 * own small file under ./versions (id, label, document support, successor), apart from its
 * requirements so the UI bundle never carries them; registering one is adding it here.
 */
import { LEVELS, type CatalogueVersionInfo, type Level } from './types';
import { VERSION_2018 } from './versions/v2018';
import { VERSION_V1_1_0 } from './versions/v1_1_0';

export {
  LEVELS,
  THEMES,
  type CatalogueVersionInfo,
  type Level,
  type LocalText,
  type Modality,
  type Theme,
} from './types';

/** Every catalogue version, in the order the settings form lists them. */
export const CATALOGUE_VERSION_INFO = [
  VERSION_V1_1_0,
  VERSION_2018,
] as const satisfies readonly CatalogueVersionInfo[];

export type CatalogueVersion = (typeof CATALOGUE_VERSION_INFO)[number]['id'];

/** The version ids, as a non-empty tuple (for `z.enum`). */
export const CATALOGUE_VERSIONS = CATALOGUE_VERSION_INFO.map((v) => v.id) as unknown as readonly [
  CatalogueVersion,
  ...CatalogueVersion[],
];

/** The catalogue new products use, and the one OS2's documents follow. */
export const CURRENT_CATALOGUE_VERSION: CatalogueVersion = VERSION_V1_1_0.id;

export function catalogueVersionInfo(version: CatalogueVersion): CatalogueVersionInfo {
  return CATALOGUE_VERSION_INFO.find((v) => v.id === version) ?? VERSION_V1_1_0;
}

/** Whether OS2's document formats can be exported and imported for a product on `version`. */
export function supportsDocuments(version: CatalogueVersion): boolean {
  return catalogueVersionInfo(version).documents;
}

/** 0 for sandkasse … 3 for Niveau 3. */
export function levelIndex(level: Level): number {
  return LEVELS.indexOf(level);
}
