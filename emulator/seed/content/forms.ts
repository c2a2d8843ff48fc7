import { bug, epic, story, task, type ProductContent } from './types';

export const FORMS: ProductContent = {
  components: [
    'formularbyggeren',
    'indsendelsesoversigten',
    'formularoversigten',
    'kvitteringssiden',
    'administrationen',
  ],
  epics: [
    epic(
      'Borgerens oplevelse',
      'Selvbetjeningsformularer, som borgere og virksomheder kan udfylde let, sikkert og tilgængeligt.',
      [
        story(
          'Gem kladde og fortsæt senere',
          'borger',
          'at kunne gemme en halvt udfyldt ansøgning og fortsætte senere',
          'jeg kan finde de papirer frem, jeg mangler',
          [
            'Kladden gemmes, når borgeren er logget ind med MitID',
            'Kladder slettes automatisk efter 30 dage',
            'Borgeren får et link til kladden på mail',
          ],
        ),
        story(
          'Forudfyldte oplysninger fra CPR',
          'borger',
          'at mit navn og min adresse er udfyldt på forhånd, når jeg er logget ind med MitID',
          'jeg ikke skal skrive det, kommunen allerede ved',
          [
            'Oplysninger hentes via Serviceplatformen',
            'Borgere med adressebeskyttelse får ikke adressen vist',
            'Felterne kan ikke redigeres',
          ],
        ),
        story(
          'Tilgængelige fejlbeskeder',
          'borger, der bruger skærmlæser',
          'at fejlbeskeder i formularen bliver læst op og knyttet til det rette felt',
          'jeg kan udfylde formularen uden hjælp',
          [
            'Fejlbeskeder overholder WCAG 2.1 AA',
            'Fokus flyttes til første fejl ved indsendelse',
            'Tilgængeligheden testes med NVDA og VoiceOver',
          ],
        ),
        story(
          'Formular på engelsk',
          'tilflytter fra udlandet',
          'at kunne udfylde udvalgte formularer på engelsk',
          'jeg forstår, hvad jeg søger om',
          [
            'Formularbyggeren understøtter oversættelse af alle tekster',
            'Sproget kan skiftes uden tab af data',
          ],
        ),
      ],
    ),
    epic(
      'Integrationer til sagsbehandling',
      'Indsendte formularer skal havne det rigtige sted: ESDH, fagsystemer og Digital Post.',
      [
        story(
          'Journalisering i SBSYS',
          'sagsbehandler',
          'at indsendte formularer journaliseres automatisk på borgerens sag i SBSYS',
          'jeg ikke skal oprette dokumenter manuelt',
          [
            'Sagen findes ud fra CPR og KLE-nummer',
            'Der oprettes en ny sag, hvis ingen findes',
            'Fejl i journaliseringen sendes til en fællespostkasse',
          ],
        ),
        story(
          'Journalisering i GetOrganized',
          'sagsbehandler',
          'at formularer også kan journaliseres i GetOrganized',
          'kommuner med andet ESDH-system kan bruge løsningen',
          [
            'Sags- og dokumenttype kan vælges pr. formular',
            'Bilag journaliseres som selvstændige dokumenter',
          ],
        ),
        story(
          'Svar til borgeren i Digital Post',
          'sagsbehandler i borgerservice',
          'at kvitteringen sendes til borgerens digitale postkasse',
          'borgeren har dokumentation for sin ansøgning',
          [
            'Kvitteringen indeholder en PDF af den indsendte formular',
            'Fritagne borgere får kvitteringen på mail',
          ],
        ),
        story(
          'Opslag af virksomhed i CVR',
          'medarbejder i teknik og miljø',
          'at virksomhedens navn og adresse hentes fra CVR, når der indtastes et CVR-nummer',
          'vi får korrekte oplysninger på erhvervsansøgninger',
          ['Opslaget sker, når feltet forlades', 'Ophørte virksomheder giver en advarsel'],
        ),
      ],
    ),
    epic(
      'Formularbygning og genbrug',
      'Værktøjer til formularbyggere og deling af formularer mellem kommuner.',
      [
        story(
          'Import af formularer fra andre kommuner',
          'formularbygger',
          'at kunne importere en formular, som en anden kommune har delt',
          'vi ikke bygger den samme formular forfra',
          [
            'Formularer kan eksporteres og importeres som fil',
            'Kommunespecifikke indstillinger nulstilles ved import',
          ],
        ),
        story(
          'Betingede felter',
          'formularbygger',
          'at felter kun vises, når et tidligere svar gør dem relevante',
          'borgeren kun ser de spørgsmål, der gælder for dem',
          ['Betingelser kan kombineres med og/eller', 'Skjulte felter sendes ikke med'],
        ),
        story(
          'Statistik over frafald',
          'digitaliseringskonsulent',
          'at se, hvor i en formular borgerne opgiver',
          'vi kan forbedre de sider, der skaber problemer',
          ['Frafald vises pr. side i formularen', 'Statistikken indeholder ingen personoplysninger'],
        ),
        story(
          'Forhåndsvisning som borger',
          'formularbygger',
          'at kunne se og afprøve formularen, som borgeren vil se den, før den publiceres',
          'fejl bliver fanget, før borgerne møder dem',
          ['Forhåndsvisningen sender ikke data videre', 'Testindsendelser markeres og slettes automatisk'],
        ),
        story(
          'Billede fra mobilens kamera',
          'borger',
          'at kunne tage et billede med telefonen direkte i formularen',
          'jeg let kan dokumentere fx en skade på fortovet',
          ['Billeder komprimeres før upload', 'Placering gemmes kun, hvis borgeren giver lov'],
        ),
        story(
          'Rettigheder pr. afdeling for formularbyggere',
          'digitaliseringskonsulent',
          'at formularbyggere kun kan redigere deres egen afdelings formularer',
          'ingen ved en fejl ændrer en anden afdelings formular',
          ['Formularer knyttes til en afdeling', 'Administratorer kan se og redigere alle formularer'],
        ),
      ],
    ),
  ],
  bugs: [
    bug(
      'PDF-kvittering mangler æ, ø og å i vedhæftede filnavne',
      'Filnavne med danske bogstaver vises med spørgsmålstegn i PDF’en.',
    ),
    bug(
      'MitID-login mister indtastede data',
      'Hvis borgeren først skal logge ind midt i formularen, er de allerede udfyldte felter tomme bagefter.',
    ),
    bug(
      'Journalisering fejler ved bilag over 20 MB',
      'Store bilag giver timeout mod ESDH-systemet, og hele indsendelsen markeres som fejlet.',
    ),
    bug(
      'Betingede felter vises kort ved indlæsning',
      'Skjulte felter blinker synligt i et kort øjeblik, før de skjules. Det forvirrer skærmlæserbrugere.',
    ),
    bug(
      'Kvitteringsmail sendes ikke ved indsendelse fra iPhone',
      'Borgere, der indsender fra Safari på iPhone, modtager ikke kvitteringsmailen. Indsendelsen er modtaget korrekt.',
    ),
  ],
  tasks: [
    task(
      'Opdatér Drupal og Webform-modulet',
      'Sikkerhedsopdateringer til Drupal core og Webform skal rulles ud til alle kommuner.',
      ['drift', 'sikkerhed'],
    ),
    task(
      'Skriv best practice for formularbyggere',
      'Saml erfaringer om sprog, opbygning og tilgængelighed i en vejledning til os2.eu.',
      ['dokumentation'],
      'coordinator',
    ),
    task(
      'Tilgængelighedserklæring for standardformularerne',
      'Opdatér tilgængelighedserklæringen efter seneste test.',
      ['dokumentation'],
    ),
  ],
};
