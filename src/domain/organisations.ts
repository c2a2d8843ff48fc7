/**
 * The organisations that stand behind OS2's products: Denmark's 98 municipalities (kommuner, since
 * the 2007 structural reform), spelt as they spell themselves, then other public bodies. Data, used by
 * the app (requesters, supporters, pledges, product users) and by the emulator's seed.
 */

/** Denmark's 98 municipalities, grouped by region (Hovedstaden, Sjælland, Syddanmark, Midtjylland, Nordjylland). */
export const MUNICIPALITIES: readonly string[] = [
  // Region Hovedstaden (29)
  'Albertslund Kommune',
  'Allerød Kommune',
  'Ballerup Kommune',
  'Bornholms Regionskommune',
  'Brøndby Kommune',
  'Dragør Kommune',
  'Egedal Kommune',
  'Fredensborg Kommune',
  'Frederiksberg Kommune',
  'Frederikssund Kommune',
  'Furesø Kommune',
  'Gentofte Kommune',
  'Gladsaxe Kommune',
  'Glostrup Kommune',
  'Gribskov Kommune',
  'Halsnæs Kommune',
  'Helsingør Kommune',
  'Herlev Kommune',
  'Hillerød Kommune',
  'Hvidovre Kommune',
  'Høje-Taastrup Kommune',
  'Hørsholm Kommune',
  'Ishøj Kommune',
  'Københavns Kommune',
  'Lyngby-Taarbæk Kommune',
  'Rudersdal Kommune',
  'Rødovre Kommune',
  'Tårnby Kommune',
  'Vallensbæk Kommune',
  // Region Sjælland (17)
  'Faxe Kommune',
  'Greve Kommune',
  'Guldborgsund Kommune',
  'Holbæk Kommune',
  'Kalundborg Kommune',
  'Køge Kommune',
  'Lejre Kommune',
  'Lolland Kommune',
  'Næstved Kommune',
  'Odsherred Kommune',
  'Ringsted Kommune',
  'Roskilde Kommune',
  'Slagelse Kommune',
  'Solrød Kommune',
  'Sorø Kommune',
  'Stevns Kommune',
  'Vordingborg Kommune',
  // Region Syddanmark (22)
  'Assens Kommune',
  'Billund Kommune',
  'Esbjerg Kommune',
  'Faaborg-Midtfyn Kommune',
  'Fanø Kommune',
  'Fredericia Kommune',
  'Haderslev Kommune',
  'Kerteminde Kommune',
  'Kolding Kommune',
  'Langeland Kommune',
  'Middelfart Kommune',
  'Nordfyns Kommune',
  'Nyborg Kommune',
  'Odense Kommune',
  'Svendborg Kommune',
  'Sønderborg Kommune',
  'Tønder Kommune',
  'Varde Kommune',
  'Vejen Kommune',
  'Vejle Kommune',
  'Ærø Kommune',
  'Aabenraa Kommune',
  // Region Midtjylland (19)
  'Favrskov Kommune',
  'Hedensted Kommune',
  'Herning Kommune',
  'Holstebro Kommune',
  'Horsens Kommune',
  'Ikast-Brande Kommune',
  'Lemvig Kommune',
  'Norddjurs Kommune',
  'Odder Kommune',
  'Randers Kommune',
  'Ringkøbing-Skjern Kommune',
  'Samsø Kommune',
  'Silkeborg Kommune',
  'Skanderborg Kommune',
  'Skive Kommune',
  'Struer Kommune',
  'Syddjurs Kommune',
  'Viborg Kommune',
  'Aarhus Kommune',
  // Region Nordjylland (11)
  'Brønderslev Kommune',
  'Frederikshavn Kommune',
  'Hjørring Kommune',
  'Jammerbugt Kommune',
  'Læsø Kommune',
  'Mariagerfjord Kommune',
  'Morsø Kommune',
  'Rebild Kommune',
  'Thisted Kommune',
  'Vesthimmerlands Kommune',
  'Aalborg Kommune',
];

/** OS2 itself, as an organisation name (the secretariat works here). */
export const OS2_ORGANISATION = 'OS2 – Offentligt Digitaliseringsfællesskab';

/** Public bodies other than municipalities that appear around OS2. */
export const OTHER_PUBLIC_BODIES: readonly string[] = [
  OS2_ORGANISATION,
  'KL',
  'KOMBIT',
  'Digitaliseringsstyrelsen',
  'Region Hovedstaden',
  'Region Sjælland',
  'Region Syddanmark',
  'Region Midtjylland',
  'Region Nordjylland',
];

/** Every organisation a user can act for, municipalities first. */
export const ORGANISATIONS: string[] = [...MUNICIPALITIES, ...OTHER_PUBLIC_BODIES];

/** Same organisation whatever the spacing or case it was typed with. */
export function normaliseOrganisation(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** The key two spellings of one organisation share (spacing, Unicode form and case ignored). */
export function organisationKey(name: string): string {
  return normaliseOrganisation(name).toLocaleLowerCase('da-DK');
}

export function sameOrganisation(a: string, b: string): boolean {
  return organisationKey(a) === organisationKey(b);
}
