import type { z } from 'zod';
import type { Row, Table } from '../data/table.ts';
import type { Said } from '../ui/messages.ts';
import type { ChartContext } from './context.ts';
import type { ChartModel } from './model.ts';

/**
 * A spec field that names a dataset column; `numeric` when the chart draws its values as numbers;
 * `dataset` when the column is another dataset's than the chart's (a scatter's other axis).
 */
export interface ColumnField {
  path: (string | number)[];
  column: string;
  numeric?: boolean;
  dataset?: string;
}

/**
 * Values a spec names that must pick rows of the column: a highlighted series, a keyed chart's
 * keys. `once`: each must pick exactly one row (a keyed chart reads one value per key), and the
 * chart draws only the rows its keys pick.
 */
export interface KeyField {
  /** The path of the list; each value's own path adds its index. */
  path: (string | number)[];
  column: string;
  values: (string | number)[];
  once?: boolean;
}

/** A problem a type's own check finds in a spec that names existing columns and rows. */
export interface SpecProblem {
  path: (string | number)[];
  value?: string | number;
  said: Said;
}

/** The spec fields all types share (see `specFields.ts`), as the modules read them. */
interface BaseSpec {
  type: string;
  filter: Record<string, unknown>;
}

/**
 * A chart type: everything the site knows about it, in one module. The registry lists every
 * type; a type leaves out none of these, so a new type cannot skip the spec checks.
 */
export interface ChartTypeModule<S extends BaseSpec> {
  type: S['type'];
  /** The spec fields naming dataset columns (the filter's are added by the caller). */
  columns(spec: S): ColumnField[];
  /** The values that must pick rows. */
  keys(spec: S): KeyField[];
  /** Further checks of a spec against the rows it picks (a default year that exists…). */
  check?(spec: S, rows: Row[], table: Table, context: ChartContext): SpecProblem[];
  /** The chart: SVG for the page's layouts, its data table, legend and notes. Pure. */
  build(table: Table, spec: S, context: ChartContext): ChartModel;
}

type SpecSchema = z.ZodObject<z.core.$ZodShape, z.core.$ZodObjectConfig>;

/** A type's module with its spec schema: its own fields next to the common ones, strict (an unknown field is an error). */
export type ChartTypeDefinition<Schema extends SpecSchema> = ChartTypeModule<z.output<Schema> & BaseSpec> & { schema: Schema };

/** Declares a chart type, checked against the interface with its own spec type kept. */
export function chartType<Schema extends SpecSchema>(definition: ChartTypeDefinition<Schema>): ChartTypeDefinition<Schema> {
  return definition;
}
