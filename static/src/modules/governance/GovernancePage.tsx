import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { Stack } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { useMemo, useState, type ReactNode } from 'react';
import type { GovernanceView } from '../../../../src/contract';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { useI18n } from '../../lib/i18n';
import { useResolver } from '../../lib/use-resolver';
import { lazyComponent } from '../../lib/lazy';
import { GovernanceContext, NO_CAPABILITIES, type GovernanceContextValue } from './context';
import { GovernanceHeader } from './GovernanceHeader';
import { OverviewTab } from './OverviewTab';

// Tabs other than the first mount when first opened (Atlaskit's Tabs), so their code loads then too.
const ChecklistTab = lazyComponent(() => import('./ChecklistTab').then((m) => m.ChecklistTab));
const EvaluationTab = lazyComponent(() => import('./EvaluationTab').then((m) => m.EvaluationTab));
const DecisionsTab = lazyComponent(() => import('./DecisionsTab').then((m) => m.DecisionsTab));
const DocumentsTab = lazyComponent(() => import('./DocumentsTab').then((m) => m.DocumentsTab));
const AuditTab = lazyComponent(() => import('./AuditTab').then((m) => m.AuditTab));

interface TabDef {
  id: string;
  label: string;
  render: () => ReactNode;
  /** Mount only once first opened (it loads its own data). */
  lazy?: boolean;
}

/** The Governance sub-page: one getGovernanceView call; every write answers with the whole view again. */
export function GovernancePage() {
  const { t } = useI18n();
  const { value, reload, setData } = useResolver('getGovernanceView', {});
  const [revision, setRevision] = useState(0);
  const [selected, setSelected] = useState(0);
  const [opened, setOpened] = useState<ReadonlySet<number>>(() => new Set([0]));

  const ready = value.state === 'ready' ? value.data : null;
  const context = useMemo<GovernanceContextValue | null>(
    () =>
      ready && {
        view: ready,
        can: ready.profile ? ready.capabilities : NO_CAPABILITIES,
        replaceView: (next: GovernanceView) => {
          setData(next);
          setRevision((r) => r + 1);
        },
        reload,
        revision,
      },
    // setData is a fresh function on every render but always sets the same state: not a dependency.
    [ready, reload, revision],
  );

  if (value.state === 'loading') return <Loading />;
  if (value.state === 'error') return <ErrorMessage error={value.error} onRetry={() => void reload()} />;
  if (!context) return null;

  const tabs: TabDef[] = [
    { id: 'overview', label: t('governance.tabs.overview'), render: () => <OverviewTab /> },
    { id: 'checklist', label: t('governance.tabs.checklist'), render: () => <ChecklistTab /> },
    ...(context.can.canEvaluate
      ? [{ id: 'evaluation', label: t('governance.tabs.evaluation'), render: () => <EvaluationTab /> }]
      : []),
    { id: 'decisions', label: t('governance.tabs.decisions'), render: () => <DecisionsTab /> },
    { id: 'documents', label: t('governance.tabs.documents'), render: () => <DocumentsTab /> },
    { id: 'audit', label: t('governance.tabs.audit'), render: () => <AuditTab />, lazy: true },
  ];

  return (
    <GovernanceContext.Provider value={context}>
      <Stack space="space.300">
        <GovernanceHeader />
        <Tabs
          id="os2-governance-tabs"
          selected={selected}
          onChange={(index) => {
            setSelected(index);
            setOpened((s) => new Set(s).add(index));
          }}
        >
          <TabList>
            {tabs.map((tab) => (
              <Tab key={tab.id} testId={`tab-${tab.id}`}>
                {tab.label}
              </Tab>
            ))}
          </TabList>
          {tabs.map((tab, index) => (
            <TabPanel key={tab.id} testId={`panel-${tab.id}`}>
              <div style={{ width: '100%', paddingBlockStart: token('space.200') }}>
                {(!tab.lazy || opened.has(index)) && tab.render()}
              </div>
            </TabPanel>
          ))}
        </Tabs>
      </Stack>
    </GovernanceContext.Provider>
  );
}
