import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import TextField from '@atlaskit/textfield';
import { Inline, Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useState } from 'react';
import type { InputOf, SprintColumn, SprintPlanView, SprintWishRow } from '../../../../src/contract';
import type { SprintWarning } from '../../../../src/domain/sprint/plan';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { SimpleTable } from '../../components/SimpleTable';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/rpc';
import { useAction } from '../../lib/use-action';
import { useResolver } from '../../lib/use-resolver';
import { downloadDocument } from '../governance/documents';

type Kind = InputOf<'exportSprintDocument'>['kind'];
interface Pending {
  row: SprintWishRow;
  sprint: SprintColumn;
  warnings: SprintWarning[];
}

/**
 * The project page's Sprint planning sub-page: candidate wishes, the board's open sprints against
 * the supplier's capacity and the common budget, settlement of delivered wishes, and the exports.
 * Every number and warning comes from the resolver; the UI only asks for confirmation.
 */
export default function SprintPlanningPage() {
  const { t, formatNumber } = useI18n();
  const { value, reload } = useResolver('getSprintPlan', {});
  const [view, setView] = useState<SprintPlanView | null>(null);
  const [target, setTarget] = useState<Record<string, number>>({});
  const [pending, setPending] = useState<Pending | null>(null);
  const [settling, setSettling] = useState<SprintWishRow | null>(null);
  const action = useAction(async <K extends Parameters<typeof call>[0]>(key: K, input: InputOf<K>) => {
    const next = (await call(key, input)) as unknown;
    if (key === 'exportSprintDocument') downloadDocument(next as Parameters<typeof downloadDocument>[0]);
    else setView(next as SprintPlanView);
  });

  if (value.state === 'loading') return <Loading />;
  if (value.state === 'error') return <ErrorMessage error={value.error} onRetry={() => void reload()} />;
  const plan = view ?? value.data;
  const dkk = (n: number | null) => (n === null ? '–' : t('sprint.dkk', { amount: formatNumber(n) }));
  const money = (n: number | null) => <span style={{ whiteSpace: 'nowrap' }}>{dkk(n)}</span>;
  const hours = (n: number) => t('sprint.hours', { hours: formatNumber(n) });
  const warn = (w: SprintWarning) => (
    <Lozenge key={w} appearance={w === 'over-capacity' || w === 'over-budget' ? 'removed' : 'moved'}>
      {t(`sprint.warning.${w}`)}
    </Lozenge>
  );
  const exportDoc = (kind: Kind, sprintId: number | null) =>
    void action.run('exportSprintDocument', { kind, sprintId });
  const planInto = (row: SprintWishRow, sprint: SprintColumn) => {
    const warnings = row.placement.find((p) => p.sprintId === sprint.id)?.warnings ?? [];
    if (warnings.length > 0) setPending({ row, sprint, warnings });
    else void action.run('planIntoSprint', { issueId: row.issueId, sprintId: sprint.id, confirmed: [] });
  };
  const open = plan.sprints;

  const wishCells = (row: SprintWishRow) => ({
    key: row.key,
    summary: (
      <Stack space="space.050">
        <span>{row.summary}</span>
        {row.acceptanceCriteria.length > 0 && (
          <ul
            style={{ margin: 0, paddingInlineStart: 18, color: token('color.text.subtle') }}
            aria-label={t('sprint.criteria')}
          >
            {row.acceptanceCriteria.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        )}
      </Stack>
    ),
    status: <Lozenge>{t(`wish.status.${row.status}`)}</Lozenge>,
    score: row.score === null ? '–' : formatNumber(row.score),
    estimate: row.estimate ? (
      <Stack space="space.0">
        <span style={{ whiteSpace: 'nowrap' }}>{hours(row.estimate.hours)}</span>
        {money(row.estimate.amountDkk)}
      </Stack>
    ) : (
      t('sprint.noEstimate')
    ),
    pledged: money(row.pledgedDkk),
    common: money(row.commonShareDkk),
    warnings: <Inline space="space.050">{row.warnings.map(warn)}</Inline>,
  });
  const columns = [
    { key: 'key' as const, label: t('sprint.col.key') },
    { key: 'summary' as const, label: t('sprint.col.summary') },
    { key: 'status' as const, label: t('sprint.col.status') },
    ...(plan.privateFieldsShown
      ? [{ key: 'score' as const, label: t('sprint.col.score'), align: 'end' as const }]
      : []),
    { key: 'estimate' as const, label: t('sprint.col.estimate') },
    ...(plan.privateFieldsShown
      ? [
          { key: 'pledged' as const, label: t('sprint.col.pledged'), align: 'end' as const },
          { key: 'common' as const, label: t('sprint.col.common'), align: 'end' as const },
        ]
      : []),
    { key: 'warnings' as const, label: t('sprint.col.warnings') },
    { key: 'actions' as const, label: t('sprint.col.actions') },
  ];

  return (
    <div data-testid="sprint-page">
      <Stack space="space.300">
        <Heading size="large" as="h1">
          {t('sprint.title', { product: plan.productName ?? plan.project.key })}
        </Heading>
        {plan.budgetLeftDkk !== null && (
          <p style={{ margin: 0 }} data-testid="sprint-budget">
            {t('sprint.budget', {
              year: String(plan.year),
              budget: dkk(plan.commonBudgetDkk),
              drawn: dkk(plan.budgetDrawnDkk),
              left: dkk(plan.budgetLeftDkk),
              share: dkk(plan.commonSharePerWishDkk),
            })}
          </p>
        )}
        {!plan.privateFieldsShown && (
          <SectionMessage appearance="information">
            <p>{t('sprint.privateHidden')}</p>
          </SectionMessage>
        )}
        {plan.followed > 0 && <p style={{ margin: 0 }}>{t('sprint.followed', { count: plan.followed })}</p>}
        {action.error && <ErrorMessage error={action.error} />}
        {plan.boardId === null && <p>{t('sprint.noBoard')}</p>}
        {plan.boardId !== null && open.length === 0 && <p>{t('sprint.noOpenSprint')}</p>}

        {open.map((sprint) => (
          <section
            key={sprint.id}
            data-testid={`sprint-${sprint.id}`}
            aria-labelledby={`sprint-h-${sprint.id}`}
          >
            <Stack space="space.100">
              <Inline space="space.100" alignBlock="center">
                <Heading size="medium" as="h2" id={`sprint-h-${sprint.id}`}>
                  {sprint.name}
                </Heading>
                <Lozenge appearance={sprint.state === 'active' ? 'inprogress' : 'new'}>
                  {t(`sprint.state.${sprint.state}`)}
                </Lozenge>
              </Inline>
              <p style={{ margin: 0 }} data-testid={`sprint-load-${sprint.id}`}>
                {sprint.capacity
                  ? t('sprint.load', {
                      committed: hours(sprint.load.hours),
                      capacity: hours(sprint.capacity.hours),
                      amount: dkk(sprint.load.amountDkk),
                    })
                  : t('sprint.loadNoCapacity', {
                      committed: hours(sprint.load.hours),
                      amount: dkk(sprint.load.amountDkk),
                    })}
                {sprint.load.commonShareDkk !== null &&
                  ` · ${t('sprint.loadCommon', { common: dkk(sprint.load.commonShareDkk) })}`}{' '}
                {sprint.capacity && sprint.load.hours > sprint.capacity.hours && warn('over-capacity')}
              </p>
              {plan.capabilities.canSetCapacity && (
                <CapacityField
                  sprint={sprint}
                  onSave={(h) =>
                    void action.run('setSprintCapacity', {
                      sprintId: sprint.id,
                      hours: h,
                      expectedVersion: sprint.capacity?.version ?? 0,
                    })
                  }
                />
              )}
              {sprint.wishes.length === 0 ? (
                <p style={{ margin: 0 }}>{t('sprint.emptySprint')}</p>
              ) : (
                <SimpleTable
                  labelledBy={`sprint-h-${sprint.id}`}
                  testId={`sprint-table-${sprint.id}`}
                  columns={columns}
                  rows={sprint.wishes.map((row, i) => ({
                    key: row.issueId,
                    cells: {
                      ...wishCells(row),
                      actions: plan.capabilities.canPlan ? (
                        <Inline space="space.050">
                          <Button
                            isDisabled={i === 0 || action.pending}
                            onClick={() =>
                              void action.run('rankInSprint', {
                                issueId: row.issueId,
                                anchorIssueId: sprint.wishes[i - 1].issueId,
                                position: 'before',
                              })
                            }
                          >
                            {t('sprint.up')}
                          </Button>
                          <Button
                            isDisabled={i === sprint.wishes.length - 1 || action.pending}
                            onClick={() =>
                              void action.run('rankInSprint', {
                                issueId: row.issueId,
                                anchorIssueId: sprint.wishes[i + 1].issueId,
                                position: 'after',
                              })
                            }
                          >
                            {t('sprint.down')}
                          </Button>
                          <Button
                            isDisabled={action.pending}
                            onClick={() => void action.run('removeFromSprint', { issueId: row.issueId })}
                          >
                            {t('sprint.remove')}
                          </Button>
                        </Inline>
                      ) : null,
                    },
                  }))}
                />
              )}
              <Inline space="space.100">
                <Button onClick={() => exportDoc('sprint-plan', sprint.id)}>{t('sprint.exportPlan')}</Button>
                <Button onClick={() => exportDoc('sprint-review', sprint.id)}>
                  {t('sprint.exportReview')}
                </Button>
              </Inline>
            </Stack>
          </section>
        ))}

        <section aria-labelledby="sprint-candidates">
          <Stack space="space.100">
            <Heading size="medium" as="h2" id="sprint-candidates">
              {t('sprint.candidates')}
            </Heading>
            {plan.candidates.length === 0 ? (
              <p style={{ margin: 0 }}>{t('sprint.noCandidates')}</p>
            ) : (
              <SimpleTable
                labelledBy="sprint-candidates"
                testId="sprint-candidates"
                columns={columns}
                rows={plan.candidates.map((row) => ({
                  key: row.issueId,
                  cells: {
                    ...wishCells(row),
                    actions: (
                      <Inline space="space.050" alignBlock="center">
                        {plan.capabilities.canPlan && open.length > 0 && (
                          <>
                            <select
                              aria-label={t('sprint.chooseSprint', { key: row.key })}
                              value={target[row.issueId] ?? open[open.length - 1].id}
                              onChange={(e) =>
                                setTarget({ ...target, [row.issueId]: Number(e.target.value) })
                              }
                            >
                              {open.map((s) => (
                                <option key={s.id} value={s.id}>
                                  {s.name}
                                </option>
                              ))}
                            </select>
                            <Button
                              appearance="primary"
                              isDisabled={action.pending}
                              testId={`plan-${row.key}`}
                              onClick={() =>
                                planInto(
                                  row,
                                  open.find(
                                    (s) => s.id === (target[row.issueId] ?? open[open.length - 1].id),
                                  )!,
                                )
                              }
                            >
                              {t('sprint.plan')}
                            </Button>
                          </>
                        )}
                        {plan.capabilities.canEstimate && (
                          <EstimateField
                            row={row}
                            onSave={(h, a) =>
                              void action.run('setSprintEstimate', {
                                issueId: row.issueId,
                                hours: h,
                                amountDkk: a,
                                basedOn: row.estimate?.at ?? null,
                              })
                            }
                          />
                        )}
                      </Inline>
                    ),
                  },
                }))}
              />
            )}
          </Stack>
        </section>

        {plan.delivered.length > 0 && (
          <section aria-labelledby="sprint-delivered">
            <Stack space="space.100">
              <Heading size="medium" as="h2" id="sprint-delivered">
                {t('sprint.delivered')}
              </Heading>
              <SimpleTable
                labelledBy="sprint-delivered"
                testId="sprint-delivered"
                columns={[
                  { key: 'key', label: t('sprint.col.key') },
                  { key: 'summary', label: t('sprint.col.summary') },
                  { key: 'basis', label: t('sprint.col.basis') },
                  { key: 'actions', label: t('sprint.col.actions') },
                ]}
                rows={plan.delivered.map((row) => ({
                  key: row.issueId,
                  cells: {
                    key: row.key,
                    summary: row.summary,
                    basis: row.settled ? (
                      t('sprint.settled', { total: dkk(row.settled.totalDkk) })
                    ) : row.settlement ? (
                      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                        {row.settlement.lines.map((l, i) => (
                          <li key={i}>
                            {l.organisation ?? t('sprint.commonBudget')}: {dkk(l.amountDkk)}
                          </li>
                        ))}
                        <li>
                          {t('sprint.basisTotal', {
                            total: dkk(row.settlement.totalDkk),
                            estimate: dkk(row.settlement.estimateDkk),
                          })}
                        </li>
                      </ul>
                    ) : (
                      '–'
                    ),
                    actions:
                      plan.capabilities.canSettle && row.settlement ? (
                        <Button
                          appearance="primary"
                          testId={`settle-${row.key}`}
                          onClick={() => setSettling(row)}
                        >
                          {t('sprint.settle')}
                        </Button>
                      ) : null,
                  },
                }))}
              />
            </Stack>
          </section>
        )}
        {plan.privateFieldsShown && (
          <Inline space="space.100">
            <Button testId="export-settlement-csv" onClick={() => exportDoc('settlement-csv', null)}>
              {t('sprint.exportSettlementCsv')}
            </Button>
            <Button onClick={() => exportDoc('settlement-markdown', null)}>
              {t('sprint.exportSettlementMd')}
            </Button>
          </Inline>
        )}

        <section aria-labelledby="sprint-tasks">
          <Heading size="small" as="h2" id="sprint-tasks">
            {t('sprint.tasks')}
          </Heading>
          {plan.governanceTasks.length === 0 ? (
            <p>{t('sprint.noTasks')}</p>
          ) : (
            <ul>
              {plan.governanceTasks.map((task) => (
                <li key={task.key}>
                  {task.key} {task.summary} ({task.status})
                </li>
              ))}
            </ul>
          )}
        </section>

        {plan.capabilities.canEditSettings && (
          <Checkbox
            label={t('sprint.share')}
            isChecked={plan.settings.shareFundingWithSupplier}
            isDisabled={action.pending}
            onChange={(e) =>
              void action.run('saveSprintSettings', {
                shareFundingWithSupplier: e.currentTarget.checked,
                expectedVersion: plan.settings.version,
              })
            }
          />
        )}
      </Stack>

      <ConfirmDialog
        isOpen={pending !== null}
        title={t('sprint.confirmTitle', { key: pending?.row.key ?? '', sprint: pending?.sprint.name ?? '' })}
        confirmLabel={t('sprint.confirmPlan')}
        appearance="warning"
        pending={action.pending}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          const p = pending!;
          setPending(null);
          void action.run('planIntoSprint', {
            issueId: p.row.issueId,
            sprintId: p.sprint.id,
            confirmed: p.warnings,
          });
        }}
      >
        <p>{t('sprint.confirmBody')}</p>
        <ul data-testid="confirm-warnings">
          {pending?.warnings.map((w) => (
            <li key={w}>{t(`sprint.warning.${w}`)}</li>
          ))}
        </ul>
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={settling !== null}
        title={t('sprint.settleTitle', { key: settling?.key ?? '' })}
        confirmLabel={t('sprint.settle')}
        appearance="warning"
        pending={action.pending}
        onCancel={() => setSettling(null)}
        onConfirm={() => {
          const row = settling!;
          setSettling(null);
          void action.run('settleDelivery', { issueId: row.issueId, expectedVersion: row.version });
        }}
      >
        <p>{t('sprint.settleBody')}</p>
      </ConfirmDialog>
    </div>
  );
}

function CapacityField({ sprint, onSave }: { sprint: SprintColumn; onSave: (hours: number) => void }) {
  const { t } = useI18n();
  const [value, setValue] = useState(String(sprint.capacity?.hours ?? ''));
  const hours = Number(value.replace(',', '.'));
  return (
    <Inline space="space.100" alignBlock="center">
      <label htmlFor={`capacity-${sprint.id}`}>{t('sprint.capacity')}</label>
      <div style={{ width: 100 }}>
        <TextField
          id={`capacity-${sprint.id}`}
          value={value}
          inputMode="decimal"
          onChange={(e) => setValue(e.currentTarget.value)}
        />
      </div>
      <Button
        isDisabled={value.trim() === '' || !Number.isFinite(hours) || hours < 0}
        onClick={() => onSave(hours)}
      >
        {t('sprint.saveCapacity')}
      </Button>
    </Inline>
  );
}

function EstimateField({
  row,
  onSave,
}: {
  row: SprintWishRow;
  onSave: (hours: number, amountDkk: number) => void;
}) {
  const { t } = useI18n();
  const [h, setH] = useState(String(row.estimate?.hours ?? ''));
  const [a, setA] = useState(String(row.estimate?.amountDkk ?? ''));
  const hours = Number(h.replace(',', '.'));
  const amount = Number(a.replace(/\./g, ''));
  const fixed = row.status !== 'accepted';
  if (fixed) return null;
  return (
    <Inline space="space.050" alignBlock="center">
      <div style={{ width: 70 }}>
        <TextField
          aria-label={t('sprint.estimateHours', { key: row.key })}
          value={h}
          onChange={(e) => setH(e.currentTarget.value)}
        />
      </div>
      <div style={{ width: 100 }}>
        <TextField
          aria-label={t('sprint.estimateDkk', { key: row.key })}
          value={a}
          onChange={(e) => setA(e.currentTarget.value)}
        />
      </div>
      <Button isDisabled={!(hours > 0 && amount > 0)} onClick={() => onSave(hours, amount)}>
        {t('sprint.saveEstimate')}
      </Button>
    </Inline>
  );
}
