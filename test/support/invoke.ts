/**
 * The typed way for tests to call the app's resolvers in the local host as a persona; see
 * demo/invoke.ts. `expectOk` unwraps an ok result or fails the test with the resolver's error;
 * `outcome` reduces a result to `'ok'` or its error code, for tables of who may do what.
 */
import type { FunctionKey, InputOf, RpcResult } from '../../src/contract';
import { ok } from '../../demo/invoke';

export {
  accountIdOf,
  invokeAs,
  invokeOk,
  invokeRaw,
  ok,
  type Caller,
  type Extension,
} from '../../demo/invoke';

/** The data of an ok result; throws (failing the test) with the error code and message otherwise. */
export const expectOk = <T>(result: RpcResult<T>): T => ok(result, 'expectOk');

/** `'ok'` or the error code. */
export const outcome = (result: RpcResult<unknown>): string => (result.ok ? 'ok' : result.error.code);

/** The input as an optional trailing argument where the contract accepts `{}` (e.g. `getSession`). */
export type InputArg<K extends FunctionKey> =
  Record<string, never> extends InputOf<K> ? [input?: InputOf<K>] : [input: InputOf<K>];

/** The input of an `InputArg` call, `{}` when left out. */
export const inputOf = <K extends FunctionKey>(args: InputArg<K>): InputOf<K> =>
  (args[0] ?? {}) as InputOf<K>;
