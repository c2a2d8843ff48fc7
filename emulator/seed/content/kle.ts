import { bug, epic, story, task, type ProductContent } from './types';

export const KLE: ProductContent = {
  components: ['KLE-opslaget', 'opmærkningsmodulet', 'enhedsoversigten', 'versionsoversigten', 'søgningen'],
  epics: [
    epic(
      'KLE-data og årlig opdatering',
      'Indlæsning af KL’s emnesystematik KLE og håndtering af nye, ændrede og udgåede numre.',
      [
        story(
          'Automatisk indlæsning af ny KLE-version',
          'systemadministrator',
          'at nye udgaver af KLE fra KL indlæses automatisk',
          'alle tilsluttede systemer bruger den gældende version',
          [
            'Ny version hentes dagligt fra KL’s udgivelse',
            'Ændringer vises i en ændringsliste før aktivering',
            'Aktivering kan planlægges til en bestemt dato',
          ],
        ),
        story(
          'Overblik over udgåede KLE-numre i brug',
          'journaliseringsansvarlig',
          'at se, hvor udgåede KLE-numre stadig er i brug i opmærkningen',
          'vi kan rette opmærkningen, før numrene forsvinder',
          [
            'Listen viser enheder og medarbejdere med udgåede numre',
            'Erstatningsnumre foreslås, hvor KL har angivet dem',
          ],
        ),
        story(
          'Handlingsfacetter i opslaget',
          'dokumentationsansvarlig',
          'at handlingsfacetterne vises sammen med emnenumrene',
          'vi kan journalisere med fuld KLE-kode',
          ['Facetter vises under hvert emne', 'Facetter kan slås op via API’et'],
        ),
      ],
    ),
    epic(
      'Opmærkning af organisationen',
      'Kobling af KLE-numre til enheder og medarbejdere, som andre OS2-produkter bruger til fordeling og rettigheder.',
      [
        story(
          'Opmærkning af enheder med KLE',
          'journaliseringsansvarlig',
          'at kunne opmærke organisationsenheder med de KLE-numre, de har ansvar for',
          'OS2opgavefordeler kan sende henvendelser til den rette enhed',
          [
            'Opmærkning kan ske på hovedgruppe, gruppe eller emne',
            'Underenheder kan arve opmærkningen',
            'Opmærkningen kan eksporteres til Excel',
          ],
        ),
        story(
          'Skel mellem "udfører" og "indsigt"',
          'autorisationsansvarlig',
          'at kunne angive, om en enhed udfører opgaven eller blot har indsigt',
          'OS2rollekatalog kan tildele de rette rettigheder',
          ['Typen vælges ved opmærkning', 'Typen eksponeres i API’et'],
        ),
        story(
          'Masseopmærkning fra regneark',
          'journaliseringsansvarlig',
          'at kunne indlæse opmærkningen fra et regneark',
          'vi kan komme hurtigt i gang ved en omorganisering',
          ['Regnearket valideres før indlæsning', 'Fejl vises linje for linje'],
        ),
        story(
          'Søg på emne i fritekst',
          'sagsbehandler',
          'at kunne søge efter det rette KLE-nummer med almindelige ord',
          'jeg journaliserer korrekt uden at kende numrene udenad',
          ['Søgningen dækker emnetitler og stikord', 'Resultaterne viser hele KLE-stien'],
        ),
        story(
          'Opmærkning af enkelte medarbejdere',
          'journaliseringsansvarlig',
          'at kunne opmærke enkelte medarbejdere med KLE-numre ud over deres enheds opmærkning',
          'specialister kan få de opgaver, kun de løser',
          [
            'Medarbejderens opmærkning vises sammen med den arvede',
            'Opmærkningen udløber, når medarbejderen skifter enhed',
          ],
        ),
        story(
          'Organisationen hentet fra OS2mo',
          'systemadministrator',
          'at enheder og medarbejdere hentes automatisk fra OS2mo',
          'opmærkningen altid passer til den aktuelle organisation',
          ['Nye enheder vises som uopmærkede', 'Lukkede enheders opmærkning arkiveres'],
        ),
        story(
          'Rapport over enheder uden opmærkning',
          'journaliseringsansvarlig',
          'at se en liste over enheder, der ikke er opmærket med KLE',
          'vi kan sikre, at alle opgaver har en ansvarlig enhed',
          ['Listen kan filtreres på forvaltning', 'Listen kan eksporteres til Excel'],
        ),
      ],
    ),
  ],
  bugs: [
    bug(
      'API’et returnerer udgåede numre som gyldige',
      'Opslag på et nummer, der udgik ved seneste opdatering, returnerer status "aktiv".',
    ),
    bug(
      'Arv af opmærkning fjernes ved flytning af enhed',
      'Når en enhed flyttes i organisationen, mister underenhederne den arvede opmærkning.',
    ),
    bug(
      'Excel-eksporten viser KLE-numre som tal',
      'Numre som 00.01.00 vises som 1 i Excel, fordi de ikke eksporteres som tekst.',
    ),
    bug(
      'Søgning på stikord finder ikke bøjede former',
      'Søgning på "affaldsbeholdere" finder ikke emnet med stikordet "affaldsbeholder".',
    ),
  ],
  tasks: [
    task(
      'Dokumentér KLE-API’et i OpenAPI-format',
      'Flere leverandører har efterspurgt en maskinlæsbar beskrivelse af API’et.',
      ['dokumentation'],
    ),
    task(
      'Afstem brug af KLE med OS2opgavefordeler og OS2rollekatalog',
      'Afklar sammen med de to produkters koordinationsgrupper, hvilke felter de bruger.',
      ['koordinering'],
      'coordinator',
    ),
  ],
};
