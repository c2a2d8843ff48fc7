/** Wish issues in the in-process host, and resolver calls from their panel or their project page. */
import type { RunningHost } from '../../emulator/host/start';
import type { FunctionKey } from '../../src/contract';
import { inputOf, invokeAs, type InputArg } from './invoke';
import { jiraRest } from './jira-rest';

export interface WishIssue {
  id: string;
  key: string;
  project: { id: string; key: string };
}

/** A Story created as the secretariat (no wish record yet). */
export function createStory(
  host: RunningHost,
  project: { id: string; key: string },
  summary: string,
): WishIssue {
  const created = jiraRest(host, 'POST', '/rest/api/3/issue', {
    fields: { project: { id: project.id }, issuetype: { name: 'Story' }, summary },
  });
  if (created.status !== 201) throw new Error(`Issue not created: ${created.status}`);
  return { id: created.body.id, key: created.body.key, project };
}

export function onWishIssue<K extends FunctionKey>(
  host: RunningHost,
  persona: string,
  issue: WishIssue,
  fn: K,
  ...input: InputArg<K>
) {
  return invokeAs(host.runtime, persona, 'os2-wish-panel', fn, inputOf(input), {
    type: 'jira:issuePanel',
    issue: { id: issue.id, key: issue.key },
    project: issue.project,
  });
}

export function onProjectPage<K extends FunctionKey>(
  host: RunningHost,
  persona: string,
  project: { id: string; key: string },
  fn: K,
  ...input: InputArg<K>
) {
  return invokeAs(host.runtime, persona, 'os2-project-page', fn, inputOf(input), {
    type: 'jira:projectPage',
    project,
  });
}
