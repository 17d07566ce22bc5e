/**
 * The ids of the charts a story's text places, with `<Chart id="…">`.
 *
 * @example chartIdsIn('Text\n\n<Chart id="lai-chau-ha-tang-2024" />') // ['lai-chau-ha-tang-2024']
 */
export function chartIdsIn(text: string): string[] {
  return [...text.matchAll(/<Chart\s[^>]*id=["']([^"']+)["']/g)].map((match) => match[1]);
}

/**
 * The stories that show a chart: as their hero chart or placed in their text (`placed`: the
 * chart ids a story's text places, see `chartIdsIn`).
 *
 * @example storiesUsingChart(stories, 'lai-chau-ha-tang-2024', (story) => chartIdsIn(textOf(story)))
 */
export function storiesUsingChart<T extends { data: { heroChart?: string } }>(
  stories: readonly T[],
  chartId: string,
  placed: (story: T) => readonly string[],
): T[] {
  return stories.filter((story) => story.data.heroChart === chartId || placed(story).includes(chartId));
}
