import type { Handlers } from './dispatch';
import { applyImport, exportDocument, previewImport } from './documents';
import {
  createRequirementTask,
  getBacklogPage,
  getGovernanceView,
  recordDecision,
  saveAssessment,
  saveEvaluation,
  saveEvaluationSummary,
} from './governance';
import { getSession } from './session';
import {
  getAppSettings,
  getAuditLog,
  getProductSettings,
  saveAppSettings,
  saveProductSettings,
  setUserOrganisation,
} from './settings';

/** Function key → use case. Each use case checks the caller's permission itself. */
export const handlers: Handlers = {
  getSession: (_input, caller) => getSession(caller),
  getGovernanceView: (_input, caller) => getGovernanceView(caller),
  getBacklogPage: (input, caller) => getBacklogPage(caller, input),
  saveAssessment: (input, caller) => saveAssessment(caller, input),
  saveEvaluation: (input, caller) => saveEvaluation(caller, input),
  saveEvaluationSummary: (input, caller) => saveEvaluationSummary(caller, input),
  recordDecision: (input, caller) => recordDecision(caller, input),
  createRequirementTask: (input, caller) => createRequirementTask(caller, input),
  getAuditLog: (input, caller) => getAuditLog(caller, input),
  exportDocument: (input, caller) => exportDocument(caller, input),
  previewImport: (input, caller) => previewImport(caller, input),
  applyImport: (input, caller) => applyImport(caller, input),
  getProductSettings: (_input, caller) => getProductSettings(caller),
  saveProductSettings: (input, caller) => saveProductSettings(caller, input),
  getAppSettings: (_input, caller) => getAppSettings(caller),
  saveAppSettings: (input, caller) => saveAppSettings(caller, input),
  setUserOrganisation: (input, caller) => setUserOrganisation(caller, input),
};
