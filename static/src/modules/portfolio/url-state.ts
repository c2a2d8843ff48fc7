import { view } from '@forge/bridge';
import { useCallback, useEffect, useRef, useState } from 'react';

interface SearchHistory {
  location: { pathname: string; search?: string };
  replace: (to: { pathname: string; search: string }) => void;
  listen: (listener: (location: { pathname: string; search?: string }) => void) => () => void;
}

/**
 * The page's query string as state, kept in the URL through Forge's history (Jira keeps a global
 * page's search in its address), so filters and sort survive a reload and can be shared as a link.
 * `null` until the history exists.
 */
export function useUrlState(): [URLSearchParams | null, (next: URLSearchParams) => void] {
  const [params, setParams] = useState<URLSearchParams | null>(null);
  const history = useRef<SearchHistory | null>(null);

  useEffect(() => {
    let unlisten: (() => void) | undefined;
    let live = true;
    view
      .createHistory()
      .then((created) => {
        if (!live) return;
        const h = created as unknown as SearchHistory;
        history.current = h;
        setParams(new URLSearchParams(h.location.search ?? ''));
        unlisten = h.listen((location) => setParams(new URLSearchParams(location.search ?? '')));
      })
      .catch(() => live && setParams(new URLSearchParams()));
    return () => {
      live = false;
      unlisten?.();
    };
  }, []);

  const update = useCallback((next: URLSearchParams) => {
    setParams(next);
    const h = history.current;
    const search = next.toString();
    h?.replace({ pathname: h.location.pathname, search: search ? `?${search}` : '' });
  }, []);

  return [params, update];
}
