import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { PortfolioRow, PortfolioView } from '../../../../src/contract';
import type { MatrixColumn } from '../../../../src/contract';
import type { Level, Theme } from '../../../../src/domain/catalogue/types';
import {
  boardPackCsv,
  boardPackMarkdown,
  boardPackTable,
  lightAt,
  type BoardPackText,
} from '../../../../src/domain/portfolio/vocabulary';
import { SingleChoice, type ChoiceOption } from '../../components/Choice';
import { tableCell as cell } from '../../components/DataTable';
import { Field } from '../../components/Field';
import { LightIcon } from '../../components/LightIndicator';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { LEVELS, levelName, lightEmoji, lightLabel } from '../../lib/governance';
import { useI18n, type Translate } from '../../lib/i18n';
import type { PortfolioQuery } from './model';
import { pageOf } from './PortfolioControls';
import { subtle } from './parts';

const THEMES: readonly Theme[] = ['R', 'F', 'S', 'G'];

/** The columns the matrix shows (with their index in each row's matrix): of the chosen level and theme. */
export function matrixColumns(
  all: readonly MatrixColumn[],
  q: Pick<PortfolioQuery, 'matrixLevel' | 'matrixTheme'>,
): { column: MatrixColumn; index: number }[] {
  return all
    .map((column, index) => ({ column, index }))
    .filter(
      ({ column: r }) =>
        (q.matrixLevel === 'all' || r.level === q.matrixLevel) &&
        (q.matrixTheme === 'all' || r.theme === q.matrixTheme),
    );
}

/** OS2's traffic-light matrix: products × requirements, one cell per light the secretariat set. */
export function PortfolioMatrix({
  columns: allColumns,
  rows,
  query,
  onQuery,
  all = false,
}: {
  columns: readonly MatrixColumn[];
  rows: PortfolioRow[];
  query: PortfolioQuery;
  onQuery: (q: PortfolioQuery) => void;
  /** Every row (the print view) instead of the current page, and no filters. */
  all?: boolean;
}) {
  const { t, text } = useI18n();
  const columns = matrixColumns(allColumns, query);
  const levelOptions: ChoiceOption<Level | 'all'>[] = [
    { value: 'all', label: t('portfolio.filters.allLevels') },
    ...LEVELS.map((l) => ({ value: l, label: levelName(t, l) })),
  ];
  const themeOptions: ChoiceOption<Theme | 'all'>[] = [
    { value: 'all', label: t('portfolio.matrix.allThemes') },
    ...THEMES.map((th) => ({ value: th, label: t(`themes.${th}`) })),
  ];
  return (
    <div>
      <div
        role="group"
        aria-label={t('portfolio.matrix.filters')}
        hidden={all}
        style={{ display: 'flex', gap: token('space.200'), flexWrap: 'wrap' }}
      >
        <div style={{ minWidth: 200 }}>
          <Field id="matrix-level" label={t('portfolio.matrix.level')}>
            <SingleChoice
              id="matrix-level"
              testId="matrix-level"
              options={levelOptions}
              value={query.matrixLevel}
              onChange={(v) => onQuery({ ...query, matrixLevel: v ?? 'all' })}
            />
          </Field>
        </div>
        <div style={{ minWidth: 200 }}>
          <Field id="matrix-theme" label={t('portfolio.matrix.theme')}>
            <SingleChoice
              id="matrix-theme"
              testId="matrix-theme"
              options={themeOptions}
              value={query.matrixTheme}
              onChange={(v) => onQuery({ ...query, matrixTheme: v ?? 'all' })}
            />
          </Field>
        </div>
      </div>
      <div style={{ overflowX: 'auto', marginTop: token('space.200') }}>
        <table data-testid="portfolio-matrix" style={{ borderCollapse: 'collapse' }}>
          <caption style={{ textAlign: 'start', ...subtle }}>
            {t('portfolio.matrix.caption', { products: rows.length, requirements: columns.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col" style={{ ...cell, textAlign: 'start' }}>
                {t('portfolio.columns.product')}
              </th>
              {columns.map(({ column: r }) => (
                <th key={r.id} scope="col" title={text(r.name)} style={{ ...cell, fontSize: 11, padding: 2 }}>
                  {r.id}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(all ? rows : pageOf(rows, query.page)).map((row) => {
              return (
                <tr key={row.projectId} data-row-key={row.projectKey}>
                  <th
                    scope="row"
                    style={{ ...cell, textAlign: 'start', fontWeight: 'normal', whiteSpace: 'nowrap' }}
                  >
                    {row.productName}
                  </th>
                  {columns.map(({ column: r, index }) => {
                    const light = lightAt(row.matrix, index);
                    return (
                      <td key={r.id} style={{ padding: 2, textAlign: 'center' }} data-light={light ?? 'none'}>
                        <span
                          aria-hidden="true"
                          title={`${r.id}: ${light ? lightLabel(t, light) : t('portfolio.matrix.none')}`}
                          style={{
                            display: 'inline-flex',
                            width: 16,
                            height: 16,
                            fontSize: 16,
                            borderRadius: light ? 0 : 8,
                            border: light ? 'none' : `1px solid ${token('color.border')}`,
                          }}
                        >
                          {light && <LightIcon light={light} />}
                        </span>
                        <VisuallyHidden>
                          {light ? lightLabel(t, light) : t('portfolio.matrix.none')}
                        </VisuallyHidden>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Organisations using at least 1, 2 and 3 of the products shown, out of the 98 municipalities. */
export function PortfolioAdoption({ view }: { view: PortfolioView }) {
  const { t, formatNumber } = useI18n();
  const a = view.adoption;
  const figures = [
    ['atLeast1', a.atLeast1],
    ['atLeast2', a.atLeast2],
    ['atLeast3', a.atLeast3],
  ] as const;
  return (
    <div>
      <ul
        data-testid="portfolio-adoption"
        style={{ display: 'flex', gap: token('space.400'), listStyle: 'none', padding: 0, flexWrap: 'wrap' }}
      >
        {figures.map(([key, n]) => (
          <li key={key} data-adoption={key} data-count={n}>
            <div style={{ font: token('font.heading.large') }}>
              {formatNumber(n)} <span style={subtle}>/ {a.of}</span>
            </div>
            <div>{t(`portfolio.adoption.${key}`)}</div>
          </li>
        ))}
      </ul>
      <table data-testid="adoption-table" style={{ borderCollapse: 'collapse' }}>
        <caption style={{ textAlign: 'start', ...subtle }}>
          {t('portfolio.adoption.caption', { of: a.of })}
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ ...cell, textAlign: 'start' }}>
              {t('portfolio.adoption.municipality')}
            </th>
            <th scope="col" style={{ ...cell, textAlign: 'end' }}>
              {t('portfolio.adoption.products')}
            </th>
          </tr>
        </thead>
        <tbody>
          {a.byMunicipality.map((m) => (
            <tr key={m.municipality}>
              <th scope="row" style={{ ...cell, textAlign: 'start', fontWeight: 'normal' }}>
                {m.municipality}
              </th>
              <td style={{ ...cell, textAlign: 'end' }}>{m.products}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function boardPackText(t: Translate, today: string): BoardPackText {
  return {
    title: t('portfolio.pack.title'),
    asOf: t('portfolio.pack.asOf', { date: today }),
    columns: {
      product: t('portfolio.columns.product'),
      key: t('portfolio.pack.key'),
      level: t('portfolio.columns.level'),
      target: t('portfolio.columns.target'),
      progress: t('portfolio.pack.progress'),
      outstandingSkal: t('portfolio.pack.outstandingSkal'),
      outstandingBør: t('portfolio.pack.outstandingBor'),
      nextEvaluation: t('portfolio.columns.nextEvaluation'),
      openWishes: t('portfolio.columns.wishes'),
      oldestUntriaged: t('portfolio.pack.oldestUntriaged'),
      fundingGap: t('portfolio.pack.fundingGap'),
      municipalities: t('portfolio.columns.municipalities'),
    },
    level: (level) => (level === null ? t('portfolio.totals.none') : levelName(t, level)),
    matrixHeading: t('portfolio.tabs.matrix'),
    adoptionHeading: t('portfolio.tabs.adoption'),
    adoptionLine: (n, count, of) => t(`portfolio.pack.adoption${n}`, { count, of }),
    lightWord: (light) => (light ? `${lightEmoji(light)} ${lightLabel(t, light)}` : ''),
  };
}

function download(fileName: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The board pack: markdown and CSV of the rows shown (search and filters apply), and a print view. */
export function BoardPack({
  view,
  rows,
  onPrint,
}: {
  view: PortfolioView;
  rows: PortfolioRow[];
  onPrint: () => void;
}) {
  const { t } = useI18n();
  const text = boardPackText(t, view.today);
  const table = boardPackTable(rows, text);
  return (
    <div>
      <p>{t('portfolio.pack.intro', { count: rows.length })}</p>
      <div style={{ display: 'flex', gap: token('space.100'), flexWrap: 'wrap' }}>
        <Button
          testId="pack-markdown"
          onClick={() =>
            download(
              `os2-portefolje-${view.today}.md`,
              'text/markdown;charset=utf-8',
              boardPackMarkdown(rows, view.requirements, view.adoption, text),
            )
          }
        >
          {t('portfolio.pack.markdown')}
        </Button>
        <Button
          testId="pack-csv"
          onClick={() =>
            download(`os2-portefolje-${view.today}.csv`, 'text/csv;charset=utf-8', boardPackCsv(rows, text))
          }
        >
          {t('portfolio.pack.csv')}
        </Button>
        <Button appearance="primary" testId="pack-print" onClick={onPrint}>
          {t('portfolio.pack.print')}
        </Button>
      </div>
      <table data-testid="pack-preview" style={{ borderCollapse: 'collapse', marginTop: token('space.200') }}>
        <caption style={{ textAlign: 'start', ...subtle }}>{t('portfolio.pack.preview')}</caption>
        <thead>
          <tr>
            {table[0]!.map((h) => (
              <th key={h} scope="col" style={{ ...cell, textAlign: 'start' }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {pageOf(table.slice(1), 1).map((line, i) => (
            <tr key={`${line[1]}-${i}`}>
              {line.map((value, j) => (
                <td key={j} style={cell}>
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
