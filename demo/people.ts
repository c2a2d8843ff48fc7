/**
 * The demo's people besides the personas: invented names at real organisations. Account ids are fixed
 * constants (24 hex characters, like older Atlassian accounts) so that they never move between seeds.
 */
import { OS2_ORGANISATION, SUPPLIERS, type SupplierId } from './organisations';
import { PERSONAS } from './personas';
import type { PersonaId } from '../emulator/jira/seed-types';

export type PersonKind = 'secretariat' | 'municipality' | 'supplier' | 'outsider' | 'board';

export interface Person {
  /** Short handle used inside the seed to refer to the person. */
  handle: string;
  accountId: string;
  displayName: string;
  emailAddress: string;
  organisation: string;
  kind: PersonKind;
  supplier?: SupplierId;
  persona?: PersonaId;
  groups: string[];
}

const COMMUNITY = ['os2-community'];

function municipal(
  handle: string,
  accountId: string,
  displayName: string,
  organisation: string,
  domain: string,
): Person {
  return {
    handle,
    accountId,
    displayName,
    emailAddress: `${emailLocalPart(displayName)}@${domain}`,
    organisation,
    kind: 'municipality',
    groups: COMMUNITY,
  };
}

function supplierPerson(
  handle: string,
  accountId: string,
  displayName: string,
  supplier: SupplierId,
): Person {
  return {
    handle,
    accountId,
    displayName,
    emailAddress: `${emailLocalPart(displayName)}@${SUPPLIERS[supplier].domain}`,
    organisation: SUPPLIERS[supplier].name,
    kind: 'supplier',
    supplier,
    groups: COMMUNITY,
  };
}

/** "Anne-Mette Schmidt" -> "anne-mette.schmidt"; Danish letters spelt out as mail systems do. */
export function emailLocalPart(displayName: string): string {
  return displayName
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .split(/\s+/)
    .join('.');
}

const OTHERS: Person[] = [
  {
    handle: 'thomas',
    accountId: '81c644fa733ccfc361b3d742',
    displayName: 'Thomas Riis',
    emailAddress: 'thomas.riis@os2.eu',
    organisation: OS2_ORGANISATION,
    kind: 'secretariat',
    groups: ['jira-administrators', 'os2-secretariat', 'os2-community'],
  },
  municipal('rasmus', 'e43ce1cfdb4e544480f6e9f5', 'Rasmus Kjeldsen', 'Aarhus Kommune', 'aarhus.dk'),
  municipal('camilla', 'a494055c4980e15c4834c422', 'Camilla Winther', 'Aarhus Kommune', 'aarhus.dk'),
  municipal('nanna', '0e64134b6982ae73245f73da', 'Nanna Skov', 'Københavns Kommune', 'kk.dk'),
  municipal('jesper', 'a92b2f5ede7e2b5e8d84ebba', 'Jesper Rask', 'Frederiksberg Kommune', 'frederiksberg.dk'),
  municipal('mikkel', '9a7d7e89831612a5d3970829', 'Mikkel Thygesen', 'Odense Kommune', 'odense.dk'),
  municipal('helle', '437f4418d883dd98978ca8c0', 'Helle Brandt', 'Aalborg Kommune', 'aalborg.dk'),
  municipal('kasper', '3e050070ce1c2480c1a303ce', 'Kasper Munk', 'Vejle Kommune', 'vejle.dk'),
  municipal('trine', '9a150470b3a9b9c2e7c46eed', 'Trine Lauridsen', 'Kolding Kommune', 'kolding.dk'),
  municipal('morten', '68b007d036f355b6c1dca1a6', 'Morten Vinther', 'Silkeborg Kommune', 'silkeborg.dk'),
  municipal('lene', '9ba4ef4ae0180a58277a08f9', 'Lene Juhl', 'Holbæk Kommune', 'holb.dk'),
  municipal(
    'annemette',
    'ca655560dcbb764bdbbc9dee',
    'Anne-Mette Schmidt',
    'Sønderborg Kommune',
    'sonderborg.dk',
  ),
  municipal('bo', 'df748c70b30baa8590d98895', 'Bo Frandsen', 'Gladsaxe Kommune', 'gladsaxe.dk'),
  municipal('pernille', 'dc3e733c5e2fab5f85600701', 'Pernille Thorsen', 'Ballerup Kommune', 'balk.dk'),
  municipal('niels', '232965334dbd4be9de7e9594', 'Niels Gram', 'Herning Kommune', 'herning.dk'),
  municipal('maria', 'd533f2668a17406b0ded257e', 'Maria Kristoffersen', 'Esbjerg Kommune', 'esbjerg.dk'),
  municipal('soeren', '6d1c6d3cb450dd40c2bf4fcd', 'Søren Hvid', 'Syddjurs Kommune', 'syddjurs.dk'),
  municipal('ida', '06c23b3aeb8e71cae7463e45', 'Ida Bertelsen', 'Skanderborg Kommune', 'skanderborg.dk'),
  municipal('christian', '885bf8ec825d021174dec0fe', 'Christian Holst', 'Roskilde Kommune', 'roskilde.dk'),
  municipal('karina', '033f6c50da869c7621e69a45', 'Karina Dam', 'Hjørring Kommune', 'hjoerring.dk'),
  municipal('lars', '07c1cad884af50d7105a46c1', 'Lars Ebbesen', 'Viborg Kommune', 'viborg.dk'),
  municipal('jette', '58e69e0e9f6cca2ee82e4671', 'Jette Poulsen', 'Ringkøbing-Skjern Kommune', 'rksk.dk'),
  municipal('anders', '34b213a1b48130ac1468051a', 'Anders Vestergaard', 'Bornholms Regionskommune', 'brk.dk'),
  municipal('signe', 'ce18615304e747b57dab174f', 'Signe Lund Iversen', 'Ærø Kommune', 'aeroekommune.dk'),
  supplierPerson('emil', '621c737fa150e2b878f619a3', 'Emil Sandberg', 'magenta'),
  supplierPerson('katrine', '39f965b5f7dcb262e572e274', 'Katrine Høgh', 'magenta'),
  supplierPerson('brian', 'd18c769b1f36bd460de4ad2a', 'Brian Storm', 'digitalIdentity'),
  supplierPerson('line', '72255120cf456423c3b3672a', 'Line Kragh', 'digitalIdentity'),
  supplierPerson('frederik', 'f08ab440e018f332bdcf7ff4', 'Frederik Thomsen', 'netcompany'),
  supplierPerson('astrid', '71c29fb5282bbae391499d57', 'Astrid Lindholm', 'netcompany'),
  supplierPerson('sara', 'd1eb5eeafb53c285feae5674', 'Sara Holmgaard', 'itMinds'),
  supplierPerson('stig', 'e5a77dd43ad85738c883eb6f', 'Stig Nyborg', 'bellcom'),
  supplierPerson('mads', 'b9dcb2c95bfa35a8628fc819', 'Mads Overgaard', 'bellcom'),
  supplierPerson('julie', 'd64ed6688e08e29c661da71a', 'Julie Eskildsen', 'strongminds'),
];

const PERSONA_KIND: Record<PersonaId, PersonKind> = {
  secretariat: 'secretariat',
  steering: 'municipality',
  coordinator: 'municipality',
  supplier: 'supplier',
  municipality: 'municipality',
  outsider: 'outsider',
  board: 'board',
};

/** Everyone in the demo: the personas first (handle = persona id), then the others. */
export const PEOPLE: readonly Person[] = [
  ...PERSONAS.map((p): Person => ({
    handle: p.id,
    accountId: p.accountId,
    displayName: p.displayName,
    emailAddress: p.emailAddress,
    organisation: p.organisation,
    kind: PERSONA_KIND[p.id],
    supplier: p.id === 'supplier' ? 'itMinds' : undefined,
    persona: p.id,
    groups: p.groups,
  })),
  ...OTHERS,
];

const BY_HANDLE = new Map(PEOPLE.map((p) => [p.handle, p]));

export function person(handle: string): Person {
  const found = BY_HANDLE.get(handle);
  if (!found) throw new Error(`Unknown person handle ${handle}`);
  return found;
}
