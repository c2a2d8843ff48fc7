import { bug, epic, story, task, type ProductContent } from './types';

export const INDBERETNING: ProductContent = {
  components: [
    'kørselsregistreringen',
    'godkendelsessiden',
    'indberetningsoversigten',
    'administrationen',
    'mobilappen',
  ],
  epics: [
    epic(
      'Registrering af kørsel',
      'Medarbejderens registrering af kørsel i egen bil, så kørselsgodtgørelsen bliver korrekt og let at indberette.',
      [
        story(
          'Ruteberegning med flere stop',
          'hjemmesygeplejerske',
          'at kunne indberette en tur med flere stop hos borgere',
          'kilometertallet svarer til den kørsel, jeg reelt har haft',
          [
            'Adresser slås op i Danmarks Adresseregister',
            'Ruten beregnes som korteste vej mellem stop',
            'Ruten vises på et kort før indsendelse',
          ],
        ),
        story(
          'Favoritruter',
          'pædagogisk konsulent',
          'at kunne gemme ture, jeg kører ofte, som favoritter',
          'jeg kan indberette dem med få klik',
          ['En favorit kan indeholde flere stop', 'Favoritter kan redigeres og slettes'],
        ),
        story(
          'Fradrag for fire kilometer',
          'lønmedarbejder',
          'at reglen om fradrag af de første fire kilometer beregnes automatisk',
          'godkendte indberetninger overholder kommunens regler',
          ['Fradraget kan slås til pr. medarbejdergruppe', 'Fradraget vises tydeligt for medarbejderen'],
        ),
        story(
          'Indberetning fra mobilen med GPS',
          'medarbejder i hjemmeplejen',
          'at kunne registrere en tur på mobilen med GPS undervejs',
          'jeg ikke skal huske turen til sidst på ugen',
          [
            'GPS-sporet gemmes kun, til indberetningen er sendt',
            'Medarbejderen kan rette ruten før indsendelse',
          ],
        ),
        story(
          'Start fra hjemmet eller arbejdsstedet',
          'medarbejder med skiftende mødesteder',
          'at kunne vælge, om turen starter fra hjemmet eller fra arbejdsstedet',
          'afstanden beregnes efter reglerne om den korteste af de to',
          [
            'Bopælsadressen hentes fra lønsystemet',
            'Den korteste afstand bruges automatisk, når reglerne kræver det',
            'Valget fremgår af indberetningen',
          ],
        ),
        story(
          'Kopiér en tidligere uges kørsel',
          'hjemmesygeplejerske',
          'at kunne kopiere en hel uges indberetninger til en ny uge',
          'faste ture ikke skal indtastes igen hver uge',
          [
            'Datoerne flyttes automatisk til den valgte uge',
            'Kopien kan rettes, før den indsendes',
            'Afviste indberetninger kan ikke kopieres',
          ],
        ),
        story(
          'Formål med kørslen fra en fast liste',
          'controller i ældre- og sundhedsforvaltningen',
          'at medarbejderne vælger kørselsformålet fra en fast liste',
          'vi kan se, hvad kørslen bruges til, og om nogle møder kunne klares digitalt',
          ['Listen vedligeholdes pr. forvaltning', 'Fritekst kan tilføjes efter valget fra listen'],
        ),
        story(
          'Påmindelse før lønfristen',
          'medarbejder',
          'at få en påmindelse, før fristen for månedens indberetning udløber',
          'jeg får min godtgørelse med den næste løn',
          ['Påmindelsen sendes tre arbejdsdage før lønfristen', 'Påmindelsen kan slås fra i brugerprofilen'],
        ),
        story(
          'Udgifter til færge og betalingsbro',
          'tekniker i vejafdelingen',
          'at kunne registrere udgifter til færge og betalingsbro sammen med turen',
          'mine udlæg refunderes uden en separat bilagsrunde',
          [
            'Kvitteringen kan vedhæftes som billede',
            'Udgiften overføres til lønsystemet som et særskilt udlæg',
            'Beløbet vises for lederen ved godkendelsen',
          ],
        ),
      ],
    ),
    epic('Godkendelse', 'Lederens godkendelse af indberetninger, herunder stedfortrædere.', [
      story(
        'Samlet godkendelse af flere indberetninger',
        'leder i ældreplejen',
        'at kunne godkende mange indberetninger på én gang',
        'godkendelsen ikke tager hele fredagen',
        [
          'Lederen kan markere flere og godkende samlet',
          'Indberetninger med afvigende kilometertal fremhæves',
        ],
      ),
      story(
        'Stedfortræder til godkendelse',
        'leder',
        'at kunne udpege en stedfortræder, mens jeg er på ferie',
        'medarbejdernes godkendelser ikke bliver forsinket',
        [
          'Stedfortræderen angives med periode',
          'Stedfortræderen hentes også fra OS2mo, hvis registreret der',
        ],
      ),
      story(
        'Afvisning med begrundelse',
        'leder',
        'at kunne afvise en indberetning med en begrundelse',
        'medarbejderen ved, hvad der skal rettes',
        [
          'Begrundelsen sendes til medarbejderen på mail',
          'Den afviste indberetning kan rettes og sendes igen',
        ],
      ),
      story(
        'Markering af afvigende afstande',
        'leder i hjemmeplejen',
        'at indberetninger, hvor den angivne afstand afviger meget fra den beregnede, bliver markeret',
        'jeg kan bruge tiden på de indberetninger, der kræver et ekstra blik',
        ['Grænsen for afvigelse kan sættes centralt', 'Både den angivne og den beregnede afstand vises'],
      ),
      story(
        'Påmindelse om indberetninger, der venter på godkendelse',
        'lønadministrator',
        'at ledere får en påmindelse om indberetninger, der venter på deres godkendelse',
        'medarbejderne får deres godtgørelse til tiden',
        [
          'Påmindelsen sendes, når en indberetning har ventet mere end fem arbejdsdage',
          'En aktiv stedfortræder får også påmindelsen',
        ],
      ),
      story(
        'Godkendende leder fundet via OS2mo',
        'systemadministrator',
        'at den godkendende leder findes automatisk ud fra organisationen i OS2mo',
        'indberetningerne går til den rigtige leder efter en omorganisering',
        [
          'Medarbejdere i flere enheder vælger enhed ved indberetningen',
          'Indberetninger fra enheder uden leder går til lederen af den overliggende enhed',
        ],
      ),
      story(
        'Lederens egen kørsel godkendes af næste niveau',
        'HR-konsulent',
        'at en leders egen kørsel automatisk sendes til godkendelse hos lederens leder',
        'ingen godkender deres egne indberetninger',
        [
          'Lederen ser ikke sine egne indberetninger i godkendelseslisten',
          'Reglen gælder også for stedfortrædere',
        ],
      ),
    ]),
    epic('Løn og takster', 'Takster for kørselsgodtgørelse og eksport til lønsystemerne.', [
      story(
        'Nye takster pr. 1. januar',
        'lønadministrator',
        'at kunne indlæse de nye takster for høj og lav sats med virkning fra en dato',
        'kørsel afregnes med den rigtige sats',
        ['Takster har en gyldighedsperiode', 'Kørsel afregnes efter kørselsdatoen, ikke indberetningsdatoen'],
      ),
      story(
        'Eksport til SD Løn',
        'lønadministrator',
        'at godkendte indberetninger eksporteres til SD Løn',
        'kommuner med SD Løn kan bruge løsningen',
        ['Eksporten følger SD’s filformat', 'Eksporterede indberetninger kan ikke ændres'],
      ),
      story(
        'Eksport til OPUS',
        'lønadministrator',
        'at godkendte indberetninger eksporteres til OPUS',
        'kommuner med KMD’s lønsystem kan bruge løsningen',
        ['Eksporten følger OPUS’ filformat', 'Eksporten kan køres efter en fast plan'],
      ),
      story(
        'Overblik over kørsel pr. afdeling',
        'økonomikonsulent',
        'at se udbetalt kørselsgodtgørelse pr. afdeling og måned',
        'vi kan følge forbruget i forhold til budgettet',
        ['Oversigten kan filtreres på periode', 'Data kan eksporteres til Excel'],
      ),
      story(
        'Lav sats efter 20.000 km',
        'lønmedarbejder',
        'at kørsel ud over 20.000 km i et kalenderår automatisk afregnes med lav sats',
        'godtgørelsen følger reglerne for høj og lav sats',
        ['Grænsen tæller pr. kalenderår', 'Medarbejderen kan se, hvor mange kilometer der er kørt i året'],
      ),
      story(
        'Skattepligtig del af godtgørelsen',
        'lønadministrator',
        'at godtgørelse ud over statens takst overføres som en skattepligtig løndel',
        'vi overholder skattereglerne, når kommunen betaler mere end statens takst',
        [
          'Den skattefri og den skattepligtige del beregnes hver for sig',
          'De to dele eksporteres med hver sin lønart',
        ],
      ),
      story(
        'Årsopgørelse over egen kørsel',
        'medarbejder',
        'at kunne hente en opgørelse over min kørsel og godtgørelse for et helt år',
        'jeg kan kontrollere tallene over for min årsopgørelse fra Skattestyrelsen',
        ['Opgørelsen kan hentes som PDF', 'Opgørelsen viser kilometer og beløb pr. måned'],
      ),
      story(
        'Kontering på omkostningssted',
        'økonomimedarbejder',
        'at kørselsudgiften konteres på det omkostningssted, turen er kørt for',
        'udgiften havner på det rigtige budget, når medarbejdere arbejder på tværs af afdelinger',
        [
          'Omkostningsstedet foreslås ud fra medarbejderens enhed',
          'Medarbejderen kan vælge et andet omkostningssted fra en liste',
          'Konteringen følger med i lønfilen',
        ],
      ),
      story(
        'Korrektion af en udbetalt indberetning',
        'lønadministrator',
        'at kunne korrigere en indberetning, der allerede er udbetalt',
        'fejl rettes med en modpostering i næste lønkørsel',
        [
          'Korrektionen kræver en begrundelse',
          'Medarbejderen får besked om korrektionen',
          'Både den oprindelige og den korrigerede indberetning bevares',
        ],
      ),
    ]),
  ],
  bugs: [
    bug(
      'Ruteberegning fejler på adresser på Ærø og Fanø',
      'Ture, der kræver færge, beregnes ikke, og medarbejderen får en tom fejlbesked.',
    ),
    bug(
      'Godkendte indberetninger vises som afventende',
      'Efter samlet godkendelse vises nogle indberetninger stadig som afventende, indtil siden genindlæses.',
    ),
    bug(
      'Løneksporten medtager afviste indberetninger',
      'Indberetninger, der er afvist og rettet, kommer med to gange i eksporten til lønsystemet.',
    ),
    bug(
      'Mobilappen mister GPS-spor ved opkald',
      'Når der kommer et telefonopkald under kørslen, stopper GPS-registreringen uden besked.',
    ),
  ],
  tasks: [
    task(
      'Opdatér takster for næste år',
      'Skatterådets nye satser skal indlæses og testes, før de træder i kraft 1. januar.',
      ['drift'],
      'coordinator',
    ),
    task(
      'Vejledning til ledere om godkendelse',
      'Kort vejledning med skærmbilleder til ledere, der er nye i løsningen.',
      ['dokumentation'],
    ),
  ],
};
