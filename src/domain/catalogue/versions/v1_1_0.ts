/** How catalogue `v1.1.0` describes itself: the registry (../vocabulary) lists it from here. */
import type { CatalogueVersionInfo } from '../types';

export const VERSION_V1_1_0 = {
  id: 'v1.1.0',
  label: { da: 'v1.1.0 (2025, standard)', en: 'v1.1.0 (2025, default)' },
  documents: true,
  mapsTo: null,
} as const satisfies CatalogueVersionInfo;
