/** Runs JQL for the caller: compiled query, restricted to issues the caller may browse, in query order. */
import type { Ctx } from './context';
import { compileJql, type CompiledJql, type CompileOptions } from './jql';
import type { IssueRecord } from './types';

export interface SearchResult {
  compiled: CompiledJql;
  issues: IssueRecord[];
}

export function runJql(
  ctx: Ctx,
  jql: string,
  options: CompileOptions & { within?: (i: IssueRecord) => boolean } = {},
): SearchResult {
  const compiled = compileJql(
    jql,
    { snapshot: ctx.snapshot, perms: ctx.perms, index: ctx.index, now: ctx.now },
    options,
  );
  const visible = new Set(ctx.snapshot.projects.filter((p) => ctx.perms.canBrowse(p)).map((p) => p.id));
  const issues = ctx.snapshot.issues
    .filter((i) => visible.has(i.projectId) && (!options.within || options.within(i)) && compiled.matches(i))
    .sort((a, b) => compiled.compare(a, b));
  return { compiled, issues };
}
