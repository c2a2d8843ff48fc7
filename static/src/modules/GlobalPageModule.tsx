import { lazy } from 'react';
import { Loading } from '../components/Loading';
import type { ModuleContext } from '../lib/mount';
import { useRoute } from '../lib/use-route';
import PortfolioModule from './PortfolioModule';

const GlobalWishesModule = lazy(() => import('./GlobalWishesModule'));

/**
 * The app's one jira:globalPage (Jira allows one per app): its sub-pages are the portfolio and
 * the wishes across products; Jira keeps the route in the URL and shows the pages in its sidebar.
 */
export default function GlobalPageModule({ context }: { context: ModuleContext }) {
  const pathname = useRoute();
  if (pathname === null) return <Loading />;
  const first = pathname.split('/').filter(Boolean)[0];
  return first === 'wishes' ? (
    <GlobalWishesModule context={context} />
  ) : (
    <PortfolioModule context={context} />
  );
}
