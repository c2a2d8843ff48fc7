import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import { Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useEffect, useState } from 'react';
import type { AuditEntryView } from '../../../../src/contract';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { SimpleTable } from '../../components/SimpleTable';
import { useI18n, type Translate } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { useGovernance } from './context';
import { subtleText } from './RequirementParts';

const CLIP = 160;

/** A recorded value as compact text (never markup); long values fold open. */
function JsonValue({ value }: { value: unknown }) {
  const { t } = useI18n();
  if (value === null || value === undefined) return <span style={subtleText}>{t('audit.nothing')}</span>;
  const full = typeof value === 'string' ? value : JSON.stringify(value);
  const code = {
    fontFamily: token('font.family.code'),
    font: token('font.code'),
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  } as const;
  if (full.length <= CLIP) return <code style={code}>{full}</code>;
  return (
    <details>
      <summary style={{ cursor: 'pointer' }}>
        <code style={code}>{`${full.slice(0, CLIP)}…`}</code>
      </summary>
      <code style={code}>{full}</code>
    </details>
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** When both sides are records, only the fields that changed (all of them if none did). */
export function changedOnly(before: unknown, after: unknown): [unknown, unknown] {
  if (!isRecord(before) || !isRecord(after)) return [before, after];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  if (keys.length === 0) return [before, after];
  const pick = (r: Record<string, unknown>) =>
    Object.fromEntries(keys.filter((k) => k in r).map((k) => [k, r[k]]));
  return [pick(before), pick(after)];
}

/** A translated label for a machine name, or the name itself when there is none. */
function labelOr(t: Translate, key: string, fallback: string): string {
  const label = t(key);
  return label === key ? fallback : label;
}

/** Who changed what, when: the project's audit log, 50 entries at a time, newest first. */
export function AuditTab() {
  const { t, locale } = useI18n();
  const { revision } = useGovernance();
  const [entries, setEntries] = useState<AuditEntryView[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const load = useAction((from: string | null) => call('getAuditLog', { cursor: from }));
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  const fetchPage = async (from: string | null) => {
    const page = await load.run(from);
    if (!page) return;
    setEntries((old) => (from === null ? page.entries : [...(old ?? []), ...page.entries]));
    setCursor(page.cursor);
  };

  // The first page again whenever the governance view changed (a save writes an entry).
  useEffect(() => {
    void fetchPage(null);
  }, [revision]);

  if (entries === null) {
    return load.error ? (
      <ErrorMessage error={load.error} onRetry={() => void fetchPage(null)} />
    ) : (
      <Loading />
    );
  }
  if (entries.length === 0) return <EmptyState headingLevel={2} header={t('audit.empty')} />;

  return (
    <Stack space="space.150">
      <SimpleTable
        caption={t('audit.caption')}
        testId="audit-table"
        columns={[
          { key: 'at', label: t('audit.when'), width: '11rem' },
          { key: 'who', label: t('audit.who') },
          { key: 'action', label: t('audit.action') },
          { key: 'target', label: t('audit.target') },
          { key: 'change', label: t('audit.change') },
        ]}
        rows={entries.map((e, i) => {
          const [before, after] = changedOnly(e.before, e.after);
          return {
            key: `${e.at}-${i}`,
            cells: {
              at: <time dateTime={e.at}>{dateTime.format(new Date(e.at))}</time>,
              who: e.actor?.displayName ?? t('audit.unknownActor'),
              action: labelOr(t, `audit.actions.${e.action.replace(/\./g, '-')}`, e.action),
              target: labelOr(t, `audit.targets.${e.target}`, e.target),
              change: (
                <div style={{ display: 'grid', gap: token('space.050') }}>
                  <span>
                    <span style={subtleText}>{t('audit.before')} </span>
                    <JsonValue value={before} />
                  </span>
                  <span>
                    <span style={subtleText}>{t('audit.after')} </span>
                    <JsonValue value={after} />
                  </span>
                </div>
              ),
            },
          };
        })}
      />
      {load.error && <ErrorMessage error={load.error} onRetry={() => void fetchPage(cursor)} />}
      <div style={{ display: 'flex', gap: token('space.100') }}>
        {cursor && (
          <Button onClick={() => void fetchPage(cursor)} isLoading={load.pending}>
            {t('common.loadMore')}
          </Button>
        )}
        <Button appearance="subtle" onClick={() => void fetchPage(null)} isDisabled={load.pending}>
          {t('common.refresh')}
        </Button>
      </div>
    </Stack>
  );
}
