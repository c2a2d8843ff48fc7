import { useCallback, useRef, useState } from 'react';

/**
 * One user action that calls the server (a save, a create): whether it is running, and its last
 * error. `run` resolves to the result, or to undefined when it failed (the error is then in `error`).
 */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  const latest = useRef(action);
  latest.current = action;
  const [state, setState] = useState<{ pending: boolean; error: Error | null }>({
    pending: false,
    error: null,
  });

  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    setState({ pending: true, error: null });
    try {
      const result = await latest.current(...args);
      setState({ pending: false, error: null });
      return result;
    } catch (error) {
      setState({ pending: false, error: error instanceof Error ? error : new Error(String(error)) });
      return undefined;
    }
  }, []);

  const clearError = useCallback(() => setState((s) => ({ ...s, error: null })), []);
  return { pending: state.pending, error: state.error, run, clearError };
}
