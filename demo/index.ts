/**
 * The OS2 demo seed: a deterministic OS2 Jira site with 17 product projects.
 *
 * Everything here is invented demo data – people, account ids, teams, suppliers' assignments, issues,
 * sprints and any product levels implied by the content – except the public facts: the real project
 * keys (LOOP, ROL, DISPLAY, VALGHAL, KRAVMOTOR), the published level decisions (OS2autoproces, OS2faktor,
 * OS2rollekatalog, OS2loop's target) and the municipality and public-body names. Same input, same
 * output: a seeded PRNG and a fixed reference date, no clock.
 */
import {
  clarificationTask,
  GENERIC_BUGS,
  GENERIC_STORIES,
  GENERIC_TASKS,
  userTestTask,
  type ProductContext,
} from './content/generic';
import type { PlainDef, StoryDef } from './content/types';
import { MUNICIPALITIES, OTHER_PUBLIC_BODIES } from './organisations';
import { PEOPLE, person, type Person } from './people';
import { personaById } from './personas';
import { PRODUCTS, type ProductDef } from './products';
import { chance, hashString, int, mulberry32, pick, sample, shuffle, type Rng } from './random';
import type {
  IssueTypeName,
  JiraSeed,
  SeedIssue,
  SeedProject,
  SeedSprint,
  SeedUser,
  StatusName,
} from '../emulator/jira/seed-types';

export { MUNICIPALITIES, OTHER_PUBLIC_BODIES } from './organisations';
export { PERSONAS, personaById, type Persona } from './personas';

/** "Today" in the demo: every date is computed relative to it. */
export const REFERENCE_DATE = '2026-11-02';
export const SITE_URL = 'https://os2.atlassian.net';
export const CLOUD_ID = '7973ef25-db36-450c-8198-e03dfffe3b1d';
export const FIRST_PROJECT_ID = 10000;
export const FIRST_ISSUE_ID = 20000;

const SEED = 0x0520_2611;
const DAY = 86_400_000;
const MINUTE = 60_000;
const REFERENCE_MIDNIGHT = Date.parse(`${REFERENCE_DATE}T00:00:00Z`);

// ---------------------------------------------------------------------------------------------------------
// Time: Jira users here live in Copenhagen, so timestamps fall in Danish working hours.

function lastSundayUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay());
}

/** Copenhagen is UTC+2 from the last Sunday of March to the last Sunday of October (01:00 UTC), else UTC+1. */
function copenhagenOffsetMs(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const summerStart = lastSundayUtc(year, 2) + 3_600_000;
  const summerEnd = lastSundayUtc(year, 9) + 3_600_000;
  return (utcMs >= summerStart && utcMs < summerEnd ? 2 : 1) * 3_600_000;
}

/** UTC instant of a Copenhagen wall-clock time on the given (UTC-midnight) day. */
function copenhagenTime(dayMidnightUtc: number, localMinutes: number): number {
  const naive = dayMidnightUtc + localMinutes * MINUTE;
  return naive - copenhagenOffsetMs(naive);
}

/** A working-hours instant `daysAgo` days before the reference date; weekends move back to Friday. */
function workingTime(rng: Rng, daysAgo: number): number {
  let day = REFERENCE_MIDNIGHT - daysAgo * DAY;
  const weekday = new Date(day).getUTCDay();
  if (weekday === 6) day -= DAY;
  if (weekday === 0) day -= 2 * DAY;
  return copenhagenTime(day, int(rng, 8 * 60, 15 * 60 + 30));
}

const iso = (ms: number): string => new Date(ms).toISOString();

// ---------------------------------------------------------------------------------------------------------
// Placement: where an issue sits (sprint or backlog) and hence its status and plausible age.

type Placement =
  'activeProgress' | 'activeTodo' | 'activeDone' | 'future' | 'backlog' | 'doneNoSprint' | 'closedDone';

/** Rank groups: the backlog order shows the active sprint first, then the future sprint, then the backlog. */
const PLACEMENT_RANK: Record<Placement, number> = {
  activeProgress: 1,
  activeTodo: 2,
  activeDone: 3,
  future: 4,
  backlog: 5,
  doneNoSprint: 6,
  closedDone: 7,
};

/** Age in days [min, max]; an issue in a closed sprint must predate that sprint, and all within 18 months. */
const AGE_DAYS: Record<Placement | 'epic', [number, number]> = {
  epic: [430, 540],
  activeProgress: [15, 300],
  activeTodo: [10, 360],
  activeDone: [15, 300],
  future: [3, 300],
  backlog: [1, 420],
  doneNoSprint: [60, 480],
  closedDone: [30, 420],
};

function statusOf(placement: Placement): StatusName {
  if (placement === 'activeProgress') return 'In Progress';
  if (placement === 'activeDone' || placement === 'doneNoSprint' || placement === 'closedDone') return 'Done';
  return 'To Do';
}

// ---------------------------------------------------------------------------------------------------------
// Drafts: issues before numbering.

interface Draft {
  issueType: IssueTypeName;
  summary: string;
  labels: string[];
  story?: StoryDef;
  plain?: PlainDef;
  epicDescription?: string;
  epicIndex?: number;
  placement?: Placement;
  /** Position within its rank group. */
  order: number;
  daysAgo: number;
  created: number;
  reporter: Person;
  assignee?: Person;
  storyPoints?: number;
  key?: string;
}

const STORY_POINTS = [1, 2, 2, 3, 3, 3, 5, 5, 5, 8, 8, 13];

function joinDanish(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

function storyDescription(rng: Rng, def: StoryDef, reporter: Person): string {
  const criteria = def.criteria.map((c) => `- ${c}`).join('\n');
  // The number of municipalities behind a wish is OS2's measure of its reach ("3 + 4 = 98").
  const supporters = sample(
    rng,
    MUNICIPALITIES.filter((m) => m !== reporter.organisation),
    int(rng, 0, 6),
  );
  const origin = `Indsendt af ${reporter.organisation}.${
    supporters.length > 0 ? ` Støttes også af ${joinDanish(supporters)}.` : ''
  }`;
  return `Som ${def.role} ønsker jeg ${def.want}, således at ${def.soThat}.\n\nAcceptkriterier:\n${criteria}\n\n${origin}`;
}

function weightedPick<T>(rng: Rng, entries: [T, number][]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng() * total;
  for (const [item, weight] of entries) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return entries[entries.length - 1][0];
}

interface Team {
  tovholder: Person;
  steering: Person[];
  coordination: Person[];
  suppliers: Person[];
  secretariat: Person;
  /** Municipal reporters, weighted towards the project's own people. */
  reporters: [Person, number][];
}

function teamOf(product: ProductDef): Team {
  const steering = product.steering.map(person);
  const coordination = product.coordination.map(person);
  const involved = new Set([...steering, ...coordination].map((p) => p.handle));
  const personaProject = product.key === 'LOOP' || product.key === 'KITOS';
  const reporters = PEOPLE.filter((p) => p.kind === 'municipality').map((p): [Person, number] => {
    if (p.persona === 'municipality') return [p, personaProject ? 5 : 1];
    return [p, involved.has(p.handle) ? 3 : 1];
  });
  return {
    tovholder: person(product.tovholder),
    steering,
    coordination,
    suppliers: product.suppliers.map(person),
    secretariat: person('secretariat'),
    reporters,
  };
}

function reporterFor(rng: Rng, team: Team, draft: Pick<Draft, 'issueType' | 'plain'>): Person {
  if (draft.issueType === 'Story') return weightedPick(rng, team.reporters);
  if (draft.issueType === 'Bug')
    return chance(rng, 0.15) ? pick(rng, team.suppliers) : weightedPick(rng, team.reporters);
  const owner = draft.plain?.owner ?? 'supplier';
  if (owner === 'secretariat') return team.secretariat;
  if (owner === 'coordinator') {
    return draft.plain?.labels.includes('governance') && chance(rng, 0.6) ? team.secretariat : team.tovholder;
  }
  return chance(rng, 0.5) ? team.tovholder : pick(rng, team.suppliers);
}

function assigneeFor(rng: Rng, team: Team, draft: Draft): Person | undefined {
  const placement = draft.placement;
  const owner = draft.plain?.owner ?? 'supplier';
  if (draft.issueType === 'Task' && owner === 'secretariat') {
    return chance(rng, 0.6) ? team.secretariat : person('thomas');
  }
  if (draft.issueType === 'Task' && owner === 'coordinator') {
    if (placement === 'backlog' && chance(rng, 0.4)) return undefined;
    return chance(rng, 0.7) ? team.tovholder : pick(rng, team.coordination);
  }
  const supplier = pick(rng, team.suppliers);
  switch (placement) {
    case 'activeProgress':
    case 'activeDone':
    case 'closedDone':
    case 'doneNoSprint':
      return supplier;
    case 'activeTodo':
      return chance(rng, 0.85) ? supplier : undefined;
    case 'future':
      return chance(rng, 0.5) ? supplier : undefined;
    default:
      return chance(rng, draft.issueType === 'Task' ? 0.5 : 0.2) ? supplier : undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Projects.

function buildSprints(rng: Rng, product: ProductDef, firstSprintId: number): SeedSprint[] {
  const number = int(rng, 6, 38);
  // Teams start sprints on Mondays or Wednesdays; the active one always spans the reference date.
  const activeStartDay = REFERENCE_MIDNIGHT - pick(rng, [0, 5, 7, 12]) * DAY;
  const at = (day: number) => iso(copenhagenTime(day, 9 * 60));
  const epic = pick(rng, product.content.epics);
  return [
    {
      id: firstSprintId,
      name: `${product.key} Sprint ${number}`,
      state: 'closed',
      startDate: at(activeStartDay - 14 * DAY),
      endDate: at(activeStartDay),
      goal: pick(rng, [
        'Stabilisering og fejlrettelser efter seneste release',
        'Færdiggøre de bestilte ønsker fra sidste prioriteringsrunde',
        'Sikkerhedsopdateringer og dokumentation',
      ]),
    },
    {
      id: firstSprintId + 1,
      name: `${product.key} Sprint ${number + 1}`,
      state: 'active',
      startDate: at(activeStartDay),
      endDate: at(activeStartDay + 14 * DAY),
      goal: `Levere bestilte ønsker under "${epic.summary}"`,
    },
    {
      id: firstSprintId + 2,
      name: `${product.key} Sprint ${number + 2}`,
      state: 'future',
      startDate: at(activeStartDay + 14 * DAY),
      endDate: at(activeStartDay + 28 * DAY),
      goal: 'Næste ønsker fra koordinationsgruppens prioriteringsliste',
    },
  ];
}

function primaryDrafts(rng: Rng, product: ProductDef): Draft[] {
  const ctx: ProductContext = { name: product.name, key: product.key, primaryRole: product.primaryRole };
  const { content } = product;
  const base = { order: 0, daysAgo: 0, created: 0, reporter: person('secretariat') };
  const drafts: Draft[] = [];
  content.epics.forEach((epic, epicIndex) => {
    for (const story of epic.stories) {
      drafts.push({
        ...base,
        issueType: 'Story',
        summary: story.summary,
        labels: [...story.labels],
        story,
        epicIndex,
      });
    }
  });
  const wanted = <T extends { summary: string }>(item: T) =>
    !product.skipGeneric?.some((prefix) => item.summary.startsWith(prefix));
  const genericStories = GENERIC_STORIES.map((make) => make(ctx)).filter(wanted);
  for (const story of sample(rng, genericStories, int(rng, 2, 3))) {
    drafts.push({ ...base, issueType: 'Story', summary: story.summary, labels: [...story.labels], story });
  }
  const components = shuffle(rng, content.components);
  const genericBugs = sample(
    rng,
    GENERIC_BUGS.map((make, i) => make(components[i % components.length])).filter(wanted),
    2,
  );
  for (const bug of [...content.bugs, ...genericBugs]) {
    drafts.push({ ...base, issueType: 'Bug', summary: bug.summary, labels: [...bug.labels], plain: bug });
  }
  const genericTasks = sample(rng, GENERIC_TASKS.map((make) => make(ctx)).filter(wanted), int(rng, 3, 4));
  for (const task of [...content.tasks, ...genericTasks]) {
    drafts.push({ ...base, issueType: 'Task', summary: task.summary, labels: [...task.labels], plain: task });
  }
  return drafts;
}

/** Spread statuses: most To Do, some In Progress, some Done; a subset in the sprints, the rest in the backlog. */
function place(rng: Rng, drafts: Draft[]): void {
  const n = drafts.length;
  const counts: [Placement, number][] = [
    ['closedDone', Math.round(n * 0.14)],
    ['activeDone', Math.max(1, Math.round(n * 0.05))],
    ['doneNoSprint', Math.round(n * 0.06)],
    ['activeProgress', Math.max(2, Math.round(n * 0.1))],
    ['activeTodo', int(rng, 3, 5)],
    ['future', int(rng, 2, 4)],
  ];
  const shuffled = shuffle(rng, drafts);
  let next = 0;
  for (const [placement, count] of counts) {
    for (let i = 0; i < count && next < n; i++) shuffled[next++].placement = placement;
  }
  while (next < n) shuffled[next++].placement = 'backlog';
  shuffled.forEach((d, i) => (d.order = i));
}

function age(rng: Rng, placement: Placement | 'epic'): number {
  const [min, max] = AGE_DAYS[placement];
  return int(rng, min, max);
}

/** Tasks that follow from a story (clarification before ordering, user test before DONE), placed to fit it. */
function derivedDrafts(rng: Rng, team: Team, stories: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const story of stories) {
    if (!story.story?.labels.includes('udviklingsønske') || !chance(rng, 0.45)) continue;
    let placement: Placement;
    let def: PlainDef;
    switch (story.placement) {
      case 'closedDone':
      case 'activeDone':
      case 'doneNoSprint':
        placement = story.placement;
        def = userTestTask(story.summary);
        break;
      case 'activeProgress':
        placement = 'activeTodo';
        def = userTestTask(story.summary);
        break;
      case 'activeTodo':
      case 'future':
        placement = 'closedDone';
        def = clarificationTask(story.summary);
        break;
      default:
        placement = chance(rng, 0.3) ? 'activeProgress' : 'backlog';
        def = clarificationTask(story.summary);
    }
    const [min] = AGE_DAYS[placement];
    const daysAgo = Math.max(min, story.daysAgo - int(rng, 1, 14));
    if (daysAgo > story.daysAgo) continue; // would predate its own story
    out.push({
      issueType: 'Task',
      summary: def.summary,
      labels: [...def.labels],
      plain: def,
      epicIndex: story.epicIndex,
      placement,
      order: story.order + 0.5,
      daysAgo,
      created: workingTime(rng, daysAgo),
      // The coordination group orders clarifications and tests from the supplier.
      reporter: team.tovholder,
    });
  }
  return out;
}

function buildProject(product: ProductDef, index: number): SeedProject {
  const rng = mulberry32(SEED ^ hashString(product.key));
  const team = teamOf(product);
  const sprints = buildSprints(rng, product, index * 3 + 1);
  const [closed, active, future] = sprints;
  const sprintOf = (placement: Placement): number | undefined => {
    if (placement === 'activeProgress' || placement === 'activeTodo' || placement === 'activeDone')
      return active.id;
    if (placement === 'future') return future.id;
    if (placement === 'closedDone') return closed.id;
    return undefined;
  };

  const epics: Draft[] = product.content.epics.map((epic, i) => {
    const daysAgo = age(rng, 'epic');
    return {
      issueType: 'Epic',
      summary: epic.summary,
      labels: [],
      epicDescription: epic.description,
      order: i,
      daysAgo,
      created: workingTime(rng, daysAgo),
      reporter: team.tovholder,
      assignee: team.tovholder,
    };
  });

  const primaries = primaryDrafts(rng, product);
  place(rng, primaries);
  for (const d of primaries) {
    d.daysAgo = age(rng, d.placement!);
    d.created = workingTime(rng, d.daysAgo);
    d.reporter = reporterFor(rng, team, d);
  }
  const derived = derivedDrafts(
    rng,
    team,
    primaries.filter((d) => d.issueType === 'Story'),
  );
  const work = [...primaries, ...derived];
  for (const d of work) {
    d.assignee = assigneeFor(rng, team, d);
    if (d.issueType === 'Story' && (d.placement !== 'backlog' || chance(rng, 0.65))) {
      d.storyPoints = pick(rng, STORY_POINTS);
    }
  }

  // Jira numbers issues in creation order.
  const all = [...epics, ...work];
  [...all]
    .sort((a, b) => a.created - b.created || a.order - b.order)
    .forEach((d, i) => (d.key = `${product.key}-${i + 1}`));

  const epicStatus = (epicIndex: number): StatusName => {
    const statuses = work.filter((d) => d.epicIndex === epicIndex).map((d) => statusOf(d.placement!));
    if (statuses.length > 0 && statuses.every((s) => s === 'Done')) return 'Done';
    return statuses.some((s) => s !== 'To Do') ? 'In Progress' : 'To Do';
  };

  const toIssue = (d: Draft): SeedIssue => {
    const issue: SeedIssue = {
      id: '',
      key: d.key!,
      issueType: d.issueType,
      summary: d.summary,
      description: '',
      status: 'To Do',
      reporterAccountId: d.reporter.accountId,
      labels: d.labels,
      created: iso(d.created),
    };
    if (d.issueType === 'Epic') {
      issue.description = d.epicDescription ?? '';
      issue.status = epicStatus(d.order);
    } else {
      issue.description = d.story ? storyDescription(rng, d.story, d.reporter) : d.plain!.description;
      issue.status = statusOf(d.placement!);
      const sprintId = sprintOf(d.placement!);
      if (sprintId !== undefined) issue.sprintId = sprintId;
      if (d.epicIndex !== undefined) issue.epicKey = epics[d.epicIndex].key;
    }
    if (d.assignee) issue.assigneeAccountId = d.assignee.accountId;
    if (d.storyPoints !== undefined) issue.storyPoints = d.storyPoints;
    return issue;
  };

  const ranked = [...work].sort(
    (a, b) => PLACEMENT_RANK[a.placement!] - PLACEMENT_RANK[b.placement!] || a.order - b.order,
  );
  const issues = [...epics, ...ranked].map(toIssue);

  const ids = (people: Person[]) => people.map((p) => p.accountId);
  return {
    id: String(FIRST_PROJECT_ID + index),
    key: product.key,
    name: product.name,
    description: product.description,
    leadAccountId: team.tovholder.accountId,
    roles: {
      Administrators: { users: ids([team.secretariat, team.tovholder]), groups: [] },
      Styregruppe: { users: ids(team.steering), groups: [] },
      Koordinationsgruppe: { users: ids(team.coordination), groups: [] },
      Leverandør: { users: ids(team.suppliers), groups: [] },
      Members: { users: [], groups: [] },
    },
    board: { id: index + 1, name: `${product.key} board`, type: 'scrum' },
    sprints,
    issues,
  };
}

function buildUsers(): SeedUser[] {
  return PEOPLE.map((p) => {
    const user: SeedUser = {
      accountId: p.accountId,
      displayName: p.displayName,
      emailAddress: p.emailAddress,
      groups: [...p.groups],
      organisation: p.organisation,
      locale: 'da_DK',
      timeZone: 'Europe/Copenhagen',
    };
    if (p.persona) user.persona = p.persona;
    return user;
  });
}

/** Builds the whole demo site. Pure: every call returns a fresh, identical value. */
export function buildSeed(): JiraSeed {
  const projects = PRODUCTS.map(buildProject);
  // Issue ids are global and, as in Jira, grow with creation time across projects.
  const everyIssue = projects.flatMap((project, projectIndex) =>
    project.issues.map((issue) => ({ issue, projectIndex, number: Number(issue.key.split('-')[1]) })),
  );
  everyIssue
    .sort(
      (a, b) =>
        a.issue.created.localeCompare(b.issue.created) ||
        a.projectIndex - b.projectIndex ||
        a.number - b.number,
    )
    .forEach(({ issue }, i) => (issue.id = String(FIRST_ISSUE_ID + i)));

  return {
    siteUrl: SITE_URL,
    cloudId: CLOUD_ID,
    users: buildUsers(),
    browseGroups: ['os2-community'],
    adminGroups: ['jira-administrators'],
    projects,
    organisations: [...MUNICIPALITIES, ...OTHER_PUBLIC_BODIES],
  };
}

/** The persona's account id, for tests and the shell. */
export const personaAccountId = (id: Parameters<typeof personaById>[0]): string => personaById(id).accountId;
