import { router } from '@forge/bridge';
import { useEffect, useState } from 'react';

/** The project page module and the sub-page a portfolio row opens. */
const PROJECT_PAGE = 'os2-project-page';
const SUB_PAGE = 'governance';

type ProductHref = (projectKey: string) => string;

/**
 * Forge has no navigation target for a project page (targets.d.ts: `module` takes a moduleKey but no
 * project), so the address is built. The host is asked for the address of this app's own global page
 * and the project page's is made the same way: Jira answers `/jira/apps/{appId}/{envId}` and project
 * pages live at `/jira/software/projects/{KEY}/apps/{appId}/{envId}/{page}`; the local host answers
 * `/apps/{moduleKey}` and serves `/projects/{KEY}/apps/{moduleKey}/{page}`.
 */
function hrefFrom(url: URL | null): ProductHref {
  const origin = url?.origin ?? window.location.origin;
  const jira = url?.pathname.match(/\/jira\/apps\/([^/]+)\/([^/]+)/);
  if (jira) {
    const [, appId, envId] = jira;
    return (key) =>
      new URL(
        `/jira/software/projects/${encodeURIComponent(key)}/apps/${appId}/${envId}/${SUB_PAGE}`,
        origin,
      ).toString();
  }
  return (key) =>
    new URL(`/projects/${encodeURIComponent(key)}/apps/${PROJECT_PAGE}/${SUB_PAGE}`, origin).toString();
}

/** A product's Governance page address; a plain click goes through `router.navigate`. */
export function useProductHref(): ProductHref {
  const [href, setHref] = useState<{ fn: ProductHref }>(() => ({ fn: hrefFrom(null) }));
  useEffect(() => {
    let live = true;
    router
      .getUrl({ target: 'module', moduleKey: 'os2-portfolio' })
      .then((url) => live && setHref({ fn: hrefFrom(url) }))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return href.fn;
}

/** Lets the browser handle modified clicks (new tab/window) itself. */
export const isPlainClick = (e: {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
