/**
 * Calling the app's resolvers in the local Forge host as a demo user, typed by the RPC contract: the
 * input is the contract's input for the function key, the answer its `RpcResult`. Used by the app
 * seeds, the integration tests and the benchmark. `invokeRaw` is the one untyped escape hatch, for
 * calls that deliberately break the contract (invalid payloads, unknown keys, size limits).
 */
import type { FunctionKey, InputOf, OutputOf, RpcResult } from '../src/contract';
import type { ForgeRuntime, InvokeResult } from '../emulator/host/runtime';
import { PEOPLE } from './people';
import { PERSONAS } from './personas';

/**
 * Who calls: a persona id (`'coordinator'`), a person's handle (`'jesper'`), an account, or `null`
 * for an anonymous call.
 */
export type Caller = string | { accountId: string } | null;

/** The module's `context.extension` as the host renders it, e.g. `{ type: 'jira:projectPage', project }`. */
export type Extension = Record<string, unknown>;

/** The account id of a caller; throws for a name that is neither a persona nor a person. */
export function accountIdOf(caller: Caller): string | undefined {
  if (caller === null) return undefined;
  if (typeof caller !== 'string') return caller.accountId;
  const found = PERSONAS.find((p) => p.id === caller) ?? PEOPLE.find((p) => p.handle === caller);
  if (!found) throw new Error(`No persona or person '${caller}' in the demo`);
  return found.accountId;
}

/** Untyped: any function key, any payload; returns what the runtime answers, transport errors included. */
export function invokeRaw(
  runtime: ForgeRuntime,
  caller: Caller,
  moduleKey: string,
  functionKey: string,
  payload: unknown,
  extension: Extension = {},
): Promise<InvokeResult> {
  return runtime.invoke({
    moduleKey,
    context: { extension },
    functionKey,
    payload,
    accountId: accountIdOf(caller),
  });
}

/**
 * Calls resolver `fn` of module `moduleKey` as `caller` with a contract-typed input. The resolver's
 * own answer (ok or a typed error) is returned; a failure of the invocation itself (unknown module,
 * limits, a crash) throws.
 */
export async function invokeAs<K extends FunctionKey>(
  runtime: ForgeRuntime,
  caller: Caller,
  moduleKey: string,
  fn: K,
  input: InputOf<K>,
  extension: Extension = {},
): Promise<RpcResult<OutputOf<K>>> {
  const result = await invokeRaw(runtime, caller, moduleKey, fn, input, extension);
  if (!result.ok)
    throw new Error(`${fn} in ${moduleKey}: invocation failed with ${result.status} ${result.message}`);
  return result.body as RpcResult<OutputOf<K>>;
}

/** The data of an ok result; throws with the error code and message otherwise. */
export function ok<T>(result: RpcResult<T>, what = 'call'): T {
  if (!result.ok) {
    const { code, message, details } = result.error;
    const extra = details === undefined ? '' : ` ${JSON.stringify(details)}`;
    throw new Error(`${what}: expected ok, got ${code}: ${message.en}${extra}`);
  }
  return result.data;
}

/** Calls and unwraps in one: the data, or an error naming the function and the resolver's error. */
export async function invokeOk<K extends FunctionKey>(
  runtime: ForgeRuntime,
  caller: Caller,
  moduleKey: string,
  fn: K,
  input: InputOf<K>,
  extension: Extension = {},
): Promise<OutputOf<K>> {
  return ok(await invokeAs(runtime, caller, moduleKey, fn, input, extension), fn);
}
