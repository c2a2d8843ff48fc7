import { ErrorMessage } from '../components/ErrorMessage';
import { Loading } from '../components/Loading';
import type { ModuleContext } from '../lib/mount';
import { useResolver } from '../lib/use-resolver';
import { WishPanel } from './wishes/WishPanel';

/** The jira:issuePanel on wish issues: one getWishPanel call; every change answers with the whole panel. */
export default function WishPanelModule({ context }: { context: ModuleContext }) {
  const { value, reload, setData } = useResolver('getWishPanel', {});
  return (
    <main data-module={context.moduleKey} style={{ padding: 8 }}>
      {value.state === 'loading' && <Loading />}
      {value.state === 'error' && <ErrorMessage error={value.error} onRetry={() => void reload()} />}
      {value.state === 'ready' && <WishPanel view={value.data} setView={setData} reload={reload} />}
    </main>
  );
}
