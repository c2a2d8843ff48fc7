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
