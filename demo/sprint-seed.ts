/**
 * Sprint planning demo data for OS2valghalla, through the app's resolvers: the coordination
 * group counts 40.000 kr. of the common budget towards each wish (before the wishes are seeded,
 * so their funding counts it), and the supplier gives the future sprint a capacity of 300 hours.
 */
import type { ForgeRuntime } from '../emulator/host/runtime';
import type { JiraSeed } from '../emulator/jira/seed-types';
import { DEFAULT_WEIGHTS, DEFAULT_COST_CEILING_DKK } from '../src/domain/wish';
import { invokeAs, ok } from './invoke';

export const SPRINT_PRODUCT = 'VALGHAL';
export const SPRINT_SHARE_PER_WISH_DKK = 40_000;
export const SPRINT_CAPACITY_HOURS = 300;

const projectOf = (seed: JiraSeed) => seed.projects.find((p) => p.key === SPRINT_PRODUCT);
const extension = (project: { id: string; key: string }) => ({
  type: 'jira:projectPage',
  project: { id: project.id, key: project.key },
});

export async function seedSprintBudget(runtime: ForgeRuntime, seed: JiraSeed): Promise<void> {
  const project = projectOf(seed);
  if (!project) return;
  ok(
    await invokeAs(
      runtime,
      'coordinator',
      'os2-project-page',
      'saveWishSettings',
      {
        weights: { ...DEFAULT_WEIGHTS },
        costCeilingDkk: DEFAULT_COST_CEILING_DKK,
        commonBudgetSharePerWishDkk: SPRINT_SHARE_PER_WISH_DKK,
        wishIssueTypes: ['Story'],
        expectedVersion: 0,
      },
      extension(project),
    ),
    'Seeding sprint planning: saveWishSettings',
  );
}

export async function seedSprintCapacity(runtime: ForgeRuntime, seed: JiraSeed): Promise<void> {
  const project = projectOf(seed);
  const future = project?.sprints.find((s) => s.state === 'future');
  if (!project || !future) return;
  ok(
    await invokeAs(
      runtime,
      'supplier',
      'os2-project-page',
      'setSprintCapacity',
      { sprintId: future.id, hours: SPRINT_CAPACITY_HOURS, expectedVersion: 0 },
      extension(project),
    ),
    'Seeding sprint planning: setSprintCapacity',
  );
}
