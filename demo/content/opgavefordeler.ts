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
        story(
          'Fordeling efter tidspunkt på døgnet',
          'leder af aften- og nattevagten',
          'at henvendelser uden for dagtid fordeles til aften- og nattevagten',
          'akutte henvendelser ikke ligger til næste morgen',
          [
            'Tidsrum kan sættes pr. ugedag',
            'Helligdage behandles som weekend',
            'Reglen kan kombineres med KLE-nummer og distrikt',
          ],
        ),
        story(
          'Fordeling efter branchekode i CVR',
          'leder i erhvervsservice',
          'at henvendelser fra virksomheder kan fordeles ud fra branchekoden i CVR',
          'landbrug, industri og detailhandel får hver deres faste sagsbehandlere',
          [
            'Branchekoden hentes fra CVR ved fordelingen',
            'Regler kan sættes på hovedbranche eller underbranche',
          ],
        ),
        story(
          'Henvendelser til borgerens faste sagsbehandler',
          'teamleder i socialafdelingen',
          'at nye henvendelser fra en borger med en åben sag fordeles til sagsbehandleren på sagen',
          'borgeren ikke skal forklare sin situation for en ny medarbejder',
          [
            'Åbne sager slås op i fagsystemet ud fra KLE-nummeret',
            'Reglen går forud for distrikts- og bogstavregler',
            'Er sagsbehandleren fratrådt, bruges de almindelige regler',
          ],
        ),
        story(
          'Prioritet mellem regler, der passer samtidig',
          'systemadministrator',
          'at kunne bestemme rækkefølgen, når flere regler passer på den samme henvendelse',
          'resultatet af fordelingen er forudsigeligt',
          [
            'Regler har en prioritet, der kan ændres ved træk og slip',
            'Testværktøjet viser også de regler, der blev sprunget over',
          ],
        ),
        story(
          'Distrikter tegnet på et kort',
          'planlægger i hjemmeplejen',
          'at kunne tegne distrikterne på et kort i stedet for at angive vejnavne',
          'nye veje i et boligområde automatisk kommer med i det rigtige distrikt',
          [
            'Adresser placeres i distrikt ud fra koordinaterne i Danmarks Adresseregister',
            'Adresser uden for alle distrikter vises på en liste',
            'Eksisterende distrikter kan konverteres til kort',
          ],
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
        story(
          'Fordeling af indgående Digital Post',
          'leder af den centrale postfunktion',
          'at indgående Digital Post til kommunen fordeles efter de samme regler som formularer',
          'posten ikke skal sorteres manuelt',
          [
            'Meddelelsens KLE-nummer eller emne bruges til fordelingen',
            'Post, der ikke kan fordeles, lægges i en kø til manuel behandling',
          ],
        ),
        story(
          'Forklaring på fordelingen i API’et',
          'leverandør af et fagsystem',
          'at fordelings-API’et returnerer, hvilken regel der afgjorde fordelingen',
          'vores system kan vise sagsbehandleren, hvorfor sagen landede hos dem',
          ['Svaret indeholder reglens navn og id', 'Forklaringen er på dansk og kan vises direkte'],
        ),
      ],
    ),
    epic(
      'Modtagelse og omfordeling',
      'Det, der sker i de modtagende enheder: fejlfordelte henvendelser, omdirigering og opfølgning på svartider.',
      [
        story(
          'Returnering af fejlfordelte henvendelser',
          'sagsbehandler i ydelseskontoret',
          'at kunne sende en fejlfordelt henvendelse tilbage med en begrundelse',
          'den hurtigt kommer videre til den rigtige enhed',
          [
            'Returneringen kræver en begrundelse fra en fast liste eller i fritekst',
            'Henvendelsen fordeles igen uden om den enhed, der returnerede den',
            'Returneringer tælles pr. regel i statistikken',
          ],
        ),
        story(
          'Regler med mange fejlfordelinger',
          'systemadministrator',
          'at se de regler, der oftest giver fejlfordelinger',
          'jeg kan rette reglerne der, hvor det gør mest gavn',
          [
            'Listen viser regel, antal returneringer og de typiske begrundelser',
            'Der kan springes direkte til reglen i regeloversigten',
          ],
        ),
        story(
          'Svartider pr. modtagende enhed',
          'kvalitetskonsulent',
          'at se, hvor lang tid der går fra fordeling til første svar i hver enhed',
          'vi kan leve op til kommunens servicemål over for borgerne',
          [
            'Svartiden måles i arbejdstimer',
            'Enheder over servicemålet markeres',
            'Tallene kan vises for de seneste 12 måneder',
          ],
        ),
        story(
          'Midlertidig omdirigering ved ferie og sygdom',
          'teamleder i jobcentret',
          'at kunne omdirigere mit teams henvendelser til et andet team i en periode',
          'henvendelser ikke venter, mens teamet er lukket ned',
          [
            'Omdirigeringen har en start- og slutdato',
            'Omdirigeringen vises i testværktøjet og i regeloversigten',
            'Omdirigeringen ophører automatisk',
          ],
        ),
        story(
          'Arbejdsliste til manuel fordeling',
          'borgerservicemedarbejder',
          'at have én samlet arbejdsliste over henvendelser, der ikke kunne fordeles automatisk',
          'ingen henvendelse bliver glemt i en postkasse',
          [
            'Listen viser kilde, modtagelsestidspunkt og foreslået enhed',
            'Enheden kan vælges med søgning i organisationen',
            'Den manuelle fordeling kan gemmes som forslag til en ny regel',
          ],
        ),
        story(
          'Kvittering til borgeren med modtagende afdeling',
          'kommunikationsmedarbejder',
          'at borgeren får en kvittering med navnet på den afdeling, der behandler henvendelsen',
          'borgeren ved, hvem der skal kontaktes ved opfølgende spørgsmål',
          [
            'Kvitteringen sendes via Digital Post eller mail',
            'Teksten kan tilpasses pr. afdeling',
            'Der sendes ikke kvittering for henvendelser om borgere med adressebeskyttelse',
          ],
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
