/**
 * The "samlet optælling" of an evaluation report (docs/os2-documents.md): lights counted per level
 * (non-cumulatively), per theme within each level, per theme and in total.
 */
import { z } from 'zod';
import {
  bucketSizes,
  CatalogueVersionSchema,
  LEVELS,
  LevelSchema,
  THEMES,
  ThemeSchema,
  zeroByLevel,
  zeroByTheme,
  type Catalogue,
  type LocalText,
} from './catalogue';
import {
  LIGHTS,
  lookupById,
  percent,
  toResult,
  type ById,
  type DomainError,
  type Light,
  type ValidationResult,
} from './assessment';

/** Each light, plus requirements with no light yet. */
export const TALLIES = [...LIGHTS, 'unassessed'] as const;
export type Tally = (typeof TALLIES)[number];

const CountSchema = z.number().int().nonnegative();

/** One bucket; `total` is the number of requirements counted in it (the sum of the tallies). */
export const CountRowSchema = z.object({
  green: CountSchema,
  yellow: CountSchema,
  red: CountSchema,
  grey: CountSchema,
  unassessed: CountSchema,
  total: CountSchema,
});
export type CountRow = z.infer<typeof CountRowSchema>;

export const LevelCountsSchema = CountRowSchema.extend({ byTheme: z.record(ThemeSchema, CountRowSchema) });
export type LevelCounts = z.infer<typeof LevelCountsSchema>;

export const EvaluationCountsSchema = z.object({
  schemaVersion: z.literal(1),
  catalogueVersion: CatalogueVersionSchema,
  /** Non-cumulative: each requirement counts at its own level only. */
  byLevel: z.record(LevelSchema, LevelCountsSchema),
  byTheme: z.record(ThemeSchema, CountRowSchema),
  total: CountRowSchema,
});
export type EvaluationCounts = z.infer<typeof EvaluationCountsSchema>;

function emptyRow(): CountRow {
  return { green: 0, yellow: 0, red: 0, grey: 0, unassessed: 0, total: 0 };
}

/** Counts the lights of one evaluation. Ids that are not in the catalogue are not counted. */
export function countLights(lights: ById<Light>, catalogue: Catalogue): EvaluationCounts {
  const counts: EvaluationCounts = {
    schemaVersion: 1,
    catalogueVersion: catalogue.version,
    byLevel: zeroByLevel(() => ({ ...emptyRow(), byTheme: zeroByTheme(emptyRow) })),
    byTheme: zeroByTheme(emptyRow),
    total: emptyRow(),
  };
  for (const requirement of catalogue.requirements) {
    const tally: Tally = lookupById(lights, requirement.id) ?? 'unassessed';
    const level = counts.byLevel[requirement.level];
    for (const row of [
      level,
      level.byTheme[requirement.theme],
      counts.byTheme[requirement.theme],
      counts.total,
    ]) {
      row[tally] += 1;
      row.total += 1;
    }
  }
  return counts;
}

/** Each tally as `round(n / total * 100)` of its row. */
export function rowPercentages(row: CountRow): Record<Tally, number> {
  return Object.fromEntries(TALLIES.map((tally) => [tally, percent(row[tally], row.total)])) as Record<
    Tally,
    number
  >;
}

function tallySum(row: CountRow): number {
  return TALLIES.reduce((sum, tally) => sum + row[tally], 0);
}

/**
 * Checks counts read from a report against the catalogue: no bucket may hold more requirements
 * than the catalogue puts in it (v1.1.0: levels 6/10/19/8, themes 4/20/5/14, total 43), and each
 * row's total must be the sum of its tallies. Bucket sizes come from the catalogue data.
 */
export function validateCounts(counts: EvaluationCounts, catalogue: Catalogue): ValidationResult {
  const errors: DomainError[] = [];
  if (counts.catalogueVersion !== catalogue.version) {
    errors.push({
      field: 'catalogueVersion',
      code: 'catalogue-mismatch',
      message: {
        da: `Optællingen hører til katalog ${counts.catalogueVersion}, ikke ${catalogue.version}.`,
        en: `The counts belong to catalogue ${counts.catalogueVersion}, not ${catalogue.version}.`,
      },
    });
  }
  const sizes = bucketSizes(catalogue);
  const check = (field: string, label: LocalText, row: CountRow, size: number) => {
    const sum = tallySum(row);
    if (sum !== row.total) {
      errors.push({
        field,
        code: 'total-mismatch',
        message: {
          da: `${label.da}: i alt ${row.total}, men optællingen giver ${sum}.`,
          en: `${label.en}: total ${row.total}, but the tallies add up to ${sum}.`,
        },
      });
    }
    const largest = Math.max(sum, row.total);
    if (largest > size) {
      errors.push({
        field,
        code: 'bucket-overflow',
        message: {
          da: `${label.da}: ${largest} krav talt, men der er kun ${size}.`,
          en: `${label.en}: ${largest} requirements counted, but there are only ${size}.`,
        },
      });
    }
  };
  for (const level of LEVELS) {
    const levelLabel = catalogue.levelLabels[level];
    check(`byLevel.${level}`, levelLabel, counts.byLevel[level], sizes.perLevel[level]);
    for (const theme of THEMES) {
      const themeLabel = catalogue.themeLabels[theme];
      check(
        `byLevel.${level}.byTheme.${theme}`,
        { da: `${levelLabel.da} / ${themeLabel.da}`, en: `${levelLabel.en} / ${themeLabel.en}` },
        counts.byLevel[level].byTheme[theme],
        sizes.perLevelTheme[level][theme],
      );
    }
  }
  for (const theme of THEMES) {
    check(`byTheme.${theme}`, catalogue.themeLabels[theme], counts.byTheme[theme], sizes.perTheme[theme]);
  }
  check('total', { da: 'I alt', en: 'Total' }, counts.total, sizes.total);
  return toResult(errors);
}
