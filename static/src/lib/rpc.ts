import { invoke } from '@forge/bridge';
import type { FunctionKey, InputOf, OutputOf, RpcError, RpcResult } from '../../../src/contract';

/** A resolver answered with a typed error (forbidden, conflict, invalid input, …). */
export class RpcFailure extends Error {
  constructor(readonly error: RpcError) {
    super(error.message.en);
  }
}

/** Calls a resolver function; input and output types come from the shared contract. */
export async function call<K extends FunctionKey>(key: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const result = await invoke<RpcResult<OutputOf<K>>>(key, input as Record<string, unknown>);
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new RpcFailure({
      code: 'internal',
      message: { da: 'Uventet svar fra serveren.', en: 'Unexpected answer from the server.' },
    });
  }
  if (!result.ok) throw new RpcFailure(result.error);
  return result.data;
}
