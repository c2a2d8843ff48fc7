import { bug, epic, story, task, type ProductContent } from './types';

export const LOOP: ProductContent = {
  components: ['spørgsmålsvisningen', 'søgningen', 'vejledningseditoren', 'brugerprofilen', 'forsiden'],
  epics: [
    epic(
      'Spørg en kollega – spørgsmål og svar',
      'Samler ønsker til funktionen, hvor medarbejdere stiller faglige spørgsmål og får svar fra kolleger og faglige eksperter på tværs af enheder og kommuner.',
      [
        story(
          'Markér et svar som fagligt godkendt',
          'faglig ekspert i ældreplejen',
          'at kunne markere et svar som fagligt godkendt',
          'kollegerne kan se, hvilke svar de trygt kan handle efter',
          [
            'Kun brugere med rollen faglig ekspert kan godkende et svar',
            'Godkendte svar vises øverst med et tydeligt mærke',
            'Godkendelsen logges med navn og tidspunkt',
          ],
        ),
        story(
          'Stil spørgsmål anonymt',
          'social- og sundhedshjælper',
          'at kunne stille et spørgsmål, uden at mit navn vises for andre brugere',
          'jeg tør spørge om det, jeg er usikker på',
          [
            'Spørgeren kan vælge "Stil anonymt" ved oprettelsen',
            'Redaktører kan stadig se afsenderen af hensyn til moderation',
            'Et anonymt spørgsmål kan ikke redigeres efter første svar',
          ],
        ),
        story(
          'Foreslå lignende spørgsmål under oprettelse',
          'sygeplejerske i hjemmesygeplejen',
          'at se lignende spørgsmål, mens jeg skriver mit eget',
          'jeg kan finde svaret med det samme og undgå dubletter',
          [
            'Op til fem lignende spørgsmål vises, når titlen har mindst tre ord',
            'Forslagene bygger på titel og emneord',
            'Visningen forsinker ikke indtastningen mærkbart',
          ],
        ),
        story(
          'Abonnér på et fagområde',
          'fysioterapeut i genoptræningen',
          'at kunne abonnere på nye spørgsmål inden for mit fagområde',
          'jeg kan hjælpe kolleger uden selv at skulle lede efter spørgsmålene',
          [
            'Abonnementer vælges på profilsiden',
            'Der kan vælges mellem straksbesked og daglig opsamling',
            'Abonnementet kan opsiges direkte fra mailen',
          ],
        ),
        story(
          'Påmindelse om ubesvarede spørgsmål',
          'redaktør i en kommune',
          'at få en påmindelse, når et spørgsmål har været ubesvaret i tre dage',
          'ingen kolleger står tilbage uden svar',
          [
            'Fristen kan konfigureres pr. kommune',
            'Påmindelsen sendes til eksperterne for spørgsmålets fagområde',
            'Oversigten "Ubesvarede" kan sorteres efter alder',
          ],
        ),
        story(
          'Søgning der tåler stavefejl',
          'social- og sundhedsassistent',
          'at søgningen finder resultater, selv om jeg staver et fagord forkert',
          'jeg finder svaret, også når jeg skriver hurtigt på telefonen',
          [
            'Søgning efter "katerer" finder indhold om "kateter"',
            'Eksakte træf rangeres over tilnærmede træf',
            'Stavetolerancen gælder både spørgsmål og vejledninger',
          ],
        ),
        story(
          'Statistik over søgninger uden resultat',
          'redaktør',
          'at se en liste over de hyppigste søgninger, der ikke gav noget resultat',
          'vi kan skrive det indhold, som medarbejderne mangler',
          [
            'Listen viser søgeord, antal søgninger og periode',
            'Listen kan afgrænses til egen kommune',
            'Søgeord gemmes uden oplysninger om, hvem der søgte',
          ],
        ),
        story(
          'Eksperter på et fagområde',
          'udviklingssygeplejerske',
          'at kunne tilmelde mig som ekspert på et fagområde',
          'spørgsmål inden for mit område sendes direkte til mig',
          ['Eksperter får et mærke ved deres svar', 'Der kan være flere eksperter pr. fagområde'],
        ),
        story(
          'Billeder i spørgsmål',
          'social- og sundhedsassistent',
          'at kunne vedhæfte et billede af fx et hjælpemiddel til mit spørgsmål',
          'kolleger lettere forstår, hvad jeg spørger om',
          [
            'Der vises en advarsel om ikke at uploade billeder af borgere',
            'Billeder gennemses af en moderator, før de vises',
          ],
        ),
      ],
    ),
    epic(
      'Vejledninger og dokumenter',
      'Redaktionelle værktøjer til lokale vejledninger, instrukser og dokumentsamlinger, herunder versionering og revision.',
      [
        story(
          'Versionshistorik på vejledninger',
          'redaktør',
          'at kunne se og gendanne tidligere versioner af en vejledning',
          'fejlagtige rettelser hurtigt kan rulles tilbage',
          [
            'Alle gemte versioner vises med forfatter og dato',
            'To versioner kan sammenlignes side om side',
            'Gendannelse opretter en ny version i stedet for at overskrive',
          ],
        ),
        story(
          'Revisionsdato på vejledninger',
          'kvalitetskoordinator i sundhedsområdet',
          'at kunne sætte en revisionsdato på en vejledning',
          'forældede instrukser bliver gennemgået i tide',
          [
            'Ejeren får en mail 14 dage før revisionsdatoen',
            'Vejledninger med overskredet revisionsdato markeres for læserne',
            'Listen over overskredne vejledninger kan eksporteres',
          ],
        ),
        story(
          'Trin-for-trin-vejledninger med billeder',
          'underviser på et plejecenter',
          'at kunne opbygge vejledninger som nummererede trin med billede og tekst',
          'nye medarbejdere kan følge en procedure hjemme hos borgeren',
          [
            'Trin kan omrokeres med træk og slip',
            'Billeder skaleres automatisk til mobilvisning',
            'Vejledningen kan udskrives som PDF',
          ],
        ),
        story(
          'Henvisning til nationale retningslinjer',
          'sygeplejerske',
          'at kunne tilføje links til eksterne faglige kilder som Sundhedsstyrelsens vejledninger',
          'lokale instrukser og nationale retningslinjer kan findes samme sted',
          [
            'Eksterne kilder vises med kildeangivelse og dato for seneste kontrol',
            'Døde links rapporteres ugentligt til redaktøren',
          ],
        ),
        story(
          'Del vejledninger med andre kommuner',
          'redaktør i en mindre kommune',
          'at kunne dele en vejledning med de andre kommuner på platformen',
          'vi ikke skriver de samme instrukser i hver eneste kommune',
          [
            'Delte vejledninger mærkes med ophavskommunen',
            'Andre kommuner kan kopiere og tilpasse en delt vejledning',
            'Ophavskommunen får besked, når vejledningen bliver kopieret',
          ],
        ),
        story(
          'Læsebekræftelse på vigtige instrukser',
          'sygeplejefaglig leder',
          'at medarbejderne skal bekræfte, at de har læst en ny instruks',
          'jeg kan dokumentere over for Styrelsen for Patientsikkerhed, at instruksen er kendt',
          ['Læsebekræftelse kan kræves pr. vejledning', 'Lederen kan se, hvem der mangler at bekræfte'],
        ),
        story(
          'Oplæsning af vejledninger',
          'social- og sundhedshjælper med ordblindhed',
          'at kunne få vejledningerne læst op',
          'jeg kan tilegne mig indholdet lige så hurtigt som mine kolleger',
          ['Oplæsningen kan startes fra hver vejledning', 'Teksten markeres, mens den læses op'],
        ),
      ],
    ),
    epic(
      'Læringsforløb',
      'Strukturerede forløb, der samler vejledninger, video og spørgsmål til introduktion og efteruddannelse.',
      [
        story(
          'Saml indhold i læringsforløb',
          'uddannelseskonsulent',
          'at kunne samle vejledninger, videoer og spørgsmål i et læringsforløb',
          'nyansatte får en struktureret introduktion til faget',
          [
            'Et forløb består af ordnede elementer af forskellig type',
            'Deltagerens fremdrift gemmes mellem besøg',
            'Forløbet kan deles med et direkte link',
          ],
        ),
        story(
          'Quiz efter et læringsforløb',
          'uddannelseskonsulent',
          'at kunne tilføje en kort quiz til sidst i et forløb',
          'medarbejderen selv kan tjekke sin forståelse',
          [
            'Understøtter multiple choice med et eller flere rigtige svar',
            'Resultatet vises kun for medarbejderen selv',
            'Quizzen kan tages flere gange',
          ],
        ),
        story(
          'Overblik over gennemførte obligatoriske forløb',
          'leder i ældreplejen',
          'at kunne se, hvilke af mine medarbejdere der har gennemført de obligatoriske forløb',
          'jeg kan dokumentere kompetencerne over for tilsynet',
          [
            'Lederen ser kun medarbejdere i egne enheder',
            'Oversigten kan eksporteres til CSV',
            'Data slettes efter kommunens slettepolitik',
          ],
        ),
        story(
          'Undertekster på video',
          'medarbejder med dansk som andetsprog',
          'at videoer i læringsforløbene har danske undertekster',
          'jeg kan forstå indholdet fuldt ud',
          [
            'Undertekstfiler i WebVTT-format kan uploades til en video',
            'Undertekster kan slås til og fra i afspilleren',
            'Videoer uden undertekster markeres for redaktøren',
          ],
        ),
        story(
          'Introduktionsforløb til nyansatte',
          'oplæringsansvarlig sygeplejerske',
          'at nye medarbejdere automatisk får tildelt et introduktionsforløb',
          'alle nyansatte får den samme grundlæggende oplæring',
          ['Forløbet tildeles ud fra enhed og stilling', 'Lederen kan se, hvor langt den nyansatte er'],
        ),
        story(
          'Kursusbevis efter gennemført forløb',
          'social- og sundhedshjælper',
          'at få et kursusbevis, når jeg har gennemført et forløb',
          'jeg kan dokumentere mine kompetencer',
          ['Beviset kan hentes som PDF', 'Beviset viser forløbets navn, datoen og udstederen'],
        ),
      ],
    ),
    epic(
      'Mobil adgang og login',
      'Gør det let at bruge platformen ude hos borgeren og at logge ind med kommunens eget login.',
      [
        story(
          'Login med kommunens eget login via OS2faktor',
          'medarbejder i hjemmeplejen',
          'at kunne logge ind med mit almindelige kommunale login',
          'jeg ikke skal huske endnu en adgangskode',
          [
            'Login sker via SAML mod kommunens identity provider, fx OS2faktor',
            'Nye brugere oprettes automatisk ved første login',
            'Brugerens enhed hentes fra identity providerens attributter',
          ],
        ),
        story(
          'Brug på tjenestetelefonen',
          'social- og sundhedsassistent på vej mellem borgere',
          'at kunne søge i og læse vejledninger på min tjenestetelefon',
          'jeg har den rette viden med ude hos borgeren',
          [
            'Alle sider fungerer ned til 360 pixels skærmbredde',
            'Søgefeltet er synligt uden at scrolle',
            'Forsiden indlæses på under tre sekunder på 4G',
          ],
        ),
        story(
          'Favoritter',
          'sygeplejerske',
          'at kunne gemme vejledninger og spørgsmål som favoritter',
          'jeg hurtigt finder det, jeg bruger hver dag',
          ['Favoritter vises øverst på forsiden', 'Favoritter følger brugeren på tværs af enheder'],
        ),
        story(
          'Notifikation på telefonen ved nye svar',
          'social- og sundhedsassistent',
          'at få en notifikation på telefonen, når mit spørgsmål får svar',
          'jeg kan bruge svaret, mens jeg stadig er hos borgeren',
          [
            'Notifikationer kan slås til og fra pr. type',
            'Notifikationen viser ikke svarets indhold på låseskærmen',
          ],
        ),
        story(
          'Adgang for elever i praktik',
          'praktikvejleder',
          'at social- og sundhedselever kan få adgang i deres praktikperiode',
          'eleverne lærer at bruge de samme vejledninger som de faste medarbejdere',
          ['Adgangen udløber automatisk, når praktikken slutter', 'Elever kan ikke godkende svar fagligt'],
        ),
      ],
    ),
  ],
  bugs: [
    bug(
      'Links i notifikationsmails peger på testmiljøet',
      'Efter seneste release peger links i notifikationsmails på stg-miljøet i stedet for produktion. Brugerne bliver bedt om at logge ind og får derefter en fejlside.',
    ),
    bug(
      'Billeder forsvinder fra vejledning ved redigering på iPad',
      'Når en vejledning med billeder redigeres i Safari på iPad og gemmes, fjernes billederne fra de trin, der ikke blev ændret. Fejlen kan genskabes i tre kommuner.',
    ),
    bug(
      'Søgning finder ikke ord med bindestreg',
      'Søgning efter "KOL-patient" giver ingen resultater, selv om flere spørgsmål indeholder ordet. Søgning efter "KOL patient" virker.',
    ),
    bug(
      'Anonym spørger kan identificeres via notifikation',
      'Når nogen svarer på et anonymt spørgsmål, sendes notifikationen til abonnenter med spørgerens navn i emnefeltet. Skal rettes hurtigst muligt.',
      ['sikkerhed'],
    ),
    bug(
      'To brugerkonti oprettes ved dobbeltklik på login',
      'Klikker brugeren to gange på login-knappen ved første login, oprettes to konti med samme e-mail. Den ene kan ikke slettes fra administrationen.',
    ),
    bug(
      'CSV-eksport af gennemførte forløb mangler medarbejdere',
      'Eksporten udelader medarbejdere, som identity provideren ikke har sendt en enhed for. Lederen ser derfor for få gennemførte forløb.',
    ),
    bug(
      'PDF-udskrift af vejledning afskærer lange trin',
      'Trin med mere end én skærmside tekst bliver skåret af i bunden af PDF-udskriften i stedet for at fortsætte på næste side.',
    ),
  ],
  tasks: [
    task(
      'Opgradér til Drupal 10.3',
      'Platformen kører på en Drupal-version, hvor sikkerhedsunderstøttelsen udløber. Opgradér core og bidragsmoduler og kør regressionstest.',
      ['drift', 'sikkerhed'],
    ),
    task(
      'Skriv redaktørvejledning til læringsforløb',
      'Vejledningen skal følge OS2s dokumentationsskabelon og ligge på os2.eu sammen med den øvrige brugerdokumentation.',
      ['dokumentation'],
    ),
    task(
      'Planlæg brugertest af læringsforløb med to kommuner',
      'Aftal tid og deltagere, forbered testscenarier, og saml resultaterne til koordinationsgruppen.',
      ['test'],
      'coordinator',
    ),
    task(
      'Opsæt testmiljø med anonymiserede data',
      'Brugertest kræver realistisk indhold uden personoplysninger. Lav et script, der anonymiserer et udtræk fra produktion.',
      ['test'],
    ),
  ],
};
