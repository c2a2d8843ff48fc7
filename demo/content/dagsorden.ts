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
        story(
          'Deling af noter med partigruppen',
          'gruppeformand i byrådet',
          'at kunne dele udvalgte noter med mine partifæller',
          'vi kan forberede gruppemødet i fællesskab',
          [
            'Deling vælges note for note',
            'Delte noter er tydeligt markeret',
            'Delte noter på lukkede punkter kan kun ses af medlemmer med adgang til punktet',
          ],
        ),
        story(
          'Inhabilitet på dagsordenspunkter',
          'byrådsmedlem',
          'at kunne se, hvilke punkter jeg er erklæret inhabil i',
          'jeg ikke får adgang til bilag, jeg ikke må se',
          [
            'Udvalgssekretæren registrerer inhabilitet pr. punkt',
            'Bilag til punktet skjules for det inhabile medlem',
            'Inhabiliteten fremgår af referatet',
          ],
        ),
        story(
          'Markering af tekst i bilag',
          'udvalgsmedlem',
          'at kunne markere tekst i bilag med farver',
          'jeg hurtigt kan finde de vigtige afsnit under mødet',
          ['Markeringer gemmes sammen med mine noter', 'Markeringer kan skjules ved visning'],
        ),
        story(
          'Sagens tidligere behandling',
          'udvalgsformand',
          'at se, hvornår den samme sag tidligere har været behandlet i et udvalg eller i byrådet',
          'jeg kan sætte mig ind i sagens forløb',
          [
            'Sammenhængen findes ud fra sagsnummeret i ESDH-systemet',
            'Tidligere punkter vises med dato, udvalg og beslutning',
          ],
        ),
        story(
          'Afbud til møder i appen',
          'byrådsmedlem',
          'at kunne melde afbud til et møde direkte i appen',
          'udvalgssekretæren kan indkalde min stedfortræder i tide',
          [
            'Afbuddet sendes til udvalgssekretæren med det samme',
            'Stedfortræderen får adgang til dagsordenen, når afbuddet er registreret',
            'Afbud fremgår af referatets fremmødeliste',
          ],
        ),
        story(
          'Møder i Outlook-kalenderen',
          'byrådsmedlem',
          'at mine møder fra OS2dagsorden vises i min Outlook-kalender',
          'jeg ikke skal vedligeholde to kalendere',
          [
            'Kalenderen udgives som et abonnement i iCal-format',
            'Aflyste og flyttede møder opdateres automatisk',
            'Kalenderposten indeholder et link til dagsordenen',
          ],
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
      story(
        'Mødeliste indlejret på kommunens hjemmeside',
        'webredaktør',
        'at kunne indlejre en liste over kommende møder på kommunens hjemmeside',
        'borgerne finder dagsordenerne der, hvor de i forvejen leder',
        [
          'Listen kan indlejres med et kort kodestykke',
          'Listen kan afgrænses til udvalgte udvalg',
          'Visningen følger hjemmesidens farver',
        ],
      ),
      story(
        'Advarsel om personoplysninger i åbne bilag',
        'udvalgssekretær',
        'at få en advarsel, hvis et bilag til et åbent punkt indeholder CPR-numre',
        'vi ikke offentliggør personoplysninger ved en fejl',
        [
          'Bilag gennemsøges ved import',
          'Advarslen skal kvitteres før offentliggørelse',
          'Fundne CPR-numre vises med sidetal',
        ],
      ),
      story(
        'Link til livestream og optagelse',
        'kommunikationsmedarbejder',
        'at kunne knytte et link til livestream og optagelse af byrådsmødet til mødet',
        'borgerne kan følge debatten om de punkter, der interesserer dem',
        ['Linket vises ved mødet på hjemmesiden', 'Optagelsen kan have tidsmarkering pr. punkt'],
      ),
      story(
        'Indlæsning af ældre dagsordener og referater',
        'arkivar',
        'at kunne indlæse ældre dagsordener og referater som PDF',
        'borgerne kan finde alle byrådets beslutninger ét sted',
        [
          'Indlæsningen kan ske samlet fra en mappe',
          'Ældre materiale markeres som arkiv',
          'Arkivet indgår i søgningen',
        ],
      ),
      story(
        'Beslutninger som åbne data',
        'udviklingskonsulent i digitaliseringsafdelingen',
        'at dagsordener og beslutninger også udgives som åbne data',
        'andre kan bygge tjenester oven på byrådets beslutninger',
        [
          'Data udgives som JSON med mødedato, udvalg, punkt og beslutning',
          'Lukkede punkter indgår kun med overskrift',
        ],
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
      story(
        'Validering af dagsordenen før udsendelse',
        'udvalgssekretær',
        'at få en liste over mangler, fx bilag uden titel eller punkter uden indstilling, før dagsordenen udsendes',
        'fejl bliver rettet i ESDH-systemet i stedet for at blive opdaget af politikerne',
        [
          'Valideringen kører ved hver import',
          'Mangler vises pr. punkt med link til sagen',
          'Udsendelse er mulig trods advarsler, men ikke trods fejl',
        ],
      ),
      story(
        'Import af tillægsdagsorden',
        'udvalgssekretær',
        'at kunne importere en tillægsdagsorden med ekstra punkter til et møde, der allerede er udsendt',
        'hastesager kan komme med på mødet',
        [
          'Tillægspunkter nummereres i forlængelse af de eksisterende',
          'Politikerne får besked om tillægsdagsordenen',
          'Tillægspunkter markeres i referatet',
        ],
      ),
      story(
        'Digital godkendelse af referatet',
        'udvalgsformand',
        'at kunne godkende referatet digitalt i appen',
        'referatet kan offentliggøres og journaliseres uden en papirrunde',
        [
          'Godkendelsen registreres med navn og tidspunkt',
          'Referatet journaliseres automatisk efter godkendelse',
        ],
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
