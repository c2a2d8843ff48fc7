import { bug, epic, story, task, type ProductContent } from './types';

export const CPRBROKER: ProductContent = {
  components: ['administrationssiden', 'adgangsloggen', 'klientoversigten', 'abonnementsoversigten'],
  epics: [
    epic(
      'Opslag og datakilder',
      'Opslag af personoplysninger fra CPR via Serviceplatformen med lokal cache, så kommunens systemer får korrekte data hurtigt og billigt.',
      [
        story(
          'Prioritering af datakilder',
          'systemadministrator',
          'at kunne angive rækkefølgen af datakilder for opslag',
          'vi bruger den billigste kilde, der er tilstrækkeligt opdateret',
          [
            'Rækkefølgen kan ændres uden genstart',
            'Hver kilde kan have sin egen maksimale alder på data',
            'Valgt kilde fremgår af svaret',
          ],
        ),
        story(
          'Håndtering af navne- og adressebeskyttelse',
          'databeskyttelsesrådgiver',
          'at beskyttede adresser kun udleveres til systemer med særlig tilladelse',
          'borgere med adressebeskyttelse ikke bliver udsat for risiko',
          [
            'Tilladelsen gives pr. klientsystem',
            'Opslag uden tilladelse returnerer personen uden adresse',
            'Alle opslag på beskyttede personer logges særskilt',
          ],
        ),
        story(
          'Opslag på relationer',
          'sagsbehandler i familieafdelingen',
          'at kunne slå forældre, børn og ægtefælle op ud fra et CPR-nummer',
          'vores fagsystem kan vise borgerens familierelationer',
          ['Relationer returneres med CPR og navn', 'Relationsopslag kræver særskilt tilladelse'],
        ),
        story(
          'Historiske adresser',
          'sagsbehandler i opkrævningen',
          'at kunne se en borgers tidligere adresser med datoer',
          'vi kan sende krav til den rette adresse på det rette tidspunkt',
          ['Adresser returneres med til- og fraflytningsdato'],
        ),
      ],
    ),
    epic(
      'Abonnementer og hændelser',
      'Løbende besked til fagsystemer om ændringer i CPR, fx flytning og dødsfald.',
      [
        story(
          'Besked om dødsfald',
          'fagsystemejer',
          'at vores system får besked, når en borger i et abonnement dør',
          'vi kan stoppe udbetalinger og breve i tide',
          ['Beskeden sendes inden for et døgn', 'Beskeden kan sendes som webhook eller hentes via API'],
        ),
        story(
          'Abonnement på alle kommunens borgere',
          'systemadministrator',
          'at kunne oprette et abonnement på alle borgere med bopæl i kommunen',
          'fagsystemerne altid har opdaterede adresser',
          [
            'Abonnementet opdateres automatisk ved til- og fraflytning',
            'Ændringer leveres i den rækkefølge, de er sket',
          ],
        ),
      ],
    ),
    epic(
      'Logning og sikkerhed',
      'Logning af opslag og adgangskontrol, så kommunen kan dokumentere behandlingen af CPR-oplysninger.',
      [
        story(
          'Udtræk af adgangslog for én borger',
          'databeskyttelsesrådgiver',
          'at kunne trække en log over alle opslag på én borger',
          'vi kan besvare anmodninger om indsigt',
          ['Loggen viser tidspunkt, klientsystem og bruger', 'Udtrækket kan gemmes som PDF'],
        ),
        story(
          'Certifikatbaseret adgang for klienter',
          'IT-sikkerhedsansvarlig',
          'at klientsystemer kun kan kalde brokeren med et gyldigt certifikat',
          'uvedkommende systemer ikke kan slå borgere op',
          ['Certifikater registreres pr. klient', 'Udløbende certifikater varsles'],
        ),
        story(
          'Alarm ved usædvanligt mange opslag',
          'IT-sikkerhedsansvarlig',
          'at få en alarm, når en bruger eller et klientsystem laver usædvanligt mange opslag',
          'vi opdager misbrug af CPR-oplysninger hurtigt',
          [
            'Grænseværdier kan sættes pr. klientsystem',
            'Alarmen sendes som mail og skrives i adgangsloggen',
            'Alarmer kan kvitteres med en kommentar',
          ],
        ),
        story(
          'Forbrug af opslag pr. klientsystem',
          'systemadministrator',
          'at se antallet af betalte opslag på Serviceplatformen pr. klientsystem og måned',
          'vi kan fordele udgiften mellem forvaltningerne',
          ['Opslag besvaret fra cachen tælles for sig', 'Tallene kan eksporteres som CSV'],
        ),
        story(
          'Formål med opslag',
          'databeskyttelsesrådgiver',
          'at klientsystemer kan sende formålet med et opslag med, fx et sagsnummer',
          'vi kan dokumentere, at opslagene er sagligt begrundede',
          ['Formålet gemmes i adgangsloggen', 'Klienter kan pålægges at sende formål'],
        ),
      ],
    ),
  ],
  bugs: [
    bug(
      'Cache returnerer gammel adresse efter flytning',
      'En borger, der er flyttet, returneres med den gamle adresse i op til en uge, selv om abonnementet har modtaget ændringen.',
    ),
    bug(
      'Opslag på personer med udenlandsk adresse fejler',
      'Personer, der er udrejst, giver en fejl 500 i stedet for et svar uden dansk adresse.',
    ),
    bug(
      'Adgangsloggen mangler brugernavn ved opslag fra batchjobs',
      'Opslag fra natlige kørsler logges uden klientens navn, så de ikke kan spores.',
    ),
    bug(
      'Abonnement stopper efter genstart af serveren',
      'Efter en genstart modtages der ikke flere hændelser, før abonnementet genoprettes manuelt på administrationssiden.',
    ),
  ],
  tasks: [
    task(
      'Tilpas til ny version af Serviceplatformens CPR-service',
      'Serviceplatformen udfaser den nuværende version. Opdatér integrationen og test i testmiljøet.',
      ['drift'],
    ),
    task(
      'Opdatér databehandleraftale-bilag med nye datafelter',
      'Bilaget til databehandleraftalen skal afspejle, at relationer nu kan slås op.',
      ['governance'],
      'coordinator',
    ),
  ],
};
