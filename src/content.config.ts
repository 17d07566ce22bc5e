import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { chartSpecSchema } from './lib/charts/index.ts';
import { datasetSchemaSchema } from './lib/data/datasetSchema.ts';
import { chartLoader } from './loaders/chartLoader.ts';
import { datasetLoader } from './loaders/datasetLoader.ts';

const cell = z.union([z.string(), z.number(), z.null()]);

/** The CSV datasets of `data/`, validated against the schema file beside each. */
const datasets = defineCollection({
  loader: datasetLoader(),
  schema: z.object({
    file: z.string(),
    schema: datasetSchemaSchema,
    rows: z.array(z.record(z.string(), cell)),
  }),
});

/** Chart specs, one YAML file each, checked against the datasets. */
const charts = defineCollection({
  loader: chartLoader(),
  schema: chartSpecSchema,
});

export const collections = { datasets, charts };
