import { VIETNAM_TIME_ZONE } from '../format/date.ts';

export interface CitationInput {
  title: string;
  url: string;
  /** The publishers of the chart's sources. */
  sources: string[];
  /** When the citation is made: the build date. */
  date: Date;
}

/**
 * A citation line for a chart: publication, year, title, URL and the data's sources.
 *
 * @example chartCitation({ title: 'T', url: 'https://thuocdo.vn/bieu-do/x/', sources: ['Tổng cục Thống kê'], date })
 * // 'Thước Đo (2026). T. https://thuocdo.vn/bieu-do/x/. Số liệu: Tổng cục Thống kê.'
 */
export function chartCitation({ title, url, sources, date }: CitationInput): string {
  const year = new Intl.DateTimeFormat('en', { timeZone: VIETNAM_TIME_ZONE, year: 'numeric' }).format(date);
  return `Thước Đo (${year}). ${title}. ${url}. Số liệu: ${sources.join('; ')}.`;
}
