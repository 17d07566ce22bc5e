import type { Source } from '../data/datasetSchema.ts';
import { catalogStrings } from '../ui/catalog.ts';
import { reliabilityText } from '../ui/reliability.ts';
import { formatSourceDate } from './sourceDate.ts';

/** A source of a dataset, ready to display. */
export interface SourceItem {
  title: string;
  url?: string;
  publisher: string;
  /** How far it can be trusted, in words: `báo chí`, `nguồn thứ cấp`… */
  reliability: string;
  /** Named in credit lines, or only listed here. */
  credited: boolean;
  /** Vietnamese date: `12/08/2024`, `tháng 8/2024` or `2024`. */
  date: string;
  /** The date as the schema gives it, for `<time datetime>`. */
  dateTime: string;
  document?: string;
  /** How the figures were read from it, in words: "Báo chí thuật lại văn bản…". */
  reading?: string;
  note?: string;
  /** The title as published and the collector's first note, for the "Nguồn gốc" detail. */
  originalTitle?: string;
  originalNote?: string;
  /** The key a `source_id` column uses for this source. */
  id?: string;
}

/**
 * A dataset's sources in schema order, with their dates written the Vietnamese way.
 *
 * @example datasetSources([{ title: 'Niên giám', publisher: 'GSO', date: '2024-08' }])[0].date // 'tháng 8/2024'
 */
export function datasetSources(sources: readonly Source[]): SourceItem[] {
  return sources.map((source) => {
    const { title, url, publisher, reliability, credited, date, document, reading, note, originalTitle, originalNote, id } =
      source;
    return {
      title,
      url,
      publisher,
      reliability: catalogStrings.reliability[reliability],
      credited,
      date: formatSourceDate(date),
      dateTime: date,
      document,
      reading: reading === undefined ? undefined : reliabilityText[reading].description,
      note,
      originalTitle,
      originalNote,
      id,
    };
  });
}
