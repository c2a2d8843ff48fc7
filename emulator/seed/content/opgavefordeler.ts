import { bug, epic, story, task, type ProductContent } from './types';

export const OPGAVEFORDELER: ProductContent = {
  components: [
    'fordelingsreglerne',
    'statistiksiden',
    'regeloversigten',
    'distriktsopsætningen',
    'testværktøjet',
  ],
  epics: [
    epic(
      'Fordelingsregler',
      'Regler, der ud fra KLE, geografi og borgerens forhold afgør, hvilken enhed der skal have en opgave eller henvendelse.',
      [
        story(
          'Fordeling ud fra borgerens adresse',
          'teamleder i hjemmeplejen',
          'at henvendelser fordeles til det distrikt, borgeren bor i',
          'de havner direkte hos det rette team',
          [
            'Distrikter kan defineres ud fra vejnavne og husnumre',
            'Adresser uden distrikt fordeles til en standardenhed',
          ],
        ),
        story(
          'Fordeling ud fra alder',
          'afdelingsleder i børn og unge',
          'at kunne fordele sager forskelligt efter barnets alder',
          'sager om småbørn og unge havner i de rette teams',
          [
            'Aldersgrænser kan kombineres med KLE-nummer',
            'Alder beregnes ud fra CPR på fordelingstidspunktet',
          ],
        ),
        story(
          'Fordeling ud fra efternavnets forbogstav',
          'leder i ydelseskontoret',
          'at sager kan fordeles efter borgerens efternavn, fx A–G og H–P',
          'arbejdet fordeles jævnt mellem sagsbehandlerne',
          ['Intervaller håndterer æ, ø og å korrekt', 'Overlappende intervaller afvises'],
        ),
        story(
          'Historik over ændringer i regler',
          'systemadministrator',
          'at se, hvem der har ændret en fordelingsregel og hvornår',
          'vi kan forklare, hvorfor en sag blev fordelt, som den blev',
          ['Alle ændringer logges med før- og efterværdi'],
        ),
      ],
    ),
    epic(
      'Integration og test',
      'Brug af fordelingen fra selvbetjeningsløsninger og fagsystemer og test af reglerne.',
      [
        story(
          'Testværktøj til fordelingsregler',
          'systemadministrator',
          'at kunne afprøve reglerne med en adresse og et KLE-nummer',
          'jeg kan se resultatet, før ændringerne tages i brug',
          ['Testen viser den regel, der blev brugt', 'Testen kan køres mod kladdeversionen af reglerne'],
        ),
        story(
          'Fordeling fra OS2forms',
          'digitaliseringskonsulent',
          'at indsendte formularer fra OS2forms fordeles automatisk til den rette enhed',
          'borgerens henvendelse ikke skal videresendes manuelt',
          ['OS2forms kalder fordelings-API’et ved indsendelse', 'Fordelingen gemmes på indsendelsen'],
        ),
        story(
          'Fordeling af henvendelser i fællespostkasser',
          'borgerservicemedarbejder',
          'at mails til kommunens hovedpostkasse kan fordeles ud fra emneord',
          'borgeren får hurtigere svar',
          ['Emneord kan knyttes til KLE-numre', 'Usikre fordelinger sendes til manuel behandling'],
        ),
        story(
          'Statistik over fordelinger',
          'leder i borgerservice',
          'at se, hvor mange henvendelser der er fordelt til hver enhed',
          'vi kan planlægge bemandingen',
          ['Statistikken vises pr. uge og måned', 'Data kan eksporteres'],
        ),
        story(
          'Overførsel af regler fra test til produktion',
          'systemadministrator',
          'at kunne flytte et sæt godkendte regler fra testmiljøet til produktion',
          'vi ikke skal taste reglerne ind to gange',
          ['Reglerne eksporteres og importeres som fil', 'Importen viser forskelle før de gemmes'],
        ),
        story(
          'Standardenhed når ingen regel passer',
          'leder i borgerservice',
          'at henvendelser uden matchende regel sendes til en standardenhed',
          'ingen henvendelser bliver væk',
          [
            'Standardenheden kan sættes pr. KLE-hovedgruppe',
            'Henvendelser til standardenheden tælles i statistikken',
          ],
        ),
        story(
          'Fordeling til fagsystemer med KLE fra OS2kle',
          'systemadministrator',
          'at fordelingen bruger enhedernes KLE-opmærkning fra OS2kle',
          'vi kun skal vedligeholde opmærkningen ét sted',
          ['Opmærkningen hentes dagligt', 'Ændringer i opmærkningen vises i historikken'],
        ),
      ],
    ),
  ],
  bugs: [
    bug(
      'Adresser med bogstav i husnummer fordeles forkert',
      'Adresser som "Vestergade 12B" matcher ikke distriktet for husnumre 10–20.',
    ),
    bug(
      'Regeloversigten sorterer Å før Æ og Ø',
      'Enheder, der begynder med Å, vises før Æ og Ø, hvor de efter dansk alfabet skal stå sidst.',
    ),
    bug(
      'API’et svarer langsomt ved mange samtidige kald',
      'Ved masseindsendelser fra OS2forms stiger svartiden til over 10 sekunder.',
    ),
    bug(
      'Testværktøjet bruger produktionsregler i stedet for kladden',
      'Når man tester en regel i kladde, bruges den publicerede version, så resultatet er misvisende.',
    ),
  ],
  tasks: [
    task(
      'Beskriv fordelings-API’et på os2.eu',
      'Beskriv kald, svar og fejlkoder, så leverandører af selvbetjening kan integrere.',
      ['dokumentation'],
    ),
    task(
      'Kortlæg kommunernes brug af distrikter',
      'Undersøg i koordinationsgruppen, om distrikter skal kunne hentes fra DAGI.',
      ['afklaring'],
      'coordinator',
    ),
  ],
};
