/**
 * Catalogue `v1.1.0` (OS2's governance report template, June 2025): the current default.
 * Names are OS2's canonical Danish wording, verbatim; the order is OS2's document order.
 * The guidance sentences are our own wording.
 */
import type { Catalogue, Requirement } from './types';
import { VERSION_V1_1_0 } from './versions/v1_1_0';

const requirements: readonly Requirement[] = [
  {
    id: 'R1',
    theme: 'R',
    level: 'sandkasse',
    modality: 'skal',
    nameDa: 'Løsningen skaber lokal værdi',
    nameEn: 'Creates concrete local value',
    guidanceDa:
      'Beskriv hvilken konkret værdi løsningen skaber for den eller de organisationer, der bruger den i dag.',
  },
  {
    id: 'R2',
    theme: 'R',
    level: '2',
    modality: 'skal',
    nameDa: 'Løsningen er accepteret af lokal linjeledelse',
    nameEn: 'Accepted by local line management',
    guidanceDa:
      'Dokumentér at den lokale linjeledelse kender og har accepteret løsningen, fx med en beslutning eller et referat.',
  },
  {
    id: 'R3',
    theme: 'R',
    level: '2',
    modality: 'skal',
    nameDa: 'Løsningen har fælles offentligt potentiale',
    nameEn: 'Reusable across public authorities',
    guidanceDa:
      'Beskriv hvordan løsningen kan genbruges af andre offentlige myndigheder, og hvilke der allerede har vist interesse.',
  },
  {
    id: 'R4',
    theme: 'R',
    level: '3',
    modality: 'skal',
    nameDa: 'Ophæng til nationale strategier er til stede',
    nameEn: 'Anchored in national strategies',
    guidanceDa:
      'Henvis til de nationale strategier eller initiativer, som løsningen understøtter, og forklar hvordan.',
  },
  {
    id: 'F1',
    theme: 'F',
    level: 'sandkasse',
    modality: 'skal',
    nameDa:
      'Alt kildekode til projektet udvikles synligt og aktivt i et repositorie og versionskontrolsystem, anvist af OS2',
    nameEn: 'All code developed openly in a repository designated by OS2',
    guidanceDa:
      "Al kode ligger i et offentligt repositorie anvist af OS2 (fx OS2's GitHub), og udviklingen foregår løbende og synligt dér.",
  },
  {
    id: 'F2',
    theme: 'F',
    level: 'sandkasse',
    modality: 'skal',
    nameDa: 'Open Source licenskriterier overholdes',
    nameEn: 'OSI-approved licence (OS2 default MPL-2.0)',
    guidanceDa:
      'Løsningen er udgivet under en OSI-godkendt licens, som udgangspunkt MPL-2.0, og de anvendte komponenters licenser er forenelige med den.',
  },
  {
    id: 'F3',
    theme: 'F',
    level: 'sandkasse',
    modality: 'skal',
    nameDa: 'Udbudsregler og alm. lovformlighed er overholdt',
    nameEn: 'Procurement rules and general legality met',
    guidanceDa:
      'Redegør for, hvordan udbudsreglerne er overholdt, og at løsningen i øvrigt er lovlig, fx i forhold til databeskyttelse.',
  },
  {
    id: 'F4',
    theme: 'F',
    level: 'sandkasse',
    modality: 'skal',
    nameDa: 'Der er tænkt på sikkerheden i løsningen',
    nameEn: 'Security considered in code, design and operations',
    guidanceDa:
      'Beskriv hvordan sikkerheden er håndteret i koden, designet og driften, fx med en risikovurdering.',
  },
  {
    id: 'F5',
    theme: 'F',
    level: 'sandkasse',
    modality: 'skal',
    nameDa: 'Løsningens formål og værdi er beskrevet',
    nameEn: 'Purpose and value described',
    guidanceDa:
      'Beskriv kort løsningens formål og den værdi, den skaber, så en ikke-teknisk læser kan forstå det.',
  },
  {
    id: 'F6',
    theme: 'F',
    level: '1',
    modality: 'skal',
    nameDa: "Kildekoden er overdraget og er placeret under OS2's kontrol",
    nameEn: "Code handed over to OS2's control",
    guidanceDa:
      'Repositoriet er overdraget til OS2, så OS2 har kontrollen med kildekoden og adgangsrettighederne.',
  },
  {
    id: 'F7',
    theme: 'F',
    level: '1',
    modality: 'skal',
    nameDa:
      'Alt dokumentation til projektet udarbejdes med og overholder OS2s standardskabelon for dokumentation',
    nameEn: "Documentation follows OS2's documentation template",
    guidanceDa:
      "Dokumentationen følger OS2's standardskabelon og dækker driftskrav, teknisk niveau og teknisk implementering.",
  },
  {
    id: 'F10',
    theme: 'F',
    level: '1',
    modality: 'skal',
    nameDa: "OS2's kommunikationskanaler anvendes (OS2.eu)",
    nameEn: "Uses OS2's communication channels",
    guidanceDa: "Produktet kommunikerer via OS2's kanaler, fx med en produktside og nyheder på OS2.eu.",
  },
  {
    id: 'F11',
    theme: 'F',
    level: '1',
    modality: 'skal',
    nameDa:
      'Der anvendes offentlig issue-tracking anvist af OS2, hvor der tydeligt henvises til specifikke kodeændringer',
    nameEn: 'Public issue tracking linked to code changes',
    guidanceDa:
      'Fejl og ønsker registreres i den offentlige issue-tracker, som OS2 anviser, og kodeændringer henviser til de konkrete issues.',
  },
  {
    id: 'F12',
    theme: 'F',
    level: '2',
    modality: 'skal',
    nameDa: 'Der er kun en version af core koden',
    nameEn: 'One version of the core code',
    guidanceDa:
      'Der vedligeholdes kun én version af kernekoden; lokale tilpasninger sker via konfiguration eller udvidelser.',
  },
  {
    id: 'F13',
    theme: 'F',
    level: '2',
    modality: 'skal',
    nameDa: 'Der er udarbejdet præsentationsmateriale af løsningen',
    nameEn: 'Presentation material exists',
    guidanceDa:
      'Der findes præsentationsmateriale, som kan bruges til at fremvise løsningen for nye interessenter.',
  },
  {
    id: 'F14',
    theme: 'F',
    level: '2',
    modality: 'skal',
    nameDa: 'Der er udarbejdet kommunikationsmateriale til strategisk niveau',
    nameEn: 'Communication material for strategic level',
    guidanceDa: 'Der findes kommunikationsmateriale, der er rettet mod ledelsen og det strategiske niveau.',
  },
  {
    id: 'F15',
    theme: 'F',
    level: '2',
    modality: 'skal',
    nameDa: 'Best practice for implementering i organisationen dokumenteres',
    nameEn: 'Implementation best practice documented',
    guidanceDa:
      'Erfaringerne med at implementere løsningen i organisationen er samlet og beskrevet som best practice.',
  },
  {
    id: 'F16',
    theme: 'F',
    level: '2',
    modality: 'skal',
    nameDa:
      'Teknisk dokumentation indeholder best practice for kodestandarder i forhold til de anvendte teknologier',
    nameEn: 'Coding standards documented',
    guidanceDa:
      'Den tekniske dokumentation beskriver de kodestandarder og den best practice, der gælder for de anvendte teknologier.',
  },
  {
    id: 'F17',
    theme: 'F',
    level: '2',
    modality: 'skal',
    nameDa: 'Drifts og vedligeholdelses setup er beskrevet',
    nameEn: 'Operations and maintenance set-up described',
    guidanceDa:
      'Det er beskrevet, hvordan løsningen driftes og vedligeholdes, herunder opdateringer, overvågning og backup.',
  },
  {
    id: 'F18',
    theme: 'F',
    level: '2',
    modality: 'skal',
    nameDa: 'Rammearkitekturen og standarder er fulgt og afvigelser er forklaret',
    nameEn: 'Reference architecture followed, deviations explained',
    guidanceDa:
      'Løsningen følger den fællesoffentlige rammearkitektur og relevante standarder, og eventuelle afvigelser er forklaret.',
  },
  {
    id: 'F19',
    theme: 'F',
    level: '2',
    modality: 'bør',
    nameDa: 'Løsningen er leveret i et containerformat f.eks. docker (anbefaling)',
    nameEn: 'Delivered in a container format',
    guidanceDa:
      'Løsningen bør kunne leveres som container (fx Docker) eller med installationsscripts, så den er let at installere.',
  },
  {
    id: 'F20',
    theme: 'F',
    level: '2',
    modality: 'bør',
    nameDa: 'Uddannelsesmateriale er udarbejdet (anbefaling)',
    nameEn: 'Training material exists',
    guidanceDa: 'Der bør findes uddannelsesmateriale til både brugere og administratorer af løsningen.',
  },
  {
    id: 'F21',
    theme: 'F',
    level: '3',
    modality: 'skal',
    nameDa: 'Politisk kommunikation er udarbejdet (Lokal + Omverden)',
    nameEn: 'Political communication, local and external',
    guidanceDa:
      'Der er udarbejdet kommunikation til det politiske niveau, både lokalt og over for omverdenen (fx KOMBIT, KL og Digitaliseringsstyrelsen).',
  },
  {
    id: 'F22',
    theme: 'F',
    level: '3',
    modality: 'skal',
    nameDa: 'Procesplan + procesansvar for driftsimplementering er udarbejdet',
    nameEn: 'Plan and ownership for taking into operation',
    guidanceDa:
      'Der er en procesplan for at sætte løsningen i drift, og det er aftalt, hvem der har ansvaret for processen.',
  },
  {
    id: 'S1',
    theme: 'S',
    level: '1',
    modality: 'skal',
    nameDa: "Produktet har en kobling til OS2's strategi",
    nameEn: "Linked to OS2's strategy",
    guidanceDa: "Beskriv hvordan produktet knytter sig til OS2's strategi.",
  },
  {
    id: 'S2',
    theme: 'S',
    level: '1',
    modality: 'skal',
    nameDa: 'Løsningen understøtter innovation og open source',
    nameEn: 'Supports innovation and open source',
    guidanceDa:
      'Beskriv hvordan løsningen understøtter innovation og brugen af open source i den offentlige sektor.',
  },
  {
    id: 'S3',
    theme: 'S',
    level: '2',
    modality: 'skal',
    nameDa: "Produktets (forventlige) kobling til OS2's mission, vision og strategi er beskrevet",
    nameEn: "Link to OS2's mission, vision and strategy described",
    guidanceDa:
      "Beskriv produktets nuværende eller forventede kobling til OS2's mission, vision og strategi.",
  },
  {
    id: 'S4',
    theme: 'S',
    level: '2',
    modality: 'skal',
    nameDa: 'Der er udarbejdet en vision og strategi for produktet',
    nameEn: 'Product has its own vision and strategy',
    guidanceDa:
      'Produktet har sin egen vision og strategi, som er skrevet ned og tilgængelig for deltagerne.',
  },
  {
    id: 'S5',
    theme: 'S',
    level: '3',
    modality: 'skal',
    nameDa:
      "Produktets kobling til og overensstemmelse med OS2's vision og strategi er tilstede og beskrevet",
    nameEn: "Alignment with OS2's vision present and described",
    guidanceDa:
      "Det er beskrevet og dokumenteret, hvordan produktet er i overensstemmelse med OS2's vision og strategi.",
  },
  {
    id: 'G1',
    theme: 'G',
    level: '1',
    modality: 'skal',
    nameDa: "Produktet er oprettet i OS2's porteføljestyring",
    nameEn: "Registered in OS2's portfolio management",
    guidanceDa: "Produktet er oprettet i OS2's porteføljestyring, og oplysningerne holdes opdaterede.",
  },
  {
    id: 'G2',
    theme: 'G',
    level: '1',
    modality: 'skal',
    nameDa: 'Der koordineres løbende med OS2-sekretariatet',
    nameEn: 'Ongoing coordination with the secretariat',
    guidanceDa: 'Produktet koordinerer løbende med OS2-sekretariatet, fx ved faste statusmøder.',
  },
  {
    id: 'G3',
    theme: 'G',
    level: '1',
    modality: 'skal',
    nameDa: 'Der er udpeget en projektleder/tovholder',
    nameEn: 'A project lead / coordinator is named',
    guidanceDa:
      'Der er udpeget en navngiven projektleder eller tovholder, som er kontaktperson for produktet.',
  },
  {
    id: 'G4',
    theme: 'G',
    level: '1',
    modality: 'skal',
    nameDa: 'Bestyrelsen er orienteret',
    nameEn: 'The board has been informed',
    guidanceDa: "OS2's bestyrelse er orienteret om produktet; henvis gerne til dagsorden eller referat.",
  },
  {
    id: 'G5',
    theme: 'G',
    level: '2',
    modality: 'skal',
    nameDa: 'Bestyrelsen har godkendt produktet',
    nameEn: 'The board has approved the product',
    guidanceDa: "OS2's bestyrelse har godkendt produktet; henvis til beslutningen eller referatet.",
  },
  {
    id: 'G6',
    theme: 'G',
    level: '2',
    modality: 'skal',
    nameDa: 'Der er nedsat en styregruppe',
    nameEn: 'A steering group exists',
    guidanceDa: 'Der er nedsat en styregruppe for produktet med et beskrevet kommissorium.',
  },
  {
    id: 'G7',
    theme: 'G',
    level: '2',
    modality: 'bør',
    nameDa: 'Der er nedsat en koordinationsgruppe (anbefaling)',
    nameEn: 'A coordination group exists',
    guidanceDa:
      'Der bør være nedsat en koordinationsgruppe, som koordinerer udviklingen på tværs af deltagerne.',
  },
  {
    id: 'G8',
    theme: 'G',
    level: '2',
    modality: 'bør',
    nameDa: 'En projektmodel anvendes og er dokumenteret (anbefaling)',
    nameEn: 'A documented project model is used',
    guidanceDa:
      'Der bør anvendes en projektmodel, og det bør være beskrevet, hvilken model og hvordan den bruges.',
  },
  {
    id: 'G9',
    theme: 'G',
    level: '2',
    modality: 'bør',
    nameDa: 'Review af kode foretages af tredjepart (anbefaling)',
    nameEn: 'Third-party code review',
    guidanceDa:
      'Koden bør gennemgås af en uafhængig tredjepart, fx ved større ændringer eller før nye versioner.',
  },
  {
    id: 'G10',
    theme: 'G',
    level: '2',
    modality: 'bør',
    nameDa: 'Der er udarbejdet en tilslutningserklæring til sikring af økonomi (anbefaling)',
    nameEn: 'Affiliation agreement secures funding',
    guidanceDa:
      'Der bør foreligge en tilslutningserklæring fra deltagerne, som sikrer økonomien til koordinering.',
  },
  {
    id: 'G11',
    theme: 'G',
    level: '3',
    modality: 'skal',
    nameDa: 'Bestyrelsen har godkendt styregruppen',
    nameEn: 'The board approved the steering group',
    guidanceDa: "OS2's bestyrelse har godkendt styregruppen og dens sammensætning.",
  },
  {
    id: 'G12',
    theme: 'G',
    level: '3',
    modality: 'skal',
    nameDa: 'Bestyrelsen er repræsenteret i styregruppen',
    nameEn: 'The board is represented in the steering group',
    guidanceDa: "OS2's bestyrelse er repræsenteret i produktets styregruppe.",
  },
  {
    id: 'G13',
    theme: 'G',
    level: '3',
    modality: 'skal',
    nameDa: 'Der foreligger en aftale der sikrer økonomi til koordinering og videreudvikling',
    nameEn: 'Agreement funds coordination and development',
    guidanceDa:
      'Der foreligger en aftale, som sikrer økonomien til både koordinering og videreudvikling af produktet.',
  },
  {
    id: 'G14',
    theme: 'G',
    level: '3',
    modality: 'skal',
    nameDa: 'Der er etableret et fagligt fællesskab bag løsningen hvor erfaringer kan udveksles',
    nameEn: 'A professional community exists',
    guidanceDa:
      'Der er etableret et fagligt fællesskab, fx et netværk eller en brugergruppe, hvor erfaringer udveksles.',
  },
];

export const CATALOGUE_V1_1_0: Catalogue = {
  version: VERSION_V1_1_0.id,
  requirements,
  levelLabels: {
    sandkasse: { da: 'Sandkasse (minimumskrav)', en: 'Sandbox (minimum requirements)' },
    '1': { da: 'Niveau 1', en: 'Level 1' },
    '2': { da: 'Niveau 2', en: 'Level 2' },
    '3': { da: 'Niveau 3', en: 'Level 3' },
  },
  themeLabels: {
    R: { da: 'Relevans', en: 'Relevance' },
    F: { da: 'Formkrav', en: 'Formal requirements' },
    S: { da: 'Strategisk sammenhæng', en: 'Strategic alignment' },
    G: { da: 'Governance', en: 'Governance' },
  },
};
