import { describe, expect, it } from 'vitest';
import { provincesByRegion } from '../../../src/lib/provinces/provinceIndex.ts';
import { provincesOf } from '../../../src/lib/provinces/provincesOf.ts';
import { testContext } from '../../helpers/chartFixture.ts';

describe('provincesByRegion(provinces)', () => {
  it('groups by region, names in Vietnamese order', () => {
    const groups = provincesByRegion(testContext.provinces.values());
    expect(groups.map((g) => [g.region, g.provinces.map((p) => p.name)])).toEqual([
      ['Trung du và miền núi phía Bắc', ['Điện Biên', 'Hà Nội', 'Lai Châu']],
    ]);
  });
});

describe('provincesOf(codes, provinces, storyId)', () => {
  it('gives the provinces of the codes, and names the story for an unknown code', () => {
    expect(provincesOf(['12', '11'], testContext.provinces, 's').map((p) => p.name)).toEqual(['Lai Châu', 'Điện Biên']);
    expect(() => provincesOf(['99'], testContext.provinces, 'bai-x')).toThrow(
      'src/content/stories/bai-x: provinces: no province has the code "99"',
    );
  });
});
