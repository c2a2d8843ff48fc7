import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import { Stack } from '@atlaskit/primitives';
import TextField from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { useEffect, useState } from 'react';
import type { AuditLogPage, InputOf, Person } from '../../../src/contract';
import { toCsv } from '../../../src/domain/audit';
import type { Level } from '../../../src/domain/catalogue/types';
import { downloadDocument } from '../modules/governance/documents';
import { AUDIT_CSV_COLUMNS, auditTableRows } from '../lib/audit';
import { useI18n } from '../lib/i18n';
import { useAction } from '../lib/use-action';
import { SingleChoice } from './Choice';
import { ErrorMessage } from './ErrorMessage';
import { Field } from './Field';
import { Loading } from './Loading';
import { SimpleTable } from './SimpleTable';

export type AuditFilters = Omit<InputOf<'getAuditLog'>, 'cursor'>;

const COLUMN_KEYS = ['when', 'who', 'action', 'target', 'field', 'before', 'after'] as const;
type ColumnKey = (typeof COLUMN_KEYS)[number];

/**
 * An audit log for people: one row per changed field (before → after, with labels and names),
 * filters by person, requirement or wish, kind and date, and a CSV of exactly the rows shown.
 */
export function AuditLogView({
  load,
  caption,
  kinds,
  requirements = [],
  levelLabel,
  fileName,
  targetFilterLabel,
  revision = 0,
}: {
  load: (filters: AuditFilters, cursor: string | null) => Promise<AuditLogPage>;
  caption: string;
  /** The kinds of change to filter by (action prefixes). */
  kinds: string[];
  /** Requirements to filter by (id and label); none hides the filter. */
  requirements?: { id: string; label: string }[];
  levelLabel: (level: Level) => string;
  fileName: string;
  /** The label of the free-text target filter (a wish's issue key on a project; a name elsewhere). */
  targetFilterLabel?: string;
  /** Reloads the first page when it changes (a save wrote an entry). */
  revision?: number;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [entries, setEntries] = useState<AuditLogPage['entries'] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [people, setPeople] = useState<Map<string, Person>>(new Map());
  const [draft, setDraft] = useState<AuditFilters>({});
  const [applied, setApplied] = useState<AuditFilters>({});
  const fetch = useAction((filters: AuditFilters, from: string | null) => load(filters, from));

  const fetchPage = async (filters: AuditFilters, from: string | null) => {
    const page = await fetch.run(filters, from);
    if (!page) return;
    setEntries((old) => (from === null ? page.entries : [...(old ?? []), ...page.entries]));
    setCursor(page.cursor);
    setPeople((old) => new Map([...old, ...page.people.map((p) => [p.accountId, p] as const)]));
  };

  useEffect(() => {
    void fetchPage(applied, null);
  }, [revision, applied]);

  const set = <K extends keyof AuditFilters>(key: K, value: AuditFilters[K] | '' | null) =>
    setDraft((d) => {
      const next = { ...d };
      if (value === '' || value === null || value === undefined) delete next[key];
      else next[key] = value as AuditFilters[K];
      return next;
    });

  const rows = entries ? auditTableRows(entries, i18n, { levelLabel }) : [];
  const header = AUDIT_CSV_COLUMNS.map((c) => t(c));
  const id = 'os2-audit';

  return (
    <Stack space="space.200">
      <form
        aria-label={t('record.audit.filters')}
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(draft);
        }}
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
          gap: token('space.100'),
          alignItems: 'end',
        }}
      >
        <Field id={`${id}-person`} label={t('record.audit.person')}>
          <SingleChoice<string>
            id={`${id}-person`}
            options={[...people.values()].map((p) => ({ value: p.accountId, label: p.displayName }))}
            value={draft.actor ?? null}
            onChange={(v) => set('actor', v)}
            placeholder={t('record.audit.anyone')}
            isClearable
          />
        </Field>
        {requirements.length > 0 && (
          <Field id={`${id}-requirement`} label={t('record.audit.requirement')}>
            <SingleChoice<string>
              id={`${id}-requirement`}
              options={requirements.map((r) => ({ value: r.id, label: r.label }))}
              value={requirements.some((r) => r.id === draft.target) ? (draft.target ?? null) : null}
              onChange={(v) => set('target', v)}
              placeholder={t('record.audit.anyRequirement')}
              isClearable
            />
          </Field>
        )}
        <Field id={`${id}-target`} label={targetFilterLabel ?? t('record.audit.targetText')}>
          <TextField
            id={`${id}-target`}
            value={requirements.some((r) => r.id === draft.target) ? '' : (draft.target ?? '')}
            onChange={(e) => set('target', (e.target as HTMLInputElement).value.trim())}
            maxLength={200}
          />
        </Field>
        <Field id={`${id}-kind`} label={t('record.audit.kind')}>
          <SingleChoice<string>
            id={`${id}-kind`}
            options={kinds.map((k) => ({ value: k, label: t(`record.audit.kinds.${k}`) }))}
            value={draft.kind ?? null}
            onChange={(v) => set('kind', v)}
            placeholder={t('record.audit.anyKind')}
            isClearable
          />
        </Field>
        <Field id={`${id}-from`} label={t('record.audit.from')}>
          <TextField
            id={`${id}-from`}
            type="date"
            value={draft.from ?? ''}
            onChange={(e) => set('from', (e.target as HTMLInputElement).value)}
          />
        </Field>
        <Field id={`${id}-to`} label={t('record.audit.to')}>
          <TextField
            id={`${id}-to`}
            type="date"
            value={draft.to ?? ''}
            onChange={(e) => set('to', (e.target as HTMLInputElement).value)}
          />
        </Field>
        <div style={{ display: 'flex', gap: token('space.100') }}>
          <Button type="submit" appearance="primary" isLoading={fetch.pending}>
            {t('record.audit.apply')}
          </Button>
          <Button
            appearance="subtle"
            onClick={() => {
              setDraft({});
              setApplied({});
            }}
          >
            {t('record.audit.clear')}
          </Button>
        </div>
      </form>

      {entries === null ? (
        fetch.error ? (
          <ErrorMessage error={fetch.error} onRetry={() => void fetchPage(applied, null)} />
        ) : (
          <Loading />
        )
      ) : rows.length === 0 ? (
        <EmptyState
          headingLevel={2}
          header={Object.keys(applied).length ? t('record.audit.noMatches') : t('audit.empty')}
        />
      ) : (
        <SimpleTable<ColumnKey>
          caption={caption}
          testId="audit-table"
          dense
          columns={COLUMN_KEYS.map((key, i) => ({
            key,
            label: header[i]!,
            ...(key === 'when' ? { width: '9rem' } : {}),
          }))}
          rows={rows.map((cells, i) => ({
            key: String(i),
            cells: Object.fromEntries(
              COLUMN_KEYS.map((key, c) => [
                key,
                <span key={key} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {cells[c]}
                </span>,
              ]),
            ) as Record<ColumnKey, JSX.Element>,
          }))}
        />
      )}
      {entries !== null && fetch.error && (
        <ErrorMessage error={fetch.error} onRetry={() => void fetchPage(applied, cursor)} />
      )}
      <div style={{ display: 'flex', gap: token('space.100') }}>
        {cursor && (
          <Button onClick={() => void fetchPage(applied, cursor)} isLoading={fetch.pending}>
            {t('common.loadMore')}
          </Button>
        )}
        <Button appearance="subtle" onClick={() => void fetchPage(applied, null)} isDisabled={fetch.pending}>
          {t('common.refresh')}
        </Button>
        <Button
          onClick={() => downloadDocument({ fileName, mimeType: 'text/csv', content: toCsv(header, rows) })}
          isDisabled={rows.length === 0}
          testId="audit-export-csv"
        >
          {t('record.audit.exportCsv')}
        </Button>
      </div>
    </Stack>
  );
}
