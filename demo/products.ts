/**
 * The 17 products of the seed presentation, one Jira project each. Keys LOOP, ROL, DISPLAY, VALGHAL and
 * KRAVMOTOR are OS2's real ones; the other keys and every team below are invented for the demo.
 */
import { AUTOPROCES } from './content/autoproces';
import { BORGERPC } from './content/borgerpc';
import { CPRBROKER } from './content/cprbroker';
import { DAGSORDEN } from './content/dagsorden';
import { DATASCANNER } from './content/datascanner';
import { DISPLAY } from './content/display';
import { FAKTOR } from './content/faktor';
import { FORMS } from './content/forms';
import { INDBERETNING } from './content/indberetning';
import { KITOS } from './content/kitos';
import { KLE } from './content/kle';
import { KRAVMOTOR } from './content/kravmotor';
import { LOOP } from './content/loop';
import { MO } from './content/mo';
import { OPGAVEFORDELER } from './content/opgavefordeler';
import { ROL } from './content/rol';
import type { ProductContent } from './content/types';
import { VALGHALLA } from './content/valghalla';

export interface ProductDef {
  name: string;
  key: string;
  description: string;
  primaryRole: string;
  content: ProductContent;
  /** Person handles (see people.ts). The tovholder leads the project and heads the coordination group. */
  tovholder: string;
  steering: string[];
  /** Includes the tovholder. */
  coordination: string[];
  suppliers: string[];
  /** Generic items (by summary prefix) that would duplicate the product's own content. */
  skipGeneric?: string[];
}

export const PRODUCTS: readonly ProductDef[] = [
  {
    name: 'OS2cprbroker',
    key: 'CPR',
    description:
      'OS2cprbroker henter personoplysninger fra CPR via Serviceplatformen og stiller dem til rådighed for kommunens fagsystemer med lokal cache, abonnementer og logning af alle opslag.',
    primaryRole: 'systemadministrator',
    content: CPRBROKER,
    tovholder: 'jesper',
    steering: ['nanna', 'helle'],
    coordination: ['jesper', 'morten'],
    suppliers: ['emil'],
    skipGeneric: ['Engelsk brugerflade'],
  },
  {
    name: 'OS2borgerPC',
    key: 'BPC',
    description:
      'OS2borgerPC er et sikkert og gratis styresystem til borgerrettede PC’er på biblioteker og i borgerservice, som kommunen styrer centralt fra et adminsite.',
    primaryRole: 'bibliotekar',
    content: BORGERPC,
    tovholder: 'karina',
    steering: ['lars', 'christian', 'bo'],
    coordination: ['karina', 'pernille', 'anders'],
    suppliers: ['katrine', 'emil'],
    skipGeneric: ['Tidspunkter '],
  },
  {
    name: 'OS2dagsorden',
    key: 'DAGS',
    description:
      'OS2dagsorden offentliggør dagsordener og referater fra byråd og udvalg og giver politikerne en app til at læse og lave noter i dagsordener og bilag.',
    primaryRole: 'byrådsmedlem',
    content: DAGSORDEN,
    tovholder: 'trine',
    steering: ['kasper', 'maria'],
    coordination: ['trine', 'soeren', 'signe'],
    suppliers: ['stig', 'mads'],
  },
  {
    name: 'OS2kitos',
    key: 'KITOS',
    description:
      'OS2kitos giver kommunerne overblik over IT-systemer, IT-kontrakter, databehandleraftaler og snitflader, så porteføljestyring, kontraktstyring og GDPR-dokumentation samles ét sted.',
    primaryRole: 'kontraktansvarlig',
    content: KITOS,
    tovholder: 'coordinator',
    steering: ['steering', 'rasmus', 'helle'],
    coordination: ['coordinator', 'lene', 'mikkel'],
    suppliers: ['supplier', 'sara', 'julie'],
  },
  {
    name: 'OS2kle',
    key: 'KLE',
    description:
      'OS2kle stiller KL’s emnesystematik (KLE) til rådighed for kommunens systemer og bruges til at opmærke organisationen med de opgaver, enhederne varetager.',
    primaryRole: 'journaliseringsansvarlig',
    content: KLE,
    tovholder: 'soeren',
    steering: ['lars', 'jette'],
    coordination: ['soeren', 'ida'],
    suppliers: ['line'],
    skipGeneric: ['Dokumenteret API'],
  },
  {
    name: 'OS2loop',
    key: 'LOOP',
    description:
      'OS2loop er en lærings- og videndelingsplatform, hvor medarbejdere – især i sundheds- og omsorgsområdet – stiller faglige spørgsmål til kolleger, deler vejledninger og gennemfører læringsforløb.',
    primaryRole: 'social- og sundhedsassistent',
    content: LOOP,
    tovholder: 'coordinator',
    steering: ['steering', 'camilla', 'annemette'],
    coordination: ['coordinator', 'rasmus', 'maria'],
    suppliers: ['supplier', 'sara'],
  },
  {
    name: 'OS2display',
    key: 'DISPLAY',
    description:
      'OS2display styrer indholdet på kommunens infoskærme, fx på biblioteker, rådhuse og kulturhuse, med skabeloner, spillelister og tidsplaner.',
    primaryRole: 'kommunikationsmedarbejder',
    content: DISPLAY,
    tovholder: 'camilla',
    steering: ['christian', 'niels'],
    coordination: ['camilla', 'bo', 'annemette'],
    suppliers: ['astrid', 'frederik'],
    skipGeneric: ['Tidspunkter '],
  },
  {
    name: 'OS2datascanner',
    key: 'DATASCAN',
    description:
      'OS2datascanner scanner filer, postkasser, SharePoint og hjemmesider for CPR-numre og andre personfølsomme oplysninger og hjælper medarbejderne med at rydde op.',
    primaryRole: 'medarbejder',
    content: DATASCANNER,
    tovholder: 'nanna',
    steering: ['jesper', 'kasper', 'lene'],
    coordination: ['nanna', 'niels'],
    suppliers: ['emil', 'katrine'],
  },
  {
    name: 'OS2valghalla',
    key: 'VALGHAL',
    description:
      'OS2valghalla håndterer rekruttering, planlægning og kommunikation med valgtilforordnede før og på valgdagen.',
    primaryRole: 'valgsekretær',
    content: VALGHALLA,
    tovholder: 'pernille',
    steering: ['nanna', 'trine'],
    coordination: ['pernille', 'christian'],
    suppliers: ['frederik'],
  },
  {
    name: 'OS2kravmotor',
    key: 'KRAVMOTOR',
    description:
      'OS2kravmotor hjælper kommunerne med at udarbejde kravspecifikationer til IT-indkøb ud fra et fælles bibliotek af standardkrav.',
    primaryRole: 'indkøbskonsulent',
    content: KRAVMOTOR,
    tovholder: 'morten',
    steering: ['helle', 'bo'],
    coordination: ['morten', 'jette'],
    suppliers: ['brian'],
  },
  {
    name: 'OS2autoproces',
    key: 'AUTOPROC',
    description:
      'OS2autoproces giver overblik over kommunernes automatiserede processer (RPA og anden automatisering), så løsninger og gevinster kan deles og genbruges.',
    primaryRole: 'RPA-udvikler',
    content: AUTOPROCES,
    tovholder: 'ida',
    steering: ['lars', 'mikkel'],
    coordination: ['ida', 'kasper'],
    suppliers: ['line'],
  },
  {
    name: 'OS2forms',
    key: 'FORMS',
    description:
      'OS2forms er en platform til digitale selvbetjeningsformularer med MitID-login, opslag i CPR og CVR og automatisk journalisering i kommunens sagssystemer.',
    primaryRole: 'formularbygger',
    content: FORMS,
    tovholder: 'annemette',
    steering: ['rasmus', 'jette', 'karina'],
    coordination: ['annemette', 'lene', 'trine'],
    suppliers: ['stig', 'astrid'],
    skipGeneric: ['Tilgængelighed efter WCAG'],
  },
  {
    name: 'OS2mo',
    key: 'MO',
    description:
      'OS2mo (Medarbejder og Organisation) er kommunens autoritative kilde til medarbejder- og organisationsdata, som synkroniseres til AD, FK Organisation og andre systemer.',
    primaryRole: 'HR-medarbejder',
    content: MO,
    tovholder: 'niels',
    steering: ['jesper', 'camilla', 'soeren'],
    coordination: ['niels', 'christian', 'karina'],
    suppliers: ['katrine', 'emil'],
  },
  {
    name: 'OS2faktor',
    key: 'FAKTOR',
    description:
      'OS2faktor er en login-broker og identity provider med to-faktor-login, der forbinder kommunens AD med MitID Erhverv og NSIS-sikringsniveauer.',
    primaryRole: 'IT-supporter',
    content: FAKTOR,
    tovholder: 'lene',
    steering: ['kasper', 'morten'],
    coordination: ['lene', 'pernille', 'jesper'],
    suppliers: ['brian', 'line'],
  },
  {
    name: 'OS2opgavefordeler',
    key: 'OPGAVE',
    description:
      'OS2opgavefordeler fordeler opgaver og henvendelser til den rette organisatoriske enhed ud fra KLE, geografi og andre regler.',
    primaryRole: 'systemadministrator',
    content: OPGAVEFORDELER,
    tovholder: 'jette',
    steering: ['maria', 'ida'],
    coordination: ['jette', 'soeren'],
    suppliers: ['frederik'],
    skipGeneric: ['Forkert alfabetisk sortering'],
  },
  {
    name: 'OS2rollekatalog',
    key: 'ROL',
    description:
      'OS2rollekatalog styrer medarbejdernes rettigheder i kommunens IT-systemer med rolletildeling, anmodninger, attestering og udlæsning til AD og KOMBIT’s støttesystemer.',
    primaryRole: 'rolletildeler',
    content: ROL,
    tovholder: 'kasper',
    steering: ['helle', 'annemette', 'lars'],
    coordination: ['kasper', 'mikkel', 'rasmus'],
    suppliers: ['brian'],
  },
  {
    name: 'OS2indberetning',
    key: 'INDB',
    description:
      'OS2indberetning bruges til at indberette og godkende kørsel i egen bil, så medarbejderne får korrekt kørselsgodtgørelse via lønsystemet.',
    primaryRole: 'leder',
    content: INDBERETNING,
    tovholder: 'maria',
    steering: ['trine', 'christian'],
    coordination: ['maria', 'karina', 'anders'],
    suppliers: ['julie'],
  },
];
