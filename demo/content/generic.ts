/**
 * Cross-cutting backlog items that every OS2 product meets (governance, operations, accessibility …),
 * parameterised with the product so that they read naturally. The builder picks a few per project.
 */
import { DEFAULT_CATALOGUE_VERSION } from '../../src/domain/catalogue';
import { story, type PlainDef, type StoryDef, type TaskOwner } from './types';

export interface ProductContext {
  name: string;
  key: string;
  /** The most typical user of the product, e.g. "kontraktansvarlig". */
  primaryRole: string;
}

function plain(summary: string, description: string, labels: string[], owner: TaskOwner): PlainDef {
  return { summary, description, labels, owner };
}

export const GENERIC_TASKS: readonly ((p: ProductContext) => PlainDef)[] = [
  (p) =>
    plain(
      `Opdatér governance-rapporten for ${p.name} til halvårsevalueringen`,
      `Sekretariatet evaluerer produktet to gange om året. Gennemgå kravene i kataloget (${DEFAULT_CATALOGUE_VERSION}), opdatér status, og skriv en forklaring ved krav, der ikke er opfyldt (følg eller forklar).`,
      ['governance'],
      'coordinator',
    ),
  (p) =>
    plain(
      'Henvis til Jira-sager i commits og pull requests',
      `Krav F11: commit-beskeder og pull requests på GitHub skal henvise til sagsnøglen, fx ${p.key}-123, så ændringer kan spores fra sag til kode.`,
      ['governance'],
      'supplier',
    ),
  () =>
    plain(
      'Opgradér afhængigheder med kendte sårbarheder',
      'Dependabot har markeret flere afhængigheder med kendte sårbarheder. Opgradér, kør testene og udgiv en patch-version.',
      ['sikkerhed', 'drift'],
      'supplier',
    ),
  (p) =>
    plain(
      `Opdatér produktsiden for ${p.name} på os2.eu`,
      'Produktsiden skal beskrive formål og værdi, nuværende niveau, kontaktpersoner og links til dokumentation og kode (krav F5 og F10).',
      ['kommunikation'],
      'coordinator',
    ),
  () =>
    plain(
      'Udarbejd release notes til næste version',
      'Release notes på dansk med nye funktioner, rettede fejl og eventuelle opgraderingstrin for driften.',
      ['dokumentation'],
      'supplier',
    ),
  () =>
    plain(
      'Estimér kvalificerede udviklingsønsker til næste sprintplanlægning',
      'Leverandøren estimerer de ønsker, som koordinationsgruppen har kvalificeret, og angiver startbetingelser og kritiske integrationer.',
      ['planlægning'],
      'supplier',
    ),
  () =>
    plain(
      'Opgør forbruget på fællesbudgettet',
      'Styregruppen skal have et overblik over forbruget i forhold til tilslutningsaftalen før næste møde.',
      ['økonomi'],
      'coordinator',
    ),
  () =>
    plain(
      'Beskriv drifts- og vedligeholdelsessetup (krav F17)',
      'Beskriv hosting, backup, overvågning, opdateringsprocedure og ansvarsfordeling mellem kommune og leverandør.',
      ['dokumentation', 'governance'],
      'supplier',
    ),
  () =>
    plain(
      'Sikkerhedsgennemgang af løsningen',
      'Gennemgå logning, adgangskontrol og håndtering af personoplysninger, og registrér fund som selvstændige sager.',
      ['sikkerhed'],
      'supplier',
    ),
  (p) =>
    plain(
      `Forbered demo af ${p.name} til OS2's produktforum`,
      'Vis de seneste leverancer for andre kommuner, og saml interesserede til koordinationsgruppen.',
      ['kommunikation'],
      'coordinator',
    ),
  () =>
    plain(
      'Flyt byggepipeline til GitHub Actions',
      'Byg, test og udgiv automatisk ved merge til main, så resultaterne er offentligt synlige.',
      ['drift'],
      'supplier',
    ),
  () =>
    plain(
      'Forny tilslutningsaftalen for 2027',
      'Sekretariatet har sendt en ny skabelon. Opdatér budget og listen over tilsluttede kommuner, og send aftalen til underskrift.',
      ['økonomi', 'governance'],
      'coordinator',
    ),
  () =>
    plain(
      'Opdatér arkitekturbeskrivelsen og forklar afvigelser fra rammearkitekturen',
      'Krav F18: beskriv løsningens komponenter og integrationer og forklar, hvor den afviger fra den fællesoffentlige rammearkitektur.',
      ['dokumentation', 'governance'],
      'supplier',
    ),
  () =>
    plain(
      'Indkald til styregruppemøde og skriv statusnotat',
      'Statusnotatet skal dække leverancer siden sidst, budget, risici og næste skridt mod det ønskede niveau.',
      ['koordinering'],
      'coordinator',
    ),
  () =>
    plain(
      'Ryd op i forældede sager og grene',
      'Luk sager, der ikke længere er relevante, med en begrundelse, og slet forældede grene i repositoriet.',
      ['vedligehold'],
      'supplier',
    ),
  (p) =>
    plain(
      `Gennemgå ${p.name} mod kravene til næste niveau`,
      'Sekretariatet gennemgår sammen med tovholderen, hvilke krav der mangler for næste niveau, og hvilken dokumentation der skal til.',
      ['governance'],
      'secretariat',
    ),
];

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Danish says "på loginsiden" and "på adminsitet" but "i rapportmodulet". */
function inOrOn(component: string): string {
  return `${/(siden|sitet)$/.test(component) ? 'på' : 'i'} ${component}`;
}

export const GENERIC_BUGS: readonly ((component: string) => PlainDef)[] = [
  (c) =>
    plain(
      `Danske tegn vises forkert ${inOrOn(c)}`,
      'Æ, ø og å vises som "Ã¦", "Ã¸" og "Ã¥". Fejlen opstod efter seneste opdatering og skyldes formentlig et forkert tegnsæt.',
      ['fejl'],
      'supplier',
    ),
  (c) =>
    plain(
      `Forkert alfabetisk sortering ${inOrOn(c)}`,
      'Navne, der begynder med Æ, Ø og Å, sorteres under A og O i stedet for sidst i alfabetet.',
      ['fejl'],
      'supplier',
    ),
  (c) =>
    plain(
      `Tidspunkter ${inOrOn(c)} er en time forkerte efter skift mellem sommer- og vintertid`,
      'Efter skiftet mellem sommer- og vintertid vises tidspunkter en time forskudt. Tidspunkterne ser ud til at blive gemt uden tidszone.',
      ['fejl'],
      'supplier',
    ),
  (c) =>
    plain(
      `Fejl 500 ${inOrOn(c)} ved anførselstegn i tekstfelter`,
      'Tekst med anførselstegn eller skråstreg giver en serverfejl, når der gemmes, i stedet for at blive gemt som skrevet.',
      ['fejl'],
      'supplier',
    ),
  (c) =>
    plain(
      `${capitalise(c)} kan ikke betjenes med tastatur`,
      'Flere knapper kan ikke nås med tabulatortasten, og fokus er ikke synligt. Det strider mod WCAG 2.1 AA.',
      ['fejl', 'tilgængelighed'],
      'supplier',
    ),
  (c) =>
    plain(
      `Langsom indlæsning af ${c}`,
      'I de større kommuner tager indlæsningen over 10 sekunder. Problemet er blevet værre efter seneste release.',
      ['fejl', 'performance'],
      'supplier',
    ),
  (c) =>
    plain(
      `Engelske tekster ${inOrOn(c)}`,
      'Flere knapper og fejlbeskeder er ikke oversat og vises på engelsk.',
      ['fejl'],
      'supplier',
    ),
  (c) =>
    plain(
      `Brugeren logges ud midt i arbejdet ${inOrOn(c)}`,
      'Brugere logges ud efter 15 minutter, selv om de arbejder aktivt, og mister ændringer, der ikke er gemt.',
      ['fejl'],
      'supplier',
    ),
];

export const GENERIC_STORIES: readonly ((p: ProductContext) => StoryDef)[] = [
  (p) =>
    story(
      'Tilgængelighed efter WCAG 2.1 AA',
      `${p.primaryRole} med nedsat syn`,
      `at ${p.name} kan betjenes med skærmlæser og tastatur`,
      'jeg kan bruge løsningen på lige fod med mine kolleger',
      [
        'Alle funktioner kan nås med tastaturet',
        'Løsningen er testet med NVDA og VoiceOver',
        'Tilgængelighedserklæringen er opdateret',
      ],
    ),
  (p) =>
    story(
      'Log over ændringer',
      'IT-sikkerhedskoordinator',
      `at kunne se en log over, hvem der har ændret hvad i ${p.name}`,
      'vi kan dokumentere ændringer over for revisionen',
      [
        'Loggen viser bruger, tidspunkt og ændrede felter',
        'Loggen kan filtreres og eksporteres',
        'Loggen opbevares i mindst et år',
      ],
    ),
  (p) =>
    story(
      'Slettefrister for personoplysninger',
      'databeskyttelsesrådgiver',
      `at kunne konfigurere slettefrister for personoplysninger i ${p.name}`,
      'vi overholder princippet om opbevaringsbegrænsning',
      [
        'Fristen kan sættes pr. datatype',
        'Sletning sker automatisk og logges',
        'Standardfristen er beskrevet i dokumentationen',
      ],
    ),
  (p) =>
    story(
      'Engelsk brugerflade',
      `${p.primaryRole} med et andet modersmål end dansk`,
      `at kunne skifte ${p.name} til engelsk`,
      'jeg er sikker på, at jeg forstår funktionerne rigtigt',
      ['Sproget vælges pr. bruger', 'Alle faste tekster er oversat', 'Dansk er fortsat standard'],
    ),
  (p) =>
    story(
      'Fælles drift for mindre kommuner',
      'digitaliseringschef i en mindre kommune',
      `at kunne bruge ${p.name} som en fælles driftet løsning`,
      'vi ikke selv skal drive servere for at komme med',
      ['Kommunernes data er adskilt', 'Prisen for drift er beskrevet på os2.eu'],
    ),
  (p) =>
    story(
      'Statusside til overvågning',
      'IT-driftsansvarlig',
      `at ${p.name} har et endpoint, der viser løsningens og integrationernes tilstand`,
      'vores overvågning kan give alarm, før brugerne opdager fejl',
      [
        'Endpointet svarer uden login, men viser ingen følsomme oplysninger',
        'Hver integration har sin egen status',
      ],
    ),
  (p) =>
    story(
      'Dokumenteret API',
      'integrationsudvikler hos en anden leverandør',
      `at API’et i ${p.name} er dokumenteret i OpenAPI-format`,
      'vi kan integrere uden at spørge leverandøren om hver detalje',
      ['Beskrivelsen udgives sammen med hver version', 'Eksempler på kald er med'],
    ),
];

/** Backlog tasks that follow from a story: clarification before ordering, user test before DONE. */
export function clarificationTask(storySummary: string): PlainDef {
  return plain(
    `Afklaring: ${storySummary}`,
    'Før ønsket kan estimeres og bestilles, afklarer leverandøren startbetingelser, kritiske integrationer, placering i arkitekturen og hvem der reviewer koden ved merge.',
    ['afklaring'],
    'supplier',
  );
}

export function userTestTask(storySummary: string): PlainDef {
  return plain(
    `Brugertest: ${storySummary}`,
    'Koordinationsgruppen tester leverancen mod acceptkriterierne og godkender den i forhold til DONE.',
    ['test'],
    'coordinator',
  );
}
