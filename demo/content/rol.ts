import { bug, epic, story, task, type ProductContent } from './types';

export const ROL: ProductContent = {
  components: [
    'rolletildelingen',
    'attesteringsmodulet',
    'rapportmodulet',
    'brugeroversigten',
    'anmodningsflowet',
  ],
  epics: [
    epic(
      'Attestering af rettigheder',
      'Periodisk gennemgang, hvor ledere bekræfter eller fjerner medarbejdernes rettigheder, så kommunen kan dokumentere adgangsstyring over for revisionen.',
      [
        story(
          'Påmindelser om attestering',
          'leder i en forvaltning',
          'at få påmindelser, indtil jeg har attesteret mine medarbejderes rettigheder',
          'attesteringen bliver gennemført inden fristen',
          [
            'Første mail sendes, når attesteringen starter',
            'Påmindelser sendes efter 14 og 28 dage',
            'Lederens leder får besked, hvis fristen overskrides',
          ],
        ),
        story(
          'Attestering af rettigheder tildelt via enhed',
          'leder',
          'at kunne se og attestere rettigheder, som medarbejderne har fået via enheden',
          'jeg ikke overser rettigheder, der ikke er tildelt direkte',
          [
            'Rettigheder vises grupperet efter direkte, enhed og stillingsbetegnelse',
            'Enhedsrettigheder attesteres én gang for hele enheden',
          ],
        ),
        story(
          'Systemejerens attestering af rollerne',
          'systemejer',
          'at kunne attestere, at et IT-systems roller stadig har det rette indhold',
          'brugerroller ikke giver mere adgang end nødvendigt',
          [
            'Systemejeren ser alle jobfunktionsroller og deres indhold',
            'Ændringsønsker kan registreres direkte i attesteringen',
            'Attesteringen kan gentages hvert år',
          ],
        ),
        story(
          'Rapport over gennemført attestering til revisionen',
          'IT-sikkerhedskoordinator',
          'at kunne trække en rapport over gennemførte og manglende attesteringer',
          'vi kan dokumentere adgangskontrollen over for revisionen',
          [
            'Rapporten viser pr. enhed, hvem der har attesteret og hvornår',
            'Rapporten kan eksporteres som Excel og PDF',
          ],
        ),
        story(
          'Rettigheder, der ikke bliver brugt',
          'leder',
          'at se, hvilke af mine medarbejderes rettigheder der ikke er brugt det seneste halve år',
          'jeg kan fjerne dem ved attesteringen',
          [
            'Brugsdata hentes fra de fagsystemer, der kan levere dem',
            'Ubrugte rettigheder markeres i attesteringsvisningen',
          ],
        ),
        story(
          'Delegering af attestering',
          'leder',
          'at kunne delegere attesteringen af mine medarbejdere til min souschef',
          'attesteringen bliver gennemført, selv om jeg er fraværende',
          ['Delegeringen har en slutdato', 'Det fremgår af rapporten, hvem der attesterede'],
        ),
        story(
          'Hyppigere attestering af følsomme systemer',
          'informationssikkerhedskoordinator',
          'at roller med adgang til følsomme data attesteres hvert halve år og andre roller en gang om året',
          'indsatsen bruges der, hvor risikoen er størst',
          ['Følsomheden sættes pr. IT-system', 'Attesteringsfristen beregnes automatisk'],
        ),
        story(
          'Eskalering af manglende attestering',
          'informationssikkerhedskoordinator',
          'at manglende attesteringer eskaleres til lederens leder, når fristen er overskredet',
          'attesteringen bliver gennemført i hele organisationen',
          [
            'Eskaleringen sker automatisk 14 dage efter fristen',
            'Eskalerede attesteringer vises i en samlet oversigt',
          ],
        ),
      ],
    ),
    epic(
      'Anmodning og godkendelse',
      'Medarbejdere og ledere kan anmode om roller, som godkendes af de rette personer uden mails frem og tilbage.',
      [
        story(
          'Anmod om rolle med begrundelse',
          'sagsbehandler i jobcentret',
          'at kunne anmode om en rolle i et fagsystem med en kort begrundelse',
          'jeg hurtigt får den adgang, jeg har brug for',
          [
            'Medarbejderen kan kun anmode om roller, der er markeret som anmodelige',
            'Begrundelse er obligatorisk',
            'Medarbejderen kan følge anmodningens status',
          ],
        ),
        story(
          'Godkendelse af anmodninger fra mobilen',
          'leder',
          'at kunne godkende eller afvise anmodninger om roller fra min telefon',
          'mine medarbejdere ikke venter på, at jeg sidder ved en PC',
          ['Godkendelsessiden er responsiv', 'Afvisning kræver en begrundelse'],
        ),
        story(
          'Tidsbegrænsede rolletildelinger',
          'rolletildeler',
          'at kunne tildele en rolle med en slutdato',
          'midlertidig adgang fjernes automatisk',
          [
            'Slutdatoen kan sættes ved tildeling og ændres senere',
            'Medarbejderen får besked syv dage før udløb',
            'Udløbne tildelinger fjernes fra AD og KOMBIT-systemerne',
          ],
        ),
        story(
          'Forslag til roller ud fra kolleger',
          'medarbejder',
          'at få forslag til roller, som mine kolleger i samme enhed har',
          'jeg let kan anmode om det, jeg skal bruge',
          [
            'Der foreslås roller, som mindst halvdelen af enhedens medarbejdere har',
            'Forslagene kræver stadig lederens godkendelse',
          ],
        ),
        story(
          'Systemejerens godkendelse af kritiske roller',
          'systemejer',
          'at anmodninger om kritiske roller også skal godkendes af mig efter lederen',
          'kun de rette får adgang til fx økonomisystemets betalingsfunktioner',
          ['Roller kan markeres som kritiske', 'Godkendelsen sker i to trin med besked til begge godkendere'],
        ),
        story(
          'Status på mine anmodninger',
          'medarbejder',
          'at kunne se status på mine anmodninger, og hvem der skal godkende dem',
          'jeg ved, hvem jeg skal rykke',
          [
            'Status vises som afventer leder, afventer systemejer, godkendt eller afvist',
            'Jeg får besked, når status ændres',
          ],
        ),
        story(
          'Roller til en nyansat før første arbejdsdag',
          'leder',
          'at kunne anmode om roller til en nyansat, før medarbejderen starter',
          'medarbejderen kan arbejde fra første dag',
          [
            'Den nyansatte kan vælges, så snart ansættelsen findes i OS2mo',
            'Rollerne tildeles på startdatoen',
          ],
        ),
      ],
    ),
    epic(
      'Integrationer og roller i fagsystemer',
      'Udlæsning af rettigheder til Active Directory, KOMBIT’s støttesystemer og fagsystemer.',
      [
        story(
          'Rettigheder til KOMBIT-systemer via FK Organisation',
          'autorisationsansvarlig',
          'at roller til KOMBIT-systemer tildeles i rollekataloget og sendes til FK Organisation',
          'vi ikke skal vedligeholde rettighederne to steder',
          [
            'Jobfunktionsroller hentes automatisk fra KOMBIT',
            'Ændringer sendes til FK Organisation inden for 15 minutter',
            'Fejl vises i en integrationsoversigt',
          ],
        ),
        story(
          'Tildeling ud fra stillingsbetegnelse',
          'rolletildeler',
          'at kunne tildele roller automatisk ud fra stillingsbetegnelser fra OS2mo',
          'nyansatte får standardrettighederne fra første dag',
          [
            'Tildelingen kan afgrænses til bestemte enheder',
            'Tildelinger opdateres, når stillingsbetegnelsen ændres i OS2mo',
          ],
        ),
        story(
          'Simulering af en ændring før den gennemføres',
          'autorisationsansvarlig',
          'at kunne se, hvilke brugere der får eller mister adgang, før jeg gemmer en ændring i en rolle',
          'jeg undgår utilsigtet at fratage mange brugere adgang',
          [
            'Simuleringen viser antal og navne på berørte brugere',
            'Ændringen kan gemmes direkte fra simuleringen',
          ],
        ),
        story(
          'Konflikt mellem roller (funktionsadskillelse)',
          'IT-sikkerhedskoordinator',
          'at kunne definere roller, der ikke må tildeles den samme bruger',
          'vi overholder kravene til funktionsadskillelse i økonomisystemet',
          [
            'Konflikter defineres mellem to eller flere roller',
            'Tildeling af en rolle i konflikt kræver særlig godkendelse',
            'Eksisterende konflikter vises i en rapport',
          ],
        ),
        story(
          'Rettigheder til eksterne konsulenter',
          'autorisationsansvarlig',
          'at kunne tildele roller til eksterne konsulenter, som ikke er ansat i kommunen',
          'også eksterne brugere er omfattet af attesteringen',
          [
            'Eksterne brugere skal have en ansvarlig intern leder',
            'Eksterne tildelinger har altid en slutdato',
          ],
        ),
        story(
          'Udlæsning til fagsystemer via API',
          'systemejer',
          'at fagsystemer uden AD-integration kan hente brugernes roller via et API',
          'rettighederne også styres fra rollekataloget i disse systemer',
          [
            'API’et returnerer brugere og deres systemroller',
            'Adgang til API’et kræver en API-nøgle pr. system',
          ],
        ),
        story(
          'Rettighedsoverblik ved fratrædelse',
          'leder',
          'at få et overblik over en medarbejders rettigheder, når medarbejderen fratræder',
          'jeg kan sikre, at alle adgange fjernes',
          [
            'Overblikket sendes automatisk ved registreret fratrædelse',
            'Direkte tildelinger fjernes på fratrædelsesdagen',
          ],
        ),
        story(
          'Adgang til delte postkasser og Teams som roller',
          'IT-supporter',
          'at adgang til delte postkasser og Teams kan tildeles som roller i rollekataloget',
          'alle adgange styres og attesteres ét sted',
          ['Adgangen skrives til grupper i Entra ID', 'Ændringer slår igennem inden for en time'],
        ),
        story(
          'Indlæsning af et fagsystems eksisterende roller',
          'systemejer',
          'at kunne indlæse et fagsystems eksisterende roller og brugere fra en fil',
          'vi kan starte med det faktiske billede i stedet for at oprette alt manuelt',
          [
            'Indlæsningen viser forskelle mellem filen og rollekataloget',
            'Brugere, der ikke kan findes, vises på en liste',
          ],
        ),
        story(
          'Opgaveliste til systemer uden integration',
          'systemejer af et system uden integration',
          'at få en opgaveliste over roller, der skal oprettes eller fjernes manuelt',
          'også systemer uden API følger rollekataloget',
          [
            'Opgaver kan kvitteres som udført',
            'Opgaver, der ikke er udført inden for fem arbejdsdage, rykkes',
          ],
        ),
        story(
          'Adgang til sager ud fra KLE-opmærkning',
          'autorisationsansvarlig',
          'at adgang til sager i ESDH-systemet kan tildeles ud fra enhedens KLE-opmærkning i OS2kle',
          'medarbejderne kun ser sager inden for deres eget opgaveområde',
          [
            'Både udførende og indsigtsgivende opmærkning kan bruges',
            'Ændringer i opmærkningen slår igennem næste nat',
          ],
        ),
      ],
    ),
  ],
  bugs: [
    bug(
      'Attesteringsmail linker til forkert enhed',
      'Ledere med flere enheder lander på den første enhed i stedet for den enhed, mailen handler om.',
    ),
    bug(
      'AD-gruppe fjernes ikke ved udløbet tildeling',
      'Når en tidsbegrænset tildeling udløber, forsvinder den fra rollekataloget, men AD-gruppemedlemskabet bliver liggende.',
      ['sikkerhed'],
    ),
    bug(
      'Rapportmodulet viser fratrådte medarbejdere som aktive',
      'Medarbejdere, der er fratrådt i OS2mo i løbet af dagen, vises som aktive i rapporten indtil næste nats synkronisering.',
    ),
    bug(
      'Fejl ved import af jobfunktionsroller med specialtegn',
      'Roller fra KOMBIT med "&" i navnet giver en XML-fejl ved import, og hele importen stopper.',
    ),
    bug(
      'Anmodningsknappen vises for roller, der ikke kan anmodes om',
      'Knappen vises for alle roller, men giver en fejl, hvis rollen ikke er markeret som anmodelig.',
    ),
  ],
  tasks: [
    task(
      'Forbered indstilling til bestyrelsen om Niveau 2',
      'Sekretariatet indstiller rollekataloget til Niveau 2. Saml dokumentation for styregruppe, koordinationsgruppe og tilslutningsaftale.',
      ['governance'],
      'secretariat',
    ),
    task(
      'Tredjepartsreview af koden til attesteringsmodulet',
      'Aftal review med en anden leverandør, som anbefalet på Niveau 2, og registrér fundene som sager.',
      ['kvalitet'],
      'coordinator',
    ),
    task(
      'Opdatér driftsvejledning med nye integrationsjobs',
      'Beskriv de nye natlige jobs og deres overvågning.',
      ['dokumentation'],
    ),
  ],
};
