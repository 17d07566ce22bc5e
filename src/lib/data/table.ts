import type { DatasetSchema } from './datasetSchema.ts';

/** A typed cell: text for string, code and date columns (dates as `YYYY-MM-DD`), numbers otherwise; null when missing. */
export type Value = string | number | null;

export type Row = Record<string, Value>;

/**
 * How many decimals each number cell of a row was printed with in the CSV, by column: `3.0` → 1,
 * `5.90` → 2, `1.417,3` (decimal `,`) → 1, `33486` → 0. Only `integer`, `number` and `percent`
 * cells that hold a value have an entry. A number loses its trailing zeros (3.0 is 3), so this is
 * how the site prints a value as its source did.
 */
export type Decimals = Record<string, number>;

/** A validated dataset: its schema, its rows in file order, and the line each row came from. */
export interface Table {
  id: string;
  /** Path relative to the project, e.g. `data/gso/poverty-rate-by-province.csv`. */
  file: string;
  schema: DatasetSchema;
  rows: Row[];
  /** `lines[i]` is the line of the file where `rows[i]` starts. */
  lines: number[];
  /** `decimals[i]` gives the printed decimals of the number cells of `rows[i]` (see `Decimals`). */
  decimals: Decimals[];
}
