/** Vietnamese collation: Đà Nẵng before Điện Biên before Hà Nội, unlike code-point order. */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Compares two names in Vietnamese order, for `Array.prototype.sort`. */
export const compareVi = (a: string, b: string): number => viCollator.compare(a, b);

/**
 * A sorted copy of `items`, ordered by the name `key` returns.
 *
 * @example sortByName(provinces, (p) => p.name)
 */
export function sortByName<T>(items: Iterable<T>, key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareVi(key(a), key(b)));
}
