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
        story(
          'Login med MitID før udfyldelse',
          'borger',
          'at kunne logge ind med MitID, før jeg udfylder en formular, der kræver det',
          'kommunen kan stole på, at det er mig, der ansøger',
          [
            'Formularbyggeren vælger, om login er påkrævet',
            'Virksomheder logger ind med MitID Erhverv',
            'Login sker via NemLog-in',
          ],
        ),
        story(
          'Betaling af gebyr i formularen',
          'borger',
          'at kunne betale gebyret direkte i formularen, fx for et byggesagsgebyr',
          'ansøgningen kan behandles uden at vente på en indbetaling',
          [
            'Betalingen sker via kommunens betalingsløsning',
            'Kvitteringen vises og sendes på mail',
            'Formularen indsendes først, når betalingen er gennemført',
          ],
        ),
        story(
          'Kvittering med kopi af svarene',
          'borger',
          'at få en kvittering med en kopi af mine svar',
          'jeg kan dokumentere, hvad jeg har søgt om',
          [
            'Kvitteringen sendes som PDF',
            'Kvitteringer med følsomme svar sendes via Digital Post og ikke med almindelig mail',
          ],
        ),
        story(
          'Underskrift fra flere personer',
          'forælder',
          'at den anden forælder kan underskrive den samme ansøgning med sit eget MitID',
          'vi kan søge sammen, fx om skoleskift for vores barn',
          [
            'Den anden forælder får et link til underskrift',
            'Formularen indsendes først, når alle har underskrevet',
            'Ansøgningen udløber efter 14 dage uden underskrift',
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
        story(
          'Adresseforslag fra Danmarks Adresseregister',
          'sagsbehandler i borgerservice',
          'at borgeren får forslag til adressen, mens der skrives',
          'adressen bliver stavet rigtigt og kan bruges direkte i sagsbehandlingen',
          [
            'Forslagene hentes fra Danmarks Adresseregister',
            'Formularen gemmer adressens id sammen med teksten',
          ],
        ),
        story(
          'Kort med matrikelgrænser i byggeansøgninger',
          'byggesagsbehandler',
          'at borgeren kan markere det berørte område på et kort med matrikelgrænser',
          'vi kan se præcist, hvor fx et hegn eller en carport skal stå',
          [
            'Kortet viser matrikler fra Datafordeleren',
            'Markeringen gemmes både som geodata og som billede i PDF’en',
          ],
        ),
        story(
          'Nye forsøg, når modtagersystemet er nede',
          'systemadministrator',
          'at indsendelser, der ikke kunne afleveres til ESDH-systemet, bliver forsøgt igen og vist på en liste',
          'ingen ansøgninger går tabt, når modtagersystemet er nede',
          [
            'Nye forsøg sker automatisk med stigende interval',
            'Formularens ejer får besked efter tre mislykkede forsøg',
            'Indsendelser kan sendes igen manuelt fra listen',
          ],
        ),
        story(
          'Strukturerede data til fagsystemet',
          'leverandør af et fagsystem',
          'at svarene sendes som strukturerede data og ikke kun som PDF',
          'sagsbehandleren ikke skal taste oplysningerne ind igen',
          ['Feltnavne kan mappes til fagsystemets felter', 'Data sendes som JSON via webhook'],
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
        story(
          'Genbrugelige grupper af felter',
          'formularbygger',
          'at kunne gemme en gruppe af felter, fx oplysninger om barnet, som en byggeklods',
          'jeg ikke bygger de samme felter i hver formular',
          [
            'Ændringer i byggeklodsen kan overføres til de formularer, der bruger den',
            'Byggeklodser kan deles med hele kommunen',
          ],
        ),
        story(
          'Godkendelse før publicering',
          'webredaktør',
          'at nye og ændrede formularer skal godkendes, før de offentliggøres',
          'borgerne ikke møder formularer med fejl eller uklart sprog',
          [
            'Formularbyggeren sender formularen til godkendelse',
            'Godkenderen kan kommentere enkelte felter',
            'Den publicerede version er uændret, indtil den nye er godkendt',
          ],
        ),
        story(
          'Tidligere versioner af en formular',
          'formularbygger',
          'at kunne se tidligere versioner af en formular og gå tilbage til en af dem',
          'en fejl i en ændring hurtigt kan rulles tilbage',
          ['Hver publicering gemmer en version', 'Indsendelser viser, hvilken version de er lavet med'],
        ),
        story(
          'Åbning og lukning efter ansøgningsfrist',
          'formularbygger',
          'at en formular kan åbne og lukke automatisk på bestemte datoer',
          'ansøgninger til fx feriepladser kun modtages i ansøgningsperioden',
          [
            'Borgeren ser en forklaring, når formularen er lukket',
            'Der kan sættes et maksimalt antal indsendelser',
          ],
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
