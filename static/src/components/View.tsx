import type { ReactNode } from 'react';
import type { FunctionKey, InputOf, OutputOf } from '../../../src/contract';
import { useResolver } from '../lib/use-resolver';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';

export interface ViewControls<T> {
  reload: () => Promise<void>;
  refreshing: boolean;
  /** Replaces the shown data, e.g. with the view a save returned. */
  setData: (data: T) => void;
}

/** Loads a view's data with one resolver call and renders loading, error and ready states the same way everywhere. */
export function View<K extends FunctionKey>(props: {
  fn: K;
  input: InputOf<K>;
  children: (data: OutputOf<K>, controls: ViewControls<OutputOf<K>>) => ReactNode;
}) {
  const { value, reload, setData } = useResolver(props.fn, props.input);
  if (value.state === 'loading') return <Loading />;
  if (value.state === 'error') return <ErrorMessage error={value.error} onRetry={() => void reload()} />;
  return <>{props.children(value.data, { reload, refreshing: value.refreshing, setData })}</>;
}
