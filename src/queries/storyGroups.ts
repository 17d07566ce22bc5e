import type { PaginateFunction } from 'astro';
import { groupStories, PAGE_SIZE } from '../lib/stories/groupStories.ts';
import { withCacheKeys } from './pageKeys.ts';
import { stories, type Story } from './stories.ts';

/**
 * The paginated pages of story lists grouped by a key (a tag, an author, a section): one group
 * per slug, its name as written passed on as a prop. `params` turns a group's slug into the
 * route's parameters.
 */
export async function storyGroupPaths(
  paginate: PaginateFunction,
  keys: (story: Story) => readonly string[],
  params: (slug: string, name: string) => Record<string, string>,
) {
  const groups = groupStories(await stories(), keys);
  return withCacheKeys(
    [...groups.entries()].flatMap(([slug, { name, stories: list }]) =>
      paginate(list, { pageSize: PAGE_SIZE, params: params(slug, name), props: { name } }),
    ),
    ({ props }) => props.page.url.current,
  );
}
