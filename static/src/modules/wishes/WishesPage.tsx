import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { token } from '@atlaskit/tokens';
import Button from '@atlaskit/button/new';
import { useEffect, useMemo, useState } from 'react';
import type { WishBulkResult, WishRow } from '../../../../src/contract';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { WishIntakeBlock } from './WishIntakeBlock';
import { UnmarkedWishes } from './UnmarkedWishes';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useI18n } from '../../lib/i18n';
import type { ModuleContext } from '../../lib/mount';
import { useResolver } from '../../lib/use-resolver';
import { BulkTriage } from './BulkTriage';
import { useRouteQuery } from '../../lib/use-route';
import {
  applyFilters,
  sortRows,
  TABS,
  tabFromQuery,
  viewFromQuery,
  viewToQuery,
  type ListView,
} from './list-state';
import { ColumnChooser, CsvExportButton, useWishColumns, visibleColumns } from './wish-columns';
import { WishBoard } from './WishBoard';
import { SavedViews } from './SavedViews';
import { WishFiltersBar } from './WishFiltersBar';
import { WishList } from './WishList';
import { WishMatrix } from './WishMatrix';
import { WishSettingsTab } from './WishSettingsTab';

/**
 * The project page's Wishes sub-page: the product's development wishes as a sortable, filterable
 * list, a board by status and a value-versus-cost matrix, with bulk triage for the coordination
 * group and the score settings. One listWishes call; triage and settings reload it. Filters, sort,
 * columns and tab live in the route's query, so a reload or a shared link shows the same view.
 */
export default function WishesPage({ context }: { context: ModuleContext }) {
  const [query, setQuery] = useRouteQuery();
  const [initial, setInitial] = useState<string | null>(null);
  useEffect(() => {
    if (query !== null && initial === null) setInitial(query);
  }, [query, initial]);
  if (initial === null) return <Loading />;
  return <Wishes context={context} initialQuery={initial} setQuery={setQuery} />;
}

function Wishes({
  context,
  initialQuery,
  setQuery,
}: {
  context: ModuleContext;
  initialQuery: string;
  setQuery: (query: string) => void;
}) {
  const { t } = useI18n();
  const { value, reload } = useResolver('listWishes', {});
  const [listView, setListView] = useState<ListView>(() => viewFromQuery(initialQuery));
  const { filters, sort, hidden } = listView;
  const setFilters = (f: ListView['filters']) => setListView((v) => ({ ...v, filters: f }));
  const setSort = (next: ListView['sort']) => setListView((v) => ({ ...v, sort: next }));
  const setHidden = (next: ListView['hidden']) => setListView((v) => ({ ...v, hidden: next }));
  const [tab, setTab] = useState(() => TABS.indexOf(tabFromQuery(initialQuery)));
  useEffect(
    () => setQuery(viewToQuery(listView, { tab: tab > 0 ? (TABS[tab] ?? '') : '' })),
    [listView, tab, setQuery],
  );
  const specs = useWishColumns();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  // Later pages of the list (the server pages in score order); reset whenever the first reloads.
  const [later, setLater] = useState<{ rows: WishRow[]; cursor: string | null } | null>(null);
  const more = useAction((cursor: string) => call('listWishes', { cursor }));

  const data = value.state === 'ready' ? value.data : null;
  useEffect(() => setLater(null), [data]);
  const allRows = useMemo(() => (data ? [...data.rows, ...(later?.rows ?? [])] : []), [data, later]);
  const cursor = later ? later.cursor : (data?.cursor ?? null);
  const rows = useMemo(
    () => (data ? sortRows(applyFilters(allRows, filters), sort) : []),
    [data, allRows, filters, sort],
  );
  const loadMore = async () => {
    if (!cursor) return;
    const page = await more.run(cursor);
    if (page) setLater((l) => ({ rows: [...(l?.rows ?? []), ...page.rows], cursor: page.cursor }));
  };

  if (value.state === 'loading') return <Loading />;
  if (value.state === 'error') return <ErrorMessage error={value.error} onRetry={() => void reload()} />;
  const view = value.data;

  const select = (ids: string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const afterBulk = (result: WishBulkResult) => {
    // Keep the ones that did not move selected, so they can be fixed and tried again.
    setSelected(new Set(result.results.filter((r) => !r.ok).map((r) => r.issueId)));
    void reload();
  };
  // Only what is visible can be triaged: filtering away a row drops it from the selection's effect.
  const visibleSelected = new Set(rows.filter((r) => selected.has(r.id)).map((r) => r.id));

  return (
    <div data-module={context.moduleKey} data-testid="wishes-page">
      <Stack space="space.200">
        <Heading size="large" as="h1">
          {t('wish.page.title', { product: view.productName ?? view.project.key })}
        </Heading>
        <p data-testid="wish-page-counts" style={{ margin: 0, color: token('color.text.subtle') }}>
          {t('wishIntake.pageIntro', {
            count: view.counts?.total ?? view.rows.length,
            shown: allRows.length,
          })}
          {view.unmarked
            ? ` ${t('wishIntake.unmarked', { count: view.unmarked, types: view.settings.wishIssueTypes.join(', ') })}`
            : ''}
        </p>
        <WishIntakeBlock onSubmitted={() => void reload()} />
        {view.repairedIndexes > 0 && (
          <SectionMessage appearance="information" title={t('wish.page.repairedTitle')}>
            <p data-testid="wish-index-repaired">
              {t('wish.page.repaired', { count: view.repairedIndexes })}
            </p>
          </SectionMessage>
        )}
        {view.canTriage && (view.unmarked ?? 0) > 0 && (
          <UnmarkedWishes count={view.unmarked ?? 0} onMarked={() => void reload()} />
        )}
        <WishFiltersBar filters={filters} onChange={setFilters} />
        {view.views && (
          <SavedViews
            initial={view.views}
            query={viewToQuery(listView)}
            onApply={(q) => setListView(viewFromQuery(q))}
          />
        )}
        {view.canTriage && tab < 2 && (
          <BulkTriage rows={rows} selected={visibleSelected} onDone={afterBulk} />
        )}
        <Tabs id="os2-wish-tabs" selected={tab} onChange={setTab}>
          <TabList>
            <Tab testId="wish-tab-list">{t('wish.page.tabList')}</Tab>
            <Tab testId="wish-tab-board">{t('wish.page.tabBoard')}</Tab>
            <Tab testId="wish-tab-matrix">{t('wish.page.tabMatrix')}</Tab>
            <Tab testId="wish-tab-settings">{t('wish.page.tabSettings')}</Tab>
          </TabList>
          <TabPanel>
            <div style={{ width: '100%', paddingBlockStart: token('space.200') }}>
              <div style={{ display: 'flex', justifyContent: 'flex-end', gap: token('space.100') }}>
                <ColumnChooser hidden={hidden} onChange={setHidden} testId="wish-columns" />
                <CsvExportButton
                  columns={[specs.key, specs.summary, ...visibleColumns(hidden).map((c) => specs[c])]}
                  rows={rows}
                  name={`os2-wishes-${view.project.key}`}
                  testId="wish-csv"
                />
              </div>
              <WishList
                rows={rows}
                sort={sort}
                onSort={setSort}
                hidden={hidden}
                selected={selected}
                onSelect={select}
                canTriage={view.canTriage}
              />
              {cursor && (
                <div style={{ paddingBlockStart: token('space.150') }}>
                  <Button onClick={() => void loadMore()} isLoading={more.pending} testId="wish-list-more">
                    {t('wishIntake.more', {
                      shown: allRows.length,
                      total: view.counts?.total ?? allRows.length,
                    })}
                  </Button>
                  {more.error && <ErrorMessage error={more.error} onRetry={() => void loadMore()} />}
                </div>
              )}
            </div>
          </TabPanel>
          <TabPanel>
            <div style={{ width: '100%', paddingBlockStart: token('space.200') }}>
              <WishBoard
                rows={rows}
                selected={selected}
                onSelect={select}
                canTriage={view.canTriage}
                onMoved={() => void reload()}
              />
            </div>
          </TabPanel>
          <TabPanel>
            <div style={{ width: '100%', paddingBlockStart: token('space.200') }}>
              <WishMatrix rows={rows} costCeilingDkk={view.settings.costCeilingDkk} />
            </div>
          </TabPanel>
          <TabPanel>
            <div style={{ width: '100%', paddingBlockStart: token('space.200') }}>
              {tab === 3 && <WishSettingsTab onSaved={() => void reload()} />}
            </div>
          </TabPanel>
        </Tabs>
      </Stack>
    </div>
  );
}
