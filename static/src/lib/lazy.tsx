import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from '../components/Loading';

/**
 * A component loaded on first render, behind a Loading fallback: tabs, sub-pages and dialogs that a
 * module shows only after a click or on some routes stay out of its first download.
 * `lazyComponent(() => import('./X').then((m) => m.X))`
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  // A LazyExoticComponent's props add a ref; these components take none.
  const Lazy = lazy(async () => ({ default: await load() })) as unknown as ComponentType<P>;
  function Loaded(props: P) {
    return (
      <Suspense fallback={<Loading />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Loaded;
}
