import type { GadgetConfiguration } from '../../../../src/contract';
import { LEVELS } from '../../lib/governance';

export const GADGET_LEVELS = ['all', ...LEVELS] as const satisfies readonly GadgetConfiguration['level'][];
export const GADGET_SHOW = ['all', 'due'] as const satisfies readonly GadgetConfiguration['show'][];

/**
 * The saved configuration as the edit form starts from it. Only for the form: the resolver validates
 * the configuration itself (with zod) and never takes it from the browser.
 */
export function formConfiguration(raw: Record<string, unknown> | undefined): GadgetConfiguration {
  const level = GADGET_LEVELS.find((l) => l === raw?.level) ?? 'all';
  const show = GADGET_SHOW.find((s) => s === raw?.show) ?? 'all';
  return { level, show };
}
