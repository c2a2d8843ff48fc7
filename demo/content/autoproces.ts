import { bug, epic, story, task, type ProductContent } from './types';

export const AUTOPROCES: ProductContent = {
  components: ['procesoversigten', 'procesdetaljerne', 'søgningen', 'gevinstberegneren', 'kommentarerne'],
  epics: [
    epic(
      'Procesbibliotek',
      'Fælles overblik over automatiserede processer (RPA og andre automatiseringer), så kommunerne kan genbruge hinandens arbejde.',
      [
        story(
          'Beskriv en automatiseret proces med skabelon',
          'RPA-udvikler i en kommune',
          'at kunne beskrive en automatiseret proces ud fra en fast skabelon',
          'andre kommuner kan vurdere, om processen passer hos dem',
          [
            'Skabelonen indeholder formål, systemer, KLE-nummer og status',
            'Procesdiagram kan vedhæftes',
            'Obligatoriske felter valideres ved gem',
          ],
        ),
        story(
          'Status på processer fra idé til drift',
          'digitaliseringskonsulent',
          'at kunne se, om en proces er idé, under udvikling eller i drift',
          'jeg kan finde modne løsninger at genbruge',
          ['Status kan filtreres i oversigten', 'Ændring af status logges med dato'],
        ),
        story(
          'Søg på processer ud fra fagsystem',
          'procesejer i et ydelseskontor',
          'at kunne søge på processer, der bruger et bestemt fagsystem',
          'jeg kan se, hvad andre har automatiseret i de systemer, vi også bruger',
          ['Fagsystemer vælges fra en fælles liste', 'Søgningen viser antal kommuner pr. proces'],
        ),
        story(
          'Del robotkode på GitHub',
          'RPA-udvikler',
          'at kunne linke til robotkoden i OS2s GitHub-organisation',
          'andre kommuner kan hente og tilpasse den',
          ['Linket vises på procesdetaljerne', 'Licens angives ved linket'],
        ),
        story(
          'Kategorisering efter FORM',
          'procesejer',
          'at processer kan kategoriseres efter den fællesoffentlige forretningsreferencemodel FORM',
          'processer kan findes ud fra opgaven, selv om kommunerne kalder dem noget forskelligt',
          ['FORM-opgaven vælges fra en liste', 'Der kan filtreres på FORM-hovedområde i oversigten'],
        ),
        story(
          'Overtagelse af en proces fra en anden kommune',
          'digitaliseringskonsulent',
          'at kunne overtage ansvaret for en proces, når ophavskommunen stopper med den',
          'gode processer ikke forsvinder, fordi én kommune har opgivet dem',
          ['Overtagelsen kræver godkendelse fra sekretariatet', 'Processens historik bevares'],
        ),
        story(
          'Markering af processer uden opdatering',
          'RPA-udvikler',
          'at se, om en proces ikke er blevet opdateret i lang tid',
          'jeg ikke bruger tid på en robot, der ikke længere virker efter et versionsskift i fagsystemet',
          [
            'Processer uden opdatering i 18 måneder markeres',
            'Procesejeren bliver spurgt, om processen stadig er i drift',
          ],
        ),
        story(
          'Import af en eksisterende procesoversigt',
          'digitaliseringskonsulent i et kommunalt fællesskab',
          'at kunne importere vores eksisterende procesoversigt fra et regneark',
          'vi ikke skal indtaste 40 processer én ad gangen',
          [
            'Regnearket valideres mod skabelonen',
            'Mulige dubletter af eksisterende processer vises før importen',
          ],
        ),
      ],
    ),
    epic(
      'Gevinster og prioritering',
      'Beregning og deling af gevinster, så kommunerne kan prioritere de mest værdifulde automatiseringer.',
      [
        story(
          'Gevinstberegning i timer og kroner',
          'digitaliseringschef',
          'at kunne angive forventede og realiserede gevinster for en proces',
          'vi kan prioritere automatiseringer med størst effekt',
          [
            'Gevinster angives i timer pr. år og kroner pr. år',
            'Forventede og realiserede gevinster vises hver for sig',
          ],
        ),
        story(
          'Tilkendegiv interesse for en proces',
          'digitaliseringskonsulent',
          'at kunne markere, at vores kommune er interesseret i en proces',
          'ophavskommunen kan se, hvem der vil være med til at videreudvikle den',
          ['Antal interesserede kommuner vises på processen', 'Ophavskommunen får besked ved ny interesse'],
        ),
        story(
          'Rapport til direktionen',
          'digitaliseringschef',
          'at kunne eksportere kommunens processer og gevinster til en rapport',
          'vi kan fortælle direktionen om effekten af automatisering',
          ['Rapporten kan eksporteres som PDF og Excel', 'Rapporten kan afgrænses til et år'],
        ),
        story(
          'Opfølgning på realiserede gevinster',
          'digitaliseringschef',
          'at procesejeren bliver bedt om at registrere de realiserede gevinster et år efter idriftsættelsen',
          'oversigten ikke kun viser forventede gevinster',
          ['Påmindelsen sendes automatisk', 'Processer uden opfølgning markeres i rapporten'],
        ),
        story(
          'Udgifter til licenser og vedligehold',
          'økonomikonsulent',
          'at kunne angive licens- og vedligeholdelsesudgifter for en proces',
          'nettogevinsten bliver retvisende',
          ['Udgifter angives pr. år', 'Nettogevinsten beregnes som gevinst minus udgifter'],
        ),
        story(
          'Prioriteringsmatrix for nye idéer',
          'leder af automatiseringsteamet',
          'at kunne placere idéer i en matrix efter gevinst og kompleksitet',
          'vi vælger de idéer, der giver mest værdi for indsatsen',
          [
            'Kompleksiteten vurderes på en fast skala',
            'Matrixen kan afgrænses til egen kommune',
            'Placeringen kan ændres ved træk og slip',
          ],
        ),
        story(
          'Samlet gevinst på tværs af kommuner',
          'medarbejder i OS2’s sekretariat',
          'at se den samlede gevinst af en proces i alle de kommuner, der bruger den',
          'vi kan vise værdien af at dele processer i OS2',
          ['Gevinsten summeres over alle kommuner, der har registreret brug', 'Tallet vises på forsiden'],
        ),
      ],
    ),
    epic('Fællesskab og videndeling', 'Kontakt mellem kommuner, der arbejder med de samme processer.', [
      story(
        'Kommentarer og spørgsmål til en proces',
        'RPA-udvikler',
        'at kunne stille spørgsmål til en proces direkte på siden',
        'jeg kan få hjælp fra den kommune, der har lavet den',
        ['Procesejeren får besked om nye kommentarer', 'Kommentarer kan redigeres af forfatteren'],
      ),
      story(
        'Kontaktpersoner på processen',
        'procesejer',
        'at kunne angive kontaktpersoner for en proces',
        'interesserede kommuner ved, hvem de skal kontakte',
        ['Der kan angives flere kontaktpersoner', 'Kontaktpersoner fjernes, når de forlader kommunen'],
      ),
      story(
        'Følg en proces',
        'digitaliseringskonsulent',
        'at kunne følge en proces og få besked, når den ændres',
        'jeg ved, hvornår en proces, vi overvejer, er klar til drift',
        ['Besked sendes ved ændring af status og nye bilag', 'Man kan stoppe med at følge fra mailen'],
      ),
      story(
        'Teknologi-mærker på processer',
        'RPA-udvikler',
        'at kunne angive, hvilken teknologi en proces er bygget med, fx UiPath, Blue Prism eller Python',
        'jeg kan finde processer, vi kan genbruge på vores platform',
        ['Teknologier vælges fra en fælles liste', 'Der kan filtreres på teknologi i oversigten'],
      ),
      story(
        'Månedligt nyhedsbrev om nye processer',
        'digitaliseringschef',
        'at få et månedligt overblik over nye processer og processer, der er gået i drift',
        'vi kan holde os orienteret uden at besøge siden',
        ['Nyhedsbrevet kan til- og frameldes', 'Nyhedsbrevet viser antal interesserede kommuner'],
      ),
      story(
        'Registrering af genbrug',
        'RPA-udvikler',
        'at kunne registrere, at vores kommune har taget en proces i brug',
        'ophavskommunen kan se, hvor meget deres arbejde bliver genbrugt',
        [
          'Registreringen angiver, hvilken version der er taget i brug',
          'Kommuner, der bruger processen, vises på den',
        ],
      ),
      story(
        'Netværksmøder for en teknologi',
        'koordinator for det kommunale RPA-netværk',
        'at kunne oprette arrangementer knyttet til en teknologi eller et fagområde',
        'kommuner med samme platform kan mødes og dele erfaringer',
        ['Tilmelding sker med kommunens login', 'Arrangementet vises på de relaterede processer'],
      ),
      story(
        'Beskrivelse af kendte fejlscenarier',
        'RPA-udvikler',
        'at kunne beskrive kendte fejlscenarier, og hvordan robotten håndterer dem',
        'den kommune, der genbruger processen, kan drive den sikkert',
        [
          'Fejlscenarier beskrives med årsag og håndtering',
          'Scenarierne vises på procesdetaljerne under drift',
        ],
      ),
      story(
        'Deling af anonymiserede testdata',
        'RPA-udvikler',
        'at kunne dele anonymiserede testdata sammen med en proces',
        'andre kan teste robotten uden at bruge rigtige borgeres oplysninger',
        ['Filer gennemsøges for CPR-numre før upload', 'Testdata kan kun hentes af brugere fra kommuner'],
      ),
    ]),
  ],
  bugs: [
    bug(
      'Gevinstberegneren accepterer negative timer',
      'Man kan gemme en gevinst på -200 timer, som trækker kommunens samlede gevinst ned.',
    ),
    bug(
      'Procesdiagram i Visio-format kan ikke vises',
      'Vedhæftede .vsdx-filer vises som ødelagte billeder. Der bør vises et download-link i stedet.',
    ),
    bug(
      'Filter på status nulstilles ved tilbage-knap',
      'Når man går ind på en proces og trykker tilbage, er filtrene i oversigten væk.',
    ),
    bug(
      'Kontaktpersoner fra andre kommuner kan ikke redigere processen',
      'En proces med kontaktpersoner fra to kommuner kan kun redigeres af brugere fra ophavskommunen.',
    ),
  ],
  tasks: [
    task(
      'Følg op på evalueringens anbefalinger for Niveau 1',
      'Produktet forbliver på Niveau 1. Lav en plan for de krav, der stadig mangler dokumentation.',
      ['governance'],
      'coordinator',
    ),
    task(
      'Importér processer fra det gamle regneark',
      'Flere kommuner har stadig deres processer i et delt regneark. Lav en engangsimport.',
      ['data'],
    ),
  ],
};
