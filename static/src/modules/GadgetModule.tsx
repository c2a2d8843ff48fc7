import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { GadgetView } from '../../../src/contract';
import { SimpleTable } from '../components/SimpleTable';
import { View } from '../components/View';
import { levelName } from '../lib/governance';
import { useI18n } from '../lib/i18n';
import type { ModuleContext } from '../lib/mount';
import { useFitContent } from '../lib/use-fit-content';
import { useProductHref } from './portfolio/links';
import { CurrentLevel, NextEvaluation, Outstanding, ProductLink, subtle } from './portfolio/parts';

type Col = 'product' | 'level' | 'outstanding' | 'next';

function Gadget({ view }: { view: GadgetView }) {
  const { t } = useI18n();
  const hrefFor = useProductHref();
  const { level, show } = view.configuration;
  const filter = [
    level === 'all' ? t('portfolio.filters.allLevels') : levelName(t, level),
    show === 'due' ? t('portfolio.gadget.dueOnly') : t('portfolio.gadget.allDates'),
  ].join(' · ');
  return (
    <Stack space="space.100">
      {view.configurationInvalid && (
        <SectionMessage appearance="warning">
          <p>{t('portfolio.gadget.invalidConfiguration')}</p>
        </SectionMessage>
      )}
      <span id="gadget-filter" style={subtle} data-testid="gadget-filter">
        {t('portfolio.gadget.showing', { shown: view.rows.length, total: view.unfiltered, filter })}
        {view.totals.overdue > 0 && (
          <span style={{ color: token('color.text.danger') }}>
            {' · '}
            {t('portfolio.gadget.overdueCount', { count: view.totals.overdue })}
          </span>
        )}
      </span>
      {view.rows.length === 0 ? (
        <p data-testid="gadget-empty">
          {view.unfiltered === 0 ? t('portfolio.empty.body') : t('portfolio.table.noMatch')}
        </p>
      ) : (
        <SimpleTable<Col>
          dense
          testId="gadget-table"
          labelledBy="gadget-filter"
          columns={[
            { key: 'product', label: t('portfolio.columns.product') },
            { key: 'level', label: t('portfolio.columns.level') },
            { key: 'outstanding', label: t('portfolio.columns.outstanding') },
            { key: 'next', label: t('portfolio.columns.nextEvaluation') },
          ]}
          rows={view.rows.map((row) => ({
            key: row.projectKey,
            cells: {
              product: <ProductLink row={row} href={hrefFor(row.projectKey)} />,
              level: <CurrentLevel row={row} />,
              outstanding: <Outstanding row={row} />,
              next: <NextEvaluation row={row} />,
            },
          }))}
        />
      )}
    </Stack>
  );
}

/** The dashboard gadget: a compact list of products, filtered by the gadget's saved configuration. */
export default function GadgetModule({ context }: { context: ModuleContext }) {
  useFitContent();
  return (
    <main data-module={context.moduleKey} style={{ padding: token('space.100') }}>
      <View fn="getGadget" input={{}}>
        {(view) => <Gadget view={view} />}
      </View>
    </main>
  );
}
