import { useCallback, useEffect, useRef, useState } from 'react';
import type { FunctionKey, InputOf, OutputOf } from '../../../src/contract';
import { call, RpcFailure } from './rpc';

export type Loadable<T> =
  | { state: 'loading' }
  | { state: 'error'; error: RpcFailure | Error }
  | { state: 'ready'; data: T; refreshing: boolean };

/** Loads one view's data with one resolver call; `reload` keeps showing the old data while it refreshes. */
export function useResolver<K extends FunctionKey>(key: K, input: InputOf<K>) {
  const [value, setValue] = useState<Loadable<OutputOf<K>>>({ state: 'loading' });
  const inputJson = JSON.stringify(input);
  const generation = useRef(0);

  const load = useCallback(async () => {
    const mine = ++generation.current;
    setValue((current) =>
      current.state === 'ready' ? { ...current, refreshing: true } : { state: 'loading' },
    );
    try {
      const data = await call(key, JSON.parse(inputJson) as InputOf<K>);
      if (mine === generation.current) setValue({ state: 'ready', data, refreshing: false });
    } catch (error) {
      if (mine === generation.current) setValue({ state: 'error', error: error as Error });
    }
  }, [key, inputJson]);

  useEffect(() => {
    void load();
  }, [load]);

  return {
    value,
    reload: load,
    setData: (data: OutputOf<K>) => setValue({ state: 'ready', data, refreshing: false }),
  };
}

export { RpcFailure };
