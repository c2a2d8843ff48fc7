import { z } from 'zod';
import { JiraIdSchema } from '../domain/names';
import { JiraClient } from '../platform/jira';
import { PermissionService } from '../platform/permissions';

/**
 * The shape of `req.context.extension` we rely on; set by Forge from the module, never by the
 * payload. An extension that does not fit is dropped whole, so the call has no project or issue.
 */
const extensionSchema = z
  .object({
    type: z.string().optional(),
    // A non-canonical id (`0010005`) is refused, not canonicalised: Jira never renders one.
    project: z
      .object({ id: JiraIdSchema, key: z.string().max(255) })
      .partial()
      .optional(),
    issue: z
      .object({ id: JiraIdSchema, key: z.string().max(255) })
      .partial()
      .optional(),
    board: z
      .object({ id: z.union([z.number(), z.string()]) })
      .partial()
      .optional(),
    gadget: z.object({ id: z.string() }).partial().optional(),
    gadgetConfiguration: z.record(z.string(), z.unknown()).optional(),
  })
  .passthrough();

export interface Caller {
  accountId: string;
  moduleKey: string;
  projectId?: string;
  projectKey?: string;
  issueId?: string;
  issueKey?: string;
  boardId?: number;
  gadgetConfiguration?: Record<string, unknown>;
  jira: { asUser: JiraClient; asApp: JiraClient };
  permissions: PermissionService;
}

export function callerFromContext(context: Record<string, unknown>): Caller | null {
  const accountId = typeof context.accountId === 'string' && context.accountId ? context.accountId : null;
  if (!accountId) return null;
  const extension = extensionSchema.safeParse(context.extension ?? {});
  const ext = extension.success ? extension.data : {};
  const asUser = new JiraClient('user');
  const boardId = ext.board?.id === undefined ? undefined : Number(ext.board.id);
  return {
    accountId,
    moduleKey: typeof context.moduleKey === 'string' ? context.moduleKey : '',
    projectId: ext.project?.id,
    projectKey: ext.project?.key,
    issueId: ext.issue?.id,
    issueKey: ext.issue?.key,
    boardId: Number.isInteger(boardId) ? boardId : undefined,
    gadgetConfiguration: ext.gadgetConfiguration,
    jira: { asUser, asApp: new JiraClient('app') },
    permissions: new PermissionService(asUser, accountId),
  };
}
