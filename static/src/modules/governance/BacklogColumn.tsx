import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';
import { Stack } from '@atlaskit/primitives';
import { useState } from 'react';
import type { BacklogIssue, BacklogPage } from '../../../../src/contract';
import { ErrorMessage } from '../../components/ErrorMessage';
import { IssueLink } from '../../components/Links';
import { Loading } from '../../components/Loading';
import { SimpleTable } from '../../components/SimpleTable';
import { SkipLink } from '../../components/SkipLink';
import { IssueStatusLozenge } from '../../components/StatusLozenge';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { useResolver } from '../../lib/use-resolver';
import { subtleText } from './RequirementParts';

/** The project's backlog in rank order, 25 at a time, with a skip link past its links. */
export function BacklogColumn() {
  const { t, formatNumber } = useI18n();
  const first = useResolver('getBacklogPage', { startAt: 0 });
  const [later, setLater] = useState<BacklogPage[]>([]);
  const loadMore = useAction((startAt: number) => call('getBacklogPage', { startAt }));

  let body;
  if (first.value.state === 'loading') body = <Loading />;
  else if (first.value.state === 'error')
    body = <ErrorMessage error={first.value.error} onRetry={() => void first.reload()} />;
  else {
    const pages = [first.value.data, ...later];
    const issues: BacklogIssue[] = [];
    const seen = new Set<string>();
    for (const issue of pages.flatMap((p) => p.issues)) {
      if (seen.has(issue.id)) continue;
      seen.add(issue.id);
      issues.push(issue);
    }
    const last = pages[pages.length - 1];
    const total = last.total;
    const nextStart = last.startAt + last.issues.length;
    if (first.value.data.boardId === null) {
      body = <EmptyState headingLevel={3} header={t('governance.backlog.noBoard')} />;
    } else if (issues.length === 0) {
      body = <EmptyState headingLevel={3} header={t('governance.backlog.empty')} />;
    } else {
      body = (
        <Stack space="space.150">
          <SkipLink targetId="os2-backlog-end">{t('governance.backlog.skip')}</SkipLink>
          <SimpleTable
            labelledBy="os2-backlog-heading"
            dense
            testId="backlog-table"
            columns={[
              { key: 'rank', label: '#', align: 'end', width: '2.5rem' },
              { key: 'key', label: t('governance.backlog.key') },
              { key: 'summary', label: t('governance.backlog.summary') },
              { key: 'type', label: t('governance.backlog.type') },
              { key: 'status', label: t('governance.backlog.status') },
              { key: 'assignee', label: t('governance.backlog.assignee') },
              { key: 'points', label: t('governance.backlog.points'), align: 'end' },
            ]}
            rows={issues.map((issue, i) => ({
              key: issue.id,
              cells: {
                rank: formatNumber(i + 1),
                key: (
                  <span style={{ whiteSpace: 'nowrap' }}>
                    <IssueLink issueKey={issue.key} />
                  </span>
                ),
                summary: issue.summary,
                type: issue.issueType,
                status: (
                  <span style={{ whiteSpace: 'nowrap' }}>
                    <IssueStatusLozenge status={issue.status} category={issue.statusCategory} />
                  </span>
                ),
                assignee: issue.assignee ?? (
                  <span style={subtleText}>{t('governance.backlog.unassigned')}</span>
                ),
                points: issue.storyPoints === null ? '' : formatNumber(issue.storyPoints),
              },
            }))}
          />
          {/* The skip link lands on the count, so Tab goes on to "load more". */}
          <p id="os2-backlog-end" tabIndex={-1} role="status" style={{ ...subtleText, margin: 0 }}>
            {t('governance.backlog.shown', {
              shown: formatNumber(issues.length),
              total: formatNumber(total),
            })}
          </p>
          {loadMore.error && (
            <ErrorMessage error={loadMore.error} onRetry={() => void loadMore.run(nextStart)} />
          )}
          {nextStart < total && (
            <div>
              <Button
                isLoading={loadMore.pending}
                onClick={async () => {
                  const page = await loadMore.run(nextStart);
                  if (page) setLater((pages) => [...pages, page]);
                }}
              >
                {t('governance.backlog.loadMore')}
              </Button>
            </div>
          )}
        </Stack>
      );
    }
  }

  return (
    <section aria-labelledby="os2-backlog-heading">
      <Stack space="space.150">
        <Heading size="medium" as="h2" id="os2-backlog-heading">
          {t('governance.backlog.heading')}
        </Heading>
        {body}
      </Stack>
    </section>
  );
}
