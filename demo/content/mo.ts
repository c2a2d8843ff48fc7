import { bug, epic, story, task, type ProductContent } from './types';

export const MO: ProductContent = {
  components: ['organisationstræet', 'medarbejderfanen', 'søgningen', 'tidslinjen', 'orgviewer'],
  epics: [
    epic(
      'Organisation og historik',
      'Vedligeholdelse af organisationsenheder, ledere og tilknytninger med fuld historik, så andre systemer kan stole på data fra MO.',
      [
        story(
          'Planlagte omorganiseringer',
          'organisationskonsulent i HR',
          'at kunne oprette en omorganisering med en fremtidig virkningsdato',
          'den nye struktur først slår igennem i de tilsluttede systemer på dagen',
          [
            'Enheder kan flyttes, omdøbes og lukkes med virkning fra en fremtidig dato',
            'Fremtidige ændringer vises i en tidslinje på enheden',
            'Ændringen kan fortrydes indtil virkningsdatoen',
          ],
        ),
        story(
          'Se organisationen på en given dato',
          'HR-medarbejder',
          'at kunne se organisationstræet, som det så ud på en bestemt dato',
          'jeg kan besvare spørgsmål om, hvem der var leder hvornår',
          [
            'En datovælger øverst styrer hele visningen',
            'Historiske ledere og tilknytninger vises for den valgte dato',
            'Visningen kan deles som link med datoen indbygget',
          ],
        ),
        story(
          'Stedfortræder for leder',
          'leder af et dagtilbud',
          'at kunne registrere en stedfortræder i en tidsafgrænset periode',
          'godkendelser i de tilsluttede systemer ikke går i stå under min ferie',
          [
            'Stedfortræderen registreres med start- og slutdato',
            'Stedfortræderen eksponeres i API’et sammen med lederen',
            'Lederen kan selv oprette stedfortræderen via selvbetjening',
          ],
        ),
        story(
          'Enhedstyper og niveauer fra klassifikationer',
          'systemadministrator',
          'at kunne vedligeholde enhedstyper og enhedsniveauer som klassifikationer',
          'vi kan tilpasse MO til vores egen organisering uden udvikling',
          [
            'Klassifikationer kan oprettes og afsluttes med virkningsdato',
            'Afsluttede klassifikationer kan ikke vælges på nye enheder',
          ],
        ),
        story(
          'Medarbejdere tilknyttet flere enheder',
          'HR-medarbejder',
          'at kunne registrere, at en medarbejder er tilknyttet flere enheder med hver sin funktion',
          'medarbejdere med delte stillinger vises korrekt i begge enheder',
          [
            'Hver tilknytning har sin egen start- og slutdato',
            'Én tilknytning markeres som primær',
            'Den primære tilknytning bruges til lønsystem og AD',
          ],
        ),
        story(
          'Adresser og lokationer på enheder',
          'ejendomskonsulent',
          'at enheder kan have en eller flere fysiske adresser fra Danmarks Adresseregister',
          'vi kan se, hvilke enheder der holder til på hvilke adresser',
          [
            'Adresser valideres mod Danmarks Adresseregister',
            'En adresse kan markeres som besøgs- eller postadresse',
          ],
        ),
        story(
          'EAN-nummer og omkostningssted på enheder',
          'økonomikonsulent',
          'at kunne registrere enhedens EAN-nummer og omkostningssted',
          'fakturaer og budgetter kan knyttes til den rigtige enhed',
          ['EAN-numre valideres ved indtastning', 'Felterne udstilles i API’et'],
        ),
        story(
          'Orlov registreret på medarbejderen',
          'HR-medarbejder',
          'at kunne registrere orlov, fx barsel, på en medarbejder',
          'lederen og stedfortræderen kan se, hvem der er væk, og AD-kontoen kan sættes i bero',
          ['Orlov har type, start- og slutdato', 'Orlov vises på medarbejderfanen og i API’et'],
        ),
      ],
    ),
    epic(
      'Integrationer til løn og Active Directory',
      'Stabil indlæsning fra lønsystemer og synkronisering til Active Directory og FK Organisation.',
      [
        story(
          'Automatisk oprettelse af AD-konto ved ny ansættelse',
          'IT-supporter',
          'at en AD-konto oprettes automatisk, når en ny ansættelse kommer fra lønsystemet',
          'nye medarbejdere har adgang til IT fra første arbejdsdag',
          [
            'Kontoen oprettes fem hverdage før ansættelsens start',
            'Brugernavnet dannes efter kommunens navngivningsregler',
            'Fejl ved oprettelse sendes til en fælles postkasse',
          ],
        ),
        story(
          'Deaktivering af AD-konto ved fratrædelse',
          'informationssikkerhedskoordinator',
          'at AD-kontoen deaktiveres automatisk dagen efter sidste ansættelsesdag',
          'fratrådte medarbejdere ikke har adgang til kommunens systemer',
          [
            'Kontoen deaktiveres, når medarbejderen ikke har nogen aktive engagementer',
            'Genansættelse inden for 30 dage genaktiverer kontoen',
            'Alle deaktiveringer logges',
          ],
        ),
        story(
          'Overblik over fejlede indlæsninger fra lønsystemet',
          'lønmedarbejder',
          'at kunne se, hvilke ansættelser fra lønsystemet der ikke kunne indlæses i MO',
          'fejlene kan rettes, før de giver problemer i andre systemer',
          [
            'Fejlede indlæsninger vises med CPR-maskeret medarbejder og årsag',
            'Listen kan filtreres på lønsystem og dato',
            'En rettet fejl forsvinder fra listen ved næste kørsel',
          ],
        ),
        story(
          'Synkronisering af stillingsbetegnelser til FK Organisation',
          'systemadministrator',
          'at stillingsbetegnelser fra MO synkroniseres til FK Organisation',
          'KOMBIT-systemerne kan bruge dem til rettighedsstyring',
          [
            'Stillingsbetegnelser sendes med ved hver synkronisering',
            'Ændringer logges i integrationsloggen',
          ],
        ),
        story(
          'Indlæsning af ansættelser fra OPUS',
          'systemadministrator',
          'at ansættelser og fratrædelser indlæses automatisk fra KMD OPUS',
          'kommuner med OPUS kan bruge MO uden manuelle registreringer',
          ['Indlæsningen kører hver nat', 'Ansættelser med fremtidig startdato oprettes som fremtidige'],
        ),
        story(
          'E-mailadresse og brugernavn tilbage fra AD',
          'IT-supporter',
          'at medarbejderens e-mailadresse og brugernavn skrives tilbage fra AD til MO',
          'andre systemer kan finde dem ét sted',
          ['Tilbageskrivningen sker inden for en time', 'Konflikter vises i en fejlliste'],
        ),
        story(
          'Besked til adgangskontrolsystemet',
          'driftsansvarlig for adgangskontrol',
          'at adgangskontrolsystemet får besked, når en medarbejder starter eller stopper',
          'adgangskort kan udleveres og spærres til tiden',
          ['Beskeden indeholder enhedens lokation', 'Spærringen sker ved udgangen af fratrædelsesdagen'],
        ),
        story(
          'Forhåndsvisning af ændringer i AD',
          'IT-supporter',
          'at se, hvilke ændringer synkroniseringen vil lave i AD, før den kører',
          'en fejl i data ikke spærrer mange brugere på én gang',
          [
            'Forhåndsvisningen viser oprettelser, ændringer og deaktiveringer',
            'Synkroniseringen stopper, hvis flere konti end en fastsat grænse vil blive deaktiveret',
          ],
        ),
      ],
    ),
    epic(
      'Selvbetjening og data til andre systemer',
      'Gør data i MO synlige og brugbare for ledere, medarbejdere og andre OS2-produkter som OS2rollekatalog.',
      [
        story(
          'Lederens overblik over egne medarbejdere',
          'leder',
          'at kunne se en liste over mine medarbejdere med engagementer og IT-brugere',
          'jeg kan holde øje med, at data om mit område er korrekte',
          [
            'Listen viser medarbejdere i lederens enheder og underenheder',
            'Lederen kan melde fejl direkte til HR fra listen',
          ],
        ),
        story(
          'Eksport af organisationsdiagram',
          'kommunikationsmedarbejder',
          'at kunne eksportere et organisationsdiagram for en forvaltning som PDF',
          'vi kan bruge det på intranettet og i præsentationer',
          [
            'Eksporten viser enheder og ledere',
            'Antal niveauer kan vælges',
            'PDF’en har kommunens logo i sidehovedet',
          ],
        ),
        story(
          'Ændringsabonnementer i API’et',
          'integrationsudvikler',
          'at kunne abonnere på ændringer af enheder og medarbejdere via API’et',
          'vores systemer ikke skal hente hele organisationen hver nat',
          [
            'Ændringer leveres som hændelser med objekttype og UUID',
            'Hændelser kan hentes igen fra et givet tidspunkt',
            'Adgang styres med klientrettigheder',
          ],
        ),
        story(
          'Søgning på medarbejdere via e-mail og telefon',
          'servicemedarbejder i borgerservice',
          'at kunne søge på medarbejdere ud fra e-mail eller telefonnummer',
          'jeg kan stille borgerens opkald videre til den rette',
          ['Søgningen matcher på dele af adressen eller nummeret', 'Kun aktuelle adresser indgår'],
        ),
        story(
          'Medarbejderens egne oplysninger',
          'medarbejder',
          'at kunne se de oplysninger, MO har om mig, og melde fejl',
          'fejl i fx min stillingsbetegnelse bliver rettet',
          ['Medarbejderen ser egne engagementer, adresser og IT-brugere', 'Fejlmeldinger sendes til HR'],
        ),
        story(
          'Telefonbog på intranettet',
          'webredaktør',
          'at intranettets telefonbog henter medarbejdere og enheder fra MO',
          'telefonbogen altid er opdateret',
          ['Kun adresser markeret som offentlige vises', 'Hemmelige telefonnumre udelades'],
        ),
        story(
          'Udtræk til ledelsesinformation',
          'BI-udvikler',
          'at kunne hente organisationen som tabeller til kommunens datavarehus',
          'vi kan koble organisationsdata med økonomi og sygefravær',
          ['Udtrækket leveres dagligt', 'CPR-numre udelades som standard'],
        ),
        story(
          'Lederen retter sine enheders stamdata',
          'leder',
          'at kunne rette telefonnummer, åbningstider og mailadresse på mine egne enheder',
          'oplysningerne er rigtige uden at gå gennem HR',
          ['Lederen kan kun rette udvalgte felter', 'Ændringerne logges'],
        ),
        story(
          'MED-udvalg og andre tværgående grupper',
          'HR-konsulent',
          'at kunne registrere tværgående grupper som MED-udvalg og arbejdsmiljøorganisationen',
          'vi kan se, hvem der sidder i hvilke udvalg',
          [
            'Grupperne vedligeholdes som en særskilt organisation',
            'Medlemskaber har start- og slutdato',
            'Grupperne kan vises i orgviewer',
          ],
        ),
        story(
          'Kontaktoplysninger til kommunens hjemmeside',
          'webredaktør',
          'at kommunens hjemmeside henter enhedernes åbningstider og kontaktoplysninger fra MO',
          'borgerne altid ser de gældende oplysninger',
          [
            'Kun enheder markeret som borgerrettede udgives',
            'Medarbejdernes personlige oplysninger udgives ikke',
          ],
        ),
        story(
          'IT-konti vist på medarbejderen',
          'IT-supporter',
          'at kunne se, hvilke IT-konti en medarbejder har i de tilsluttede systemer',
          'jeg hurtigt kan hjælpe, når en konto ikke virker',
          [
            'Konti vises med system, brugernavn og status',
            'Konti uden tilknyttet medarbejder vises på en liste',
          ],
        ),
      ],
    ),
  ],
  bugs: [
    bug(
      'Flytning af enhed fjerner fremtidige lederes tilknytning',
      'Når en enhed flyttes med virkning fra i dag, forsvinder en allerede registreret fremtidig leder fra enheden.',
    ),
    bug(
      'AD-synkronisering fejler på efternavne med apostrof',
      'Medarbejdere med navne som "O’Connor" afvises af AD-synkroniseringen med "invalid filter". Fejlen stopper ikke de øvrige brugere, men kontoen oprettes ikke.',
    ),
    bug(
      'Tidslinjen viser slutdato en dag for tidligt',
      'En tilknytning med slutdato 31. december vises i tidslinjen som afsluttet 30. december. Data i API’et er korrekte.',
    ),
    bug(
      'GraphQL-forespørgsel på ledere er meget langsom for store forvaltninger',
      'En forespørgsel på alle ledere i en forvaltning med 4.000 medarbejdere tager over 30 sekunder og rammer timeout i OS2rollekatalog.',
    ),
    bug(
      'Dobbelte engagementer ved genindlæsning fra lønsystemet',
      'Kører man en fuld genindlæsning, oprettes nogle engagementer en ekstra gang i stedet for at blive opdateret.',
    ),
    bug(
      'Orgviewer viser lukkede enheder',
      'Enheder med slutdato i går vises stadig i orgviewer, indtil cachen tømmes manuelt.',
    ),
  ],
  tasks: [
    task(
      'Dokumentér opsætning af lønintegrationen',
      'Beskriv konfiguration, fejlhåndtering og genkørsel, så en ny kommune kan tilslutte sig uden hjælp fra leverandøren.',
      ['dokumentation'],
    ),
    task(
      'Opgradér databasen til PostgreSQL 16',
      'Den nuværende version er ved at udløbe. Test migreringen på en kopi af produktionsdata.',
      ['drift'],
    ),
    task(
      'Afklar behov for ny klassifikation til ansættelsestyper',
      'Koordinationsgruppen skal afklare, om kommunerne kan nøjes med én fælles liste.',
      ['afklaring'],
      'coordinator',
    ),
  ],
};
