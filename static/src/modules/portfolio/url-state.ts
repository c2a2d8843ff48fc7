import { useCallback, useMemo, useState } from 'react';
import { useRouteQuery } from '../../lib/use-route';

/**
 * The page's query string as state, kept in the URL through Forge's history (Jira keeps a global
 * page's search in its address), so filters and sort survive a reload and can be shared as a link.
 * What this page wrote shows at once, before the history reports it. `null` until the history exists.
 */
export function useUrlState(): [URLSearchParams | null, (next: URLSearchParams) => void] {
  const [query, setQuery] = useRouteQuery();
  const [written, setWritten] = useState<string | null>(null);
  const current = written ?? query;
  const params = useMemo(() => (current === null ? null : new URLSearchParams(current)), [current]);
  const update = useCallback(
    (next: URLSearchParams) => {
      const search = next.toString();
      setWritten(search);
      setQuery(search);
    },
    [setQuery],
  );
  return [params, update];
}
