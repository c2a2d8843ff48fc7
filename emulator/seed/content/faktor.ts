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
