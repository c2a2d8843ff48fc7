/**
 * Shapes of the hand-written demo content of each product (the YAML files beside this one, checked by
 * schema.ts), and the `story` helper for the generic templates. Content is plain Danish text;
 * statuses, dates, people and sprints are assigned later by the seed builder.
 */

export interface StoryDef {
  summary: string;
  role: string;
  /** What the role wants, continuing "ønsker jeg …", e.g. "at kunne eksportere …". */
  want: string;
  /** The value, continuing "således at …". */
  soThat: string;
  criteria: string[];
  labels: string[];
}

export interface EpicDef {
  summary: string;
  description: string;
  stories: StoryDef[];
}

export type TaskOwner = 'supplier' | 'coordinator' | 'secretariat';

export interface PlainDef {
  summary: string;
  description: string;
  labels: string[];
  /** Who usually does the work; decides the assignee. */
  owner: TaskOwner;
}

export interface ProductContent {
  epics: EpicDef[];
  bugs: PlainDef[];
  tasks: PlainDef[];
  /** Screens of the product, in definite form ("kontraktoversigten"), for the generic bug templates. */
  components: string[];
}

export function story(
  summary: string,
  role: string,
  want: string,
  soThat: string,
  criteria: string[],
  labels: string[] = ['udviklingsønske'],
): StoryDef {
  return { summary, role, want, soThat, criteria, labels };
}
