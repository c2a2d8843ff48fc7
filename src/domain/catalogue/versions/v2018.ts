/** How catalogue `2018` describes itself: the registry (../vocabulary) lists it from here. */
import type { CatalogueVersionInfo } from '../types';
import { VERSION_V1_1_0 } from './v1_1_0';

export const VERSION_2018 = {
  id: '2018',
  label: { da: '2018 (Minimumskrav + 3 niveauer)', en: '2018 (minimum requirements + 3 levels)' },
  documents: false,
  mapsTo: VERSION_V1_1_0.id,
} as const satisfies CatalogueVersionInfo;
