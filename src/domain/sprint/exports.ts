/**
 * The sprint documents: the plan for the planning meeting, the review (planned versus delivered)
 * and the settlement for the municipalities' finance people, as markdown and CSV. All user text
 * (summaries, organisations, sprint names and goals) is escaped; numbers are written here.
 */
import { markdownCell, markdownHeading, markdownInline } from '../documents/escape';
import { WISH_STATUS_LABELS, type WishStatus } from '../wish';
import type { Load, SprintWarning } from './plan';
import type { SettlementLine } from './settlement';

export const WARNING_LABELS: Record<SprintWarning, string> = {
  'over-capacity': 'over kapacitet',
  'over-budget': 'over fællesbudgettet',
  unqualified: 'ikke kvalificeret',
  unestimated: 'ikke estimeret',
  unfunded: 'ikke fuldt finansieret',
};

/** Whole kroner the Danish way: 1.500. */
export const dkk = (n: number) =>
  `${n < 0 ? '-' : ''}${Math.abs(Math.round(n))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
const hours = (n: number) => (Math.round(n * 10) / 10).toString().replace('.', ',');
const date = (iso: string | null) => (iso ? iso.slice(0, 10) : '–');

export interface ExportWish {
  key: string;
  summary: string;
  status: WishStatus;
  hours: number;
  amountDkk: number;
  /** null (like the pledges) when the reader may not see pledges. */
  commonShareDkk: number | null;
  /** null when the reader may not see pledges. */
  pledgedDkk: number | null;
  warnings: SprintWarning[];
  issueDone: boolean;
}

export interface ExportSprint {
  name: string;
  state: string;
  startDate: string | null;
  endDate: string | null;
  goal: string;
  capacityHours: number | null;
  load: Omit<Load, 'commonShareDkk'> & { commonShareDkk: number | null };
  wishes: ExportWish[];
}

function sprintHeader(product: string, sprint: ExportSprint, title: string): string[] {
  return [
    `# ${title}: ${markdownHeading(sprint.name)}`,
    '',
    `- **Produkt:** ${markdownInline(product)}`,
    `- **Periode:** ${date(sprint.startDate)} – ${date(sprint.endDate)}`,
    `- **Sprintmål:** ${sprint.goal.trim() === '' ? '–' : markdownInline(sprint.goal)}`,
    `- **Kapacitet:** ${sprint.capacityHours === null ? 'ikke angivet' : `${hours(sprint.capacityHours)} timer`}`,
  ];
}

export function sprintPlanMarkdown(product: string, sprint: ExportSprint): string {
  // Pledges and the common budget's share are shown together or not at all (one reveals the other).
  const funding = sprint.load.commonShareDkk !== null;
  const planned = `${hours(sprint.load.hours)} timer, ${dkk(sprint.load.amountDkk)} kr.`;
  const lines = [
    ...sprintHeader(product, sprint, 'Sprintplan'),
    `- **Planlagt:** ${funding ? `${planned}, heraf ${dkk(sprint.load.commonShareDkk ?? 0)} kr. fra fællesbudgettet` : planned}`,
    '',
    funding
      ? '| # | Ønske | Titel | Status | Timer | Estimat (kr.) | Tilsagn (kr.) | Fællesbudget (kr.) | Advarsler |'
      : '| # | Ønske | Titel | Status | Timer | Estimat (kr.) | Advarsler |',
    funding ? '|---|---|---|---|---:|---:|---:|---:|---|' : '|---|---|---|---|---:|---:|---|',
  ];
  sprint.wishes.forEach((w, i) => {
    const cells = [
      String(i + 1),
      markdownCell(w.key),
      markdownCell(w.summary),
      WISH_STATUS_LABELS[w.status].da,
      hours(w.hours),
      dkk(w.amountDkk),
      ...(funding ? [dkk(w.pledgedDkk ?? 0), dkk(w.commonShareDkk ?? 0)] : []),
      w.warnings.map((x) => WARNING_LABELS[x]).join(', ') || '–',
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  });
  if (sprint.wishes.length === 0) lines.push('', 'Ingen ønsker er planlagt i sprinten.');
  return `${lines.join('\n')}\n`;
}

export function sprintReviewMarkdown(product: string, sprint: ExportSprint): string {
  const delivered = sprint.wishes.filter((w) => w.issueDone);
  const sum = (ws: ExportWish[], f: (w: ExportWish) => number) => ws.reduce((s, w) => s + f(w), 0);
  const lines = [
    ...sprintHeader(product, sprint, 'Sprintreview'),
    '',
    '| | Ønsker | Timer | Kr. |',
    '|---|---:|---:|---:|',
    `| Planlagt | ${sprint.wishes.length} | ${hours(sum(sprint.wishes, (w) => w.hours))} | ${dkk(sum(sprint.wishes, (w) => w.amountDkk))} |`,
    `| Leveret | ${delivered.length} | ${hours(sum(delivered, (w) => w.hours))} | ${dkk(sum(delivered, (w) => w.amountDkk))} |`,
    '',
    '| Ønske | Titel | Status | Timer | Estimat (kr.) | Leveret |',
    '|---|---|---|---:|---:|---|',
    ...sprint.wishes.map(
      (w) =>
        `| ${markdownCell(w.key)} | ${markdownCell(w.summary)} | ${WISH_STATUS_LABELS[w.status].da} | ${hours(w.hours)} | ${dkk(w.amountDkk)} | ${w.issueDone ? 'ja' : 'nej'} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

export interface SettlementRow {
  wishKey: string;
  summary: string;
  sprintName: string;
  settledAt: string;
  line: SettlementLine;
}

export const COMMON_BUDGET_LABEL = 'Fællesbudget';
const SOURCE_LABELS: Record<SettlementLine['source'], string> = {
  committed: 'Bindende tilsagn',
  invoiced: 'Bindende tilsagn',
  'common-budget': 'Produktets fællesbudget',
};

const collator = new Intl.Collator('da-DK');
const payer = (row: SettlementRow) => row.line.organisation ?? COMMON_BUDGET_LABEL;

/** Rows per organisation (Danish order, the common budget last), then by wish. */
export function groupByOrganisation(rows: readonly SettlementRow[]): Map<string, SettlementRow[]> {
  const sorted = [...rows].sort(
    (a, b) =>
      Number(a.line.organisation === null) - Number(b.line.organisation === null) ||
      collator.compare(payer(a), payer(b)) ||
      collator.compare(a.wishKey, b.wishKey),
  );
  const groups = new Map<string, SettlementRow[]>();
  for (const row of sorted) groups.set(payer(row), [...(groups.get(payer(row)) ?? []), row]);
  return groups;
}

/** A CSV field: quoted when needed, and a leading formula character defused for spreadsheets. */
export function csvField(value: string): string {
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\n\r]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

/** UTF-8 with a byte order mark and `;` separators, as Danish Excel opens it. */
export function settlementCsv(product: string, rows: readonly SettlementRow[]): string {
  const header = [
    'Organisation',
    'Produkt',
    'Ønske',
    'Titel',
    'Sprint',
    'Beløb (kr.)',
    'Grundlag',
    'Afregnet',
  ];
  const lines = [header.join(';')];
  for (const [organisation, group] of groupByOrganisation(rows)) {
    for (const row of group) {
      lines.push(
        [
          organisation,
          product,
          row.wishKey,
          row.summary,
          row.sprintName,
          String(row.line.amountDkk),
          SOURCE_LABELS[row.line.source],
          row.settledAt.slice(0, 10),
        ]
          .map(csvField)
          .join(';'),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function settlementMarkdown(product: string, rows: readonly SettlementRow[]): string {
  const lines = [`# Afregning: ${markdownHeading(product)}`, ''];
  if (rows.length === 0) lines.push('Ingen ønsker er afregnet endnu.');
  for (const [organisation, group] of groupByOrganisation(rows)) {
    const total = group.reduce((s, r) => s + r.line.amountDkk, 0);
    lines.push(
      `## ${markdownHeading(organisation)}`,
      '',
      '| Ønske | Titel | Sprint | Beløb (kr.) | Grundlag | Afregnet |',
      '|---|---|---|---:|---|---|',
      ...group.map(
        (r) =>
          `| ${markdownCell(r.wishKey)} | ${markdownCell(r.summary)} | ${markdownCell(r.sprintName)} | ${dkk(r.line.amountDkk)} | ${SOURCE_LABELS[r.line.source]} | ${r.settledAt.slice(0, 10)} |`,
      ),
      `| **I alt** | | | **${dkk(total)}** | | |`,
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
