import { bug, epic, story, task, type ProductContent } from './types';

export const KITOS: ProductContent = {
  components: [
    'kontraktoversigten',
    'systemkataloget',
    'databehandlingsmodulet',
    'IT-systemoversigten',
    'organisationsvisningen',
  ],
  epics: [
    epic(
      'IT-kontrakter og økonomi',
      'Bedre styring af IT-kontrakter: frister, optioner, rammeaftaler og økonomi, så kommunerne kan planlægge genudbud i tide.',
      [
        story(
          'Varsling før opsigelsesfrist',
          'kontraktansvarlig i en kommune',
          'at få en mail, når opsigelsesfristen på en IT-kontrakt nærmer sig',
          'vi ikke ved en fejl forlænger kontrakter, vi ønsker at genudbyde',
          [
            'Varslingen kan sættes til 3, 6 eller 12 måneder før fristen',
            'Mailen sendes til kontraktens ansvarlige og til en valgfri fællespostkasse',
            'Varsling kan slås fra for den enkelte kontrakt',
          ],
        ),
        story(
          'Registrering af optioner på forlængelse',
          'indkøbskonsulent',
          'at kunne registrere optioner på forlængelse med varighed og seneste udnyttelsesdato',
          'vi kan se den samlede mulige kontraktperiode',
          [
            'En kontrakt kan have flere optioner',
            'En udnyttet option forlænger kontraktens udløbsdato',
            'Optioner vises som kolonne i kontraktoversigten',
          ],
        ),
        story(
          'Årlige driftsomkostninger på kontrakter',
          'økonomikonsulent i IT-afdelingen',
          'at kunne registrere forventede driftsomkostninger pr. år på en kontrakt',
          'vi kan budgettere IT-udgifterne for de kommende år',
          [
            'Beløb registreres i kroner pr. kalenderår',
            'Summen for alle kontrakter kan vises pr. organisationsenhed',
            'Beløbene indgår i Excel-eksporten',
          ],
        ),
        story(
          'Leveringskontrakter under en rammeaftale',
          'kontraktansvarlig',
          'at kunne knytte leveringskontrakter til den rammeaftale, de er afløftet fra',
          'vi kan se det samlede forbrug på rammeaftalen',
          [
            'En kontrakt kan have én overordnet rammeaftale',
            'Rammeaftalen viser sine leveringskontrakter og deres samlede værdi',
            'Hierarkiet kan ses i både oversigt og detaljevisning',
          ],
        ),
        story(
          'Links til kontraktdokumenter i ESDH',
          'kontraktansvarlig',
          'at kunne tilføje links til kontraktdokumenterne i vores ESDH-system',
          'fortrolige dokumenter ikke ligger dobbelt i Kitos',
          [
            'En kontrakt kan have flere navngivne links',
            'Links valideres som https-adresser',
            'Links vises kun for brugere med læseadgang til kontrakten',
          ],
        ),
        story(
          'Betalingsmodel og prisregulering',
          'økonomikonsulent',
          'at kunne registrere betalingsfrekvens og den årlige prisregulering på en kontrakt',
          'vi kan budgettere med de rigtige priser',
          [
            'Prisreguleringen kan angives som fast procent eller som et indeks',
            'Næste forventede betaling vises på kontrakten',
          ],
        ),
        story(
          'Kontraktejer og daglig kontraktansvarlig',
          'kontraktansvarlig',
          'at kunne angive både en kontraktejer og en daglig kontraktansvarlig',
          'varsler og spørgsmål går til den rette person',
          ['Personerne vælges blandt kommunens brugere', 'Kontrakter uden ansvarlig markeres i oversigten'],
        ),
        story(
          'Plan for genudbud på tværs af kontrakter',
          'indkøbschef',
          'at se en tidslinje over de kontrakter, der skal genudbydes de næste tre år',
          'vi kan planlægge, hvornår vi har brug for udbudsressourcer',
          ['Tidslinjen bygger på udløbsdatoer og optioner', 'Kontrakterne kan grupperes efter forvaltning'],
        ),
      ],
    ),
    epic(
      'Databehandling og GDPR',
      'Dokumentation af databehandleraftaler, tilsyn og overførsler, så kommunen kan leve op til databeskyttelsesforordningen.',
      [
        story(
          'Tilsyn med databehandlere',
          'databeskyttelsesrådgiver (DPO)',
          'at kunne registrere gennemførte og planlagte tilsyn med en databehandler',
          'vi kan dokumentere tilsynsforpligtelsen over for Datatilsynet',
          [
            'Et tilsyn registreres med dato, type (fx revisionserklæring) og konklusion',
            'Næste planlagte tilsyn vises i oversigten',
            'Overskredne tilsyn kan filtreres frem',
          ],
        ),
        story(
          'Underdatabehandlere og overførsel til tredjelande',
          'databeskyttelsesrådgiver',
          'at kunne angive underdatabehandlere og om der sker overførsel til tredjelande',
          'vi har styr på overførselsgrundlaget for hver aftale',
          [
            'Underdatabehandlere vælges fra den fælles organisationsliste',
            'Overførselsgrundlag kan vælges, fx standardkontraktbestemmelser',
            'Aftaler med overførsel til tredjelande kan filtreres frem',
          ],
        ),
        story(
          'Databehandleraftaler vist på systemanvendelsen',
          'systemejer',
          'at kunne se direkte på et IT-system, hvilke databehandleraftaler der dækker det',
          'jeg hurtigt kan svare, når revisionen spørger',
          [
            'Fanen "Databehandling" viser alle tilknyttede aftaler',
            'Aftaler uden gyldig status markeres med rødt',
          ],
        ),
        story(
          'Dato for seneste risikovurdering',
          'informationssikkerhedskoordinator',
          'at kunne registrere dato og resultat af seneste risikovurdering på et IT-system',
          'vi kan følge op på systemerne i årshjulet for informationssikkerhed',
          [
            'Risikovurdering registreres med dato, niveau og link til dokumentationen',
            'Systemer uden risikovurdering de seneste 12 måneder kan filtreres frem',
            'Feltet indgår i Excel-eksporten',
          ],
        ),
        story(
          'Fortegnelse over behandlingsaktiviteter',
          'databeskyttelsesrådgiver',
          'at kunne danne kommunens fortegnelse over behandlingsaktiviteter ud fra systemanvendelserne',
          'fortegnelsen efter artikel 30 altid er opdateret',
          [
            'Fortegnelsen indeholder formål, kategorier af registrerede og modtagere',
            'Fortegnelsen kan eksporteres til Word',
          ],
        ),
        story(
          'Konsekvensanalyse (DPIA) på systemanvendelsen',
          'databeskyttelsesrådgiver',
          'at kunne registrere, om der er lavet en konsekvensanalyse for et system, og hvornår den skal revideres',
          'vi ved, hvilke systemer der mangler en DPIA',
          ['Status vises i IT-systemoversigten', 'Der kan linkes til analysen i ESDH-systemet'],
        ),
        story(
          'Sikkerhedsbrud hos en databehandler',
          'databeskyttelsesrådgiver',
          'at kunne registrere et sikkerhedsbrud hos en databehandler og se alle de systemer, der er berørt',
          'vi hurtigt kan vurdere, om Datatilsynet skal underrettes',
          [
            'Berørte systemanvendelser findes ud fra databehandleren',
            'Registreringen kan ikke ses af andre kommuner',
          ],
        ),
      ],
    ),
    epic(
      'Systemkatalog og snitflader',
      'Fælles katalog over IT-systemer og snitflader, som alle kommuner beriger og bruger.',
      [
        story(
          'Markér system som udfaset',
          'lokal administrator',
          'at kunne markere en systemanvendelse som udfaset med en slutdato',
          'oversigten kun viser de systemer, vi faktisk bruger',
          [
            'Udfasede systemer skjules som standard i oversigten',
            'Et filter kan vise dem igen',
            'Slutdatoen vises på systemets forside',
          ],
        ),
        story(
          'Dataflow på snitflader',
          'IT-arkitekt',
          'at kunne beskrive dataudvekslingen mellem to systemer med retning og datatyper',
          'vi kan vurdere konsekvenserne, når et system skal udskiftes',
          [
            'Retningen kan være ind, ud eller begge veje',
            'Datatyper vælges fra en fælles liste',
            'Dataflow vises grafisk på systemets side',
          ],
        ),
        story(
          'Foreslå rettelser til katalogdata',
          'systemejer i en kommune',
          'at kunne foreslå rettelser til et system i det fælles katalog',
          'fejl i leverandøroplysninger bliver rettet for alle kommuner',
          [
            'Forslaget sendes til katalogets ansvarlige organisation',
            'Forslagsstilleren får besked, når forslaget er behandlet',
          ],
        ),
        story(
          'KLE-opmærkning af IT-systemer',
          'digitaliseringskonsulent',
          'at kunne opmærke IT-systemer med de KLE-numre, de understøtter',
          'vi kan se, hvilke opgaver et system bruges til',
          [
            'KLE-numre vælges fra den gældende KLE-version',
            'Der kan søges på systemer ud fra et KLE-nummer',
            'Udgåede KLE-numre markeres ved årets KLE-opdatering',
          ],
        ),
        story(
          'Hostingform og datas placering',
          'IT-arkitekt',
          'at kunne registrere, om et system kører lokalt, i et eksternt datacenter eller i skyen, og i hvilket land data ligger',
          'vi har overblik over vores afhængighed af cloud-leverandører',
          ['Hostingformen vælges fra en fast liste', 'Der kan filtreres på land i IT-systemoversigten'],
        ),
        story(
          'Moduler under et hovedsystem',
          'IT-arkitekt',
          'at kunne registrere moduler under et hovedsystem',
          'vi kan se, hvilke moduler vi faktisk bruger og betaler for',
          ['Moduler arver leverandøren fra hovedsystemet', 'Anvendelsen registreres pr. modul'],
        ),
        story(
          'Udbredelsen af OS2-produkter',
          'medarbejder i OS2’s sekretariat',
          'at se, hvilke kommuner der har registreret anvendelse af hvert OS2-produkt',
          'vi har et retvisende billede af produkternes udbredelse',
          ['Listen kan filtreres på produkt', 'Tallene kan offentliggøres på os2.eu'],
        ),
      ],
    ),
    epic(
      'Rapporter, eksport og API',
      'Udtræk og integrationer, så kommunerne kan bruge data fra Kitos i ledelsesrapportering og egne værktøjer.',
      [
        story(
          'Gemte filtre i oversigterne',
          'kontraktansvarlig',
          'at kunne gemme mine filtre og kolonnevalg i kontraktoversigten',
          'jeg ikke skal sætte visningen op igen hver gang',
          [
            'En bruger kan gemme flere navngivne visninger',
            'En lokal administrator kan dele en visning med hele organisationen',
            'Standardvisningen kan altid gendannes',
          ],
        ),
        story(
          'API-adgang til ledelsesrapportering',
          'BI-udvikler i en kommune',
          'at kunne hente kontrakter og systemanvendelser via API til Power BI',
          'vi kan lave ledelsesrapportering på tværs af data',
          [
            'API-adgang sker med token pr. organisation',
            'Data kan hentes med filter på ændringsdato',
            'API-dokumentationen ligger offentligt på OS2s GitHub',
          ],
        ),
        story(
          'Læseadgang for revisionen',
          'lokal administrator',
          'at kunne give revisionen læseadgang til kontrakter og databehandling',
          'de kan udføre revision uden at kunne ændre data',
          ['Rollen "Læser" giver adgang til alle moduler uden redigering', 'Rollen kan tidsbegrænses'],
        ),
        story(
          'Månedlig mail om ændringer i systemporteføljen',
          'IT-chef',
          'at få en månedlig mail med ændringer i kommunens systemportefølje',
          'jeg følger med uden at logge ind',
          ['Mailen viser nye, ændrede og udfasede systemer', 'Abonnementet kan afmeldes fra mailen'],
        ),
        story(
          'Samlet stamkort for et IT-system',
          'systemejer',
          'at kunne udskrive et samlet stamkort for et system med kontrakter, databehandling og snitflader',
          'jeg har overblikket med til møder med leverandøren',
          ['Stamkortet kan hentes som PDF', 'Stamkortet viser datoen for seneste ændring'],
        ),
      ],
    ),
  ],
  bugs: [
    bug(
      'Excel-eksport af kontrakter viser beløb uden decimaler',
      'Kontraktværdier med øre rundes ned i eksporten, fx vises 125.000,50 som 125000. I skærmbilledet er beløbet korrekt.',
    ),
    bug(
      'Filter på ansvarlig organisationsenhed ignorerer underenheder',
      'Filtrerer man kontraktoversigten på "IT og Digitalisering", vises kun kontrakter, der ligger direkte på enheden, ikke på dens underenheder.',
    ),
    bug(
      'Varsel om opsigelsesfrist sendt for udløbet kontrakt',
      'Flere kommuner har modtaget varsel for kontrakter, der udløb sidste år. Varslingsjobbet tjekker tilsyneladende ikke udløbsdatoen.',
    ),
    bug(
      'Fejl 500 ved sletning af snitflade med tilknyttede systemer',
      'Sletning af en snitflade, der bruges af en systemanvendelse, giver en generisk serverfejl i stedet for en forklarende besked.',
    ),
    bug(
      'Lokal administrator kan ikke fjerne rolle fra fratrådt medarbejder',
      'Når en bruger er deaktiveret, vises rollerne stadig på enheden, men knappen "Fjern" gør ingenting.',
    ),
    bug(
      'Sortering på "Næste tilsyn" placerer tomme værdier øverst',
      'Ved stigende sortering kommer aftaler uden planlagt tilsyn før dem med den tidligste dato.',
    ),
  ],
  tasks: [
    task(
      'Opdatér brugervejledning for databehandlingsmodulet',
      'Beskriv de nye felter for tilsyn og tredjelandsoverførsel med skærmbilleder.',
      ['dokumentation'],
    ),
    task(
      'Migrér oversigtssiderne fra AngularJS til Angular',
      'AngularJS er uden support. Migrér kontrakt- og systemoversigten som de første sider og genbrug de nye komponenter.',
      ['teknisk-gæld'],
    ),
    task(
      'Performancetest af kontraktoversigten med 5.000 kontrakter',
      'De største kommuner oplever langsom indlæsning. Mål svartider med et realistisk datasæt og foreslå forbedringer.',
      ['test'],
    ),
    task(
      'Webinar for nye lokale administratorer',
      'Tilrettelæg et webinar på en time og læg optagelsen på os2.eu.',
      ['kommunikation'],
      'coordinator',
    ),
  ],
};
