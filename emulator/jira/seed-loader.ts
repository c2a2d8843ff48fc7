/** Turns a JiraSeed into store rows: global rank from each project's issue order, epics as parents. */
import type { JiraSeed } from './seed-types';
import { adfFromText } from './adf';
import { DEFAULT_PRIORITY, statusByName } from './catalog';
import { RANK_STEP } from './rank';
import type { JiraStore } from './store';
import type { IssueRecord } from './types';

export function loadSeed(store: JiraStore, seed: JiraSeed): void {
  store.transaction(() => {
    store.wipe();
    store.setMeta('siteUrl', seed.siteUrl);
    store.setMeta('cloudId', seed.cloudId);
    store.setMeta('groups', { browseGroups: seed.browseGroups, adminGroups: seed.adminGroups });
    store.setMeta('organisations', seed.organisations);

    seed.users.forEach((u, seq) => store.insertUser({ ...u, active: true, accountType: 'atlassian' }, seq));

    const idByKey = new Map(seed.projects.flatMap((p) => p.issues.map((i) => [i.key, i.id] as const)));
    let rank = 0;
    for (const p of seed.projects) {
      const numbers = p.issues.map((i) => Number(i.key.split('-').pop()) || 0);
      store.insertProject({
        id: p.id,
        key: p.key,
        name: p.name,
        description: p.description,
        leadAccountId: p.leadAccountId,
        roles: p.roles,
        nextIssueNumber: Math.max(0, ...numbers) + 1,
      });
      store.insertBoard({ id: p.board.id, projectId: p.id, name: p.board.name, type: p.board.type });
      for (const s of p.sprints) {
        store.insertSprint({
          ...s,
          boardId: p.board.id,
          completeDate: s.state === 'closed' ? s.endDate : undefined,
        });
      }
      for (const i of p.issues) {
        const done = statusByName(i.status).category === 'done';
        const issue: IssueRecord = {
          id: i.id,
          key: i.key,
          projectId: p.id,
          issueType: i.issueType,
          summary: i.summary,
          description: i.description ? adfFromText(i.description) : null,
          status: i.status,
          assigneeId: i.assigneeAccountId ?? null,
          reporterId: i.reporterAccountId,
          creatorId: i.reporterAccountId,
          labels: i.labels,
          created: i.created,
          updated: i.created,
          resolutionDate: done ? i.created : null,
          storyPoints: i.storyPoints ?? null,
          sprintIds: i.sprintId === undefined ? [] : [i.sprintId],
          parentId: i.epicKey ? (idByKey.get(i.epicKey) ?? null) : null,
          rank: (rank += RANK_STEP),
          priority: DEFAULT_PRIORITY,
        };
        store.insertIssue(issue);
        for (const [key, value] of Object.entries(i.properties ?? {})) {
          store.setProperty('issue', i.id, key, JSON.stringify(value));
        }
      }
    }
    store.setMeta('seeded', true);
  });
}
