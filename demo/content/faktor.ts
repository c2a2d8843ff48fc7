import { bug, epic, story, task, type ProductContent } from './types';

export const FAKTOR: ProductContent = {
  components: [
    'loginsiden',
    'selvbetjeningen',
    'administrationsmodulet',
    'brugeroversigten',
    'MFA-registreringen',
  ],
  epics: [
    epic(
      'MitID Erhverv og NSIS',
      'Login med MitID Erhverv via NemLog-in og fortsat overholdelse af NSIS-sikringsniveauerne.',
      [
        story(
          'Aktivering af erhvervsidentitet med MitID Erhverv',
          'medarbejder i en kommune',
          'at kunne aktivere min erhvervsidentitet med MitID Erhverv',
          'jeg kan logge ind på fællesoffentlige løsninger på NSIS-niveau betydelig',
          [
            'Aktiveringen kræver login med MitID på niveau betydelig',
            'Identiteten kobles til brugerens AD-konto',
            'Brugeren får en kvittering på mail',
          ],
        ),
        story(
          'Vis sikringsniveau ved login',
          'IT-sikkerhedsansvarlig',
          'at tjenesteudbydere får det opnåede NSIS-sikringsniveau med i login-svaret',
          'fagsystemer kan afvise login, der ikke lever op til deres krav',
          ['Niveauet sendes som attribut i SAML og som claim i OIDC', 'Niveauet fremgår af auditloggen'],
        ),
        story(
          'Spærring af erhvervsidentitet ved mistanke om misbrug',
          'IT-supporter',
          'at kunne spærre en medarbejders erhvervsidentitet med det samme',
          'et kompromitteret login ikke kan bruges',
          [
            'Spærringen kræver en begrundelse',
            'Medarbejderen og dennes leder får besked',
            'Spærringen kan kun ophæves af en administrator',
          ],
        ),
        story(
          'Genaktivering efter længere fravær',
          'medarbejder',
          'at kunne genaktivere min erhvervsidentitet selv, når jeg kommer tilbage efter barsel',
          'jeg kan arbejde fra første dag',
          ['Genaktiveringen kræver MitID på sikringsniveau betydelig', 'Genaktiveringen logges'],
        ),
        story(
          'Automatisk spærring ved fratrædelse',
          'IT-sikkerhedsansvarlig',
          'at erhvervsidentiteten spærres automatisk, når medarbejderen fratræder i OS2mo',
          'tidligere medarbejdere ikke kan logge på kommunens systemer',
          ['Spærringen sker på fratrædelsesdagen', 'Spærringen fremgår af auditloggen'],
        ),
        story(
          'Rapport om identitetssikring til revisionen',
          'informationssikkerhedskoordinator',
          'at kunne trække en rapport over, hvordan medarbejdernes identitet er sikret',
          'vi kan dokumentere, at vi overholder NSIS',
          [
            'Rapporten viser aktiveringsmetode og sikringsniveau pr. medarbejder',
            'Rapporten kan afgrænses til en periode',
          ],
        ),
        story(
          'Højere sikringsniveau kun hvor det kræves',
          'systemejer af et fagsystem med følsomme data',
          'at brugerne først skal bekræfte med to-faktor, når de åbner de følsomme dele af systemet',
          'de ikke skal bruge to-faktor til alt',
          [
            'Tjenesteudbyderen kan bede om et højere niveau i login-forespørgslen',
            'Brugeren bliver kun bedt om den manglende faktor',
          ],
        ),
      ],
    ),
    epic(
      'To-faktor og enheder',
      'Registrering og brug af to-faktor-enheder: authenticator-app, hardwarenøgler og Windows-login.',
      [
        story(
          'Registrering af hardwarenøgle (FIDO2)',
          'medarbejder uden tjenestetelefon',
          'at kunne registrere en hardwarenøgle som anden faktor',
          'jeg kan logge sikkert ind uden en smartphone',
          [
            'FIDO2-nøgler kan registreres via selvbetjeningen',
            'En bruger kan have op til tre nøgler',
            'Mistede nøgler kan spærres af brugeren selv',
          ],
        ),
        story(
          'Husk enhed i 12 timer på kommunale PC’er',
          'sygeplejerske på en fælles arbejdsstation',
          'at to-faktor-godkendelsen huskes i en vagt på kommunens egne PC’er',
          'jeg ikke skal godkende på telefonen ved hvert systemskift',
          [
            'Gælder kun for enheder, der er registreret som kommunale',
            'Varigheden kan konfigureres af administrator',
            'Huskede godkendelser kan tilbagekaldes centralt',
          ],
        ),
        story(
          'Overblik over brugerens registrerede enheder',
          'IT-supporter',
          'at kunne se en brugers registrerede to-faktor-enheder og seneste brug',
          'jeg kan hjælpe, når en bruger har mistet sin telefon',
          [
            'Listen viser type, navn, registreringsdato og seneste brug',
            'Supporteren kan spærre en enhed med begrundelse',
          ],
        ),
        story(
          'Nulstilling af kodeord fra Windows-loginbilledet',
          'medarbejder',
          'at kunne nulstille mit kodeord direkte fra Windows-loginbilledet med MitID',
          'jeg ikke skal ringe til IT-support, når jeg har glemt det',
          [
            'Linket vises på loginbilledet via Windows-klienten',
            'Nulstilling kræver MitID på niveau betydelig',
            'Det nye kodeord skal overholde kommunens kodeordspolitik',
          ],
        ),
        story(
          'Fysisk kodeviser som anden faktor',
          'servicemedarbejder uden tjenestetelefon',
          'at kunne bruge en fysisk kodeviser som anden faktor',
          'jeg kan logge på uden at bruge min private telefon',
          ['Kodevisere registreres med serienummer', 'IT-supporten kan udlevere og spærre kodevisere'],
        ),
        story(
          'Midlertidig kode ved mistet telefon',
          'IT-supporter',
          'at kunne give en medarbejder, der har mistet sin telefon, en midlertidig kode',
          'medarbejderen kan arbejde, indtil en ny enhed er registreret',
          [
            'Den midlertidige kode gælder højst et døgn',
            'Medarbejderen identificeres efter en fast procedure',
            'Handlingen logges med supporterens navn',
          ],
        ),
        story(
          'Login med adgangskort på delte PC’er',
          'social- og sundhedsassistent',
          'at kunne logge på en delt PC ved at holde mit adgangskort mod en kortlæser og taste en pinkode',
          'jeg hurtigt kommer i gang uden at dele login med kolleger',
          [
            'Kortet tæller som den ene faktor og pinkoden som den anden',
            'Sessionen låses, når kortet fjernes',
          ],
        ),
        story(
          'Mail ved login fra en ny enhed',
          'medarbejder',
          'at få en mail, når der logges ind med min identitet fra en ny enhed',
          'jeg opdager det hurtigt, hvis andre bruger mit login',
          [
            'Mailen indeholder tidspunkt, browser og omtrentlig placering',
            'Mailen har et link til at spærre identiteten',
          ],
        ),
      ],
    ),
    epic(
      'Tjenesteudbydere og drift',
      'Opsætning af tilsluttede systemer (SAML og OIDC), logning og drift af løsningen.',
      [
        story(
          'Selvbetjent opsætning af tjenesteudbyder via metadata-URL',
          'systemadministrator',
          'at kunne oprette en ny tjenesteudbyder ved at indtaste en metadata-URL',
          'tilslutning af nye systemer ikke kræver hjælp fra leverandøren',
          [
            'Metadata hentes og valideres ved oprettelse',
            'Metadata genindlæses automatisk hver nat',
            'Udløbende certifikater varsles 30 dage før',
          ],
        ),
        story(
          'Udtræk af auditlog til kommunens SIEM',
          'IT-sikkerhedsansvarlig',
          'at kunne sende auditloggen løbende til kommunens SIEM-løsning',
          'loginhændelser kan overvåges sammen med vores øvrige logs',
          [
            'Loggen kan sendes via syslog eller hentes via API',
            'Hændelser indeholder bruger, tjenesteudbyder, sikringsniveau og resultat',
          ],
        ),
        story(
          'Statistik over login pr. tjenesteudbyder',
          'digitaliseringskonsulent',
          'at kunne se antal login pr. tjenesteudbyder pr. måned',
          'vi kan se, hvilke systemer der rent faktisk bruges',
          ['Statistikken kan eksporteres som CSV', 'Tal vises uden personoplysninger'],
        ),
        story(
          'Kommunens logo og farver på loginsiden',
          'kommunikationsmedarbejder',
          'at loginsiden viser kommunens logo og farver',
          'medarbejderne kan se, at de logger ind hos deres egen kommune',
          ['Logo og farver kan uploades af administrator', 'Kontrasten kontrolleres mod WCAG 2.1 AA'],
        ),
        story(
          'Afvis login fra udlandet',
          'IT-sikkerhedsansvarlig',
          'at kunne afvise eller kræve ekstra godkendelse ved login fra lande uden for EU',
          'angreb fra udlandet bliver sværere',
          ['Reglen kan undtage udvalgte brugere', 'Afviste login logges med land og IP-adresse'],
        ),
        story(
          'Besked om planlagt vedligeholdelse',
          'systemadministrator',
          'at kunne vise en besked på loginsiden om planlagt vedligeholdelse',
          'brugerne er forberedte, når login er utilgængeligt',
          ['Beskeden har start- og sluttidspunkt', 'Beskeden vises på dansk og engelsk'],
        ),
        story(
          'Testmiljø med testbrugere',
          'systemadministrator',
          'at kunne afprøve en ny tjenesteudbyder i et testmiljø med testbrugere',
          'login i produktionen ikke fejler, når systemet sættes i drift',
          ['Testmiljøet har de samme indstillinger som produktionen', 'Testbrugere kan oprettes uden MitID'],
        ),
        story(
          'Adgang til en tjenesteudbyder kræver en rolle',
          'systemejer',
          'at kun medarbejdere med en bestemt rolle fra OS2rollekatalog kan logge på vores system',
          'uvedkommende bliver afvist allerede ved login',
          ['Rollekravet sættes pr. tjenesteudbyder', 'Afviste brugere ser en forståelig besked'],
        ),
        story(
          'Skift af signeringscertifikat uden nedetid',
          'IT-driftsansvarlig',
          'at kunne lægge et nyt signeringscertifikat ind ved siden af det gamle',
          'tjenesteudbyderne kan nå at skifte, før det gamle udløber',
          [
            'Begge certifikater udgives i metadata i en overgangsperiode',
            'Tjenesteudbydere, der stadig bruger det gamle certifikat, vises på en liste',
          ],
        ),
        story(
          'Single logout på tværs af systemer',
          'IT-sikkerhedsansvarlig',
          'at brugeren logges ud af alle tilsluttede systemer, når der logges ud ét sted',
          'en forladt PC ikke giver adgang til andre systemer',
          [
            'Single logout virker for SAML-tjenesteudbydere, der understøtter det',
            'Tjenesteudbydere uden understøttelse vises på en liste',
          ],
        ),
      ],
    ),
  ],
  bugs: [
    bug(
      'Login-loop ved OIDC-klienter med lange state-parametre',
      'Klienter, der sender en state-parameter på over 512 tegn, sendes tilbage til loginsiden i en uendelig løkke.',
    ),
    bug(
      'Windows-klienten viser engelsk tekst efter opdatering',
      'Efter opdateringen vises knapperne på loginbilledet på engelsk, selv om Windows er sat op til dansk.',
    ),
    bug(
      'Fejl ved registrering af authenticator på Android 15',
      'QR-koden kan ikke scannes i appen på visse Android 15-telefoner. Manuel indtastning af koden virker.',
    ),
    bug(
      'Certifikatvarsel sendt til forkert modtager',
      'Varsler om udløbende certifikater går til den administrator, der oprettede tjenesteudbyderen, også selv om vedkommende er fratrådt.',
    ),
    bug(
      'Sessionen udløber ikke efter skift af kodeord',
      'En bruger, der skifter kodeord, forbliver logget ind i andre browsere. Sessioner bør afsluttes ved kodeordsskift.',
      ['sikkerhed'],
    ),
  ],
  tasks: [
    task(
      'Forny signeringscertifikat til NemLog-in',
      'Certifikatet udløber om to måneder. Bestil nyt, test i integrationsmiljøet, og planlæg skiftet med kommunerne.',
      ['drift', 'sikkerhed'],
    ),
    task(
      'Opdatér vejledning til tilslutning af OIDC-klienter',
      'Vejledningen mangler eksempler på PKCE og refresh tokens.',
      ['dokumentation'],
    ),
    task(
      'Svar på sekretariatets høring om niveausænkning',
      'Sekretariatet har anbefalet at sænke produktet til Niveau 1. Styregruppen skal give sine bemærkninger og en plan for de manglende krav.',
      ['governance'],
      'coordinator',
    ),
  ],
};
