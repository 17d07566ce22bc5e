/**
 * A chart spec: one YAML file per chart in `src/content/charts/`. The id is permanent: chart
 * pages, embeds and stories use it. One zod schema, the type comes from it.
 */
import { z } from 'zod';
import { paragraph, text as textField } from '../text/fields.ts';
import { messageText } from '../ui/messages.ts';
import { valueFormatSchema } from './valueFormat.ts';

const text = textField();
const column = text.describe('a column of the dataset');
const scalar = z.union([z.string(), z.number()]);

const common = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, messageText('file.idFormat')),
  dataset: text,
  title: text,
  subtitle: paragraph().optional(),
  /** What the chart shows, for screen readers: required. */
  description: paragraph(),
  notes: z.array(paragraph()).default([]),
  /** Overrides the source line; by default the dataset's sources. */
  source: paragraph().optional(),
  /** Keep only rows whose column holds one of the values. */
  filter: z.record(z.string(), z.union([scalar, z.array(scalar).min(1)])).default({}),
  /**
   * Keep only the provinces of one region (its name as in data/geo/provinces.csv), by the
   * dataset's province code column; rows without a province code (country, regions) are left out.
   */
  region: text.optional(),
  format: valueFormatSchema,
};

export const lineSpecSchema = z.strictObject({
  ...common,
  type: z.literal('line'),
  x: column,
  y: column,
  /** The column whose values name the series (a province, a region, the country). */
  series: column,
  /** Series drawn in colour and labelled at the line end; the rest are grey. */
  highlight: z
    .array(z.strictObject({ series: text, label: text.optional() }))
    .min(1)
    .max(4),
  /** Draw the series that are not highlighted, in grey. */
  context: z.boolean().default(true),
  /**
   * No longer here: a break is declared once, in the data (the dataset's `.schema.yaml`, or
   * data/geo/boundary-changes.csv), and every chart of the dataset honours it.
   */
  breaks: z.undefined({ error: messageText('chart.breaksMoved') }).optional(),
});

export const barSpecSchema = z.strictObject({
  ...common,
  type: z.literal('bar'),
  /** horizontal: a ranking of categories; vertical: values by year or period. */
  orientation: z.enum(['horizontal', 'vertical']),
  category: column,
  value: column,
  highlight: z.array(scalar).default([]),
  sort: z.enum(['descending', 'ascending', 'none']).default('none'),
  /** A reference line at the mean of the bars. */
  reference: z.strictObject({ kind: z.literal('mean'), label: text }).optional(),
});

export const coverageSpecSchema = z.strictObject({
  ...common,
  type: z.literal('coverage'),
  key: column,
  value: column,
  items: z.array(z.strictObject({ key: text, label: text })).min(1),
});

export const budgetSpecSchema = z.strictObject({
  ...common,
  type: z.literal('budget'),
  key: column,
  value: column,
  /** Budget sources (central, local…): the rows holding planned and disbursed amounts. */
  sources: z
    .array(
      z.strictObject({
        label: text,
        planned: text,
        disbursed: text,
        /** The row holding the share disbursed as the source printed it; computed when absent. */
        share: text.optional(),
      }),
    )
    .min(1),
});

export const mapSpecSchema = z.strictObject({
  ...common,
  type: z.literal('map'),
  /** The column holding the province code. */
  province: column,
  value: column,
  year: column,
  /** Upper bounds of the colour classes, ascending; one more class lies above the last. */
  thresholds: z.array(z.number()).min(2).max(7),
  defaultYear: z.int().optional(),
});

export const tableSpecSchema = z.strictObject({
  ...common,
  type: z.literal('table'),
  columns: z.array(z.strictObject({ column, label: text.optional() })).min(1),
  sortBy: z.strictObject({ column, order: z.enum(['ascending', 'descending']) }).optional(),
  /**
   * Rows grouped by this column's values (ascending), each group under its own heading; `sortBy`
   * and the reader's sorting then act within a group. Required when the rows span several years.
   */
  groupBy: column.optional(),
});

export const chartSpecSchema = z.discriminatedUnion('type', [
  lineSpecSchema,
  barSpecSchema,
  coverageSpecSchema,
  budgetSpecSchema,
  mapSpecSchema,
  tableSpecSchema,
]);

export type ChartSpec = z.output<typeof chartSpecSchema>;
export type LineSpec = z.output<typeof lineSpecSchema>;
export type BarSpec = z.output<typeof barSpecSchema>;
export type CoverageSpec = z.output<typeof coverageSpecSchema>;
export type BudgetSpec = z.output<typeof budgetSpecSchema>;
export type MapSpec = z.output<typeof mapSpecSchema>;
export type TableSpec = z.output<typeof tableSpecSchema>;
export type ChartType = ChartSpec['type'];

/** The spec fields that name a dataset column, with their paths, for validation. */
export function columnFields(spec: ChartSpec): { path: (string | number)[]; column: string }[] {
  const fields: { path: (string | number)[]; column: string }[] = Object.keys(spec.filter).map((name) => ({
    path: ['filter', name],
    column: name,
  }));
  const add = (...names: string[]) => {
    for (const name of names) fields.push({ path: [name], column: (spec as Record<string, unknown>)[name] as string });
  };
  switch (spec.type) {
    case 'line':
      add('x', 'y', 'series');
      break;
    case 'bar':
      add('category', 'value');
      break;
    case 'coverage':
    case 'budget':
      add('key', 'value');
      break;
    case 'map':
      add('province', 'value', 'year');
      break;
    case 'table':
      spec.columns.forEach((c, i) => fields.push({ path: ['columns', i, 'column'], column: c.column }));
      if (spec.sortBy) fields.push({ path: ['sortBy', 'column'], column: spec.sortBy.column });
      if (spec.groupBy) fields.push({ path: ['groupBy'], column: spec.groupBy });
      break;
  }
  return fields;
}
