import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `name`, for "did you mean …?" hints; undefined when nothing is close.
 *
 * @example closest('provnce', ['province', 'year']) // 'province'
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = name.normalize('NFC').toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(wanted, candidate.normalize('NFC').toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  // Beyond half the length, a suggestion misleads more than it helps.
  return bestDistance <= Math.max(2, Math.floor(wanted.length / 2)) ? best : undefined;
}
