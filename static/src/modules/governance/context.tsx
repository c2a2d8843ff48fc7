import { createContext, useContext } from 'react';
import type { Capabilities, GovernanceView, RequirementRow } from '../../../../src/contract';
import type { Level } from '../../../../src/domain/catalogue/types';
import { useI18n } from '../../lib/i18n';

export interface GovernanceContextValue {
  view: GovernanceView;
  /**
   * What the caller may do here. The server checks every write itself; these only hide controls.
   * Nothing is editable before the project is linked to an OS2 product.
   */
  can: Capabilities;
  /** Shows the view a write returned (the server's answer is the truth). */
  replaceView: (view: GovernanceView) => void;
  reload: () => Promise<void>;
  /** Counts replaced views, so panels showing derived server data (the audit log) can refresh. */
  revision: number;
}

export const GovernanceContext = createContext<GovernanceContextValue | null>(null);

export function useGovernance(): GovernanceContextValue {
  const value = useContext(GovernanceContext);
  if (!value) throw new Error('useGovernance outside GovernanceContext');
  return value;
}

export const NO_CAPABILITIES: Capabilities = {
  canEditAssessment: false,
  canEvaluate: false,
  canSeeDrafts: false,
  canDecide: false,
  canCreateIssues: false,
  canEditSettings: false,
};

/** The catalogue's own label for a level (the 2018 model says Minimumskrav, v1.1.0 Sandkasse). */
export function useLevelLabel(): (level: Level) => string {
  const { view } = useGovernance();
  const { text } = useI18n();
  return (level) => text(view.levelLabels[level]);
}

/** Outstanding for the target level: in scope and neither met nor accepted as not relevant. */
export const isOutstandingForTarget = (row: RequirementRow): boolean =>
  row.inScope && row.state === 'outstanding';
