import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { chartSpecSchema } from './lib/charts/index.ts';
import { datasetSchemaSchema } from './lib/data/datasetSchema.ts';
import { storySchema } from './lib/stories/storySchema.ts';
import { chartLoader } from './loaders/chartLoader.ts';
import { datasetLoader } from './loaders/datasetLoader.ts';
import { storyLoader } from './loaders/storyLoader.ts';

const cell = z.union([z.string(), z.number(), z.null()]);

/** The CSV datasets of `data/`, validated against the schema file beside each. */
const datasets = defineCollection({
  loader: datasetLoader(),
  schema: z.object({
    file: z.string(),
    schema: datasetSchemaSchema,
    rows: z.array(z.record(z.string(), cell)),
    /** The decimals each number cell was printed with, parallel to `rows` (see Table). */
    decimals: z.array(z.record(z.string(), z.int().min(0))),
  }),
});

/** Chart specs, one YAML file each, checked against the datasets. */
const charts = defineCollection({
  loader: chartLoader(),
  schema: chartSpecSchema,
});

/** Stories: Markdown or MDX, the file name (folded, without folders) is the URL slug. */
const stories = defineCollection({
  loader: storyLoader(),
  schema: storySchema,
});

export const collections = { datasets, charts, stories };
