import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import type { PortfolioView } from '../../../src/contract';
import { SessionLine } from '../components/SessionLine';
import { View } from '../components/View';
import { useI18n } from '../lib/i18n';
import type { ModuleContext } from '../lib/mount';
import { useProductHref } from './portfolio/links';
import {
  applyFilters,
  DEFAULT_SORT,
  NO_FILTERS,
  sortRows,
  type PortfolioFilters,
  type Sort,
} from './portfolio/model';
import { subtle } from './portfolio/parts';
import { PortfolioFiltersBar } from './portfolio/PortfolioFiltersBar';
import { PortfolioTable } from './portfolio/PortfolioTable';
import { PortfolioTotals } from './portfolio/PortfolioTotals';

function Portfolio({ view }: { view: PortfolioView }) {
  const { t } = useI18n();
  const hrefFor = useProductHref();
  const [filters, setFilters] = useState<PortfolioFilters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const rows = sortRows(applyFilters(view.rows, filters), sort);

  if (view.rows.length === 0) {
    return (
      <SectionMessage appearance="information" title={t('portfolio.empty.title')}>
        <p>{t('portfolio.empty.body')}</p>
      </SectionMessage>
    );
  }
  return (
    <Stack space="space.300">
      <PortfolioTotals totals={view.totals} />
      <PortfolioFiltersBar
        value={filters}
        onChange={setFilters}
        shown={rows.length}
        total={view.rows.length}
      />
      {rows.length === 0 ? (
        <p data-testid="portfolio-no-match">{t('portfolio.table.noMatch')}</p>
      ) : (
        <PortfolioTable rows={rows} sort={sort} onSort={setSort} hrefFor={hrefFor} />
      )}
    </Stack>
  );
}

/** The secretariat's and the board's overview: every product they may see, its level and what is due. */
export default function PortfolioModule({ context }: { context: ModuleContext }) {
  const { t, formatDate } = useI18n();
  return (
    <main data-module={context.moduleKey} style={{ padding: token('space.100') }}>
      <View fn="getPortfolio" input={{}}>
        {(view) => (
          <Stack space="space.200">
            <div>
              <Heading size="large" as="h1">
                {t('portfolio.title')}
              </Heading>
              <span style={subtle}>
                {view.canSeeEverything ? t('portfolio.scopeAll') : t('portfolio.scopeBrowsable')}{' '}
                {t('portfolio.asOf', { date: formatDate(view.today) })}
              </span>
            </div>
            <Portfolio view={view} />
            <SessionLine />
          </Stack>
        )}
      </View>
    </main>
  );
}
