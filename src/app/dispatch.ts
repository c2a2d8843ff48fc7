import type { z } from 'zod';
import { contract, type FunctionKey, type OutputOf, type ParsedInputOf, type RpcResult } from '../contract';
import type { LocalText } from '../domain/catalogue/types';
import { isWellFormedText } from '../domain/names';
import { callerFromContext, type Caller } from './caller';
import { asAppError, MESSAGES } from './errors';

export type Handlers = {
  [K in FunctionKey]: (input: ParsedInputOf<K>, caller: Caller) => Promise<OutputOf<K>>;
};

interface ResolverRequest {
  payload: unknown;
  context: Record<string, unknown>;
}

/**
 * Every resolver call passes here: the payload is validated against the contract, the caller comes
 * from `req.context` only, and errors become a typed result instead of an opaque rejection.
 */
export async function dispatch<K extends FunctionKey>(
  key: K,
  handlers: Handlers,
  req: ResolverRequest,
): Promise<RpcResult<OutputOf<K>>> {
  const illFormed = illFormedStringPath(req.payload);
  if (illFormed !== null) {
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: MESSAGES.illFormedText,
        details: [{ path: illFormed, message: MESSAGES.illFormedText.en }],
      },
    };
  }
  const parsed = contract[key].input.safeParse(req.payload);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: issueText(parsed.error.issues) ?? MESSAGES.invalidInput,
        details: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
    };
  }
  const caller = callerFromContext(req.context);
  if (!caller) return { ok: false, error: { code: 'unauthenticated', message: MESSAGES.unauthenticated } };
  try {
    const handler = handlers[key] as (input: unknown, caller: Caller) => Promise<OutputOf<K>>;
    return { ok: true, data: await handler(parsed.data, caller) };
  } catch (error) {
    const known = asAppError(error);
    if (known) return { ok: false, error: known.toRpc() };
    console.error(`Resolver ${String(key)} failed`, error);
    return { ok: false, error: { code: 'internal', message: MESSAGES.internal } };
  }
}

/**
 * The path of the first string (value or key) in the payload that is not well-formed UTF-16, or
 * null. Such a string cannot be encoded in a URL or stored faithfully, so it is refused before any
 * schema or use case sees it. Iterative, so no payload depth can exhaust the stack.
 */
export function illFormedStringPath(payload: unknown): string | null {
  const pending: { value: unknown; path: string }[] = [{ value: payload, path: '' }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (!isWellFormedText(value)) return path;
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        const at = path === '' ? k : `${path}.${k}`;
        if (!isWellFormedText(k)) return at;
        pending.push({ value: v, path: at });
      }
    }
  }
  return null;
}

/** A schema's own bilingual message (as `nameSchema` attaches it), when the first issue has one. */
function issueText(issues: z.core.$ZodIssue[]): LocalText | undefined {
  const params = (issues[0] as { params?: { text?: LocalText } } | undefined)?.params;
  return params?.text;
}
