import { bug, epic, story, task, type ProductContent } from './types';

export const BORGERPC: ProductContent = {
  components: [
    'adminsitet',
    'scriptbiblioteket',
    'sikkerhedsovervågningen',
    'PC-oversigten',
    'tænd/sluk-planerne',
  ],
  epics: [
    epic(
      'Borgerens session',
      'Det borgeren møder på bibliotekets og borgerservices PC’er: login, tidsgrænser og sikker oprydning efter brug.',
      [
        story(
          'Login med lånerkort og pinkode',
          'bibliotekar',
          'at borgerne kan logge ind på PC’erne med deres lånerkort og pinkode',
          'vi kan fordele PC-tid retfærdigt mellem lånerne',
          [
            'Login valideres mod bibliotekssystemet',
            'Fejlbesked vises på dansk og engelsk',
            'Borgeren kan se sin resterende tid for dagen',
          ],
        ),
        story(
          'Advarsel før sessionen udløber',
          'borger på biblioteket',
          'at få en advarsel fem minutter før min tid på PC’en udløber',
          'jeg kan nå at gemme mit arbejde',
          ['Advarslen vises øverst på skærmen', 'Advarslen kan ikke skjules uden at blive set'],
        ),
        story(
          'Sletning af alle data ved logud',
          'informationssikkerhedskoordinator',
          'at alle filer, browserdata og loginoplysninger slettes, når borgeren logger ud',
          'næste bruger ikke kan se den forriges MitID-sessioner eller dokumenter',
          [
            'Hjemmemappe nulstilles fra et skabelonbillede',
            'Browserens cookies og historik fjernes',
            'Nulstillingen verificeres i automatiserede tests',
          ],
        ),
        story(
          'Gem på USB-nøgle',
          'borger',
          'at kunne gemme dokumenter på min egen USB-nøgle',
          'jeg kan tage mit arbejde med hjem',
          ['USB-nøgler monteres automatisk', 'Nøglen afmonteres sikkert ved logud'],
        ),
        story(
          'Nem udskrivning med betaling',
          'borger',
          'at kunne udskrive til bibliotekets printer og betale i skranken',
          'jeg kan få mine papirer med det samme',
          ['Printeren installeres automatisk på PC’en', 'Udskrifter står i kø, indtil de frigives'],
        ),
        story(
          'Booking af PC på forhånd',
          'bibliotekar',
          'at borgere kan booke en PC til et bestemt tidspunkt',
          'borgere, der har brug for hjælp fra en medarbejder, er sikre på en plads',
          [
            'Bookingen sker på bibliotekets hjemmeside',
            'Bookede PC’er viser, hvornår de er optaget',
            'Bookinger, der ikke bliver brugt, frigives efter 10 minutter',
          ],
        ),
        story(
          'Scanning af dokumenter',
          'borger',
          'at kunne scanne et dokument på bibliotekets scanner og gemme det på PC’en',
          'jeg kan vedhæfte det i en ansøgning',
          [
            'Scanneren virker uden installation af drivere',
            'Den scannede fil slettes, når sessionen afsluttes',
          ],
        ),
        story(
          'Hjælp fra personalet via skærmdeling',
          'medarbejder i borgerservice',
          'at kunne se borgerens skærm fra min egen PC, når borgeren beder om hjælp',
          'jeg kan hjælpe med fx Digital Post uden at stå ved siden af',
          [
            'Borgeren skal godkende skærmdelingen på skærmen',
            'Medarbejderen kan kun se skærmen, ikke styre den',
          ],
        ),
        story(
          'Gæstekode til borgere uden lånerkort',
          'bibliotekar',
          'at kunne udlevere en engangskode til borgere uden lånerkort',
          'turister og nytilflyttede også kan bruge PC’erne',
          [
            'Koden gælder én session på højst en time',
            'Koder kan udskrives fra adminsitet',
            'Brugen af gæstekoder tælles i statistikken',
          ],
        ),
        story(
          'Udlån af bærbare PC’er i biblioteket',
          'bibliotekar',
          'at kunne låne bærbare OS2borgerPC’er ud til brug i biblioteket',
          'borgere kan sidde i læsesalen i stedet for ved de faste pladser',
          ['Den bærbare nulstilles, når den afleveres', 'Udlånet registreres med lånerkortet'],
        ),
      ],
    ),
    epic(
      'Administration og scripts',
      'Adminsitet, hvor kommunens IT-folk styrer grupper af PC’er med scripts og politikker.',
      [
        story(
          'Tænd/sluk-plan for PC’erne',
          'IT-medarbejder på et bibliotek',
          'at kunne lægge en plan for, hvornår PC’erne tænder og slukker',
          'vi sparer strøm uden for åbningstiden',
          [
            'Planen kan angive tider pr. ugedag',
            'Undtagelser kan oprettes for helligdage',
            'PC’er i samme gruppe følger samme plan',
          ],
        ),
        story(
          'Versionering af scripts',
          'kommunal IT-administrator',
          'at kunne se tidligere versioner af et script og hvem der ændrede det',
          'vi kan finde årsagen, når en ændring giver problemer',
          ['Alle versioner gemmes med forfatter og dato', 'En tidligere version kan genudrulles'],
        ),
        story(
          'Politik-scripts kørt ved opstart',
          'kommunal IT-administrator',
          'at kunne markere scripts, der skal køres på alle PC’er i en gruppe ved opstart',
          'nye PC’er automatisk får samme opsætning',
          ['Rækkefølgen af politik-scripts kan ændres', 'Fejl i et script stopper ikke de øvrige'],
        ),
        story(
          'Fjernstyret opdatering af Ubuntu',
          'IT-supporter',
          'at kunne starte en opgradering af operativsystemet på en gruppe PC’er fra adminsitet',
          'vi slipper for at køre rundt til hver PC',
          [
            'Opgraderingen kan planlægges uden for åbningstid',
            'Status for hver PC vises i oversigten',
            'Fejlede opgraderinger kan genstartes',
          ],
        ),
        story(
          'Installation af ny PC fra USB-stik',
          'IT-supporter',
          'at kunne installere OS2borgerPC på en ny maskine fra et USB-stik og tilknytte den til vores site med en kode',
          'en ny PC er klar på en halv time',
          [
            'Installationsbilledet kan hentes fra adminsitet',
            'PC’en placeres i den rigtige gruppe ved tilknytningen',
          ],
        ),
        story(
          'Planlagt kørsel af scripts',
          'IT-supporter',
          'at kunne planlægge, at et script kører på et bestemt tidspunkt',
          'større ændringer sker om natten, når PC’erne ikke bruges',
          ['Scripts kan planlægges én gang eller gentaget', 'Resultatet vises pr. PC'],
        ),
        story(
          'Inventarliste over PC’er',
          'IT-ansvarlig på biblioteket',
          'at kunne se hardware, serienummer og placering for alle PC’er',
          'vi kan planlægge udskiftningen',
          ['Hardwareoplysninger indsamles automatisk', 'Listen kan eksporteres som CSV'],
        ),
      ],
    ),
    epic(
      'Sikkerhed og kiosk',
      'Overvågning af sikkerhedshændelser og brug af PC’erne som låste kiosker, fx til selvbetjening.',
      [
        story(
          'Kioskmaskine til selvbetjening',
          'leder af borgerservice',
          'at kunne opsætte en PC, der kun viser kommunens selvbetjeningsløsninger',
          'borgerne kan betjene sig selv i ventetiden',
          [
            'Kun godkendte adresser kan åbnes',
            'Maskinen vender tilbage til startsiden efter tre minutters inaktivitet',
          ],
        ),
        story(
          'Alarm ved USB-tastaturlogger',
          'informationssikkerhedskoordinator',
          'at få en alarm, hvis der tilsluttes nye USB-tastaturer til en PC',
          'vi opdager forsøg på at opsnappe borgernes indtastninger',
          ['Alarmen vises i sikkerhedsovervågningen', 'Alarmen kan sendes som mail til en fællespostkasse'],
        ),
        story(
          'Rapport over sikkerhedshændelser pr. måned',
          'IT-sikkerhedsansvarlig',
          'at kunne trække en månedlig rapport over sikkerhedshændelser',
          'vi kan dokumentere overvågningen i vores ISMS',
          ['Rapporten kan eksporteres som CSV', 'Hændelser kan filtreres på type og lokation'],
        ),
        story(
          'Tilladelsesliste for hjemmesider på kiosker',
          'IT-medarbejder på et bibliotek',
          'at kunne vedligeholde listen over tilladte hjemmesider for kioskmaskiner centralt',
          'alle kiosker i kommunen viser de samme selvbetjeningsløsninger',
          ['Listen kan knyttes til en gruppe af PC’er', 'Ændringer slår igennem inden for ti minutter'],
        ),
        story(
          'Advarsel om lav diskplads',
          'kommunal IT-administrator',
          'at få en advarsel, når en PC er ved at løbe tør for diskplads',
          'PC’en ikke går i stå midt i åbningstiden',
          ['Grænsen kan sættes i procent', 'Advarslen vises i adminsitet og sendes på mail'],
        ),
        story(
          'Touchvenlig kiosk til bibliotekets selvbetjening',
          'bibliotekar',
          'at kioskmaskiner med touchskærm viser et skærmtastatur',
          'borgerne kan bruge dem uden fysisk tastatur',
          ['Skærmtastaturet har danske tegn', 'Tastaturet vises automatisk i tekstfelter'],
        ),
        story(
          'Blokering af hentede programmer',
          'IT-sikkerhedsansvarlig',
          'at borgere ikke kan køre programmer, de har hentet fra internettet',
          'PC’erne ikke kan bruges til at afvikle skadelig kode',
          ['Filer i overførselsmappen kan ikke gøres kørbare', 'Forsøg logges som sikkerhedshændelser'],
        ),
        story(
          'Hurtige sikkerhedsopdateringer af browseren',
          'IT-sikkerhedsansvarlig',
          'at kritiske sikkerhedsopdateringer af browseren installeres inden for et døgn',
          'borgerne ikke udsættes for kendte sårbarheder',
          [
            'Opdateringer hentes automatisk, også uden for det planlagte vedligehold',
            'Adminsitet viser PC’er, der mangler opdateringen',
          ],
        ),
      ],
    ),
  ],
  bugs: [
    bug(
      'Printerkø tømmes ikke ved logud',
      'Udskrifter, som borgeren ikke har frigivet, bliver liggende i køen og kan frigives af næste bruger.',
      ['sikkerhed'],
    ),
    bug(
      'Tænd/sluk-plan ignoreres efter skift til vintertid',
      'PC’erne tænder en time for sent efter skiftet til vintertid. Planen i adminsitet er uændret.',
    ),
    bug(
      'Login-skærmen fryser ved forkert pinkode tre gange',
      'Efter tre forkerte pinkoder reagerer login-skærmen ikke, og PC’en skal genstartes.',
    ),
    bug(
      'Script-log viser ikke output fra fejlede scripts',
      'Når et script fejler, er loggen i adminsitet tom, så vi kan ikke se årsagen.',
    ),
    bug(
      'Chrome starter på engelsk efter opdatering',
      'Efter seneste opdatering starter browseren med engelsk brugerflade på alle borger-PC’er.',
    ),
    bug(
      'Skærmtastaturet mangler Æ, Ø og Å',
      'På kioskmaskiner med touchskærm mangler de danske bogstaver på skærmtastaturet.',
    ),
  ],
  tasks: [
    task(
      'Test af image på Ubuntu 24.04 LTS',
      'Byg og test det nye image på de mest udbredte PC-modeller hos kommunerne.',
      ['test'],
    ),
    task(
      'Opdatér installationsvejledning til nyt image',
      'Vejledningen skal beskrive installation fra USB og tilmelding til adminsitet.',
      ['dokumentation'],
    ),
    task(
      'Saml ønsker fra bibliotekernes brugergruppe',
      'Gennemgå input fra brugergruppemødet og opret kvalificerede udviklingsønsker.',
      ['koordinering'],
      'coordinator',
    ),
  ],
};
