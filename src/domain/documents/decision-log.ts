/** The decision log (beslutningslog) of a product as markdown: one row per level decision, oldest first. */
import { getCatalogue, type Catalogue, CURRENT_CATALOGUE_VERSION } from '../catalogue';
import {
  currentLevel,
  sortDecisions,
  supersededIds,
  type Decider,
  type DecisionKind,
  type LevelDecision,
} from '../level';
import { auditSiteFrontMatter, cell, datePrefix, tableHead, tableRow } from './common';
import { markdownHeading, safeFileName, safeLinkTarget } from './escape';

export const DECISION_KIND_LABELS: Readonly<Record<DecisionKind, string>> = {
  admitted: 'Optaget',
  raised: 'Hævet',
  lowered: 'Sænket',
  kept: 'Fastholdt',
  paused: 'Sat på pause',
  closed: 'Lukket',
};

export const DECIDER_LABELS: Readonly<Record<Decider, string>> = {
  secretariat: 'Sekretariatet',
  board: 'Bestyrelsen',
  'steering-group': 'Styregruppen',
};

/** An http(s) reference as a link; anything else as inert text. */
function reference(target: string | undefined): string {
  if (!target) return '';
  const safe = safeLinkTarget(target);
  return safe === null ? cell(target) : `[Reference](${safe})`;
}

/** `YYYY-MM-DD-<produkt lower-cased>-beslutningslog.md`. */
export function decisionLogFileName(date: string, productName: string): string {
  return `${datePrefix(date)}-${safeFileName(productName.toLowerCase())}-beslutningslog.md`;
}

/**
 * `# Beslutningslog for <produkt>`, the current level (from the latest decision), and a table
 * `| Dato | Beslutning | Niveau | Grundlag | Besluttet af | Reference |`.
 */
export function renderDecisionLog(
  productName: string,
  decisions: readonly LevelDecision[],
  catalogue: Catalogue = getCatalogue(CURRENT_CATALOGUE_VERSION),
  options: { frontMatter?: boolean } = {},
): string {
  const out = [
    ...(options.frontMatter ? auditSiteFrontMatter(`Beslutningslog for ${productName}`, productName) : []),
    `# Beslutningslog for ${markdownHeading(productName)}`,
    '',
  ];
  const current = currentLevel(decisions);
  if (!current) {
    out.push('Der er ikke truffet nogen beslutninger endnu.');
    return `${out.join('\n')}\n`;
  }
  const levelText = (level: LevelDecision['resultingLevel']) =>
    level === null ? '—' : catalogue.levelLabels[level].da;
  const state =
    current.status === 'closed'
      ? `Lukket siden ${current.decision.date}.`
      : `${levelText(current.level)} siden ${current.since}` +
        (current.status === 'paused' ? `, sat på pause ${current.decision.date}.` : '.');
  out.push(`**Nuværende niveau:** ${state}`, '');
  out.push(...tableHead(['Dato', 'Beslutning', 'Niveau', 'Grundlag', 'Besluttet af', 'Reference']));
  // A superseded entry stays in the log, struck through; its correction names it and why.
  const superseded = supersededIds(decisions);
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const kindText = (d: LevelDecision) => {
    const label = DECISION_KIND_LABELS[d.kind];
    if (superseded.has(d.id)) return `~~${label}~~ (erstattet af en rettelse)`;
    if (!d.supersedes) return label;
    const replaced = byId.get(d.supersedes);
    return cell(
      `${label} (rettelse af beslutningen ${replaced?.date ?? d.supersedes}: ${d.correctionReason ?? ''})`,
    );
  };
  for (const d of sortDecisions(decisions)) {
    out.push(
      tableRow([
        d.date,
        kindText(d),
        cell(levelText(d.resultingLevel)),
        cell(d.basis),
        DECIDER_LABELS[d.decidedBy],
        reference(d.reference),
      ]),
    );
  }
  return `${out.join('\n')}\n`;
}
