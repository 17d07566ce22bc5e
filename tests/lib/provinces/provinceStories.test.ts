import { describe, expect, it } from 'vitest';
import { storiesAbout } from '../../../src/lib/provinces/provinceStories.ts';

describe('storiesAbout(stories, code)', () => {
  it('keeps the stories listing the code, in the order given', () => {
    const stories = [
      { id: 'b', data: { provinces: ['12', '11'] } },
      { id: 'a', data: { provinces: ['01'] } },
      { id: 'c', data: { provinces: ['12'] } },
    ];
    expect(storiesAbout(stories, '12').map((s) => s.id)).toEqual(['b', 'c']);
    expect(storiesAbout(stories, '99')).toEqual([]);
  });
});
