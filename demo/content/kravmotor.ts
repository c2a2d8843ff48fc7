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
        story(
          'Standardkrav om exit og dataudlevering',
          'IT-arkitekt',
          'at biblioteket har standardkrav om dataudlevering og exit ved kontraktens ophør',
          'vi ikke bliver låst til én leverandør',
          [
            'Kravene dækker dataformat, frister og pris for udlevering',
            'Kravene henviser til de fællesoffentlige standarder, hvor de findes',
          ],
        ),
        story(
          'Standardkrav om databehandling',
          'databeskyttelsesrådgiver',
          'at kunne vælge standardkrav om databehandling, herunder underdatabehandlere og overførsel til tredjelande',
          'kravspecifikationen hænger sammen med den databehandleraftale, der skal indgås',
          [
            'Kravene er afstemt med KL’s skabelon til databehandleraftaler',
            'Kravene kan markeres som mindstekrav',
          ],
        ),
        story(
          'Krav om frigivelse af kode som open source',
          'digitaliseringschef',
          'at kunne stille krav om, at kode udviklet til kommunen frigives som open source i OS2',
          'andre kommuner kan genbruge løsningen',
          ['Kravet indeholder et valg af licens', 'Kravet henviser til OS2’s governance-krav'],
        ),
        story(
          'Filtrering af krav på emne og kilde',
          'indkøbskonsulent',
          'at kunne søge og filtrere i kravbiblioteket på emne, fagområde og kilde',
          'jeg hurtigt finder de krav, der passer til mit udbud',
          ['Filtrene kan kombineres', 'Søgningen dækker både kravtekst og vejledning'],
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
        story(
          'Skabeloner til typiske udbud',
          'indkøbskonsulent',
          'at kunne starte en kravspecifikation fra en skabelon, fx til et ESDH- eller omsorgssystem',
          'vi ikke begynder forfra ved hvert udbud',
          [
            'Skabeloner kan oprettes ud fra en afsluttet kravspecifikation',
            'Skabelonen kan tilpasses uden at ændre originalen',
          ],
        ),
        story(
          'Udkast til markedsdialog',
          'projektleder i digitaliseringsafdelingen',
          'at kunne dele et udkast til kravspecifikationen med leverandører i en markedsdialog',
          'kravene bliver justeret, før udbuddet offentliggøres',
          [
            'Udkastet deles via et link uden login',
            'Leverandørernes kommentarer samles pr. krav',
            'Leverandørerne kan ikke se hinandens kommentarer',
          ],
        ),
        story(
          'Deling af afsluttede kravspecifikationer',
          'indkøbskonsulent i en mindre kommune',
          'at kunne kopiere en kravspecifikation, som en anden kommune har delt',
          'vi kan bygge videre på et udbud, der allerede er gennemført',
          [
            'Kommunen vælger selv, om en kravspecifikation deles',
            'Kopien viser, hvilken kommune den stammer fra',
          ],
        ),
        story(
          'Tidsplan med frister for udbuddet',
          'udbudsjurist',
          'at kunne lægge udbuddets tidsplan ind med frister for spørgsmål, tilbud og evaluering',
          'alle i projektgruppen kender fristerne',
          [
            'Fristerne vises på udbuddets forside',
            'Der sendes en påmindelse før hver frist',
            'Spørgsmål efter fristen afvises automatisk',
          ],
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
        story(
          'Individuel pointgivning før konsensusmødet',
          'evaluator i en udbudsgruppe',
          'at kunne give point hver for sig, før gruppen mødes',
          'vi ikke påvirker hinanden, før vurderingerne drøftes',
          [
            'De andres point er skjult, indtil alle har givet deres',
            'Afvigelser på mere end to point markeres til konsensusmødet',
          ],
        ),
        story(
          'Afklarende spørgsmål til et tilbud',
          'udbudsjurist',
          'at kunne sende afklarende spørgsmål til én tilbudsgiver om dennes besvarelse',
          'vi kan evaluere på et sikkert grundlag uden at forhandle',
          ['Spørgsmål og svar knyttes til det konkrete krav', 'Fristen for svar registreres'],
        ),
        story(
          'Evalueringspris fra et fælles prisskema',
          'indkøbskonsulent',
          'at tilbudsgivernes priser indlæses fra et fælles prisskema og regnes om til en evalueringspris',
          'prisen kan vægtes mod kvaliteten uden regnefejl',
          [
            'Evalueringsprisen beregnes ud fra de angivne mængder',
            'Unormalt lave priser markeres til nærmere undersøgelse',
          ],
        ),
        story(
          'Kontraktbilag fra det vindende tilbud',
          'udbudsjurist',
          'at kravspecifikationen med vinderens besvarelse kan udskrives som kontraktbilag',
          'kontrakten afspejler præcis det, der blev tilbudt',
          [
            'Bilaget indeholder krav, besvarelse og eventuelle afklaringer',
            'Bilaget kan eksporteres til Word og PDF',
            'Kontraktens stamdata kan overføres til OS2kitos',
          ],
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
