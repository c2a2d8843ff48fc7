import type { InputOf } from '../../src/contract';

/** A product profile for OS2loop as the settings page submits it, with its groups as the project roles. */
import { CURRENT_CATALOGUE_VERSION } from '../../src/domain/catalogue';
export const LOOP_PROFILE = {
  productName: 'OS2loop',
  catalogueVersion: CURRENT_CATALOGUE_VERSION,
  targetLevel: '2',
  githubUrl: 'https://github.com/os2loop',
  websiteUrl: '',
  tovholderAccountId: null,
  steeringGroup: [{ kind: 'role', role: 'Styregruppe' }],
  coordinationGroup: [{ kind: 'role', role: 'Koordinationsgruppe' }],
  suppliers: [{ kind: 'role', role: 'Leverandør' }],
  organisations: ['Aarhus Kommune'],
  commonBudgetDkk: 200000,
} satisfies Omit<InputOf<'saveProductSettings'>, 'expectedVersion'>;
