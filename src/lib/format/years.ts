/**
 * A list of years with runs collapsed, for "years covered" lines.
 *
 * @example formatYears([2006, 2008, 2010, 2012, 2013, 2014, 2015]) // '2006, 2008, 2010, 2012–2015'
 */
export function formatYears(years: Iterable<number>): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    // Two adjacent years read better as a list than as a range.
    if (j - i >= 2) runs.push(`${sorted[i]}–${sorted[j]}`);
    else runs.push(...sorted.slice(i, j + 1).map(String));
    i = j + 1;
  }
  return runs.join(', ');
}
