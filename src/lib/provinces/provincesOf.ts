import type { Province } from '../data/provinces.ts';

/**
 * The provinces a story names by code, in its order; an unknown code fails, naming the story.
 *
 * @example provincesOf(['12'], provinces, 'lai-chau') // [{ code: '12', name: 'Lai Châu', … }]
 */
export function provincesOf(codes: readonly string[], provinces: ReadonlyMap<string, Province>, storyId: string): Province[] {
  return codes.map((code) => {
    const province = provinces.get(code);
    if (!province)
      throw new Error(
        `src/content/stories/${storyId}: provinces: no province has the code "${code}" (see data/geo/provinces.csv)`,
      );
    return province;
  });
}
