/**
 * The personas the emulator's shell can switch between. Each is a seed user; the people and their
 * account ids are invented demo data, fixed here so that links and stored state survive a re-seed.
 */
import type { PersonaId } from '../emulator/jira/seed-types';
import { OS2_ORGANISATION, SUPPLIERS } from './organisations';

export interface Persona {
  id: PersonaId;
  accountId: string;
  displayName: string;
  labelDa: string;
  labelEn: string;
  descriptionDa: string;
  descriptionEn: string;
  emailAddress: string;
  organisation: string;
  groups: string[];
}

export const PERSONAS: readonly Persona[] = [
  {
    id: 'secretariat',
    accountId: '557058:efacd5f7-996a-4f61-b227-45b966dc9384',
    displayName: 'Mette Kjærgaard',
    labelDa: 'Sekretariatet',
    labelEn: 'Secretariat',
    descriptionDa:
      'Medarbejder i OS2-sekretariatet og Jira-administrator. Evaluerer alle produkter to gange om året og ser hele porteføljen.',
    descriptionEn:
      'Member of the OS2 secretariat and Jira administrator. Evaluates every product twice a year and sees the whole portfolio.',
    emailAddress: 'mette.kjaergaard@os2.eu',
    organisation: OS2_ORGANISATION,
    groups: ['jira-administrators', 'os2-secretariat', 'os2-community'],
  },
  {
    id: 'steering',
    accountId: '557058:20c8fe17-0e6b-4d5b-8130-c158ff685f6d',
    displayName: 'Henrik Dalsgaard',
    labelDa: 'Styregruppemedlem',
    labelEn: 'Steering group member',
    descriptionDa:
      'Sidder i styregruppen for OS2loop og OS2kitos. Følger budget, kvalitet og det niveau, produktet styrer mod.',
    descriptionEn:
      'Sits on the steering groups of OS2loop and OS2kitos. Follows budget, quality and the level the product steers towards.',
    emailAddress: 'henrik.dalsgaard@kk.dk',
    organisation: 'Københavns Kommune',
    groups: ['os2-community'],
  },
  {
    id: 'coordinator',
    accountId: '557058:7617f0dd-b782-4a83-a605-a3257006d09e',
    displayName: 'Louise Bach Andersen',
    labelDa: 'Tovholder',
    labelEn: 'Coordinator',
    descriptionDa:
      'Tovholder og medlem af koordinationsgruppen for OS2loop og OS2kitos, og medlem af koordinationsgruppen for OS2valghalla. Prioriterer udviklingsønsker og planlægger sprints med leverandøren.',
    descriptionEn:
      'Coordinator and coordination-group member for OS2loop and OS2kitos, and coordination-group member for OS2valghalla. Prioritises development wishes and plans sprints with the supplier.',
    emailAddress: 'louise.bach.andersen@odense.dk',
    organisation: 'Odense Kommune',
    groups: ['os2-community'],
  },
  {
    id: 'supplier',
    accountId: '557058:5bfbf117-26f4-4115-af25-c0e45df7dd44',
    displayName: 'Jonas Lykke Mikkelsen',
    labelDa: 'Leverandør',
    labelEn: 'Supplier',
    descriptionDa:
      'Udvikler hos en leverandør på OS2loop, OS2kitos og OS2valghalla. Estimerer, leverer og dokumenterer, men prioriterer ikke.',
    descriptionEn:
      'Developer at a supplier working on OS2loop, OS2kitos and OS2valghalla. Estimates, delivers and documents, but does not set priorities.',
    emailAddress: `jonas.mikkelsen@${SUPPLIERS.itMinds.domain}`,
    organisation: SUPPLIERS.itMinds.name,
    groups: ['os2-community'],
  },
  {
    id: 'municipality',
    accountId: '557058:c53e54d1-1ed5-49c2-97f5-c4d8e869f817',
    displayName: 'Sofie Nørgaard',
    labelDa: 'Kommunal bruger',
    labelEn: 'Municipality user',
    descriptionDa:
      'Almindelig bruger i Aarhus Kommune. Indsender og støtter udviklingsønsker, men har ingen rolle i projekterne.',
    descriptionEn:
      'Ordinary user at Aarhus Kommune. Submits and supports development wishes but holds no project role.',
    emailAddress: 'sofie.noergaard@aarhus.dk',
    organisation: 'Aarhus Kommune',
    groups: ['os2-community'],
  },
  {
    id: 'outsider',
    accountId: '557058:2a058193-e9c9-45c6-81cc-6ed733d725ba',
    displayName: 'Peter Holm',
    labelDa: 'Udenforstående',
    labelEn: 'Outsider',
    descriptionDa: 'Logget ind, men uden grupper og roller. Kan ikke se nogen projekter.',
    descriptionEn: 'Logged in, but without groups or roles. Cannot see any project.',
    emailAddress: 'peter.holm@holmconsult.dk',
    organisation: 'Holm Consult ApS',
    groups: [],
  },
  // --- board persona
  {
    id: 'board',
    accountId: '557058:9e1f3a44-7c2b-4d8e-a5f0-3b6c1d2e8f47',
    displayName: 'Birgitte Aagaard',
    labelDa: 'Bestyrelsesmedlem',
    labelEn: 'Board member',
    descriptionDa:
      'Sidder i OS2s bestyrelse for Aarhus Kommune. Følger porteføljen og niveauerne; er Aarhus-bruger gennem kommunens Jira-gruppe, ikke en personlig kobling.',
    descriptionEn:
      "Sits on OS2's board for Aarhus Kommune. Follows the portfolio and the levels; acts for Aarhus through the municipality's Jira group, not a personal mapping.",
    emailAddress: 'birgitte.aagaard@aarhus.dk',
    organisation: 'Aarhus Kommune',
    groups: ['os2-community', 'os2-board', 'aarhus-kommune-brugere'],
  },
  // --- end board persona
];

export function personaById(id: PersonaId): Persona {
  const persona = PERSONAS.find((p) => p.id === id);
  if (!persona) throw new Error(`Unknown persona ${id}`);
  return persona;
}
