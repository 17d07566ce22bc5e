/**
 * The fields every chart spec shares, and the field kinds type modules build theirs from. Each
 * chart type's own fields live in its module (see `registry.ts`).
 */
import { z } from 'zod';
import { paragraph, text as textField } from '../text/fields.ts';
import { messageText } from '../ui/messages.ts';
import { valueFormatSchema } from './valueFormat.ts';

export const text = textField();
/** A field naming a column of the chart's dataset: checked against the dataset by `readChartSpec`. */
export const column = text.describe('a column of the dataset');
export const scalar = z.union([z.string(), z.number()]);

export const commonFields = {
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
  /**
   * Keep only the provinces of before that one unit of 2025 joins (its name as in
   * data/geo/provinces.csv, e.g. Tuyên Quang keeps Hà Giang and Tuyên Quang), by the dataset's
   * province code column: their own figures, never a computed one for the unit.
   */
  province2025: text.optional(),
  format: valueFormatSchema,
};
