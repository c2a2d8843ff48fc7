import { view } from '@forge/bridge';
import { useCallback, useEffect, useRef, useState } from 'react';

/** The part of Forge's history object the app uses (the `history` package's types are not installed). */
interface ForgeLocation {
  pathname: string;
  search?: string;
}
interface ForgeHistory {
  location: ForgeLocation;
  listen: (listener: (location: ForgeLocation) => void) => () => void;
  replace: (location: { pathname: string; search: string }) => void;
}

/** Forge's history for this module, created once; its location is followed while mounted. */
function useForgeHistory(): { history: ForgeHistory | null; location: ForgeLocation | null } {
  const [state, setState] = useState<{ history: ForgeHistory | null; location: ForgeLocation | null }>({
    history: null,
    location: null,
  });

  useEffect(() => {
    let unlisten: (() => void) | undefined;
    let live = true;
    view
      .createHistory()
      .then((created) => {
        if (!live) return;
        const history = created as unknown as ForgeHistory;
        setState({ history, location: { ...history.location } });
        unlisten = history.listen((location) => setState({ history, location: { ...location } }));
      })
      .catch(() => live && setState({ history: null, location: { pathname: '/', search: '' } }));
    return () => {
      live = false;
      unlisten?.();
    };
  }, []);

  return state;
}

/**
 * The current sub-page route of a module with `pages` (Jira keeps it in the URL), via
 * `view.createHistory()`; `null` while the history is being created.
 */
export function useRoute(): string | null {
  return useForgeHistory().location?.pathname ?? null;
}

/**
 * The route's query (`?status=accepted&sort=score`), which Jira keeps in the page's URL so that a
 * reload or a shared link shows the same view; `null` until the history is there. `setQuery`
 * replaces it (no history entry per keystroke).
 */
export function useRouteQuery(): [string | null, (query: string) => void] {
  const { history, location } = useForgeHistory();
  const latest = useRef(history);
  latest.current = history;
  const setQuery = useCallback((query: string) => {
    const h = latest.current;
    if (!h) return;
    const search = query ? `?${query.replace(/^\?/, '')}` : '';
    if ((h.location.search ?? '') === search) return;
    h.replace({ pathname: h.location.pathname, search });
  }, []);
  const search = location ? (location.search ?? '').replace(/^\?/, '') : null;
  return [search, setQuery];
}
