import { z } from 'zod';
import { JiraClient } from '../platform/jira';
import { PermissionService } from '../platform/permissions';

/** The shape of `req.context.extension` we rely on; set by Forge from the module, never by the payload. */
const extensionSchema = z
  .object({
    type: z.string().optional(),
    project: z
      .object({ id: z.string().regex(/^\d+$/), key: z.string().max(255) })
      .partial()
      .optional(),
    issue: z
      .object({ id: z.string().regex(/^\d+$/), key: z.string().max(255) })
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
