/**
 * The stories about a province: those whose front matter lists its code, in the order given
 * (the story query returns them newest first).
 *
 * @example storiesAbout(stories, '12').map((s) => s.id) // ['lai-chau-giam-ngheo-2006-2024', …]
 */
export function storiesAbout<T extends { data: { provinces: readonly string[] } }>(stories: readonly T[], code: string): T[] {
  return stories.filter((story) => story.data.provinces.includes(code));
}
