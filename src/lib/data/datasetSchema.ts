/**
 * The schema file that sits beside every CSV in `data/` (`<name>.schema.yaml`): what the
 * dataset is, where it comes from, and what each column must hold. One zod schema, and the
 * type comes from it.
 */
import { z } from 'zod';
import { paragraph, text, webUrl } from '../text/fields.ts';
import { messageText, say, type Said } from '../ui/messages.ts';
import { readingValues } from './reliability.ts';

/**
 * Column types a CSV cell can have. `code` stays a string (`01` stays `01`). `reliability`
 * says how the row's values were read and what is doubtful about them (src/lib/data/reliability.ts).
 */
export const columnTypes = ['string', 'code', 'integer', 'number', 'percent', 'year', 'date', 'reliability'] as const;
export type ColumnType = (typeof columnTypes)[number];

/** Whether a column holds quantities: what a story's figure or a chart's value may read (a year is not one). */
export const isQuantity = (type: ColumnType): boolean => type === 'integer' || type === 'number' || type === 'percent';

/**
 * What a column's values must exist in: `provinces`, the codes of data/geo/provinces.csv (a
 * `code` column); `province_names`, the names of that table (a `string` column: a name in
 * another accepted form, "Hoà Bình" or "TP Hồ Chí Minh", is rewritten as the table writes it);
 * `sources`, the ids of the schema's own sources (a `string` column).
 */
export const referenceTables = ['provinces', 'province_names', 'sources'] as const;

/** A custom issue carrying its catalogue message (read by src/lib/ui/zodIssue.ts). */
const custom = (ctx: z.RefinementCtx, said: Said, path: PropertyKey[]) =>
  ctx.addIssue({ code: 'custom', message: said.message, params: { said }, path });

const nonEmpty = text();

/**
 * How far a source can be trusted, shown wherever it is credited: an official document or
 * statistic, a newspaper's report, or a secondary copy (a reposting site, an aggregator, a code
 * repository), which readers see labelled "nguồn thứ cấp".
 */
export const reliabilityClasses = ['official', 'press', 'secondary'] as const;

export const sourceSchema = z.strictObject({
  /** The key a `source_id` column of the CSV uses for this source, when it has one. */
  id: nonEmpty.optional(),
  /** In Vietnamese: readers see it. A publication's own name may stay in its language inside it. */
  title: nonEmpty,
  /**
   * The title as published, when it is not Vietnamese (`Poverty rate by province (PX-Web export…)`):
   * shown in the source's "Nguồn gốc" detail, never as its title.
   */
  originalTitle: nonEmpty.optional(),
  publisher: nonEmpty,
  reliability: z.enum(reliabilityClasses, { message: messageText('schema.sourceReliability') }),
  /**
   * false: listed on the dataset's page, never in a credit line (charts, exports, the catalog).
   * For a source that is only how a credited one was read (a press summary of a decree, a copy of
   * an official list), or that supports only columns no chart shows (where a seat lies).
   */
  credited: z.boolean().default(true),
  /** When the source was published or read, as precise as known: `2024`, `2024-08`, `2024-08-12`. */
  date: z.preprocess(
    // YAML reads `2024` as a number and `2024-08-12` as a date; both are fine to write.
    (d) => (d instanceof Date ? d.toISOString().slice(0, 10) : typeof d === 'number' ? String(d) : d),
    z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, messageText('schema.sourceDate')),
  ),
  url: webUrl().optional(),
  /** An official document number, e.g. `Quyết định 1719/QĐ-TTg`. */
  document: nonEmpty.optional(),
  /**
   * How the figures were read from it: a table of an official document, a government portal's
   * or a newspaper's account of one, or a site that reposts others (labels in src/lib/ui/reliability.ts).
   */
  reading: z.enum(readingValues).optional(),
  /** In Vietnamese: what readers should know about the source and how it was read. */
  note: paragraph().optional(),
  /**
   * The collector's note as first written (in English: commits, file paths, checks), kept for
   * whoever checks the dataset and shown in the source's "Nguồn gốc" detail.
   */
  originalNote: paragraph().optional(),
});

/** The licence, in Vietnamese; `originalNote` keeps a note first written in English ("Nguồn gốc"). */
export const licenceSchema = z.strictObject({
  name: nonEmpty,
  url: webUrl().optional(),
  note: paragraph().optional(),
  originalNote: paragraph().optional(),
});

/** What changed at a break: the definition or method (`standard`), or a province's territory (`boundary`). */
export const breakKinds = ['standard', 'boundary'] as const;

/**
 * A break in a dataset's series: from the year `before` on, values are on a new standard or a new
 * territory and are not comparable with the years before. Every chart and table honours it: a
 * line breaks before `before`, a map does not colour a changed territory with an older figure,
 * tables mark the first value on the new basis, and the note is shown. Declared once: changes of
 * standard in the dataset's `.schema.yaml`, changes of boundary in `data/geo/boundary-changes.csv`
 * (the loader adds them to every dataset with province codes and years that span them).
 *
 * @example { kind: 'standard', before: 2010, label: 'Đổi chuẩn nghèo', note: 'Từ năm 2010 …', provinces: 'all' }
 */
export const seriesBreakSchema = z.strictObject({
  kind: z.enum(breakKinds),
  /** The first year on the new basis: a line breaks between the last year before it and it. */
  before: z.int().min(1900).max(2100),
  /** A few words drawn on the chart at the break, e.g. `Đổi chuẩn nghèo`. */
  label: text(40),
  /** The sentence shown under every chart and table the break touches: what changed and what not to compare. */
  note: paragraph(),
  /** The series it splits: `all` (every province, region and the country) or a list of province codes. */
  provinces: z
    .union([z.literal('all'), z.array(z.string().regex(/^\d{2}$/, messageText('schema.breakProvinceCode'))).min(1)])
    .default('all'),
  /** When it took effect, `YYYY-MM-DD`, if known. */
  date: z.preprocess(
    (d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, messageText('schema.breakDate')).optional(),
  ),
  /** The official document behind it, e.g. `Nghị quyết 15/2008/QH12`. */
  document: nonEmpty.optional(),
});

export const columnSchema = z
  .strictObject({
    name: nonEmpty,
    type: z.enum(columnTypes),
    /** Vietnamese label shown to readers. */
    label: nonEmpty,
    unit: nonEmpty.optional(),
    description: paragraph().optional(),
    /** May a cell be empty (or `..`)? Missing cells become `null`, never 0. */
    nullable: z.boolean().default(false),
    min: z.number().optional(),
    max: z.number().optional(),
    /** A regular expression a `code` or `string` cell must match in full. */
    pattern: paragraph().optional(),
    /** A column whose values must exist in a reference table, or among the schema's source ids. */
    references: z.enum(referenceTables).optional(),
    /**
     * For `references: province_names`: only the rows whose columns hold these values name a
     * province (`when: { level: province }`); the others (the country, a region, a former
     * province) are left as they are.
     */
    when: z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)])).optional(),
    /** For `references: province_names`: names that are not provinces, kept as written (`[Cả nước]`). */
    except: z.array(nonEmpty).optional(),
    /** The cell holds several values separated by this character, e.g. `N-BQN-2022|P-MOLISA-2022`. */
    separator: z.enum(['|', ';']).optional(),
    /**
     * The values a text column may hold, each written as in the file (a code such as `final`, or
     * the source's own English such as `Poverty rate`), with the Vietnamese words readers see for
     * it: the page's preview shows these words, the CSV keeps the file's values.
     */
    values: z.record(z.string().regex(/^\S(.*\S)?$/, messageText('schema.valueName')), nonEmpty).optional(),
    /**
     * true: the column keeps how the source or the collector wrote something (a raw English row
     * label, a collector's note in English, a cell as stored in the source's spreadsheet), for
     * checking. The page lists it among the columns and the CSV keeps it; the preview leaves it out.
     */
    provenance: z.boolean().optional(),
  })
  .refine((c) => c.min === undefined || c.max === undefined || c.min <= c.max, {
    message: messageText('schema.minMax'),
    path: ['min'],
  })
  .superRefine((c, ctx) => {
    const type = c.references === 'provinces' ? 'code' : 'string';
    if (c.references !== undefined && c.type !== type) {
      const said = say('schema.referenceType', { table: c.references, type });
      custom(ctx, said, ['references']);
    }
  })
  .refine((c) => (c.separator === undefined && c.values === undefined) || c.type === 'string', {
    message: messageText('schema.valuesType'),
    path: ['type'],
  })
  .refine((c) => (c.when === undefined && c.except === undefined) || c.references === 'province_names', {
    message: messageText('schema.whenNeedsNames'),
    path: ['when'],
  });

export const datasetSchemaSchema = z
  .strictObject({
    /** Permanent id: charts, stories and URLs (`/du-lieu/<id>/`) use it. kebab-case. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, messageText('file.idFormat')),
    title: nonEmpty,
    description: paragraph(),
    /** Topic folder in `data/`, for the catalog. */
    topic: nonEmpty.optional(),
    sources: z.array(sourceSchema).min(1, messageText('schema.noSource')),
    licence: licenceSchema,
    caveats: z.array(paragraph()).default([]),
    /** Breaks in the series (changes of standard); boundary changes come from data/geo/boundary-changes.csv. */
    breaks: z.array(seriesBreakSchema).default([]),
    /**
     * How numbers are written in the file: `.` (default: 1417.3) or `,` (Vietnamese Excel
     * exports: 1.417,3, where `.` groups thousands).
     */
    decimal: z.enum(['.', ',']).default('.'),
    /** Field delimiter; guessed between `,` and `;` when absent. */
    delimiter: z.enum([',', ';']).optional(),
    /**
     * What one row of the file is, in a reader's words, completing "Mỗi dòng là …":
     * `một tỉnh trong một năm`. Without it the page says which columns tell rows apart.
     */
    eachRow: text(120).optional(),
    primaryKey: z.array(nonEmpty).min(1, messageText('schema.primaryKey')),
    columns: z.array(columnSchema).min(1),
  })
  .superRefine(
    (value, ctx) => {
      // With `when`, this runs even when other fields failed, so problems are listed all at once;
      // `value` may then be partly invalid.
      const s = value as Partial<{ columns: unknown; primaryKey: unknown }>;
      const names = Array.isArray(s.columns) ? s.columns.map((c: { name?: unknown }) => c?.name) : [];
      names.forEach((name, i) => {
        if (names.indexOf(name) !== i) custom(ctx, say('schema.columnTwice', { column: String(name) }), ['columns', i, 'name']);
      });
      const columns = Array.isArray(s.columns) ? (s.columns as { type?: unknown }[]) : [];
      columns.forEach((c, i) => {
        if (c?.type === 'reliability' && columns.findIndex((d) => d?.type === 'reliability') !== i) {
          custom(ctx, say('schema.oneReliability'), ['columns', i, 'type']);
        }
      });
      columns.forEach((c, i) => {
        const when = (c as { when?: unknown }).when;
        if (typeof when !== 'object' || when === null) return;
        for (const column of Object.keys(when)) {
          if (!names.includes(column)) custom(ctx, say('schema.whenColumn', { column }), ['columns', i, 'when', column]);
        }
      });
      if (!Array.isArray(s.primaryKey)) return;
      s.primaryKey.forEach((key, i) => {
        if (!names.includes(key)) custom(ctx, say('schema.keyNotColumn', { column: String(key) }), ['primaryKey', i]);
      });
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

export type DatasetSchema = z.output<typeof datasetSchemaSchema>;
export type ColumnSchema = z.output<typeof columnSchema>;
export type Source = z.output<typeof sourceSchema>;
export type SeriesBreak = z.output<typeof seriesBreakSchema>;
