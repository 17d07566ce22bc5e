import type { DatasetSchema } from './datasetSchema.ts';

/** A typed cell: text for string, code and date columns (dates as `YYYY-MM-DD`), numbers otherwise; null when missing. */
export type Value = string | number | null;

export type Row = Record<string, Value>;

/** A validated dataset: its schema, its rows in file order, and the line each row came from. */
export interface Table {
  id: string;
  /** Path relative to the project, e.g. `data/gso/poverty-rate-by-province.csv`. */
  file: string;
  schema: DatasetSchema;
  rows: Row[];
  /** `lines[i]` is the line of the file where `rows[i]` starts. */
  lines: number[];
}
