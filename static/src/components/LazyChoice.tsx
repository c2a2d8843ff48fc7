import { lazy, Suspense, type ComponentProps } from 'react';
import type { SingleChoice as EagerSingleChoice } from './Choice';

type Props<V extends string> = ComponentProps<typeof EagerSingleChoice<V>>;

// Atlaskit Select is ~30 KB gzip: the issue panel loads it after its first paint, so the panel's
// initial JavaScript stays within its budget (scripts/bundle-size.ts).
const Loaded = lazy(() => import('./Choice').then((m) => ({ default: m.SingleChoice })));

/** `SingleChoice`, loaded on first render; until then a disabled plain select of the same options. */
export function SingleChoice<V extends string>(props: Props<V>) {
  const fallback = (
    <select id={props.id} disabled aria-busy="true" style={{ width: '100%', minHeight: 32 }}>
      <option>{props.options.find((o) => o.value === props.value)?.label ?? ''}</option>
    </select>
  );
  return (
    <Suspense fallback={fallback}>
      <Loaded {...(props as Props<string>)} />
    </Suspense>
  );
}
