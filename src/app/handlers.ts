import type { Handlers } from './dispatch';
import { deleteWishView, saveWishView } from './wish-views';
import { searchJiraGroups, searchJiraUsers, setGroupOrganisation } from './admin-directory';
import { applyImport, exportDocument, previewImport } from './documents';
import { saveAssessment } from './assessment';
import { getBacklogPage } from './backlog';
import { recordDecision } from './decisions';
import {
  completeEvaluationRound,
  openEvaluationRound,
  saveEvaluation,
  saveEvaluationSummary,
} from './evaluation';
import { getAppAuditLog, getAuditLog } from './audit-log';
import { getGovernanceView } from './governance-view';
import { createRequirementTask } from './requirement-tasks';
import { getGadget, getPortfolio } from './portfolio';
import { getSession } from './session';
import {
  getAppSettings,
  getProductSettings,
  saveAppSettings,
  saveProductSettings,
  setUserOrganisation,
} from './settings';
import {
  bulkTransitionWishes,
  getWishJobProgress,
  getWishSettings,
  listWishes,
  reindexWishes,
  saveWishSettings,
} from './wish-board';
import {
  findSimilarWishes,
  getWishIntake,
  listAllWishes,
  listUnmarkedWishes,
  markAsWishes,
  pledgeListedWish,
  submitWish,
  supportListedWish,
} from './wish-intake';
import {
  addWishDecision,
  getWishBadge,
  getWishPanel,
  pledgeWish,
  setWishEstimate,
  setWishEvidence,
  setWishQualification,
  setWishRating,
  setWishRequester,
  supportWish,
  syncJiraStatus,
  transitionWish,
  withdrawPledgeWish,
} from './wishes';
import {
  planIntoSprint,
  rankInSprint,
  saveSprintSettings,
  setSprintCapacity,
  setSprintEstimate,
  settleDelivery,
  removeFromSprint,
} from './sprint-actions';
import { exportSprintDocument } from './sprint-exports';
import { getSprintPlan } from './sprint-planning';

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
  // Wishes
  getWishPanel: (_input, caller) => getWishPanel(caller),
  getWishBadge: (_input, caller) => getWishBadge(caller),
  supportWish: (input, caller) => supportWish(caller, input),
  pledgeWish: (input, caller) => pledgeWish(caller, input),
  withdrawPledge: (input, caller) => withdrawPledgeWish(caller, input),
  setWishRequester: (input, caller) => setWishRequester(caller, input),
  setWishQualification: (input, caller) => setWishQualification(caller, input),
  setWishEstimate: (input, caller) => setWishEstimate(caller, input),
  setWishRating: (input, caller) => setWishRating(caller, input),
  transitionWish: (input, caller) => transitionWish(caller, input),
  syncJiraStatus: (input, caller) => syncJiraStatus(caller, input),
  setWishEvidence: (input, caller) => setWishEvidence(caller, input),
  addWishDecision: (input, caller) => addWishDecision(caller, input),
  listWishes: (input, caller) => listWishes(caller, input),
  bulkTransitionWishes: (input, caller) => bulkTransitionWishes(caller, input),
  getWishSettings: (_input, caller) => getWishSettings(caller),
  saveWishSettings: (input, caller) => saveWishSettings(caller, input),
  saveWishView: (input, caller) => saveWishView(caller, input),
  deleteWishView: (input, caller) => deleteWishView(caller, input),
  reindexWishes: (input, caller) => reindexWishes(caller, input),
  getWishJobProgress: (input, caller) => getWishJobProgress(caller, input),
  // Governance record: evaluation rounds and the app-wide audit log
  openEvaluationRound: (_input, caller) => openEvaluationRound(caller),
  completeEvaluationRound: (input, caller) => completeEvaluationRound(caller, input),
  getAppAuditLog: (input, caller) => getAppAuditLog(caller, input),
  // Wish intake and the global wishes page
  getWishIntake: (_input, caller) => getWishIntake(caller),
  submitWish: (input, caller) => submitWish(caller, input),
  findSimilarWishes: (input, caller) => findSimilarWishes(caller, input),
  listAllWishes: (input, caller) => listAllWishes(caller, input),
  supportListedWish: (input, caller) => supportListedWish(caller, input),
  pledgeListedWish: (input, caller) => pledgeListedWish(caller, input),
  listUnmarkedWishes: (input, caller) => listUnmarkedWishes(caller, input),
  markAsWishes: (input, caller) => markAsWishes(caller, input),
  // Admin directory (pickers, group mappings)
  searchJiraGroups: (input, caller) => searchJiraGroups(caller, input),
  searchJiraUsers: (input, caller) => searchJiraUsers(caller, input),
  setGroupOrganisation: (input, caller) => setGroupOrganisation(caller, input),
  // Sprint planning
  getSprintPlan: (_input, caller) => getSprintPlan(caller),
  planIntoSprint: (input, caller) => planIntoSprint(caller, input),
  removeFromSprint: (input, caller) => removeFromSprint(caller, input),
  rankInSprint: (input, caller) => rankInSprint(caller, input),
  setSprintCapacity: (input, caller) => setSprintCapacity(caller, input),
  setSprintEstimate: (input, caller) => setSprintEstimate(caller, input),
  saveSprintSettings: (input, caller) => saveSprintSettings(caller, input),
  settleDelivery: (input, caller) => settleDelivery(caller, input),
  exportSprintDocument: (input, caller) => exportSprintDocument(caller, input),
  // Portfolio (dashboards)
  getPortfolio: (_input, caller) => getPortfolio(caller),
  getGadget: (_input, caller) => getGadget(caller),
};
