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
        story(
          'Lokale underemner under KLE-emner',
          'dokumentationsansvarlig',
          'at kunne oprette lokale underemner under et KLE-emne',
          'vi kan skelne mellem opgaver, som KLE samler i ét emne',
          [
            'Lokale underemner er tydeligt adskilt fra KL’s numre',
            'Lokale underemner bevares ved den årlige opdatering',
            'Lokale underemner kan deles med andre kommuner',
          ],
        ),
        story(
          'Sammenligning af to KLE-versioner',
          'journaliseringsansvarlig',
          'at kunne sammenligne to versioner af KLE side om side',
          'jeg kan forklare kollegerne, hvad der er ændret',
          [
            'Nye, ændrede, flyttede og udgåede numre vises hver for sig',
            'Sammenligningen kan eksporteres til PDF',
          ],
        ),
        story(
          'KL’s vejledning og retsgrundlag i opslaget',
          'sagsbehandler',
          'at se KL’s vejledning og retsgrundlaget for et emne',
          'jeg vælger det rigtige emne, når flere ligner hinanden',
          ['Vejledningen vises under emnet', 'Henvisninger til love linker til Retsinformation'],
        ),
        story(
          'Opmærkningen følger med, når KL flytter et emne',
          'journaliseringsansvarlig',
          'at opmærkningen flyttes med, når KL flytter et emne til et nyt nummer',
          'enhederne beholder deres opgaver uden manuel oprydning',
          [
            'Flytninger vises i ændringslisten før aktivering',
            'Hver flytning kan godkendes eller afvises enkeltvis',
            'Flytningen logges pr. enhed',
          ],
        ),
        story(
          'Gyldighedsdatoer på emner',
          'arkivar',
          'at se, hvornår et KLE-emne blev oprettet, ændret og udgik',
          'vi kan fortolke journaliseringen af ældre sager korrekt',
          ['Datoerne vises i opslaget og i API’et', 'Udgåede emner kan stadig slås op med historik'],
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
        story(
          'Lederens godkendelse af ændret opmærkning',
          'leder af en afdeling',
          'at godkende ændringer i min afdelings opmærkning, før de træder i kraft',
          'afdelingen ikke pludselig får opgaver, den ikke løser',
          [
            'Lederen får besked om foreslåede ændringer',
            'Ændringen træder først i kraft efter godkendelse',
            'Afviste ændringer sendes tilbage med en begrundelse',
          ],
        ),
        story(
          'Opmærkning med gyldighedsperiode',
          'journaliseringsansvarlig',
          'at kunne give en opmærkning en start- og slutdato',
          'vi kan forberede en opgaveflytning til en bestemt dato',
          [
            'Fremtidige opmærkninger vises særskilt',
            'API’et returnerer kun gældende opmærkning, medmindre der spørges på en bestemt dato',
          ],
        ),
        story(
          'Sammenligning af opmærkningen for to enheder',
          'organisationskonsulent',
          'at kunne sammenligne KLE-opmærkningen for to enheder',
          'vi kan finde overlap, når enheder lægges sammen',
          ['Fælles og forskellige numre vises hver for sig', 'Resultatet kan eksporteres til Excel'],
        ),
      ],
    ),
    epic(
      'KLE i fagsystemer og API',
      'Brug af KLE og kommunens opmærkning i ESDH-systemer, fagsystemer og andre OS2-produkter via API og standardudtræk.',
      [
        story(
          'Opslag på udførende enheder for et KLE-nummer',
          'integrationsudvikler hos en fagsystemleverandør',
          'at kunne slå op, hvilke enheder der udfører opgaven for et givet KLE-nummer',
          'vores system kan foreslå den rette modtager af en sag',
          [
            'Svaret skelner mellem udførende enheder og enheder med indsigt',
            'Arvet og direkte opmærkning markeres',
            'Kaldet kræver en API-nøgle',
          ],
        ),
        story(
          'KLE-udtræk til ESDH-systemet',
          'ESDH-administrator',
          'at ESDH-systemet automatisk får den gældende KLE-version med vores lokale underemner',
          'journalplanen i ESDH-systemet altid svarer til KLE-opslaget',
          [
            'Udtrækket leveres i KL’s XML-format',
            'Udgåede numre markeres, så de ikke kan vælges på nye sager',
          ],
        ),
        story(
          'Besked til andre systemer ved ændret opmærkning',
          'systemadministrator',
          'at andre systemer får besked, når en enheds opmærkning ændres',
          'OS2rollekatalog og OS2opgavefordeler ikke skal hente hele opmærkningen hver nat',
          [
            'Beskeden indeholder enhed, KLE-numre og ændringstype',
            'Beskeder, der fejler, forsøges sendt igen',
          ],
        ),
        story(
          'Forslag til KLE-nummer ud fra sagens titel',
          'sagsbehandler i teknik og miljø',
          'at få forslag til KLE-nummer ud fra sagens titel, når jeg opretter en sag',
          'færre sager journaliseres under et forkert emne',
          [
            'Der foreslås højst tre numre med en begrundelse',
            'Forslagene bygger på titler og stikord i KLE',
            'Forslagene kan hentes fra ESDH-systemet via API’et',
          ],
        ),
        story(
          'Statistik over opslag på KLE-numre',
          'dokumentationsansvarlig',
          'at se, hvor ofte de enkelte KLE-numre slås op via API’et',
          'vi kan se, hvilke emner der trænger til bedre vejledning',
          [
            'Statistikken vises pr. måned og pr. klientsystem',
            'Der gemmes ingen oplysninger om, hvem der slog op',
          ],
        ),
        story(
          'Opmærkning hentet fra FK Organisation',
          'systemadministrator',
          'at kunne hente den KLE-opmærkning, der allerede ligger i FK Organisation',
          'vi ikke skal vedligeholde opmærkningen to steder',
          [
            'Forskelle mellem de to kilder vises før indlæsning',
            'Det kan vælges, hvilken kilde der er den autoritative',
          ],
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
