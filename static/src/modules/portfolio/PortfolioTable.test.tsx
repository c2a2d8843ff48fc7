import { fireEvent, screen } from '@testing-library/react';
import { useMemo, useState } from 'react';
import type { PortfolioRow } from '../../../../src/contract';
import { CURRENT_CATALOGUE_VERSION } from '../../../../src/domain/catalogue/vocabulary';
import { renderWithI18n } from '../../test-setup';
import { pageOf } from './PortfolioControls';
import { PortfolioTable } from './PortfolioTable';
import { readQuery, visibleRows, writeQuery, type PortfolioQuery } from './model';

const LEVELS = ['sandkasse', '1', '2', '3'] as const;

function row(i: number): PortfolioRow {
  return {
    projectId: String(10_000 + i),
    projectKey: `P${i}`,
    productName: `Produkt ${String((i * 7919) % 1000).padStart(4, '0')}`,
    catalogueVersion: CURRENT_CATALOGUE_VERSION,
    level: LEVELS[i % 4]!,
    levelStatus: 'active',
    levelSince: '2024-01-01',
    targetLevel: '3',
    progressPercent: i % 101,
    outstanding: 3,
    outstandingSkal: 2,
    outstandingBør: 1,
    lights: { green: 1, yellow: 1, red: 0, grey: 0 },
    lastEvaluation: null,
    nextEvaluationDue: null,
    overdue: false,
    dueSoon: false,
    matrix: 'gyr',
    municipalities: i % 98,
    organisationCount: i % 98,
    history: [{ date: '2024-01-01', level: LEVELS[i % 4]! }],
    wishes: {
      byStatus: {
        received: i % 3,
        'under-evaluation': 0,
        'on-hold': 0,
        rejected: 0,
        accepted: 1,
        ordered: 0,
        'in-progress': 0,
        delivered: 0,
        duplicate: 0,
      },
      oldestUntriaged: null,
      fundingGap: (i * 1000) % 250_000,
    },
  };
}

const ROWS = Array.from({ length: 1000 }, (_, i) => row(i));

function Harness() {
  const [query, setQuery] = useState<PortfolioQuery>(readQuery(new URLSearchParams()));
  const rows = useMemo(() => visibleRows(ROWS, query), [query]);
  return (
    <PortfolioTable
      rows={pageOf(rows, query.page)}
      caption={`${rows.length}`}
      sort={query.sort}
      onSort={(sort) => setQuery({ ...query, sort, page: 1 })}
      hrefFor={(key) => `/projects/${key}`}
    />
  );
}

it('renders one page of 25 of 1,000 products and sorts across all of them', () => {
  renderWithI18n(<Harness />);
  expect(screen.getAllByRole('row')).toHaveLength(26);
  fireEvent.click(screen.getByRole('button', { name: /Funding gap|Manglende finansiering/ }));
  expect(screen.getAllByTestId('row-gap')[0]!.textContent?.replace(/\D/g, '')).toBe('0');
  // The speed of a sort at this size is measured in Chromium (test/e2e/portfolio-scale.test.ts).
});

it('keeps search, filters, sort and page in the URL and reads them back', () => {
  const query: PortfolioQuery = {
    ...readQuery(new URLSearchParams()),
    tab: 'matrix',
    search: 'kitos',
    filters: { level: '2', dueOnly: true },
    sort: { key: 'gap', direction: 'descending' },
    page: 3,
    matrixTheme: 'F',
  };
  const params = writeQuery(query);
  expect(params.toString()).toBe('tab=matrix&q=kitos&level=2&due=1&sort=gap&dir=desc&page=3&mtheme=F');
  expect(readQuery(new URLSearchParams(params.toString()))).toEqual(query);
  // Unknown values fall back to the defaults.
  expect(readQuery(new URLSearchParams('sort=__proto__&level=9&page=-1'))).toEqual(
    readQuery(new URLSearchParams()),
  );
});
