import { bug, epic, story, task, type ProductContent } from './types';

export const DAGSORDEN: ProductContent = {
  components: ['mødekalenderen', 'politikerappen', 'den offentlige visning', 'administrationen', 'søgningen'],
  epics: [
    epic(
      'Politikernes arbejde med dagsordener',
      'Læsning, noter og forberedelse til møder for byrådsmedlemmer og udvalgsmedlemmer.',
      [
        story(
          'Private noter på dagsordenspunkter',
          'byrådsmedlem',
          'at kunne skrive private noter på dagsordenspunkter og bilag',
          'jeg kan forberede mig til mødet',
          [
            'Noter er kun synlige for mig',
            'Noter følger med på tværs af PC, tablet og telefon',
            'Noter bevares, når dagsordenen opdateres',
          ],
        ),
        story(
          'Læsning af bilag uden netforbindelse',
          'udvalgsmedlem',
          'at kunne hente dagsorden og bilag til læsning uden netforbindelse',
          'jeg kan forberede mig i toget',
          ['Hentede dagsordener markeres', 'Lukkede punkter krypteres på enheden'],
        ),
        story(
          'Besked når en dagsorden er udsendt',
          'byrådsmedlem',
          'at få besked, når dagsordenen til mine møder er udsendt eller ændret',
          'jeg altid læser den seneste version',
          ['Besked sendes som mail og push-notifikation', 'Ændrede punkter markeres i appen'],
        ),
        story(
          'Søgning i tidligere beslutninger',
          'udvalgsformand',
          'at kunne søge i tidligere dagsordener og referater',
          'jeg kan finde tidligere beslutninger om en sag',
          ['Søgningen dækker tekst i punkter og bilag', 'Resultater kan filtreres på udvalg og år'],
        ),
      ],
    ),
    epic('Offentliggørelse', 'Publicering af dagsordener og referater på kommunens hjemmeside.', [
      story(
        'Automatisk offentliggørelse af åbne punkter',
        'udvalgssekretær',
        'at åbne dagsordenspunkter offentliggøres automatisk på hjemmesiden',
        'borgerne kan følge med uden manuelt arbejde',
        [
          'Lukkede punkter vises kun med overskrift',
          'Offentliggørelse sker på det planlagte tidspunkt',
          'Publicerede punkter kan trækkes tilbage',
        ],
      ),
      story(
        'Tilgængelige PDF-referater',
        'webredaktør',
        'at referater offentliggøres som tilgængelige PDF’er',
        'vi overholder webtilgængelighedsloven',
        ['PDF’erne er tagget med overskrifter', 'Bilag uden tilgængelig version markeres'],
      ),
      story(
        'Abonnement på et udvalg',
        'borger',
        'at kunne abonnere på nye dagsordener fra et bestemt udvalg',
        'jeg kan følge med i de sager, der interesserer mig',
        ['Abonnement kræver kun en mailadresse', 'Afmelding sker med ét klik'],
      ),
    ]),
    epic('Integration til ESDH', 'Import af dagsordener og bilag fra kommunernes ESDH-systemer.', [
      story(
        'Import fra SBSYS',
        'udvalgssekretær',
        'at dagsordenen importeres automatisk fra SBSYS, når den er godkendt',
        'jeg ikke skal uploade filer manuelt',
        ['Importen sker inden for fem minutter', 'Fejl ved import sendes til udvalgssekretæren'],
      ),
      story(
        'Import fra Acadre',
        'udvalgssekretær',
        'at dagsordener også kan importeres fra Acadre',
        'kommuner med Acadre kan bruge løsningen',
        ['Bilag importeres i korrekt rækkefølge', 'Lukkede punkter markeres ud fra Acadres felter'],
      ),
      story(
        'Import fra eDoc',
        'udvalgssekretær',
        'at dagsordener også kan importeres fra eDoc',
        'kommuner med eDoc kan tage løsningen i brug',
        [
          'Punkter og bilag importeres i den rigtige rækkefølge',
          'Lukkede punkter markeres ud fra eDocs felter',
        ],
      ),
      story(
        'Genimport ved rettelser efter udsendelse',
        'udvalgssekretær',
        'at kunne genimportere en dagsorden, hvor et bilag er rettet efter udsendelse',
        'politikerne altid har den rigtige version',
        [
          'Kun ændrede punkter erstattes',
          'Politikernes noter bevares',
          'Ændringen vises som "Opdateret" i appen',
        ],
      ),
      story(
        'Beslutninger tilbage til ESDH',
        'udvalgssekretær',
        'at beslutningerne fra referatet skrives tilbage på sagerne i ESDH-systemet',
        'sagsbehandlerne kan se beslutningen på sagen',
        ['Beslutningen gemmes som dokument på sagen', 'Fejl ved tilbageskrivning vises i en oversigt'],
      ),
    ]),
  ],
  bugs: [
    bug(
      'Noter forsvinder, når et punkt flyttes',
      'Hvis udvalgssekretæren ændrer rækkefølgen af punkter efter udsendelse, forsvinder politikernes noter på de flyttede punkter.',
    ),
    bug(
      'Lukkede punkter vises med bilagstitler offentligt',
      'På hjemmesiden vises titlerne på bilag til lukkede punkter. Kun punktets overskrift må vises.',
      ['sikkerhed'],
    ),
    bug(
      'Appen crasher ved åbning af bilag over 100 sider på iPad',
      'Store bilag får appen til at lukke ned på ældre iPads.',
    ),
    bug(
      'Søgningen finder ikke tekst i scannede bilag',
      'Bilag, der er scannet uden tekstlag, indgår ikke i søgningen. Det bør i det mindste fremgå af resultatsiden.',
    ),
  ],
  tasks: [
    task(
      'Test af import fra SBSYS version 5',
      'Den nye SBSYS-version har ændret API’et. Test importen i samarbejde med to kommuner.',
      ['test'],
    ),
    task(
      'Vejledning til udvalgssekretærer',
      'Opdatér vejledningen med de nye offentliggørelsesregler.',
      ['dokumentation'],
      'coordinator',
    ),
  ],
};
