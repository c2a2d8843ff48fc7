import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import TextField from '@atlaskit/textfield';
import { Inline, Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { GlobalWishPage, GlobalWishRow } from '../../../src/contract';
import type { WishStatus } from '../../../src/domain/wish';
import { SingleChoice } from '../components/Choice';
import { tableCell as cell, tableHeader as header } from '../components/DataTable';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { Loading } from '../components/Loading';
import { SessionLine } from '../components/SessionLine';
import { useI18n } from '../lib/i18n';
import type { ModuleContext } from '../lib/mount';
import { call } from '../lib/rpc';
import { useAction } from '../lib/use-action';
import { kronerHint, parseKroner, statusLabel, WISH_STATUSES } from '../lib/wishes';
import { AmountField } from './wishes/AmountField';
import {
  globalFiltersFromQuery,
  globalFiltersToQuery,
  globalHiddenFromQuery,
  MINE_FILTERS,
  type ColumnKey,
  type GlobalFilters,
} from './wishes/list-state';
import {
  cellStyle,
  ColumnChooser,
  CsvExportButton,
  useWishColumns,
  visibleColumns,
} from './wishes/wish-columns';
import type { CsvColumn } from '../lib/list-csv';
import { WishIntakeBlock } from './wishes/WishIntakeBlock';
import { useRouteQuery } from '../lib/use-route';

type Filters = GlobalFilters;

const filterKey = (f: Filters) => JSON.stringify([f.mine, f.status, f.search]);

/**
 * Pages of the global list, in the server's score order; "Show more" appends the next page. The
 * pages remember the filters they were loaded for: rows of an earlier filter are never shown under
 * a new one (the list is empty and busy until the new first page arrives).
 */
function useWishPages(filters: Filters) {
  const [loaded, setLoaded] = useState<{ key: string; pages: GlobalWishPage[] } | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(false);
  const generation = useRef(0);
  const key = filterKey(filters);
  const load = useCallback(
    async (cursor: string | null) => {
      const mine = ++generation.current;
      setLoading(true);
      setError(null);
      try {
        const page = await call('listAllWishes', { ...filters, cursor });
        if (mine !== generation.current) return;
        const forKey = filterKey(filters);
        setLoaded((current) =>
          cursor && current?.key === forKey
            ? { key: forKey, pages: [...current.pages, page] }
            : { key: forKey, pages: [page] },
        );
      } catch (e) {
        if (mine === generation.current) setError(e as Error);
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [filters],
  );
  useEffect(() => {
    void load(null);
  }, [load]);
  const pages = loaded?.key === key ? loaded.pages : null;
  const last = pages?.[pages.length - 1];
  return {
    rows: pages?.flatMap((p) => p.rows) ?? null,
    page: last,
    more: last?.cursor ? () => void load(last.cursor) : null,
    reload: () => void load(null),
    // Derived while rendering, so it is true in the same render as the filter change.
    busy: loading || (pages === null && error === null),
    loading,
    error,
  };
}

function PledgeControl({ row, onDone }: { row: GlobalWishRow; onDone: () => void }) {
  const { t, text } = useI18n();
  const [open, setOpen] = useState(false);
  const [amount, setAmount] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const pledge = useAction((amountDkk: number) =>
    call('pledgeListedWish', { issueId: row.id, amountDkk, state: 'indicated' }),
  );
  if (!open) {
    return (
      <Button appearance="subtle" onClick={() => setOpen(true)} testId={`wishes-pledge-${row.key}`}>
        {row.myPledgeDkk > 0 ? t('wishesPage.changePledge') : t('wishesPage.pledge')}
      </Button>
    );
  }
  const id = `wishes-pledge-amount-${row.key}`;
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const parsed = parseKroner(amount);
        if (parsed === null || parsed <= 0) {
          const hint = kronerHint(amount);
          setRefusal(hint ? text(hint) : t('wishesPage.amountInvalid'));
          return;
        }
        if (await pledge.run(parsed)) {
          setOpen(false);
          onDone();
        }
      }}
    >
      <Inline space="space.050" alignBlock="end">
        <AmountField
          id={id}
          label={t('wishesPage.amount')}
          value={amount}
          onChange={(v) => {
            setAmount(v);
            setRefusal(null);
          }}
          error={refusal ?? undefined}
          testId={id}
        />
        <Button type="submit" appearance="primary" isLoading={pledge.pending}>
          {t('wishesPage.savePledge')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('wishIntake.cancel')}</Button>
      </Inline>
      {pledge.error && <ErrorMessage error={pledge.error} hideDetails />}
    </form>
  );
}

function SupportControl({ row, onDone }: { row: GlobalWishRow; onDone: () => void }) {
  const { t } = useI18n();
  const support = useAction((on: boolean) => call('supportListedWish', { issueId: row.id, support: on }));
  if (row.requestedByMe) return <span>{t('wishesPage.requestedByUs')}</span>;
  if (!row.supportedByMe && !row.canSupport) return null;
  return (
    <>
      <Button
        appearance={row.supportedByMe ? 'default' : 'primary'}
        isLoading={support.pending}
        onClick={async () => {
          if (await support.run(!row.supportedByMe)) onDone();
        }}
        testId={`wishes-support-${row.key}`}
        aria-pressed={row.supportedByMe}
      >
        {row.supportedByMe ? t('wishesPage.withdrawSupport') : t('wishesPage.support')}
      </Button>
      {support.error && <ErrorMessage error={support.error} hideDetails />}
    </>
  );
}

/** The actions column stays in view at the end of the box while the other columns scroll. */
const stickyEnd = {
  position: 'sticky',
  insetInlineEnd: 0,
  background: token('elevation.surface'),
  boxShadow: `inset ${token('border.width')} 0 0 ${token('color.border')}`,
} as const;

function WishTable({
  rows,
  hidden,
  onChanged,
}: {
  rows: GlobalWishRow[];
  hidden: readonly ColumnKey[];
  onChanged: () => void;
}) {
  const { t, formatNumber } = useI18n();
  const specs = useWishColumns();
  // The global list says which organisations back a wish and what the caller's own one pledged.
  const extra: Partial<Record<ColumnKey, (r: GlobalWishRow) => ReactNode>> = {
    organisations: (r) => (
      <span title={r.supporters.join(', ')}>
        {r.organisationCount}
        {r.supportedByMe && <span> · {t('wishesPage.weSupport')}</span>}
      </span>
    ),
    pledged: (r) => (
      <>
        {specs.pledged.cell(r)}
        {r.myPledgeDkk > 0 && (
          <div style={{ color: token('color.text.subtle') }}>
            {t('wishesPage.ourPledge', { amount: formatNumber(r.myPledgeDkk) })}
          </div>
        )}
      </>
    ),
  };
  const shown = [specs.key, specs.summary, ...visibleColumns(hidden).map((c) => specs[c])];
  return (
    <div style={{ overflowX: 'auto', maxWidth: '100%' }} data-testid="wishes-scroll">
      <table data-testid="wishes-list" style={{ borderCollapse: 'collapse', width: '100%' }}>
        <caption style={{ textAlign: 'start', color: token('color.text.subtle') }}>
          {t('wishesPage.caption', { count: rows.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col" style={header}>
              {t('wishesPage.columns.product')}
            </th>
            {shown.map((c) => (
              <th key={c.key} scope="col" style={{ ...header, whiteSpace: 'nowrap', textAlign: c.align }}>
                {c.label}
              </th>
            ))}
            <th scope="col" style={{ ...header, ...stickyEnd }}>
              {t('wishesPage.columns.actions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-row-key={r.key}>
              <td style={cell}>{r.projectName || r.projectKey}</td>
              {shown.map((c) => (
                <td
                  key={c.key}
                  style={{ ...cellStyle(cell, c), ...(c.key === 'summary' ? { minWidth: '9rem' } : {}) }}
                >
                  {(c.key !== 'key' && c.key !== 'summary' && extra[c.key]?.(r)) || c.cell(r)}
                </td>
              ))}
              <td style={{ ...cell, ...stickyEnd }}>
                <Inline space="space.050" shouldWrap>
                  <SupportControl row={r} onDone={onChanged} />
                  {(r.canSupport || r.supportedByMe || r.requestedByMe) && (
                    <PledgeControl row={r} onDone={onChanged} />
                  )}
                </Inline>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface Routed {
  filters: Filters;
  hidden: ColumnKey[];
}

function GlobalWishes({ initial, onChange }: { initial: Routed; onChange: (r: Routed) => void }) {
  const { t } = useI18n();
  const [filters, setFilters] = useState<Filters>(initial.filters);
  const [hidden, setHidden] = useState<ColumnKey[]>(initial.hidden);
  const [searchText, setSearchText] = useState(initial.filters.search);
  const list = useWishPages(filters);
  const specs = useWishColumns();
  const csvColumns: CsvColumn<GlobalWishRow>[] = [
    { label: t('wishesPage.columns.product'), csv: (r) => r.projectName || r.projectKey },
    specs.key,
    specs.summary,
    ...visibleColumns(hidden).map((c) => specs[c]),
  ];

  useEffect(() => {
    const timer = setTimeout(() => setFilters((f) => ({ ...f, search: searchText })), 300);
    return () => clearTimeout(timer);
  }, [searchText]);
  useEffect(() => onChange({ filters, hidden }), [filters, hidden, onChange]);
  // Typed but not yet searched for counts as loading: the rows shown are not the search's yet.
  const busy = list.busy || searchText !== filters.search;

  return (
    <Stack space="space.200">
      <WishIntakeBlock onSubmitted={list.reload} />
      <Inline space="space.200" shouldWrap alignBlock="end">
        <Field id="wishes-mine" label={t('wishesPage.mine')}>
          <SingleChoice
            id="wishes-mine"
            testId="wishes-mine"
            options={MINE_FILTERS.map((m) => ({ value: m, label: t(`wishesPage.mineOptions.${m}`) }))}
            value={filters.mine}
            onChange={(v) => setFilters((f) => ({ ...f, mine: v ?? 'all' }))}
          />
        </Field>
        <Field id="wishes-status" label={t('wish.page.filterStatus')}>
          <SingleChoice<WishStatus | 'all'>
            id="wishes-status"
            testId="wishes-status"
            options={[
              { value: 'all', label: t('wish.page.allStatuses') },
              ...WISH_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) })),
            ]}
            value={filters.status}
            onChange={(v) => setFilters((f) => ({ ...f, status: v ?? 'all' }))}
          />
        </Field>
        <Field id="wishes-search" label={t('wishesPage.search')}>
          <TextField
            id="wishes-search"
            testId="wishes-search"
            value={searchText}
            maxLength={100}
            onChange={(e) => setSearchText(e.currentTarget.value)}
          />
        </Field>
        <ColumnChooser hidden={hidden} onChange={setHidden} testId="wishes-columns" />
        <CsvExportButton columns={csvColumns} rows={list.rows ?? []} name="os2-wishes" testId="wishes-csv" />
      </Inline>
      {list.page && !list.page.myOrganisation && (
        <SectionMessage appearance="information" title={t('wishesPage.notLinkedTitle')}>
          <p style={{ margin: 0 }}>{t('wishIntake.noOrganisation')}</p>
        </SectionMessage>
      )}
      {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
      <div data-testid="wishes-results" aria-busy={busy} aria-live="polite">
        {list.rows === null ? (
          !list.error && <Loading />
        ) : list.rows.length === 0 ? (
          <p data-testid="wishes-empty">{t('wishesPage.empty')}</p>
        ) : (
          <WishTable rows={list.rows} hidden={hidden} onChanged={list.reload} />
        )}
      </div>
      {list.more && (
        <div>
          <Button onClick={list.more} isLoading={list.loading} testId="wishes-more">
            {t('wishesPage.more')}
          </Button>
        </div>
      )}
    </Stack>
  );
}

/** The filters from the route's query (a reload or a shared link keeps them), written back on change. */
function GlobalWishesRouted() {
  const [query, setQuery] = useRouteQuery();
  const [initial, setInitial] = useState<Routed | null>(null);
  useEffect(() => {
    if (query !== null && initial === null) {
      setInitial({ filters: globalFiltersFromQuery(query), hidden: globalHiddenFromQuery(query) });
    }
  }, [query, initial]);
  const onChange = useCallback(
    (r: Routed) => setQuery(globalFiltersToQuery(r.filters, r.hidden)),
    [setQuery],
  );
  if (initial === null) return <Loading />;
  return <GlobalWishes initial={initial} onChange={onChange} />;
}

/** Apps → OS2 wishes: every product's wishes the user may browse, in score order, with intake. */
export default function GlobalWishesModule({ context }: { context: ModuleContext }) {
  const { t } = useI18n();
  return (
    <main data-module={context.moduleKey} data-testid="wishes-global" style={{ padding: token('space.100') }}>
      <Stack space="space.200">
        <div>
          <Heading size="large" as="h1">
            {t('wishesPage.title')}
          </Heading>
          <span style={{ color: token('color.text.subtle') }}>{t('wishesPage.intro')}</span>
        </div>
        <GlobalWishesRouted />
        <SessionLine />
      </Stack>
    </main>
  );
}
