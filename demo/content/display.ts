import { bug, epic, story, task, type ProductContent } from './types';

export const DISPLAY: ProductContent = {
  components: ['slide-editoren', 'spillelisterne', 'mediearkivet', 'skærmoversigten', 'administrationen'],
  epics: [
    epic(
      'Indhold og skabeloner',
      'Skabeloner og redigering af slides, så redaktører uden teknisk baggrund kan lave flotte infoskærme.',
      [
        story(
          'Skabelon til dagens arrangementer fra eventdatabasen',
          'biblioteksmedarbejder',
          'at kunne vise dagens arrangementer automatisk fra eventdatabasen',
          'skærmen i foyeren altid er opdateret uden manuelt arbejde',
          [
            'Arrangementer hentes for det valgte bibliotek',
            'Aflyste arrangementer vises ikke',
            'Data opdateres hvert kvarter',
          ],
        ),
        story(
          'Lokalebooking på skærm ved mødelokalet',
          'servicemedarbejder på rådhuset',
          'at en skærm ved mødelokalet viser dagens bookinger fra Outlook',
          'mødedeltagere kan se, om lokalet er ledigt',
          [
            'Bookinger hentes fra lokalets ressourcekalender',
            'Private møder vises som "Optaget" uden emne',
            'Visningen skifter farve, når lokalet er ledigt',
          ],
        ),
        story(
          'Forhåndsvisning af slide i skærmens format',
          'kommunikationsmedarbejder',
          'at kunne se et slide, som det vil se ud på både liggende og stående skærme',
          'jeg undgår tekst, der bliver skåret af',
          ['Forhåndsvisningen kan skifte mellem formaterne', 'Advarsel vises, hvis tekst ikke kan være der'],
        ),
        story(
          'Undertekster på videoslides',
          'kommunikationsmedarbejder',
          'at videoer på infoskærmene kan vise undertekster',
          'budskabet når frem, også når lyden er slået fra',
          ['Undertekstfil kan uploades sammen med videoen', 'Underteksterne vises med høj kontrast'],
        ),
        story(
          'Genbrug af slides på tværs af kommuner',
          'redaktør i en mindre kommune',
          'at kunne kopiere slides, som andre kommuner har delt',
          'vi kan genbruge kampagner om fx affaldssortering',
          ['Delte slides vises i et fælles bibliotek', 'Kopien kan redigeres uden at påvirke originalen'],
        ),
        story(
          'Nyheder fra hjemmesiden via RSS',
          'kommunikationsmedarbejder',
          'at kunne vise de seneste nyheder fra kommunens hjemmeside via et RSS-feed',
          'skærmene altid har aktuelt indhold uden ekstra arbejde',
          ['Antal nyheder og visningstid kan vælges', 'Nyheder uden billede vises med et standardbillede'],
        ),
        story(
          'Kønumre og ventetid i borgerservice',
          'leder af borgerservice',
          'at skærmen i borgerservice kan vise køsystemets aktuelle numre og ventetid',
          'borgerne kan se, hvornår det er deres tur',
          [
            'Data hentes fra køsystemet hvert 10. sekund',
            'Visningen skifter til en besked, hvis køsystemet ikke svarer',
          ],
        ),
        story(
          'Afgange fra nærmeste stoppested',
          'receptionist på rådhuset',
          'at kunne vise de næste afgange fra det nærmeste stoppested',
          'besøgende og medarbejdere kan nå bussen',
          ['Stoppestedet vælges ved søgning', 'Forsinkelser og aflysninger vises'],
        ),
        story(
          'Beskæring af billeder i mediearkivet',
          'redaktør',
          'at kunne beskære og tilpasse billeder til skærmens format direkte i mediearkivet',
          'jeg ikke skal bruge et separat billedprogram',
          ['Beskæringen kan vælges efter de mest brugte skærmformater', 'Originalbilledet bevares'],
        ),
      ],
    ),
    epic(
      'Planlægning og kampagner',
      'Styring af hvornår og hvor indhold vises: spillelister, tidsplaner og kampagner på tværs af skærme.',
      [
        story(
          'Tidsstyret spilleliste',
          'redaktør på et kulturhus',
          'at kunne sætte start- og sluttidspunkt på en spilleliste',
          'indhold om et arrangement forsvinder af sig selv, når det er slut',
          [
            'Start og slut kan angives med dato og klokkeslæt',
            'Gentagelse kan vælges for ugedage',
            'Udløbne spillelister markeres i oversigten',
          ],
        ),
        story(
          'Kampagne der overtager alle skærme',
          'beredskabskoordinator',
          'at kunne sende en akut besked til alle skærme i kommunen med få klik',
          'borgere og medarbejdere får vigtige beskeder med det samme',
          [
            'Kampagnen vises på alle valgte skærme inden for et minut',
            'Kampagnen kan stoppes igen med ét klik',
            'Kun brugere med særlig rolle kan starte en akut kampagne',
          ],
        ),
        story(
          'Skærmgrupper',
          'administrator',
          'at kunne samle skærme i grupper, fx "Biblioteker" og "Borgerservice"',
          'jeg kan planlægge indhold til mange skærme ad gangen',
          ['En skærm kan være med i flere grupper', 'Spillelister kan tildeles en hel gruppe'],
        ),
        story(
          'Nødbesked ved evakuering',
          'beredskabskoordinator',
          'at kunne vise en nødbesked på alle skærme i en bygning med ét klik',
          'alle i bygningen får beskeden med det samme',
          [
            'Nødbeskeden overtager skærmene inden for 10 sekunder',
            'Kun udvalgte brugere kan sende nødbeskeder',
            'Beskeden fjernes manuelt',
          ],
        ),
        story(
          'Udløbsdato på slides',
          'redaktør',
          'at slides fjernes automatisk, når arrangementet er overstået',
          'skærmene ikke viser forældede oplysninger',
          [
            'Udløbsdato kan sættes på både slide og spilleliste',
            'Redaktøren får besked, når en spilleliste bliver tom',
          ],
        ),
        story(
          'Godkendelse af indhold fra decentrale redaktører',
          'kommunikationschef',
          'at indhold fra decentrale redaktører kan kræve godkendelse, før det vises på fælles skærme',
          'kommunens budskaber er ensartede',
          ['Godkendelse kan kræves pr. skærmgruppe', 'Redaktøren får besked ved godkendelse eller afvisning'],
        ),
        story(
          'Kalender over planlagt indhold',
          'redaktør',
          'at se en kalender over, hvad der vises på mine skærme de næste uger',
          'jeg kan se huller og overlap i planlægningen',
          ['Kalenderen kan vises pr. skærm og pr. skærmgruppe', 'Kampagner vises med en særlig farve'],
        ),
      ],
    ),
    epic('Skærmklient og drift', 'Stabil afvikling på skærmene og overvågning af, at de kører.', [
      story(
        'Overvågning af skærme, der er offline',
        'IT-driftsansvarlig',
        'at få besked, når en skærm ikke har hentet indhold i over en time',
        'vi opdager sorte skærme, før borgerne gør',
        [
          'Status vises i skærmoversigten med tidspunkt for seneste kontakt',
          'Mail sendes til skærmens ansvarlige',
        ],
      ),
      story(
        'Offline-cache på skærmklienten',
        'IT-driftsansvarlig',
        'at skærmen fortsætter med at vise det seneste indhold, hvis netværket falder ud',
        'skærmen ikke bliver sort ved korte netværksudfald',
        [
          'Billeder og video caches lokalt',
          'Skærmen henter nyt indhold automatisk, når netværket er tilbage',
        ],
      ),
      story(
        'Parring af ny skærm med kode',
        'IT-supporter',
        'at kunne tilknytte en ny skærm ved at indtaste en kort kode fra skærmen',
        'opsætning af nye skærme tager få minutter',
        ['Koden vises på skærmen ved første start', 'Koden udløber efter 15 minutter'],
      ),
      story(
        'Skærmbillede af, hvad skærmen viser lige nu',
        'IT-supporter',
        'at kunne se et aktuelt skærmbillede fra en skærm i administrationen',
        'jeg kan hjælpe redaktøren uden at tage ud til skærmen',
        ['Skærmbilledet opdateres hvert femte minut', 'Funktionen kan slås fra for skærme i lukkede lokaler'],
      ),
      story(
        'Redaktørrettigheder pr. lokation',
        'administrator',
        'at kunne give redaktører adgang til udvalgte skærmgrupper',
        'biblioteket ikke ved en fejl ændrer indholdet på rådhusets skærme',
        ['Rettigheder gives pr. skærmgruppe', 'Redaktøren ser kun de skærme, han eller hun har adgang til'],
      ),
      story(
        'Natlig genstart af skærmklienten',
        'IT-driftsansvarlig',
        'at skærmklienten genstarter automatisk om natten',
        'hukommelsesproblemer i browseren ikke ophobes over flere uger',
        ['Tidspunktet kan sættes pr. skærmgruppe', 'Genstarten logges'],
      ),
      story(
        'Skærmklient på Raspberry Pi',
        'IT-driftsansvarlig',
        'at skærmklienten kan køre på en billig Raspberry Pi',
        'små institutioner har råd til en infoskærm',
        ['Der udgives et færdigt diskimage', 'Klienten kan afspille video i fuld HD'],
      ),
      story(
        'Statistik over visninger',
        'kommunikationsmedarbejder',
        'at se, hvor mange gange og hvor længe en kampagne er vist på de enkelte skærme',
        'vi kan dokumentere kampagnens rækkevidde over for afsenderen',
        ['Statistikken bygger på skærmklienternes afspilningslog', 'Data kan eksporteres som CSV'],
      ),
      story(
        'Automatisk opdatering af skærmklienten',
        'IT-driftsansvarlig',
        'at skærmklienterne opdateres automatisk i et vedligeholdelsesvindue',
        'vi ikke skal besøge hver skærm ved en ny version',
        [
          'Opdateringen kan rulles ud til en testgruppe først',
          'En mislykket opdatering rulles automatisk tilbage',
        ],
      ),
    ]),
  ],
  bugs: [
    bug(
      'Skærme genstarter spillelisten ved hver opdatering',
      'Når en redaktør gemmer en ændring i et slide, starter alle skærme med spillelisten forfra, også dem der ikke viser det ændrede slide.',
    ),
    bug(
      'Kalenderskabelonen viser heldagsbegivenheder på forkert dag',
      'Heldagsbegivenheder fra Outlook vises dagen før. Fejlen opstod efter skiftet til vintertid.',
    ),
    bug(
      'Upload af video over 500 MB fejler uden besked',
      'Upload-bjælken når 100 %, men videoen vises aldrig i mediearkivet, og der kommer ingen fejlbesked.',
    ),
    bug(
      'Tekst i stående format skæres af på Samsung-skærme',
      'På Samsungs professionelle skærme i stående format mangler de nederste linjer tekst på slides med lang tekst.',
    ),
    bug(
      'RSS-slides viser HTML-koder',
      'Nyheder fra kommunens RSS-feed vises med koder som "&amp;" og "<p>" i teksten.',
    ),
  ],
  tasks: [
    task(
      'Udfas version 1 af skærmklienten',
      'Lav en plan for de sidste kommuner, der kører version 1, og aftal datoen for lukning af det gamle API.',
      ['drift'],
      'coordinator',
    ),
    task(
      'Skriv vejledning til opsætning af Raspberry Pi som skærmklient',
      'Mange kommuner bruger billig hardware. Vejledningen skal beskrive kiosk-tilstand og automatisk opstart.',
      ['dokumentation'],
    ),
    task(
      'Opdatér Docker-images og byggepipeline',
      'Images bygges i dag manuelt. Automatisér bygning og publicering ved release.',
      ['drift'],
    ),
  ],
};
