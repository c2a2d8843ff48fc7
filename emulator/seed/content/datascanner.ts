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
