/**
 * The one way Thước Đo gives a poverty rate for a unit since 1 July 2025: from the counts its
 * old provinces published, never from their rates. A rate is computed for a year only when every
 * old province the unit joins published both the number of poor households and the number of
 * households for that year, in one dataset (one poverty standard), neither count flagged as
 * doubtful (an estimate, inconsistent, conflicting, a suspected misprint). Otherwise the old
 * provinces stand side by side, and nothing is added up.
 */
import type { Province } from '../data/provinces.ts';
import { cellReliability, rowReliability } from '../data/reliability.ts';
import type { Row, Table } from '../data/table.ts';
import type { Province2025 } from './provinces2025.ts';

/** The counts of poor households and households, as the review datasets name them. */
export const POOR = 'poor_households';
export const TOTAL = 'total_households';

/** One old province's published counts for the year. */
export interface RateInput {
  province: Province;
  poor: number;
  total: number;
  /** The rate the source printed, if it did (shown beside, never used). */
  publishedRate: number | null;
  /** The row's sources (`source_id`), as the dataset gives them. */
  source: string | null;
}

/** A rate for the unit: the sum of the poor households over the sum of the households. */
export interface MergedRate {
  dataset: string;
  year: number;
  inputs: RateInput[];
  poor: number;
  total: number;
  /** Percent of households, unrounded. */
  rate: number;
}

const count = (value: Row[string]): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;

/** The province's counts in a row, or null when one is missing, doubtful or the households are none. */
function inputOf(table: Pick<Table, 'schema'>, row: Row, province: Province): RateInput | null {
  const poor = count(row[POOR]);
  const total = count(row[TOTAL]);
  if (poor === null || total === null || total === 0 || poor > total) return null;
  const entries = rowReliability(row, table.schema);
  if ([POOR, TOTAL].some((column) => cellReliability(entries, column).flags.length > 0)) return null;
  const rate = row.poverty_rate_pct;
  return {
    province,
    poor,
    total,
    publishedRate: typeof rate === 'number' ? rate : null,
    source: typeof row.source_id === 'string' ? row.source_id : null,
  };
}

/**
 * The years of one dataset for which the unit's rate can be computed, oldest first: every old
 * province has exactly one row that year with both counts, not flagged. None for a unit that was
 * not merged (its one province's page has its own numbers).
 *
 * @example mergedRates(review, tuyenQuang2025) // [] while Hà Giang published no household total
 */
export function mergedRates(
  table: Pick<Table, 'id' | 'schema' | 'rows'>,
  unit: Pick<Province2025, 'predecessors' | 'merged'>,
): MergedRate[] {
  if (!unit.merged) return [];
  const years = [...new Set(table.rows.map((r) => r.year).filter((y): y is number => typeof y === 'number'))].sort(
    (a, b) => a - b,
  );
  return years.flatMap((year) => {
    const inputs = unit.predecessors.map((province) => {
      const rows = table.rows.filter((r) => r.year === year && r.province_code === province.code);
      // Two rows for one province and year would be two readings: neither is chosen.
      return rows.length === 1 ? inputOf(table, rows[0], province) : null;
    });
    if (inputs.some((input) => input === null)) return [];
    const complete = inputs as RateInput[];
    const poor = complete.reduce((sum, input) => sum + input.poor, 0);
    const total = complete.reduce((sum, input) => sum + input.total, 0);
    return [{ dataset: table.id, year, inputs: complete, poor, total, rate: (poor / total) * 100 }];
  });
}
