import { Checkbox } from '@atlaskit/checkbox';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { useId, useState, type CSSProperties, type ReactNode } from 'react';
import type { WishRow } from '../../../../src/contract';
import { QUALIFICATION_ITEMS } from '../../../../src/domain/wish/vocabulary';
import { IssueLink } from '../../components/Links';
import { downloadDocument } from '../governance/documents';
import { IssueStatusLozenge } from '../../components/StatusLozenge';
import { useI18n, type Translate } from '../../lib/i18n';
import { listCsv, type CsvCell, type CsvColumn } from '../../lib/list-csv';
import { ageInDays, statusLabel } from '../../lib/wishes';
import { COLUMNS, type ColumnKey } from './list-state';

import { ScoreText, WishStatusLozenge } from './WishStatusLozenge';

/** Key and summary are always shown; the others can be chosen. */
export type ShownColumn = 'key' | 'summary' | ColumnKey;

export interface WishColumn {
  key: ShownColumn;
  label: string;
  align: 'start' | 'end';
  /** The cell as the table shows it. */
  cell: (r: WishRow) => ReactNode;
  /** The cell in a CSV export: plain values, numbers unformatted so a spreadsheet can sum them. */
  csv: (r: WishRow) => CsvCell;
}

export const columnLabel = (t: Translate, key: ShownColumn): string =>
  t(key === 'jira' ? 'wish.list.jiraStatus' : `wish.list.${key}`);

const QUALIFICATION_TOTAL = QUALIFICATION_ITEMS.length;
const dash = '–';

/** Every column of the wishes lists (project and global), so both show and export them alike. */
export function useWishColumns(): Record<ShownColumn, WishColumn> {
  const { t, formatNumber } = useI18n();
  const now = Date.now();
  const kroner = (n: number) => t('wish.kroner', { amount: formatNumber(n) });
  const spec = (
    key: ShownColumn,
    align: 'start' | 'end',
    cell: WishColumn['cell'],
    csv: WishColumn['csv'],
  ): WishColumn => ({ key, label: columnLabel(t, key), align, cell, csv });
  return {
    key: spec(
      'key',
      'start',
      (r) => <IssueLink issueKey={r.key} />,
      (r) => r.key,
    ),
    summary: spec(
      'summary',
      'start',
      (r) => r.summary,
      (r) => r.summary,
    ),
    status: spec(
      'status',
      'start',
      (r) => (
        <>
          <WishStatusLozenge status={r.status} />
          {r.invalid && <span style={{ color: token('color.text.danger') }}> {t('wish.list.invalid')}</span>}
          {!r.stored && (
            <span style={{ color: token('color.text.subtlest') }}> {t('wish.list.untriaged')}</span>
          )}
        </>
      ),
      (r) => statusLabel(t, r.status),
    ),
    score: spec(
      'score',
      'end',
      (r) => <ScoreText score={r.score} />,
      (r) => r.score,
    ),
    organisations: spec(
      'organisations',
      'end',
      (r) => r.organisationCount,
      (r) => r.organisationCount,
    ),
    value: spec(
      'value',
      'end',
      (r) => r.value ?? dash,
      (r) => r.value ?? '',
    ),
    urgency: spec(
      'urgency',
      'end',
      (r) => r.urgency ?? dash,
      (r) => r.urgency ?? '',
    ),
    estimate: spec(
      'estimate',
      'end',
      (r) => (r.estimateDkk === null ? dash : kroner(r.estimateDkk)),
      (r) => r.estimateDkk ?? '',
    ),
    pledged: spec(
      'pledged',
      'end',
      (r) => kroner(r.pledgedDkk),
      (r) => r.pledgedDkk,
    ),
    fundingGap: spec(
      'fundingGap',
      'end',
      (r) => (r.estimateDkk === null ? dash : kroner(r.fundingGap)),
      (r) => (r.estimateDkk === null ? '' : r.fundingGap),
    ),
    qualification: spec(
      'qualification',
      'end',
      (r) => t('wish.list.qualificationOf', { checked: r.qualificationChecked, total: QUALIFICATION_TOTAL }),
      (r) => `${r.qualificationChecked}/${QUALIFICATION_TOTAL}`,
    ),
    age: spec(
      'age',
      'end',
      (r) => t('wish.list.days', { days: ageInDays(r.created, now) }),
      (r) => ageInDays(r.created, now),
    ),
    requester: spec(
      'requester',
      'start',
      (r) => r.requester || dash,
      (r) => r.requester,
    ),
    jira: spec(
      'jira',
      'start',
      (r) => <IssueStatusLozenge status={r.jiraStatus} category={r.jiraStatusCategory} />,
      (r) => r.jiraStatus,
    ),
  };
}

/** The chosen columns in their order. */
export const visibleColumns = (hidden: readonly ColumnKey[]): ColumnKey[] =>
  COLUMNS.filter((c) => !hidden.includes(c));

/** Numbers and money do not wrap; text does. */
export const cellStyle = (base: CSSProperties, column: WishColumn): CSSProperties => ({
  ...base,
  ...(column.align === 'end' ? { textAlign: 'end', whiteSpace: 'nowrap' } : {}),
  ...(column.key === 'key' ? { whiteSpace: 'nowrap' } : {}),
});

/**
 * A disclosure with a checkbox per column (the button says how many are hidden); Escape closes it
 * and returns focus to the button.
 */
export function ColumnChooser({
  hidden,
  onChange,
  testId,
}: {
  hidden: readonly ColumnKey[];
  onChange: (hidden: ColumnKey[]) => void;
  testId: string;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonId = useId();
  return (
    <div style={{ position: 'relative' }}>
      <Button
        id={buttonId}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        testId={testId}
      >
        {t('wish.list.columns', { hidden: hidden.length })}
      </Button>
      {open && (
        <fieldset
          id={panelId}
          data-testid={`${testId}-panel`}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            setOpen(false);
            document.getElementById(buttonId)?.focus();
          }}
          style={{
            position: 'absolute',
            zIndex: 10,
            insetInlineEnd: 0,
            marginBlockStart: token('space.050'),
            minWidth: '14rem',
            background: token('elevation.surface.overlay'),
            boxShadow: token('elevation.shadow.overlay'),
            borderRadius: token('radius.small'),
            border: 'none',
            padding: token('space.150'),
          }}
        >
          <legend style={{ font: token('font.heading.xxsmall'), float: 'left', width: '100%' }}>
            {t('wish.list.columnsLegend')}
          </legend>
          {COLUMNS.map((c) => (
            <Checkbox
              key={c}
              label={columnLabel(t, c)}
              isChecked={!hidden.includes(c)}
              onChange={(e) => onChange(e.target.checked ? hidden.filter((h) => h !== c) : [...hidden, c])}
              testId={`${testId}-${c}`}
            />
          ))}
        </fieldset>
      )}
    </div>
  );
}

/** Exports the list as shown as `<name>-<date>.csv`. */
export function CsvExportButton<R>({
  columns,
  rows,
  name,
  testId,
}: {
  columns: readonly CsvColumn<R>[];
  rows: readonly R[];
  name: string;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <Button
      onClick={() =>
        downloadDocument({
          fileName: `${name}-${new Date().toISOString().slice(0, 10)}.csv`,
          mimeType: 'text/csv',
          content: listCsv(columns, rows),
        })
      }
      isDisabled={rows.length === 0}
      testId={testId}
    >
      {t('wish.list.exportCsv', { count: rows.length })}
    </Button>
  );
}
