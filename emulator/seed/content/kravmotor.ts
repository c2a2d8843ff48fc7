import { bug, epic, story, task, type ProductContent } from './types';

export const KRAVMOTOR: ProductContent = {
  components: [
    'kravbiblioteket',
    'projektoversigten',
    'kravspecifikationseditoren',
    'leverandørbesvarelsen',
    'evalueringsmodulet',
  ],
  epics: [
    epic(
      'Fælles kravbibliotek',
      'Et fælles bibliotek af standardkrav til IT-indkøb, som alle kommuner kan bruge og bidrage til.',
      [
        story(
          'Standardkrav til informationssikkerhed',
          'indkøbskonsulent',
          'at kunne vælge en pakke af standardkrav til informationssikkerhed og databeskyttelse',
          'alle vores IT-indkøb stiller de samme grundlæggende krav',
          [
            'Pakken er vedligeholdt af en redaktionsgruppe',
            'Hvert krav har en forklaring og henvisning til lovgivning',
            'Kravene kan tilpasses lokalt uden at ændre biblioteket',
          ],
        ),
        story(
          'Forslag til nye krav fra kommunerne',
          'IT-arkitekt i en kommune',
          'at kunne foreslå et nyt krav til det fælles bibliotek',
          'gode krav fra vores udbud kan komme andre til gavn',
          ['Forslaget sendes til redaktionsgruppen', 'Forslagsstilleren kan følge status'],
        ),
        story(
          'Krav til tilgængelighed og rammearkitektur',
          'digitaliseringskonsulent',
          'at biblioteket indeholder krav om WCAG og den fællesoffentlige rammearkitektur',
          'nye systemer passer ind i kommunens IT-landskab',
          [
            'Kravene er formuleret som mindstekrav og ønsker',
            'Kravene henviser til gældende versioner af standarderne',
          ],
        ),
        story(
          'Versionering af kravbiblioteket',
          'redaktør af kravbiblioteket',
          'at ændringer i standardkrav bliver versioneret',
          'kommunerne kan se, hvad der er ændret siden deres sidste udbud',
          ['Hver udgivelse har et versionsnummer og en ændringsliste', 'Ældre versioner kan stadig vises'],
        ),
      ],
    ),
    epic(
      'Kravspecifikation og udbud',
      'Opbygning af kravspecifikationen til det konkrete indkøb og eksport til udbudsmaterialet.',
      [
        story(
          'Eksport af kravspecifikation til Word',
          'indkøbskonsulent',
          'at kunne eksportere kravspecifikationen til Word med kommunens skabelon',
          'den kan indgå direkte i udbudsmaterialet',
          ['Kommunens Word-skabelon kan uploades', 'Krav nummereres fortløbende i eksporten'],
        ),
        story(
          'Vægtning af krav',
          'indkøbskonsulent',
          'at kunne vægte ønskede krav i forhold til hinanden',
          'evalueringen af tilbuddene bliver gennemsigtig',
          ['Vægte angives i procent og skal summere til 100', 'Vægtene kommer med i eksporten'],
        ),
        story(
          'Samarbejde om en kravspecifikation',
          'projektleder på et fælleskommunalt udbud',
          'at flere kommuner kan arbejde i den samme kravspecifikation',
          'vi kan gennemføre fælles indkøb',
          ['Ejeren kan invitere brugere fra andre kommuner', 'Ændringer vises med forfatter'],
        ),
      ],
    ),
    epic(
      'Besvarelse og evaluering',
      'Leverandørernes besvarelse af kravene og kommunens evaluering af tilbuddene.',
      [
        story(
          'Leverandørbesvarelse i regneark',
          'tilbudsgiver hos en leverandør',
          'at kunne besvare kravene i et regneark',
          'jeg kan samarbejde med kolleger om besvarelsen',
          ['Regnearket kan genindlæses i kravmotoren', 'Ugyldige svar markeres ved indlæsning'],
        ),
        story(
          'Sammenligning af tilbud',
          'evaluator i en kommune',
          'at se leverandørernes besvarelser af hvert krav side om side',
          'evalueringen går hurtigere og bliver mere ensartet',
          ['Besvarelser vises i kolonner pr. leverandør', 'Point kan gives direkte i visningen'],
        ),
        story(
          'Markering af opfyldte mindstekrav',
          'evaluator i en kommune',
          'at tilbud, der ikke opfylder alle mindstekrav, markeres tydeligt',
          'vi ikke evaluerer ukonditionsmæssige tilbud',
          [
            'Manglende mindstekrav vises pr. leverandør',
            'Markeringen kan begrundes og tilsidesættes af evaluator',
          ],
        ),
        story(
          'Evalueringsnotat genereret fra pointgivningen',
          'indkøbskonsulent',
          'at kunne danne et udkast til evalueringsnotat ud fra point og begrundelser',
          'vi sparer tid og får en ensartet dokumentation af tildelingen',
          ['Notatet indeholder point pr. krav og samlet score', 'Notatet kan eksporteres til Word'],
        ),
        story(
          'Spørgsmål og svar i udbudsperioden',
          'indkøbskonsulent',
          'at kunne registrere leverandørernes spørgsmål og kommunens svar knyttet til det enkelte krav',
          'alle tilbudsgivere får de samme oplysninger',
          ['Svar kan offentliggøres samlet', 'Spørgerens identitet vises ikke for andre leverandører'],
        ),
      ],
    ),
  ],
  bugs: [
    bug(
      'Word-eksporten mister punktopstillinger',
      'Punktopstillinger i kravteksten bliver til almindelige afsnit i den eksporterede Word-fil.',
    ),
    bug(
      'Vægte summerer ikke til 100 efter sletning af krav',
      'Når et vægtet krav slettes, fordeles vægten ikke, og valideringen tillader alligevel eksport.',
    ),
    bug(
      'Inviterede brugere fra andre kommuner kan ikke åbne specifikationen',
      'Invitationen sendes, men brugeren får "adgang nægtet", hvis vedkommende ikke tidligere har logget ind.',
    ),
    bug(
      'Regnearket med besvarelser kan ikke genindlæses efter sortering',
      'Sorterer leverandøren regnearket, fejler genindlæsningen, fordi kravene matches på rækkenummer.',
    ),
  ],
  tasks: [
    task(
      'Gennemgå standardkrav efter nye regler om NIS2',
      'Redaktionsgruppen skal vurdere, om sikkerhedskravene skal opdateres.',
      ['afklaring'],
      'coordinator',
    ),
    task('Vejledning til import af leverandørbesvarelser', 'Beskriv regnearksformatet og typiske fejl.', [
      'dokumentation',
    ]),
  ],
};
