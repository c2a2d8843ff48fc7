import EmptyState from '@atlaskit/empty-state';
import { Loading } from '../components/Loading';
import { useI18n } from '../lib/i18n';
import type { ModuleContext } from '../lib/mount';
import { useFitContent } from '../lib/use-fit-content';
import { useRoute } from '../lib/use-route';
import { GovernancePage } from './governance/GovernancePage';
import WishesPage from './wishes/WishesPage';

type SubPage = 'governance' | 'wishes' | 'sprint-planning';

function subPageOf(pathname: string): SubPage {
  const first = pathname.split('/').filter(Boolean)[0];
  return first === 'wishes' || first === 'sprint-planning' ? first : 'governance';
}

/** A feature announced in the manifest but built in a later version: said plainly, no fake data. */
function ComingLater({ feature }: { feature: 'sprintPlanning' }) {
  const { t } = useI18n();
  return (
    <EmptyState
      headingLevel={1}
      header={t(`modules.projectPage.${feature}`)}
      description={t(`project.comingLater.${feature}`)}
    />
  );
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
      {page === 'sprint-planning' && <ComingLater feature="sprintPlanning" />}
    </main>
  );
}
