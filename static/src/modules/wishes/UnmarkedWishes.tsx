import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import SectionMessage from '@atlaskit/section-message';
import { Inline, Stack } from '@atlaskit/primitives';
import { useState } from 'react';
import type { UnmarkedWishPage, WishBulkResult } from '../../../../src/contract';
import { tableCell as cell, tableHeader as header } from '../../components/DataTable';
import { ErrorMessage } from '../../components/ErrorMessage';
import { IssueLink } from '../../components/Links';
import { IssueStatusLozenge } from '../../components/StatusLozenge';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';

/** At most this many are marked in one call (the resolver's limit). */
const MAX_MARK = 50;

/**
 * The coordination group's list of issues of the wish types that are not wishes yet, with
 * "Mark as wishes" for the selected ones; says which were marked and which were not.
 */
export function UnmarkedWishes({ count, onMarked }: { count: number; onMarked: () => void }) {
  const { t, text } = useI18n();
  const [open, setOpen] = useState(false);
  const [pages, setPages] = useState<UnmarkedWishPage[]>([]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<WishBulkResult | null>(null);
  const load = useAction((cursor: string | null) => call('listUnmarkedWishes', { cursor }));
  const mark = useAction((ids: string[]) => call('markAsWishes', { issueIds: ids }));
  const issues = pages.flatMap((p) => p.issues);
  const cursor = pages[pages.length - 1]?.cursor ?? null;

  const show = async () => {
    setOpen(true);
    const page = await load.run(null);
    if (page) setPages([page]);
  };
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const submit = async () => {
    const answer = await mark.run([...selected].slice(0, MAX_MARK));
    if (!answer) return;
    setResult(answer);
    setSelected(new Set(answer.results.filter((r) => !r.ok).map((r) => r.issueId)));
    const page = await load.run(null);
    if (page) setPages([page]);
    onMarked();
  };

  if (!open) {
    return (
      <div>
        <Button onClick={() => void show()} testId="wish-unmarked-open">
          {t('wishIntake.unmarkedOpen', { count })}
        </Button>
      </div>
    );
  }
  const failed = result?.results.filter((r) => !r.ok) ?? [];
  const marked = result?.results.filter((r) => r.ok) ?? [];
  return (
    <section aria-labelledby="wish-unmarked-heading" data-testid="wish-unmarked">
      <Stack space="space.100">
        <h2 id="wish-unmarked-heading" style={{ margin: 0, font: 'inherit', fontWeight: 600 }}>
          {t('wishIntake.unmarkedHeading')}
        </h2>
        <p style={{ margin: 0 }}>{t('wishIntake.unmarkedHelp')}</p>
        {result && (
          <SectionMessage appearance={failed.length ? 'warning' : 'success'}>
            <p data-testid="wish-unmarked-result" style={{ margin: 0 }}>
              {t('wishIntake.markedResult', {
                count: marked.length,
                keys: marked.map((r) => r.key).join(', '),
              })}
            </p>
            {failed.length > 0 && (
              <ul style={{ margin: 0 }}>
                {failed.map((r) => (
                  <li key={r.issueId}>
                    {r.key ?? r.issueId}: {r.message ? text(r.message) : ''}
                  </li>
                ))}
              </ul>
            )}
          </SectionMessage>
        )}
        {load.error && <ErrorMessage error={load.error} onRetry={() => void show()} />}
        {mark.error && <ErrorMessage error={mark.error} />}
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th scope="col" style={{ ...header, width: '2.5rem' }}>
                <VisuallyHidden>{t('wish.list.selectAll')}</VisuallyHidden>
              </th>
              <th scope="col" style={header}>
                {t('wish.list.key')}
              </th>
              <th scope="col" style={header}>
                {t('wish.list.summary')}
              </th>
              <th scope="col" style={header}>
                {t('wish.list.jiraStatus')}
              </th>
            </tr>
          </thead>
          <tbody>
            {issues.map((i) => (
              <tr key={i.id} data-row-key={i.key}>
                <td style={cell}>
                  <Checkbox
                    label={<VisuallyHidden>{t('wish.list.select', { key: i.key })}</VisuallyHidden>}
                    isChecked={selected.has(i.id)}
                    onChange={(e) => toggle(i.id, e.target.checked)}
                    testId={`wish-unmarked-select-${i.key}`}
                  />
                </td>
                <td style={cell}>
                  <IssueLink issueKey={i.key} />
                </td>
                <td style={cell}>{i.summary}</td>
                <td style={cell}>
                  <IssueStatusLozenge status={i.jiraStatus} category={i.jiraStatusCategory} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Inline space="space.100">
          <Button
            appearance="primary"
            isDisabled={selected.size === 0}
            isLoading={mark.pending}
            onClick={() => void submit()}
            testId="wish-unmarked-mark"
          >
            {t('wishIntake.markSelected', { count: Math.min(selected.size, MAX_MARK) })}
          </Button>
          {cursor && (
            <Button
              isLoading={load.pending}
              onClick={async () => {
                const page = await load.run(cursor);
                if (page) setPages((p) => [...p, page]);
              }}
            >
              {t('wishesPage.more')}
            </Button>
          )}
          <Button appearance="subtle" onClick={() => setOpen(false)}>
            {t('wishIntake.close')}
          </Button>
        </Inline>
      </Stack>
    </section>
  );
}
