import { Loading } from '../components/Loading';
import type { ModuleContext } from '../lib/mount';
import { useFitContent } from '../lib/use-fit-content';
import { lazyComponent } from '../lib/lazy';
import { useRoute } from '../lib/use-route';

// Each route loads only its own page.
const GovernancePage = lazyComponent(() =>
  import('./governance/GovernancePage').then((m) => m.GovernancePage),
);
const WishesPage = lazyComponent(() => import('./wishes/WishesPage').then((m) => m.default));
const SprintPlanningPage = lazyComponent(() => import('./sprint/SprintPlanningPage').then((m) => m.default));

type SubPage = 'governance' | 'wishes' | 'sprint-planning';

function subPageOf(pathname: string): SubPage {
  const first = pathname.split('/').filter(Boolean)[0];
  return first === 'wishes' || first === 'sprint-planning' ? first : 'governance';
}

/** The jira:projectPage: Jira shows the sub-pages (routes) in its sidebar; this renders the current one. */
export default function ProjectModule({ context }: { context: ModuleContext }) {
  const pathname = useRoute();
  useFitContent();
  if (pathname === null) return <Loading />;
  const page = subPageOf(pathname);
  return (
    <main data-module={context.moduleKey} data-route={page} style={{ padding: 8 }}>
      {page === 'governance' && <GovernancePage />}
      {page === 'wishes' && <WishesPage context={context} />}
      {page === 'sprint-planning' && <SprintPlanningPage />}
    </main>
  );
}
