import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';

/** The part of Forge's history object the app uses (the `history` package's types are not installed). */
interface ForgeHistory {
  location: { pathname: string };
  listen: (listener: (location: { pathname: string }) => void) => () => void;
}

/**
 * The current sub-page route of a module with `pages` (Jira keeps it in the URL), via
 * `view.createHistory()`; `null` while the history is being created.
 */
export function useRoute(): string | null {
  const [pathname, setPathname] = useState<string | null>(null);

  useEffect(() => {
    let unlisten: (() => void) | undefined;
    let live = true;
    view
      .createHistory()
      .then((created) => {
        if (!live) return;
        const history = created as unknown as ForgeHistory;
        setPathname(history.location.pathname);
        unlisten = history.listen((location) => setPathname(location.pathname));
      })
      .catch(() => live && setPathname('/'));
    return () => {
      live = false;
      unlisten?.();
    };
  }, []);

  return pathname;
}
