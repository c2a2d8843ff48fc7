/**
 * The sprint documents: plan and review of one sprint (anyone who browses; pledges only for those
 * who may see them), and the settlement of the year's delivered wishes per organisation (only for
 * those who may see pledges), as CSV (UTF-8 with BOM) or markdown.
 */
import type { ExportedDocument, ParsedInputOf } from '../contract';
import { safeFileName } from '../domain/documents/escape';
import {
  loadOf,
  settlementCsv,
  settlementMarkdown,
  sprintPlanMarkdown,
  sprintReviewMarkdown,
  wishFunding,
  type ExportSprint,
  type SettlementRow,
} from '../domain/sprint';
import { getSprintIssues } from '../platform/jira-gateway';
import type { Caller } from './caller';
import { forbidden, notFound } from './errors';
import { loadPlanContext, privateLoad, rowOf, sprintCan, type PlanContext } from './sprint-planning';

async function exportSprint(
  caller: Caller,
  ctx: PlanContext,
  sprintId: number | null,
  showPrivate: boolean,
): Promise<ExportSprint> {
  const sprint = [...ctx.openSprints, ...ctx.closedSprints].find((s) => s.id === sprintId);
  if (!sprint) throw notFound();
  // A closed sprint's issues are no longer "in" it on the board: ask the sprint itself.
  const issues = await getSprintIssues(caller.jira.asUser, sprint.id, 'summary');
  const wishes = issues.flatMap((i) => {
    const doc = ctx.records.get(i.id);
    const issue = ctx.issues.get(i.id);
    return doc && issue ? [{ doc, row: rowOf(ctx, doc, issue, showPrivate) }] : [];
  });
  const capacity = ctx.capacities.get(sprint.id);
  return {
    name: sprint.name,
    state: sprint.state,
    startDate: sprint.startDate ?? null,
    endDate: sprint.endDate ?? null,
    goal: sprint.goal ?? '',
    capacityHours: capacity ? capacity.hours : null,
    load: privateLoad(loadOf(wishes.map((w) => wishFunding(w.doc, ctx.perWishDkk))), showPrivate),
    wishes: wishes.map(({ row }) => ({
      key: row.key,
      summary: row.summary,
      status: row.status,
      hours: row.estimate?.hours ?? 0,
      amountDkk: row.estimate?.amountDkk ?? 0,
      commonShareDkk: row.commonShareDkk,
      pledgedDkk: row.pledgedDkk,
      warnings: row.warnings,
      issueDone: row.jiraStatusCategory === 'done',
    })),
  };
}

export async function exportSprintDocument(
  caller: Caller,
  input: ParsedInputOf<'exportSprintDocument'>,
): Promise<ExportedDocument> {
  const ctx = await loadPlanContext(caller);
  const showPrivate = sprintCan.seePrivate(ctx.access, ctx.sprintSettings.shareFundingWithSupplier);
  const product = ctx.access.profile?.productName ?? ctx.access.projectKey;
  const base = safeFileName(product);
  if (input.kind === 'sprint-plan' || input.kind === 'sprint-review') {
    const sprint = await exportSprint(caller, ctx, input.sprintId, showPrivate);
    const plan = input.kind === 'sprint-plan';
    return {
      fileName: `${base}-${safeFileName(sprint.name, 'sprint')}-${plan ? 'sprintplan' : 'sprintreview'}.md`,
      mimeType: 'text/markdown; charset=utf-8',
      content: plan ? sprintPlanMarkdown(product, sprint) : sprintReviewMarkdown(product, sprint),
    };
  }
  if (!showPrivate) throw forbidden();
  const rows: SettlementRow[] = [...ctx.settlements.values()]
    .filter((s) => s.year === ctx.year)
    .flatMap((s) =>
      s.lines.map((line) => ({
        wishKey: s.issueKey,
        summary: s.summary,
        sprintName: s.sprintName,
        settledAt: s.updatedAt,
        line,
      })),
    );
  const csv = input.kind === 'settlement-csv';
  return {
    fileName: `${base}-afregning-${ctx.year}.${csv ? 'csv' : 'md'}`,
    mimeType: csv ? 'text/csv; charset=utf-8' : 'text/markdown; charset=utf-8',
    content: csv ? settlementCsv(product, rows) : settlementMarkdown(product, rows),
  };
}
