import { compareVi } from '../format/collate.ts';
import { slugify } from '../format/slug.ts';
import type { CatalogItem } from './datasetCatalog.ts';

/** The datasets of one topic, for a section of the catalog page. */
export interface CatalogGroup {
  topic: string;
  /** For the section's `id`: `Nghèo đói` → `ngheo-doi`. */
  slug: string;
  items: CatalogItem[];
}

/**
 * Catalog items grouped by topic: topics in Vietnamese order (Điều kiện sống before Hạ tầng), and
 * within a topic the order the items came in.
 *
 * @example catalogGroups(items).map((g) => g.topic) // ['Địa giới hành chính', 'Điều kiện sống', 'Hạ tầng nông thôn', …]
 */
export function catalogGroups(items: readonly CatalogItem[]): CatalogGroup[] {
  const groups = new Map<string, CatalogItem[]>();
  for (const item of items) {
    const group = groups.get(item.topic);
    if (group) group.push(item);
    else groups.set(item.topic, [item]);
  }
  return [...groups]
    .sort(([a], [b]) => compareVi(a, b))
    .map(([topic, grouped]) => ({ topic, slug: slugify(topic), items: grouped }));
}
