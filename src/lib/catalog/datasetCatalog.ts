import { datasetSummary } from '../data/datasetSummary.ts';
import type { DatasetSchema } from '../data/datasetSchema.ts';
import { creditedSources, sourceCredit } from '../data/sourceCredit.ts';
import type { Row } from '../data/table.ts';
import { compareVi } from '../format/collate.ts';
import { formatInteger } from '../format/number.ts';
import { formatYears } from '../format/years.ts';
import { datasetPath } from '../urls.ts';
import { datasetCsvPath } from '../urls.ts';

/** One line of the data catalog, ready to display. */
export interface CatalogItem {
  id: string;
  title: string;
  description: string;
  topic: string;
  /** The dataset's page, `/du-lieu/<id>/`. */
  path: string;
  /** The CSV as bundled, `/du-lieu/<id>.csv`. */
  csvPath: string;
  /** Credits of the credited sources, in order, without repeats. */
  publishers: string[];
  rows: string;
  years: string;
}

/**
 * The datasets as the catalog lists them: by topic, then title, in Vietnamese order.
 *
 * @example datasetCatalog([{ schema, rows }])[0].rows // '568'
 */
export function datasetCatalog(datasets: readonly { schema: DatasetSchema; rows: Row[] }[]): CatalogItem[] {
  return datasets
    .map(({ schema, rows }) => {
      const summary = datasetSummary({ schema, rows });
      return {
        id: schema.id,
        title: schema.title,
        description: schema.description,
        topic: schema.topic ?? 'Khác',
        path: datasetPath(schema.id),
        csvPath: datasetCsvPath(schema.id),
        publishers: [...new Set(creditedSources(schema.sources).map(sourceCredit))],
        rows: formatInteger(summary.rowCount),
        years: formatYears(summary.years),
      };
    })
    .sort((a, b) => compareVi(a.topic, b.topic) || compareVi(a.title, b.title));
}
