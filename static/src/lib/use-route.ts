import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';

/** The part of Forge's history object the app uses (the `history` package's types are not installed). */
interface ForgeHistory {
  location: { pathname: string };
  replace: (path: string) => void;
  listen: (listener: (location: { pathname: string }) => void) => () => void;
}

/**
 * The current sub-page route of a module with `pages` (Jira keeps it in the URL), via
 * `view.createHistory()`. `null` while the history is being created.
 */
export function useRoute(): { pathname: string | null; replace: (path: string) => void } {
  const [history, setHistory] = useState<ForgeHistory | null>(null);
  const [pathname, setPathname] = useState<string | null>(null);

  useEffect(() => {
    let unlisten: (() => void) | undefined;
    let live = true;
    void view
      .createHistory()
      .then((created) => {
        if (!live) return;
        const h = created as unknown as ForgeHistory;
        setHistory(h);
        setPathname(h.location.pathname);
        unlisten = h.listen((location) => setPathname(location.pathname));
      })
      .catch(() => live && setPathname('/'));
    return () => {
      live = false;
      unlisten?.();
    };
  }, []);

  return { pathname, replace: (path) => history?.replace(path) };
}
