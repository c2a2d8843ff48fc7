import {
  GadgetConfigurationSchema,
  type GadgetConfiguration,
  type GadgetView,
  type MatrixColumn,
  type PortfolioRow,
  type PortfolioTotals,
  type PortfolioView,
} from '../contract';
import { LEVELS } from '../domain/catalogue/types';
import { getCatalogue } from '../domain/catalogue';
import { adoption, matrixForColumns, NO_WISHES, type WishFigures } from '../domain/portfolio/model';
import { getIssue } from '../platform/jira-gateway';
import { globalStanding } from './access';
import type { Caller } from './caller';
import {
  readPortfolioAggregate,
  rebuildPortfolioAggregate,
  type PortfolioEntry,
} from './portfolio-aggregate';
import type { PortfolioSummary } from './summary';

/**
 * The portfolio dashboards (the secretariat's and the board's overview across every product).
 * Reads the portfolio aggregate (src/app/portfolio-aggregate.ts) — never a product's own records —
 * so a view costs the same round trips whatever the number of products.
 */

/** How far ahead an evaluation counts as "due soon". */
export const DUE_SOON_DAYS = 30;

/** Today in Denmark (OS2's evaluations are dated there), as YYYY-MM-DD. */
export function danishToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function portfolioRow(
  summary: PortfolioSummary,
  today: string,
  wishes: WishFigures = NO_WISHES,
): PortfolioRow {
  const due = summary.levelStatus === 'closed' ? null : summary.nextEvaluationDue;
  const overdue = due !== null && due < today;
  return {
    projectId: summary.projectId,
    projectKey: summary.projectKey,
    productName: summary.productName,
    catalogueVersion: summary.catalogueVersion,
    level: summary.level,
    levelStatus: summary.levelStatus,
    levelSince: summary.levelSince,
    targetLevel: summary.targetLevel,
    progressPercent: summary.progressPercent,
    outstanding: summary.outstanding,
    outstandingSkal: summary.outstandingSkal,
    outstandingBør: summary.outstandingBør,
    lights: { ...summary.lights },
    lastEvaluation: summary.lastEvaluation,
    nextEvaluationDue: summary.nextEvaluationDue,
    overdue,
    dueSoon: !overdue && due !== null && due <= addDays(today, DUE_SOON_DAYS),
    matrix: matrixForColumns(summary.catalogueVersion, summary.matrix ?? '', COLUMN_IDS),
    municipalities: summary.municipalities?.length ?? 0,
    organisationCount: summary.organisationCount ?? 0,
    history: summary.history ?? [],
    wishes,
  };
}

export function portfolioTotals(rows: readonly PortfolioRow[]): PortfolioTotals {
  const perLevel = {
    none: 0,
    ...Object.fromEntries(LEVELS.map((l) => [l, 0])),
  } as PortfolioTotals['perLevel'];
  for (const row of rows) perLevel[row.level ?? 'none'] += 1;
  return {
    products: rows.length,
    perLevel,
    overdue: rows.filter((r) => r.overdue).length,
    dueSoon: rows.filter((r) => r.dueSoon).length,
  };
}

const COLUMNS: MatrixColumn[] = getCatalogue().requirements.map((r) => ({
  id: r.id,
  level: r.level,
  theme: r.theme,
  name: { da: r.nameDa, en: r.nameEn },
}));
const COLUMN_IDS = COLUMNS.map((c) => c.id);

const byName = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/**
 * Every product the caller may browse, from the portfolio aggregate: a constant number of calls
 * whatever the number of products (three batch reads of the shards, one permitted-projects call,
 * and the caller's standing: myself, the admin check, the app settings).
 */
async function loadPortfolio(caller: Caller): Promise<PortfolioView> {
  const [aggregate, browsable, standing] = await Promise.all([
    readPortfolioAggregate(),
    caller.permissions.browsableProjects(),
    globalStanding(caller),
  ]);
  const keyOf = async (issueId: string) =>
    (await getIssue(caller.jira.asApp, issueId, { fields: [], properties: [] })).key;
  const entries = aggregate.built ? aggregate.entries : await rebuildPortfolioAggregate(keyOf);
  const today = danishToday();
  const visible = entries.filter(
    (e): e is PortfolioEntry & { summary: PortfolioSummary } =>
      e.summary !== undefined && browsable.has(e.projectId),
  );
  const rows = visible
    .map((e) => portfolioRow(e.summary, today, e.wishes))
    .sort((a, b) => byName.compare(a.productName, b.productName) || a.projectKey.localeCompare(b.projectKey));
  return {
    rows,
    totals: portfolioTotals(rows),
    today,
    canSeeEverything: standing.isSecretariat,
    adoption: adoption(visible.map((e) => e.summary.municipalities ?? [])),
    requirements: COLUMNS,
  };
}

export async function getPortfolio(caller: Caller): Promise<PortfolioView> {
  return loadPortfolio(caller);
}

/** The gadget's configuration as saved by its edit view; anything unreadable falls back to the defaults. */
export function gadgetConfiguration(raw: Record<string, unknown> | undefined): {
  configuration: GadgetConfiguration;
  invalid: boolean;
} {
  const parsed = GadgetConfigurationSchema.safeParse(raw ?? {});
  if (parsed.success) return { configuration: parsed.data, invalid: false };
  return { configuration: GadgetConfigurationSchema.parse({}), invalid: true };
}

export function matchesGadget(row: PortfolioRow, configuration: GadgetConfiguration): boolean {
  if (configuration.level !== 'all' && row.level !== configuration.level) return false;
  if (configuration.show === 'due' && !row.overdue && !row.dueSoon) return false;
  return true;
}

export async function getGadget(caller: Caller): Promise<GadgetView> {
  const { configuration, invalid } = gadgetConfiguration(caller.gadgetConfiguration);
  const portfolio = await loadPortfolio(caller);
  const rows = portfolio.rows.filter((row) => matchesGadget(row, configuration));
  return {
    ...portfolio,
    rows,
    totals: portfolioTotals(rows),
    configuration,
    configurationInvalid: invalid,
    unfiltered: portfolio.rows.length,
  };
}
