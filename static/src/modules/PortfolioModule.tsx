import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useMemo } from 'react';
import type { PortfolioView } from '../../../src/contract';
import { Loading } from '../components/Loading';
import { SessionLine } from '../components/SessionLine';
import { View } from '../components/View';
import { useI18n } from '../lib/i18n';
import { lazyComponent } from '../lib/lazy';
import type { ModuleContext } from '../lib/mount';
import { useProductHref } from './portfolio/links';
import { readQuery, TABS, visibleRows, writeQuery, type PortfolioQuery } from './portfolio/model';
import { subtle } from './portfolio/parts';
import { pageOf, Pager, PortfolioSearch } from './portfolio/PortfolioControls';
import { PortfolioTable } from './portfolio/PortfolioTable';
import { PortfolioTotals } from './portfolio/PortfolioTotals';
import { useUrlState } from './portfolio/url-state';

// The tabs after the overview, and the print view, load their sections when first shown.
const sections = () => import('./portfolio/PortfolioSections');
const PortfolioMatrix = lazyComponent(() => sections().then((m) => m.PortfolioMatrix));
const PortfolioAdoption = lazyComponent(() => sections().then((m) => m.PortfolioAdoption));
const BoardPack = lazyComponent(() => sections().then((m) => m.BoardPack));
// The filters' selects (Atlaskit Select, ~30 KB gzip) follow the first paint of the table.
const PortfolioFiltersBar = lazyComponent(() =>
  import('./portfolio/PortfolioFiltersBar').then((m) => m.PortfolioFiltersBar),
);

function Portfolio({
  view,
  query,
  onQuery,
}: {
  view: PortfolioView;
  query: PortfolioQuery;
  onQuery: (q: PortfolioQuery) => void;
}) {
  const { t } = useI18n();
  const hrefFor = useProductHref();
  const rows = useMemo(() => visibleRows(view.rows, query), [view.rows, query]);
  // Any change of search, filters or sort starts again at the first page.
  const refine = (next: Partial<PortfolioQuery>) => onQuery({ ...query, ...next, page: 1 });

  if (view.rows.length === 0) {
    return (
      <SectionMessage appearance="information" title={t('portfolio.empty.title')}>
        <p>{t('portfolio.empty.body')}</p>
      </SectionMessage>
    );
  }
  if (query.print)
    return (
      <PrintView view={view} rows={rows} query={query} onBack={() => onQuery({ ...query, print: false })} />
    );
  const filtersBar = (
    <div style={{ display: 'flex', gap: token('space.200'), flexWrap: 'wrap', alignItems: 'end' }}>
      <PortfolioSearch value={query.search} onChange={(search) => refine({ search })} />
      <PortfolioFiltersBar
        value={query.filters}
        onChange={(filters) => refine({ filters })}
        shown={rows.length}
        total={view.rows.length}
      />
    </div>
  );
  const pager = (
    <Pager page={query.page} total={rows.length} onPage={(page) => onQuery({ ...query, page })} />
  );
  return (
    <Stack space="space.300">
      <PortfolioTotals totals={view.totals} />
      <Tabs
        id="portfolio-tabs"
        selected={TABS.indexOf(query.tab)}
        onChange={(index) => onQuery({ ...query, tab: TABS[index] ?? 'overview', page: 1 })}
      >
        <TabList>
          {TABS.map((tab) => (
            <Tab key={tab} testId={`portfolio-tab-${tab}`}>
              {t(`portfolio.tabs.${tab}`)}
            </Tab>
          ))}
        </TabList>
        <TabPanel>
          {query.tab === 'overview' && (
            <Stack space="space.200">
              {filtersBar}
              {rows.length === 0 ? (
                <p data-testid="portfolio-no-match">{t('portfolio.table.noMatch')}</p>
              ) : (
                <PortfolioTable
                  rows={pageOf(rows, query.page)}
                  caption={t('portfolio.table.caption', { count: rows.length })}
                  sort={query.sort}
                  onSort={(sort) => refine({ sort })}
                  hrefFor={hrefFor}
                />
              )}
              {pager}
            </Stack>
          )}
        </TabPanel>
        <TabPanel>
          {query.tab === 'matrix' && (
            <Stack space="space.200">
              {filtersBar}
              <PortfolioMatrix columns={view.requirements} rows={rows} query={query} onQuery={onQuery} />
              {pager}
            </Stack>
          )}
        </TabPanel>
        <TabPanel>{query.tab === 'adoption' && <PortfolioAdoption view={view} />}</TabPanel>
        <TabPanel>
          {query.tab === 'pack' && (
            <Stack space="space.200">
              {filtersBar}
              <BoardPack view={view} rows={rows} onPrint={() => onQuery({ ...query, print: true })} />
            </Stack>
          )}
        </TabPanel>
      </Tabs>
    </Stack>
  );
}

/**
 * The print view of the board pack: the portfolio, the matrix and the adoption figures, every row
 * of the current search and filters, without controls.
 */
function PrintView({
  view,
  rows,
  query,
  onBack,
}: {
  view: PortfolioView;
  rows: PortfolioView['rows'];
  query: PortfolioQuery;
  onBack: () => void;
}) {
  const { t } = useI18n();
  const hrefFor = useProductHref();
  return (
    <div data-testid="portfolio-print-view">
      <style>{'@media print { .no-print { display: none !important; } }'}</style>
      <div
        className="no-print"
        style={{ display: 'flex', gap: token('space.100'), marginBottom: token('space.200') }}
      >
        <Button appearance="primary" onClick={() => window.print()} testId="print-now">
          {t('portfolio.pack.printNow')}
        </Button>
        <Button onClick={onBack} testId="print-back">
          {t('portfolio.pack.back')}
        </Button>
      </div>
      <Stack space="space.300">
        <PortfolioTotals totals={view.totals} />
        <PortfolioTable
          rows={rows}
          caption={t('portfolio.table.caption', { count: rows.length })}
          sort={query.sort}
          onSort={() => undefined}
          hrefFor={hrefFor}
        />
        <Heading size="medium" as="h2">
          {t('portfolio.tabs.matrix')}
        </Heading>
        <PortfolioMatrix
          columns={view.requirements}
          rows={rows}
          query={{ ...query, page: 1 }}
          onQuery={() => undefined}
          all
        />
        <Heading size="medium" as="h2">
          {t('portfolio.tabs.adoption')}
        </Heading>
        <PortfolioAdoption view={view} />
      </Stack>
    </div>
  );
}

/** The secretariat's and the board's overview: every product they may see, its level and what is due. */
export default function PortfolioModule({ context }: { context: ModuleContext }) {
  const { t, formatDate } = useI18n();
  const [params, setParams] = useUrlState();
  const query = params ? readQuery(params) : null;
  return (
    <main data-module={context.moduleKey} style={{ padding: token('space.100') }}>
      <View fn="getPortfolio" input={{}}>
        {(view) => (
          <Stack space="space.200">
            <div
              style={{
                display: 'flex',
                justifyContent: 'space-between',
                alignItems: 'start',
                gap: token('space.200'),
              }}
            >
              <div>
                <Heading size="large" as="h1">
                  {t('portfolio.title')}
                </Heading>
                <span style={subtle}>
                  {view.canSeeEverything ? t('portfolio.scopeAll') : t('portfolio.scopeBrowsable')}{' '}
                  {t('portfolio.asOf', { date: formatDate(view.today) })}
                </span>
              </div>
            </div>
            {query ? (
              <Portfolio view={view} query={query} onQuery={(q) => setParams(writeQuery(q))} />
            ) : (
              <Loading />
            )}
            <SessionLine />
          </Stack>
        )}
      </View>
    </main>
  );
}
