import { bug, epic, story, task, type ProductContent } from './types';

export const VALGHALLA: ProductContent = {
  components: [
    'tilmeldingssiden',
    'vagtplanen',
    'deltageroversigten',
    'valgstedsoversigten',
    'holdoversigten',
  ],
  epics: [
    epic(
      'Rekruttering og tilmelding',
      'Invitation og tilmelding af valgtilforordnede, herunder frivillige borgere og medarbejdere.',
      [
        story(
          'Tilmelding via link med MitID',
          'borger, der vil være valgtilforordnet',
          'at kunne tilmelde mig via et link og bekræfte min identitet med MitID',
          'jeg ikke skal udfylde papirer',
          [
            'Linket er knyttet til et bestemt valgsted og en opgavetype',
            'CPR valideres mod krav om valgret i kommunen',
            'Borgeren får en bekræftelse på SMS og mail',
          ],
        ),
        story(
          'Venteliste når et valgsted er fuldt',
          'valgsekretær',
          'at tilmeldinger ud over behovet kommer på en venteliste',
          'vi hurtigt kan erstatte afbud',
          [
            'Ventelisten er ordnet efter tilmeldingstidspunkt',
            'Personer på venteliste kan flyttes til et andet valgsted',
          ],
        ),
        story(
          'Genbrug af deltagere fra sidste valg',
          'valgsekretær',
          'at kunne invitere de tilforordnede fra sidste valg med få klik',
          'vi bevarer de erfarne folk',
          [
            'Deltagere fra et tidligere valg kan vælges som målgruppe',
            'Personer, der har frabedt sig henvendelser, udelades',
          ],
        ),
        story(
          'Partiernes indstilling af tilforordnede',
          'partisekretær i en lokalforening',
          'at kunne indstille partiets tilforordnede via et særskilt link',
          'kommunen får navnene uden regneark på mail',
          [
            'Hvert parti får sit eget link',
            'Partiet kan se og rette egne indstillinger indtil fristen',
            'Valgsekretæren kan se fordelingen pr. parti',
          ],
        ),
        story(
          'Kurser for valgstyrere og tilforordnede',
          'valgsekretær',
          'at kunne invitere valgstyrere og tilforordnede til kurser før valget og følge tilmeldingen',
          'alle på valgstederne ved, hvad de skal',
          [
            'Kurser har datoer og et maksimalt antal deltagere',
            'Deltagelsen registreres på personen',
            'Der kan sendes påmindelse til dem, der ikke har tilmeldt sig',
          ],
        ),
        story(
          'Invitation af kommunens egne medarbejdere',
          'valgsekretær',
          'at kunne invitere kommunens egne medarbejdere ud fra organisationen i OS2mo',
          'vi hurtigt kan bemande valgstederne med erfarne folk',
          [
            'Medarbejdere kan vælges pr. forvaltning',
            'Medarbejdere, der allerede er tilmeldt, springes over',
          ],
        ),
        story(
          'Ønsker om valgsted og opgave',
          'tilforordnet vælger',
          'at kunne angive ønsker om valgsted og opgave, når jeg tilmelder mig',
          'jeg kan hjælpe tæt på, hvor jeg bor',
          [
            'Der kan vælges op til tre valgsteder i prioriteret rækkefølge',
            'Valgsekretæren ser ønskerne, når deltagerne fordeles',
          ],
        ),
        story(
          'Kontrol af alder og bopæl ved tilmelding',
          'valgsekretær',
          'at deltagernes alder og bopæl kontrolleres mod CPR, når de tilmelder sig',
          'kun personer, der kan påtage sig opgaven, bliver sat på en vagt',
          ['Kontrollen sker via OS2cprbroker', 'Afviste tilmeldinger får en forklaring'],
        ),
      ],
    ),
    epic('Planlægning på valgdagen', 'Vagtplaner, teams og kommunikation før og på selve valgdagen.', [
      story(
        'Vagtplan pr. valgsted',
        'valgstedsleder',
        'at se en samlet vagtplan for mit valgsted',
        'jeg ved, hvem der møder hvornår',
        ['Vagtplanen kan udskrives', 'Afbud vises tydeligt'],
      ),
      story(
        'SMS-påmindelse dagen før valget',
        'valgsekretær',
        'at sende en SMS-påmindelse til alle tilforordnede dagen før valget',
        'færre glemmer at møde op',
        [
          'Teksten kan flettes med valgsted og mødetid',
          'Udsendelsen kan planlægges til et bestemt tidspunkt',
        ],
      ),
      story(
        'Registrering af fremmøde',
        'valgstedsleder',
        'at kunne registrere fremmøde på en tablet på valgstedet',
        'vi kan udbetale diæter korrekt',
        ['Fremmøde kan registreres uden netværk og synkroniseres senere', 'Manglende fremmøde markeres'],
      ),
      story(
        'Teams med egen teamleder',
        'valgsekretær',
        'at kunne inddele tilforordnede i teams med hver deres teamleder',
        'teamlederne selv kan følge op på deres folk',
        ['Teamlederen ser kun sit eget team', 'Teamlederen kan sende beskeder til teamet'],
      ),
      story(
        'Tjekliste til valgstedet',
        'valgstyrer',
        'at have en tjekliste på telefonen med opgaverne før, under og efter valget',
        'intet bliver glemt på valgstedet',
        ['Tjeklisten kan tilpasses pr. valgtype', 'Afkrydsningerne kan ses af valgsekretæren'],
      ),
      story(
        'Afbud og reserver på valgdagen',
        'valgsekretær',
        'at kunne registrere et afbud på valgdagen og finde en reserve',
        'valgstedet er fuldt bemandet, når dørene åbner',
        [
          'Reserver vises med valgsted og telefonnummer',
          'Reserven får en SMS med mødested og tidspunkt',
          'Afbuddet registreres på deltageren',
        ],
      ),
      story(
        'Forplejning pr. valgsted',
        'valgsekretær',
        'at kunne se antal personer og særlige kosthensyn pr. valgsted',
        'bestillingen af mad passer til dem, der møder op',
        ['Kosthensyn kan angives ved tilmeldingen', 'Listen kan sendes til kantinen eller cateringfirmaet'],
      ),
      story(
        'Dokumenter og kontaktoplysninger til valgstedet',
        'valgstyrer',
        'at kunne finde valgstedets vejledninger og kontaktoplysninger i OS2valghalla',
        'jeg ikke skal lede i mails på valgdagen',
        ['Dokumenter kan knyttes til alle eller enkelte valgsteder', 'Dokumenterne kan læses på mobilen'],
      ),
    ]),
    epic('Afregning og opfølgning', 'Udbetaling af diæter og evaluering efter valget.', [
      story(
        'Eksport af diæter til lønsystemet',
        'lønmedarbejder',
        'at kunne eksportere diæter for alle fremmødte i lønsystemets format',
        'udbetalingen sker uden manuel indtastning',
        ['Eksporten indeholder kun fremmødte', 'Satser kan sættes pr. opgavetype'],
      ),
      story(
        'Sletning af personoplysninger efter valget',
        'databeskyttelsesrådgiver',
        'at personoplysninger om tilforordnede slettes automatisk efter en fastsat periode',
        'vi overholder kommunens slettefrister',
        ['Perioden kan konfigureres', 'Personer, der har givet samtykke til genkontakt, bevares'],
      ),
      story(
        'Evaluering efter valget',
        'valgsekretær',
        'at kunne sende et kort evalueringsskema til alle tilforordnede efter valget',
        'vi kan forbedre planlægningen til næste valg',
        ['Skemaet sendes på mail og SMS', 'Svarene er anonyme', 'Resultatet kan vises pr. valgsted'],
      ),
      story(
        'Udgifter pr. valgsted',
        'økonomimedarbejder',
        'at se de samlede udgifter til diæter og forplejning pr. valgsted',
        'vi kan afregne valget og budgettere det næste',
        ['Beløb vises pr. opgavetype', 'Oversigten kan eksporteres til Excel'],
      ),
      story(
        'Kvittering for udbetalt diæt',
        'valgtilforordnet',
        'at få en kvittering, når min diæt er sendt til udbetaling',
        'jeg ved, hvornår pengene kommer',
        ['Kvitteringen sendes på mail', 'Beløb og udbetalingsdato fremgår'],
      ),
      story(
        'Diætsatser pr. rolle',
        'valgsekretær',
        'at diæten kan afhænge af rollen, fx valgstyrer, tilforordnet eller fintæller',
        'afregningen følger kommunens beslutninger',
        ['Satser angives pr. rolle og valg', 'Ændrede satser påvirker ikke valg, der allerede er afregnet'],
      ),
      story(
        'Udbetaling til NemKonto uden ansættelse',
        'lønmedarbejder',
        'at diæter til personer, der ikke er ansat i kommunen, kan udbetales til deres NemKonto',
        'vi ikke skal oprette dem som ansatte i lønsystemet',
        ['Udbetalingen sker via kommunens økonomisystem', 'Beløbet indberettes til eIndkomst'],
      ),
      story(
        'Nyt valg ud fra det forrige',
        'valgsekretær',
        'at kunne oprette et nyt valg ud fra opsætningen af det seneste valg af samme type',
        'valgsteder, teams og roller ikke skal sættes op forfra',
        ['Valgsteder, roller og satser kopieres', 'Deltagere kopieres ikke automatisk'],
      ),
      story(
        'Tak for indsatsen og invitation til næste valg',
        'valgsekretær',
        'at kunne sende en tak efter valget med et spørgsmål om, hvorvidt man vil være med igen',
        'vi har en stamme af erfarne deltagere til næste valg',
        [
          'Beskeden sendes som SMS eller mail',
          'Svaret registreres på personen og bruges ved næste rekruttering',
        ],
      ),
    ]),
  ],
  bugs: [
    bug(
      'SMS sendes to gange ved planlagt udsendelse',
      'Planlagte SMS’er blev sendt to gange ved kommunalvalget. Formentlig kører jobbet på to servere samtidig.',
    ),
    bug(
      'Tilmeldingslink virker ikke i Facebooks indbyggede browser',
      'MitID-login fejler, når linket åbnes fra Facebook på mobilen. Det virker i Safari og Chrome.',
    ),
    bug(
      'Vagtplanen udskrives uden sidetal',
      'Lange vagtplaner mangler sidetal og gentaget overskrift ved udskrift.',
    ),
    bug('Eksport til lønsystemet afrunder diæter forkert', 'Beløb med 50 øre rundes ned i stedet for op.'),
    bug(
      'Venteliste rykker ikke op ved afbud',
      'Når en tilforordnet melder afbud, bliver den første på ventelisten ikke tilbudt pladsen.',
    ),
  ],
  tasks: [
    task(
      'Forbered løsningen til regionsrådsvalget',
      'Opret valg, opgavetyper og skabeloner, og gennemfør en generalprøve med to kommuner.',
      ['drift'],
      'coordinator',
    ),
    task('Opdatér vejledning til valgsekretærer', 'Vejledningen skal dække partiindstilling og teams.', [
      'dokumentation',
    ]),
  ],
};
