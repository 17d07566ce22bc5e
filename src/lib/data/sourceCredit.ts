import type { Source } from './datasetSchema.ts';

/**
 * The name a source is credited by: its publisher, labelled "nguồn thứ cấp" when it is a copy or
 * a reposting rather than the original, so that readers can weigh it.
 *
 * @example sourceCredit({ publisher: 'blcmhcmc.com', reliability: 'secondary' }) // 'blcmhcmc.com (nguồn thứ cấp)'
 */
export function sourceCredit(source: Pick<Source, 'publisher' | 'reliability'>): string {
  return source.reliability === 'secondary' ? `${source.publisher} (nguồn thứ cấp)` : source.publisher;
}

/** The sources a credit line names: all but those that are only how another was read. */
export const creditedSources = <T extends Pick<Source, 'credited'>>(sources: readonly T[]): T[] =>
  sources.filter((source) => source.credited);

/**
 * The parts of a cell that lists several values with its column's separator (`A|B`), trimmed as
 * validation reads them; the whole cell when the column declares none.
 *
 * @example cellParts('N-BQN-2022 | P-MOLISA-2022', { separator: '|' }) // ['N-BQN-2022', 'P-MOLISA-2022']
 */
export function cellParts(value: unknown, column: { separator?: string } | undefined): string[] {
  if (typeof value !== 'string') return [];
  return (column?.separator ? value.split(column.separator) : [value]).map((part) => part.trim()).filter(Boolean);
}
