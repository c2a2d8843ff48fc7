/**
 * The portfolio's shared, zod-free rules (the UI imports them): the compact matrix of lights, the
 * open wishes of a row, and the board pack (markdown and CSV of the rows the page shows, the
 * matrix and the adoption figures). User text (product names) is escaped for each format.
 */
import type { MatrixColumn, PortfolioRow } from '../../contract';
import type { Level } from '../catalogue/types';
import { markdownCell, markdownHeading } from '../documents/escape';
import { LIGHTS, type Light } from '../governance/vocabulary';
import { toCsv } from './csv';

/** One character per requirement; `-` = not evaluated by the secretariat. */
export const LIGHT_CHAR: Readonly<Record<Light, string>> = { green: 'g', yellow: 'y', red: 'r', grey: 'e' };
const CHAR_LIGHT: ReadonlyMap<string, Light> = new Map(LIGHTS.map((l) => [LIGHT_CHAR[l], l]));

/** The light at column `index` of a row's matrix (the view's `requirements` order), or null. */
export function lightAt(matrix: string, index: number): Light | null {
  return CHAR_LIGHT.get(matrix[index] ?? '-') ?? null;
}

/** The municipalities using at least 1, 2 and 3 of the products shown, out of the 98. */
export interface Adoption {
  of: number;
  atLeast1: number;
  atLeast2: number;
  atLeast3: number;
  /** Every municipality with how many of the products shown it uses, most first. */
  byMunicipality: { municipality: string; products: number }[];
}

/** The words of the pack in the reader's language (the UI passes its translations). */
export interface BoardPackText {
  title: string;
  asOf: string;
  columns: {
    product: string;
    key: string;
    level: string;
    target: string;
    progress: string;
    outstandingSkal: string;
    outstandingBør: string;
    nextEvaluation: string;
    openWishes: string;
    oldestUntriaged: string;
    fundingGap: string;
    municipalities: string;
  };
  level: (level: Level | null) => string;
  matrixHeading: string;
  adoptionHeading: string;
  adoptionLine: (n: number, count: number, of: number) => string;
  lightWord: (light: Light | null) => string;
}

const OPEN = ['received', 'under-evaluation', 'on-hold', 'accepted', 'ordered', 'in-progress'] as const;

export function openWishes(row: PortfolioRow): number {
  return OPEN.reduce((sum, s) => sum + row.wishes.byStatus[s], 0);
}

/** The table of the pack: a header and one line per product, the same cells in both formats. */
export function boardPackTable(rows: readonly PortfolioRow[], text: BoardPackText): string[][] {
  const c = text.columns;
  return [
    [
      c.product,
      c.key,
      c.level,
      c.target,
      c.progress,
      c.outstandingSkal,
      c.outstandingBør,
      c.nextEvaluation,
      c.openWishes,
      c.oldestUntriaged,
      c.fundingGap,
      c.municipalities,
    ],
    ...rows.map((r) => [
      r.productName,
      r.projectKey,
      text.level(r.level),
      text.level(r.targetLevel),
      String(r.progressPercent),
      String(r.outstandingSkal),
      String(r.outstandingBør),
      r.nextEvaluationDue ?? '',
      String(openWishes(r)),
      r.wishes.oldestUntriaged ? r.wishes.oldestUntriaged.createdAt.slice(0, 10) : '',
      String(r.wishes.fundingGap),
      String(r.municipalities),
    ]),
  ];
}

export function boardPackCsv(rows: readonly PortfolioRow[], text: BoardPackText): string {
  return toCsv(boardPackTable(rows, text));
}

function markdownTable(table: readonly (readonly string[])[]): string[] {
  const [head, ...body] = table;
  if (!head) return [];
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(head), `|${head.map(() => ' --- ').join('|')}|`, ...body.map(line)];
}

/** The matrix: one line per product, one column per requirement of the current catalogue. */
export function matrixTable(
  rows: readonly PortfolioRow[],
  columns: readonly MatrixColumn[],
  text: BoardPackText,
): string[][] {
  return [
    [text.columns.product, ...columns.map((c) => c.id)],
    ...rows.map((r) => [r.productName, ...columns.map((_, i) => text.lightWord(lightAt(r.matrix, i)))]),
  ];
}

export function boardPackMarkdown(
  rows: readonly PortfolioRow[],
  columns: readonly MatrixColumn[],
  adoption: Adoption,
  text: BoardPackText,
): string {
  return [
    `# ${markdownHeading(text.title)}`,
    '',
    text.asOf,
    '',
    ...markdownTable(boardPackTable(rows, text)),
    '',
    `## ${markdownHeading(text.matrixHeading)}`,
    '',
    ...markdownTable(matrixTable(rows, columns, text)),
    '',
    `## ${markdownHeading(text.adoptionHeading)}`,
    '',
    ...[1, 2, 3].map(
      (n) =>
        `- ${text.adoptionLine(n, n === 1 ? adoption.atLeast1 : n === 2 ? adoption.atLeast2 : adoption.atLeast3, adoption.of)}`,
    ),
    '',
  ].join('\n');
}
