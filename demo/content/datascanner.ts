import { bug, epic, story, task, type ProductContent } from './types';

export const DATASCANNER: ProductContent = {
  components: [
    'rapportmodulet',
    'adminmodulet',
    'regeloversigten',
    'scanneroversigten',
    'ledelsesoverblikket',
  ],
  epics: [
    epic(
      'Scannere og regler',
      'Scanning af filshares, postkasser, SharePoint og hjemmesider for CPR-numre og andre personfølsomme oplysninger.',
      [
        story(
          'Scanning af Teams-kanalers filer',
          'databeskyttelsesrådgiver',
          'at kunne scanne filer i Teams-kanaler via Microsoft Graph',
          'vi også finder personfølsomme data uden for de klassiske drev',
          [
            'Scanneren kan afgrænses til udvalgte teams',
            'Fund vises med link til filen i Teams',
            'Scanningen respekterer Graph-API’ets begrænsninger',
          ],
        ),
        story(
          'Færre falske CPR-fund i fakturanumre',
          'medarbejder i økonomi',
          'at tal, der ligner CPR-numre i fakturaer og kontonumre, ikke rapporteres som fund',
          'jeg kun bruger tid på rigtige fund',
          [
            'CPR-reglen tjekker dato og kontekstord som "faktura" og "konto"',
            'Modulus 11-kontrol kan slås til og fra',
            'Andelen af falske fund måles før og efter',
          ],
        ),
        story(
          'Regel for helbredsoplysninger',
          'databeskyttelsesrådgiver',
          'at kunne scanne for ord, der tyder på helbredsoplysninger, sammen med CPR-numre',
          'vi finder de mest følsomme dokumenter først',
          [
            'Ordlisten kan vedligeholdes i adminmodulet',
            'Fund med både CPR og helbredsord får højeste følsomhed',
          ],
        ),
        story(
          'Scanning af billeder med tekstgenkendelse',
          'IT-administrator',
          'at scanneren kan finde CPR-numre i scannede PDF’er og billeder',
          'indscannede dokumenter ikke går under radaren',
          ['Tekstgenkendelse kan slås til pr. scanner', 'Billeder under en mindstestørrelse springes over'],
        ),
        story(
          'Scanning af alle medarbejderes OneDrive',
          'databeskyttelsesrådgiver',
          'at kunne scanne alle medarbejderes OneDrive',
          'vi finder personoplysninger, der er gemt uden for ESDH-systemet',
          [
            'Medarbejderne findes ud fra OS2mo eller Entra ID',
            'Fund tildeles den medarbejder, der ejer OneDriven',
          ],
        ),
        story(
          'Regler for kontonumre og pasnumre',
          'IT-sikkerhedsansvarlig',
          'at kunne søge efter danske kontonumre og pasnumre',
          'vi finder flere typer følsomme oplysninger end CPR-numre',
          ['Reglerne kan slås til pr. scanner', 'Hvert fund viser, hvilken regel der ramte'],
        ),
        story(
          'Undtagelser for mapper og filtyper',
          'systemadministrator',
          'at kunne undtage bestemte mapper og filtyper fra scanningen',
          'scanningen ikke bruger tid på systemfiler og godkendte arkiver',
          ['Undtagelser angives med mønstre', 'Undtagelser vises i scannerens opsætning og logges'],
        ),
        story(
          'Dokumenter, der linkes til fra hjemmesiden',
          'webredaktør',
          'at webscanneren også åbner de PDF- og Word-filer, der linkes til fra hjemmesiden',
          'vi opdager personoplysninger i gamle bilag',
          [
            'Links følges kun inden for kommunens egne domæner',
            'Fundet viser både filen og siden, der linker til den',
          ],
        ),
      ],
    ),
    epic(
      'Håndtering af fund',
      'Rapportmodulet, hvor medarbejdere og ledere håndterer fund, og hvor DPO’en følger fremdriften.',
      [
        story(
          'Slet fil direkte fra rapportmodulet',
          'medarbejder',
          'at kunne slette en fil med personfølsomme data direkte fra rapportmodulet',
          'jeg ikke skal finde filen frem manuelt',
          [
            'Sletning kræver bekræftelse',
            'Sletningen logges med bruger og tidspunkt',
            'Funktionen kan slås fra af administrator',
          ],
        ),
        story(
          'Ledelsesoverblik over uhåndterede fund',
          'leder',
          'at se antallet af uhåndterede fund pr. medarbejder i min enhed',
          'jeg kan følge op, hvor der er brug for det',
          ['Tallene opdateres dagligt', 'Lederen ser ikke selve indholdet af fundene'],
        ),
        story(
          'Fordeling af fund fra fællespostkasser',
          'teamleder i jobcentret',
          'at fund i en fællespostkasse kan fordeles til de medarbejdere, der har adgang',
          'fundene ikke ender hos én person',
          ['Fund kan tildeles en navngiven medarbejder', 'Ikke-tildelte fund vises for alle med adgang'],
        ),
        story(
          'Påmindelse om gamle fund',
          'databeskyttelsesrådgiver',
          'at medarbejdere får en påmindelse om fund, der har været uhåndterede i 30 dage',
          'vi får ryddet op inden for en rimelig tid',
          ['Påmindelsen sendes højst én gang om ugen', 'Fristen kan konfigureres'],
        ),
        story(
          'Statistik over udviklingen i fund',
          'databeskyttelsesrådgiver',
          'at se en graf over antal nye og håndterede fund måned for måned',
          'jeg kan rapportere fremdriften til direktionen',
          ['Grafen kan opdeles på forvaltning', 'Data kan eksporteres som CSV'],
        ),
        story(
          'Markér fund som falsk positiv',
          'medarbejder',
          'at kunne markere et fund som ikke at være en personoplysning',
          'det samme fund ikke dukker op igen ved næste scanning',
          [
            'Markeringen kræver en kort begrundelse',
            'Falske positiver indgår i statistikken, så reglerne kan forbedres',
          ],
        ),
        story(
          'Journalisering af en fil fra rapportmodulet',
          'sagsbehandler',
          'at kunne journalisere en fil med personoplysninger direkte på en sag i ESDH-systemet',
          'dokumentet ligger det rigtige sted og kan fjernes fra fildrevet',
          [
            'Sagen findes ved søgning på sagsnummer',
            'Filen slettes fra den oprindelige placering efter journaliseringen',
          ],
        ),
        story(
          'Overdragelse af fund ved fratrædelse',
          'leder',
          'at fund hos en fratrådt medarbejder automatisk overdrages til mig',
          'ingen fund ender uden en ejer',
          [
            'Overdragelsen sker ud fra fratrædelsen i OS2mo',
            'Lederen kan give fundene videre til en anden medarbejder',
          ],
        ),
        story(
          'Fund samlet pr. mappe',
          'medarbejder',
          'at se mine fund samlet pr. mappe',
          'jeg kan håndtere en hel mappe med gamle ansøgninger i én handling',
          ['Mapper vises med antal fund', 'Handlinger kan udføres på alle fund i mappen på én gang'],
        ),
      ],
    ),
    epic(
      'Drift og installation',
      'Nem installation og drift af scannerne hos kommunen og hos leverandøren.',
      [
        story(
          'Planlagte scanninger uden for arbejdstid',
          'IT-administrator',
          'at kunne planlægge scanninger til at køre om natten',
          'scanningen ikke belaster filserverne i arbejdstiden',
          ['Scanningen kan planlægges pr. ugedag', 'En scanning, der ikke er færdig, fortsætter næste nat'],
        ),
        story(
          'Genoptag afbrudt scanning',
          'IT-administrator',
          'at en afbrudt scanning fortsætter, hvor den slap',
          'store drev ikke skal scannes forfra efter en genstart',
          ['Fremdrift gemmes løbende', 'Status viser, hvor langt scanningen er nået'],
        ),
        story(
          'Installation med Docker Compose',
          'IT-administrator',
          'at kunne installere løsningen med en færdig Docker Compose-opsætning',
          'mindre kommuner kan drive den selv',
          ['Opsætningen er beskrevet trin for trin', 'Hemmeligheder ligger uden for repositoriet'],
        ),
        story(
          'Opgradering uden tab af fund',
          'IT-administrator',
          'at en opgradering bevarer alle fund og deres håndteringsstatus',
          'medarbejderne ikke skal håndtere de samme fund igen',
          ['Databasemigreringer testes på en kopi af produktionsdata', 'Opgraderingen kan rulles tilbage'],
        ),
        story(
          'Overvågning af scanningsjobs',
          'IT-driftsansvarlig',
          'at få besked, når et planlagt scanningsjob fejler eller ikke starter',
          'vi ikke tror, at der bliver scannet, når det ikke gør',
          ['Besked sendes på mail til driften', 'Status for seneste kørsel vises i adminmodulet'],
        ),
        story(
          'Installation på Kubernetes med Helm',
          'IT-driftsansvarlig',
          'at kunne installere scannerne på vores Kubernetes-platform med et Helm-chart',
          'løsningen passer ind i vores øvrige drift',
          [
            'Helm-chartet udgives med hver version',
            'Antallet af scannerprocesser kan styres i konfigurationen',
          ],
        ),
        story(
          'Servicekonti med mindst mulige rettigheder',
          'IT-sikkerhedsansvarlig',
          'at der følger en vejledning og et script med til at oprette servicekonti med så få rettigheder som muligt',
          'scanneren ikke kan mere, end den har brug for',
          [
            'Scriptet dækker filshares, Exchange og SharePoint',
            'Manglende rettigheder vises som en advarsel i scannerens status',
          ],
        ),
        story(
          'Begrænsning af belastningen på filservere',
          'IT-driftsansvarlig',
          'at kunne begrænse, hvor mange filer scanneren læser pr. sekund',
          'brugerne ikke oplever langsomme fildrev under scanningen',
          ['Grænsen kan sættes pr. scanner', 'Scanningens forventede varighed beregnes ud fra grænsen'],
        ),
      ],
    ),
  ],
  bugs: [
    bug(
      'Exchange-scanneren stopper ved postkasser med arkiv',
      'Scanningen afbrydes med "ErrorItemNotFound", når en postkasse har et onlinearkiv. Resten af postkasserne bliver ikke scannet.',
    ),
    bug(
      'Fund i slettede filer vises stadig i rapportmodulet',
      'Filer, som brugeren selv har slettet på drevet, vises stadig som fund, indtil næste fulde scanning.',
    ),
    bug(
      'Datoer i CPR-reglen accepterer 30. februar',
      'Reglen rapporterer tal som 300291-xxxx som CPR-numre, selv om datoen ikke findes.',
    ),
    bug(
      'Ledelsesoverblikket tæller fratrådte medarbejdere med',
      'Fund hos fratrådte medarbejdere tælles med hos den gamle leder, og de kan ikke fordeles videre.',
    ),
    bug(
      'SharePoint-scanneren springer mapper med lange stier over',
      'Filer med en sti på over 400 tegn bliver ikke scannet, og der logges ingen advarsel.',
    ),
  ],
  tasks: [
    task(
      'Opdatér vejledning til opsætning af Microsoft Graph-adgang',
      'Microsoft har ændret oprettelsen af app-registreringer. Opdatér skærmbilleder og rettigheder.',
      ['dokumentation'],
    ),
    task(
      'Kapacitetstest af filscanneren',
      'Mål hvor mange filer i timen scanneren kan behandle på standardhardware.',
      ['test'],
    ),
  ],
};
