import { bug, epic, story, task, type ProductContent } from './types';

export const CPRBROKER: ProductContent = {
  components: ['administrationssiden', 'adgangsloggen', 'klientoversigten', 'abonnementsoversigten'],
  epics: [
    epic(
      'Opslag og datakilder',
      'Opslag af personoplysninger fra CPR via Serviceplatformen med lokal cache, så kommunens systemer får korrekte data hurtigt og billigt.',
      [
        story(
          'Prioritering af datakilder',
          'systemadministrator',
          'at kunne angive rækkefølgen af datakilder for opslag',
          'vi bruger den billigste kilde, der er tilstrækkeligt opdateret',
          [
            'Rækkefølgen kan ændres uden genstart',
            'Hver kilde kan have sin egen maksimale alder på data',
            'Valgt kilde fremgår af svaret',
          ],
        ),
        story(
          'Håndtering af navne- og adressebeskyttelse',
          'databeskyttelsesrådgiver',
          'at beskyttede adresser kun udleveres til systemer med særlig tilladelse',
          'borgere med adressebeskyttelse ikke bliver udsat for risiko',
          [
            'Tilladelsen gives pr. klientsystem',
            'Opslag uden tilladelse returnerer personen uden adresse',
            'Alle opslag på beskyttede personer logges særskilt',
          ],
        ),
        story(
          'Opslag på relationer',
          'sagsbehandler i familieafdelingen',
          'at kunne slå forældre, børn og ægtefælle op ud fra et CPR-nummer',
          'vores fagsystem kan vise borgerens familierelationer',
          ['Relationer returneres med CPR og navn', 'Relationsopslag kræver særskilt tilladelse'],
        ),
        story(
          'Historiske adresser',
          'sagsbehandler i opkrævningen',
          'at kunne se en borgers tidligere adresser med datoer',
          'vi kan sende krav til den rette adresse på det rette tidspunkt',
          ['Adresser returneres med til- og fraflytningsdato'],
        ),
        story(
          'Opslag på mange CPR-numre i ét kald',
          'integrationsudvikler hos en fagsystemleverandør',
          'at kunne slå op til 500 CPR-numre op i ét kald',
          'natlige kørsler ikke belaster brokeren med tusindvis af enkeltkald',
          [
            'Svaret indeholder ét resultat pr. CPR-nummer, også for ukendte numre',
            'Kaldet afvises med en forståelig fejl, hvis grænsen overskrides',
            'Hvert opslag logges enkeltvis i adgangsloggen',
          ],
        ),
        story(
          'Søgning på navn og fødselsdato',
          'medarbejder i borgerservice',
          'at kunne finde en person ud fra navn og fødselsdato, når borgeren ikke kender sit CPR-nummer',
          'jeg kan hjælpe borgeren videre uden at bede om papirer',
          [
            'Søgningen kræver mindst fulde efternavn og fødselsdato',
            'Der vises højst ti kandidater',
            'Søgningen kræver en særskilt tilladelse og logges',
          ],
        ),
        story(
          'CPR-status i alle svar',
          'sagsbehandler i ydelsesafdelingen',
          'at svaret altid viser personens CPR-status, fx død, udrejst eller forsvundet',
          'vi ikke sender breve eller penge til personer, der ikke længere bor her',
          ['Status og statusdato indgår i alle svar', 'Statuskoderne er oversat til klar tekst på dansk'],
        ),
        story(
          'Erstatningspersonnumre for borgere uden CPR',
          'sagsbehandler i sundhedsafdelingen',
          'at kunne slå erstatningspersonnumre op i et lokalt register',
          'borgere uden CPR-nummer også kan registreres i fagsystemerne',
          [
            'Erstatningsnumre kan oprettes og vedligeholdes på administrationssiden',
            'Svaret viser tydeligt, at der er tale om et erstatningsnummer',
          ],
        ),
        story(
          'Svar fra cachen ved nedbrud på Serviceplatformen',
          'IT-driftsansvarlig',
          'at brokeren svarer fra cachen med en advarsel, når Serviceplatformen ikke svarer',
          'borgerservice og fagsystemerne kan arbejde videre under et nedbrud',
          [
            'Svar fra cachen markeres med dataenes alder',
            'Nedbruddet vises på administrationssiden',
            'Det kan vælges pr. klient, om forældede data må udleveres',
          ],
        ),
      ],
    ),
    epic(
      'Abonnementer og hændelser',
      'Løbende besked til fagsystemer om ændringer i CPR, fx flytning og dødsfald.',
      [
        story(
          'Besked om dødsfald',
          'fagsystemejer',
          'at vores system får besked, når en borger i et abonnement dør',
          'vi kan stoppe udbetalinger og breve i tide',
          ['Beskeden sendes inden for et døgn', 'Beskeden kan sendes som webhook eller hentes via API'],
        ),
        story(
          'Abonnement på alle kommunens borgere',
          'systemadministrator',
          'at kunne oprette et abonnement på alle borgere med bopæl i kommunen',
          'fagsystemerne altid har opdaterede adresser',
          [
            'Abonnementet opdateres automatisk ved til- og fraflytning',
            'Ændringer leveres i den rækkefølge, de er sket',
          ],
        ),
        story(
          'Besked om fraflytning til en anden kommune',
          'sagsbehandler i jobcentret',
          'at vores fagsystem får besked, når en borger i et abonnement flytter til en anden kommune',
          'sagen kan overdrages til den nye kommune i tide',
          [
            'Beskeden indeholder fraflytningsdato og tilflytningskommune',
            'Hændelsestypen kan fravælges for klienter, der ikke har brug for den',
          ],
        ),
        story(
          'Genafsendelse af hændelser for en periode',
          'systemadministrator',
          'at kunne sende hændelser fra en given periode igen til et klientsystem',
          'et fagsystem, der har været nede, kan indhente det tabte',
          [
            'Perioden vælges på administrationssiden',
            'Genafsendte hændelser er markeret som gentagelser',
            'Genafsendelsen logges med bruger og tidspunkt',
          ],
        ),
        story(
          'Abonnement på navneændringer',
          'fagsystemejer i skoleadministrationen',
          'at få besked, når en elev eller en forælder skifter navn',
          'skolens systemer viser det rigtige navn',
          [
            'Hændelsen indeholder både det gamle og det nye navn',
            'Personer med navnebeskyttelse håndteres efter samme regler som ved opslag',
          ],
        ),
        story(
          'Overblik over hændelser, der ikke kunne leveres',
          'IT-driftsansvarlig',
          'at se de hændelser, der ikke kunne leveres til et klientsystem',
          'vi kan rette fejlen, før data i fagsystemerne bliver forkerte',
          [
            'Oversigten viser klient, hændelsestype og fejlbesked',
            'Leverancen forsøges igen automatisk med stigende interval',
            'Der sendes en mail, når en hændelse har fejlet i et døgn',
          ],
        ),
        story(
          'Besked om nyfødte i kommunen',
          'leder af sundhedsplejen',
          'at sundhedsplejens system får besked om nyfødte med bopæl i kommunen',
          'vi kan tilbyde det første besøg uden at vente på en liste fra borgerservice',
          [
            'Beskeden sendes, når barnet har fået CPR-nummer',
            'Beskeden indeholder mors CPR-nummer og adresse',
            'Hændelsestypen kræver en særskilt tilladelse',
          ],
        ),
      ],
    ),
    epic(
      'Logning og sikkerhed',
      'Logning af opslag og adgangskontrol, så kommunen kan dokumentere behandlingen af CPR-oplysninger.',
      [
        story(
          'Udtræk af adgangslog for én borger',
          'databeskyttelsesrådgiver',
          'at kunne trække en log over alle opslag på én borger',
          'vi kan besvare anmodninger om indsigt',
          ['Loggen viser tidspunkt, klientsystem og bruger', 'Udtrækket kan gemmes som PDF'],
        ),
        story(
          'Certifikatbaseret adgang for klienter',
          'IT-sikkerhedsansvarlig',
          'at klientsystemer kun kan kalde brokeren med et gyldigt certifikat',
          'uvedkommende systemer ikke kan slå borgere op',
          ['Certifikater registreres pr. klient', 'Udløbende certifikater varsles'],
        ),
        story(
          'Alarm ved usædvanligt mange opslag',
          'IT-sikkerhedsansvarlig',
          'at få en alarm, når en bruger eller et klientsystem laver usædvanligt mange opslag',
          'vi opdager misbrug af CPR-oplysninger hurtigt',
          [
            'Grænseværdier kan sættes pr. klientsystem',
            'Alarmen sendes som mail og skrives i adgangsloggen',
            'Alarmer kan kvitteres med en kommentar',
          ],
        ),
        story(
          'Forbrug af opslag pr. klientsystem',
          'systemadministrator',
          'at se antallet af betalte opslag på Serviceplatformen pr. klientsystem og måned',
          'vi kan fordele udgiften mellem forvaltningerne',
          ['Opslag besvaret fra cachen tælles for sig', 'Tallene kan eksporteres som CSV'],
        ),
        story(
          'Formål med opslag',
          'databeskyttelsesrådgiver',
          'at klientsystemer kan sende formålet med et opslag med, fx et sagsnummer',
          'vi kan dokumentere, at opslagene er sagligt begrundede',
          ['Formålet gemmes i adgangsloggen', 'Klienter kan pålægges at sende formål'],
        ),
        story(
          'Login med to faktorer til administrationssiden',
          'IT-sikkerhedsansvarlig',
          'at administrationssiden kræver login med kommunens to-faktor-login via OS2faktor',
          'kun autoriserede medarbejdere kan ændre klienter og tilladelser',
          [
            'Login sker via SAML',
            'Adgangen styres af en rolle fra OS2rollekatalog',
            'Brugere med kun læseadgang kan se loggen, men ikke ændre opsætningen',
          ],
        ),
        story(
          'Stikprøvekontrol af opslag hos lederne',
          'databeskyttelsesrådgiver',
          'at lederne hver måned får en stikprøve af opslag, som de skal bekræfte var sagligt begrundede',
          'vi kan dokumentere kontrollen med adgangen til CPR-oplysninger',
          [
            'Stikprøven udvælges tilfældigt pr. forvaltning',
            'Lederen bekræfter eller afviser hvert opslag',
            'Resultatet kan udtrækkes som rapport',
          ],
        ),
        story(
          'Maskerede CPR-numre i logoversigten',
          'IT-sikkerhedsansvarlig',
          'at CPR-numre vises delvist maskeret i adgangsloggens oversigt',
          'medarbejdere, der overvåger loggen, ikke ser flere personoplysninger end nødvendigt',
          [
            'Kun fødselsdatoen vises i oversigten',
            'Det fulde nummer vises først ved opslag på én borger, og visningen logges',
          ],
        ),
        story(
          'Udløbsdato på klientsystemers tilladelser',
          'databeskyttelsesrådgiver',
          'at tilladelser for klientsystemer har en udløbsdato og skal fornyes',
          'systemer, der ikke længere bruges, ikke bevarer adgang til CPR',
          [
            'Systemejeren får varsel 30 dage før udløb',
            'Udløbne tilladelser afviser opslag med en tydelig fejlkode',
          ],
        ),
      ],
    ),
  ],
  bugs: [
    bug(
      'Cache returnerer gammel adresse efter flytning',
      'En borger, der er flyttet, returneres med den gamle adresse i op til en uge, selv om abonnementet har modtaget ændringen.',
    ),
    bug(
      'Opslag på personer med udenlandsk adresse fejler',
      'Personer, der er udrejst, giver en fejl 500 i stedet for et svar uden dansk adresse.',
    ),
    bug(
      'Adgangsloggen mangler brugernavn ved opslag fra batchjobs',
      'Opslag fra natlige kørsler logges uden klientens navn, så de ikke kan spores.',
    ),
    bug(
      'Abonnement stopper efter genstart af serveren',
      'Efter en genstart modtages der ikke flere hændelser, før abonnementet genoprettes manuelt på administrationssiden.',
    ),
  ],
  tasks: [
    task(
      'Tilpas til ny version af Serviceplatformens CPR-service',
      'Serviceplatformen udfaser den nuværende version. Opdatér integrationen og test i testmiljøet.',
      ['drift'],
    ),
    task(
      'Opdatér databehandleraftale-bilag med nye datafelter',
      'Bilaget til databehandleraftalen skal afspejle, at relationer nu kan slås op.',
      ['governance'],
      'coordinator',
    ),
  ],
};
