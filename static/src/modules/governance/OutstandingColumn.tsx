import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { showFlag } from '@forge/bridge';
import { useState } from 'react';
import type { RequirementRow } from '../../../../src/contract';
import type { Level, Theme } from '../../../../src/domain/catalogue/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { IssueLink } from '../../components/Links';
import { LEVELS, THEMES } from '../../lib/governance';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { isOutstandingForTarget, useGovernance, useLevelLabel } from './context';
import { cardStyle, LinkedIssues, RequirementMeta, RequirementTitle } from './RequirementParts';

/**
 * Turns a gap into backlog work; shows the key of the issue it created. One open task per
 * requirement: once there is one, the card links to it and "create another" is a separate choice.
 */
function CreateTaskButton({ row }: { row: RequirementRow }) {
  const { t } = useI18n();
  const { replaceView } = useGovernance();
  const [createdKey, setCreatedKey] = useState<string | null>(null);
  const openTask = [...row.linkedIssues].reverse().find((i) => i.statusCategory !== 'done');
  const create = useAction((another: boolean) =>
    call('createRequirementTask', { requirementId: row.id, another }),
  );

  const onClick = async (another: boolean) => {
    const before = new Set(row.linkedIssues.map((i) => i.id));
    const next = await create.run(another);
    if (!next) return;
    const created = next.requirements
      .find((r) => r.id === row.id)
      ?.linkedIssues.find((issue) => !before.has(issue.id));
    replaceView(next);
    setCreatedKey(created?.key ?? null);
    showFlag({
      id: `os2-task-${row.id}-${Date.now()}`,
      type: 'success',
      title: t('governance.overview.taskCreatedTitle'),
      description: created
        ? t('governance.overview.taskCreated', { key: created.key, id: row.id })
        : t('governance.overview.taskCreatedNoKey', { id: row.id }),
      isAutoDismiss: true,
    });
  };

  return (
    <Stack space="space.100">
      <div style={{ display: 'flex', gap: token('space.100'), alignItems: 'center', flexWrap: 'wrap' }}>
        {openTask ? (
          <>
            <span data-testid={`open-task-${row.id}`}>
              {t('record.tasks.open', { key: '' })}
              <IssueLink issueKey={openTask.key} />
            </span>
            <Button
              spacing="compact"
              appearance="subtle"
              onClick={() => void onClick(true)}
              isLoading={create.pending}
            >
              {t('record.tasks.another')}
            </Button>
          </>
        ) : (
          <Button
            spacing="compact"
            onClick={() => void onClick(false)}
            isLoading={create.pending}
            aria-label={t('governance.overview.createTaskFor', { id: row.id })}
          >
            {t('governance.overview.createTask')}
          </Button>
        )}
        <span role="status">
          {createdKey && createdKey !== openTask?.key && (
            <>
              {t('governance.overview.createdLabel')} <IssueLink issueKey={createdKey} />
            </>
          )}
        </span>
      </div>
      {create.error && <ErrorMessage error={create.error} />}
    </Stack>
  );
}

function OutstandingCard({ row }: { row: RequirementRow }) {
  const { can } = useGovernance();
  return (
    <li style={cardStyle} data-testid={`outstanding-${row.id}`}>
      <RequirementTitle row={row} as="h4" />
      <RequirementMeta row={row} showLevel={false} showTheme={false} />
      <LinkedIssues row={row} />
      {can.canCreateIssues && <CreateTaskButton row={row} />}
    </li>
  );
}

interface Group {
  theme: Theme;
  level: Level;
  rows: RequirementRow[];
}

function groupByThemeThenLevel(rows: RequirementRow[]): Group[] {
  return THEMES.flatMap((theme) =>
    LEVELS.map((level) => ({
      theme,
      level,
      rows: rows.filter((r) => r.theme === theme && r.level === level),
    })),
  ).filter((g) => g.rows.length > 0);
}

/** Everything still missing for the target level, grouped by theme, then level. */
export function OutstandingColumn() {
  const { view } = useGovernance();
  const { t, formatNumber } = useI18n();
  const levelLabel = useLevelLabel();
  const outstanding = view.requirements.filter(isOutstandingForTarget);
  const target = levelLabel(view.targetLevel);

  return (
    <section aria-labelledby="os2-outstanding-heading">
      <Stack space="space.200">
        <div style={{ display: 'flex', alignItems: 'baseline', gap: token('space.150'), flexWrap: 'wrap' }}>
          <Heading size="medium" as="h2" id="os2-outstanding-heading">
            {t('governance.overview.outstandingHeading', { level: target })}
          </Heading>
          <span
            style={{
              font: token('font.heading.large'),
              color: outstanding.length === 0 ? token('color.text.success') : token('color.text.warning'),
            }}
          >
            <span data-testid="outstanding-count">{formatNumber(outstanding.length)}</span>{' '}
            <span style={{ font: token('font.body') }}>
              {t('governance.overview.outstandingUnit', { count: outstanding.length })}
            </span>
          </span>
        </div>
        {outstanding.length === 0 ? (
          <SectionMessage
            appearance="success"
            title={t('governance.overview.noneOutstanding', { level: target })}
          >
            <p>{t('governance.overview.noneOutstandingBody')}</p>
          </SectionMessage>
        ) : (
          groupByThemeThenLevel(outstanding).map((group) => (
            <section
              key={`${group.theme}-${group.level}`}
              aria-label={`${t(`themes.${group.theme}`)}, ${levelLabel(group.level)}`}
            >
              <Stack space="space.100">
                <Heading size="small" as="h3">
                  {t(`themes.${group.theme}`)} · {levelLabel(group.level)}
                </Heading>
                <ul
                  style={{
                    listStyle: 'none',
                    margin: 0,
                    padding: 0,
                    display: 'grid',
                    gap: token('space.100'),
                  }}
                >
                  {group.rows.map((row) => (
                    <OutstandingCard key={row.id} row={row} />
                  ))}
                </ul>
              </Stack>
            </section>
          ))
        )}
      </Stack>
    </section>
  );
}
