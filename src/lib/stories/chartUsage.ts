/**
 * The stories that show a chart: as their hero chart or with `<Chart id="…">` in their body.
 *
 * @example storiesUsingChart(stories, 'lai-chau-ha-tang-2024')
 */
export function storiesUsingChart<T extends { body?: string; data: { heroChart?: string } }>(
  stories: readonly T[],
  chartId: string,
): T[] {
  const tag = new RegExp(`<Chart\\s[^>]*id=["']${chartId}["']`);
  return stories.filter((story) => story.data.heroChart === chartId || tag.test(story.body ?? ''));
}
