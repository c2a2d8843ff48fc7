import { contract, type FunctionKey, type OutputOf, type ParsedInputOf, type RpcResult } from '../contract';
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
  const parsed = contract[key].input.safeParse(req.payload);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: MESSAGES.invalidInput,
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
