import { describe, expect, it } from 'vitest';
import { frontPage } from '../../../src/lib/stories/frontPage.ts';
import { groupStories } from '../../../src/lib/stories/groupStories.ts';
import { jsonLd, newsArticle } from '../../../src/lib/stories/newsArticle.ts';
import { authorPath, sectionPath, storyPath, tagPath } from '../../../src/lib/urls.ts';
import { publishedStories, readingMinutes, relatedStories } from '../../../src/lib/stories/publishedStories.ts';
import { storySchema } from '../../../src/lib/stories/storySchema.ts';

const story = (
  id: string,
  date: string,
  extra: Partial<{ draft: boolean; featured: boolean; provinces: string[]; tags: string[]; section: [string, string] }> = {},
) => ({
  id,
  data: {
    publishedAt: new Date(date),
    draft: false,
    featured: false,
    provinces: [] as string[],
    tags: [] as string[],
    section: ['Xã hội', 'An sinh xã hội'] as [string, string],
    ...extra,
  },
});

describe('publishedStories(stories, now, { drafts })', () => {
  const all = [
    story('cu', '2026-11-01T08:00:00+07:00'),
    story('moi', '2026-11-20T08:00:00+07:00'),
    story('nhap', '2026-11-10T08:00:00+07:00', { draft: true }),
    story('tuong-lai', '2026-12-01T08:00:00+07:00'),
  ];
  const now = new Date('2026-11-29T09:00:00+07:00');

  it('keeps no drafts and nothing dated after now, newest first', () => {
    expect(publishedStories(all, now, { drafts: false }).map((s) => s.id)).toEqual(['moi', 'cu']);
  });

  it('shows drafts when previewing, never future stories', () => {
    expect(publishedStories(all, now, { drafts: true }).map((s) => s.id)).toEqual(['moi', 'nhap', 'cu']);
  });

  it('publishes a scheduled story in the first build after its time', () => {
    expect(publishedStories(all, new Date('2026-12-01T08:00:00+07:00'), { drafts: false })[0].id).toBe('tuong-lai');
  });
});

describe('relatedStories(story, stories)', () => {
  it('gives other stories sharing a province, a tag or the section, newest first', () => {
    const base = story('a', '2026-11-20T08:00:00+07:00', { provinces: ['12'], tags: ['Giảm nghèo'] });
    const all = [
      base,
      story('tinh', '2026-11-01T08:00:00+07:00', { provinces: ['12'], section: ['Dữ liệu', 'Ghi chú'] }),
      story('the', '2026-11-10T08:00:00+07:00', { tags: ['Giảm nghèo'], section: ['Dữ liệu', 'Ghi chú'] }),
      story('muc', '2026-11-05T08:00:00+07:00'),
      story('khac', '2026-11-25T08:00:00+07:00', { section: ['Dữ liệu', 'Ghi chú'] }),
    ];
    expect(
      relatedStories(all)
        .get('a')!
        .map((s) => s.id),
    ).toEqual(['the', 'muc', 'tinh']);
  });

  it('gives the four nearest in time, a tie to the earlier, so a new story enters only its neighbours’ lists', () => {
    const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}T08:00:00+07:00`;
    const all = [2, 4, 6, 8, 10, 12, 14].map((d) => story(`s${d}`, day(d)));
    const before = relatedStories(all);
    expect(before.get('s8')!.map((s) => s.id)).toEqual(['s12', 's10', 's6', 's4']);
    expect(before.get('s2')!.map((s) => s.id)).toEqual(['s10', 's8', 's6', 's4']);

    const after = relatedStories([...all, story('s20', day(20))]);
    const changed = all.filter((s) => JSON.stringify(after.get(s.id)) !== JSON.stringify(before.get(s.id))).map((s) => s.id);
    expect(changed).toEqual(['s14']);
  });
});

describe('readingMinutes(body)', () => {
  it('counts words at 200 a minute, not MDX tags or imports, at least 1', () => {
    expect(readingMinutes(`import X from 'y';\n\n${'từ '.repeat(1000)}<Chart id="a" />`)).toBe(5);
    expect(readingMinutes('ngắn')).toBe(1);
  });
});

describe('groupStories(stories, keys)', () => {
  it('groups by slug, a story in each of its groups', () => {
    const groups = groupStories(
      [
        story('a', '2026-11-01T00:00:00Z', { tags: ['Giảm nghèo', 'Lai Châu'] }),
        story('b', '2026-11-01T00:00:00Z', { tags: ['Giảm nghèo'] }),
      ],
      (s) => s.data.tags,
    );
    expect([...groups].map(([slug, g]) => [slug, g.name, g.stories.map((s) => s.id)])).toEqual([
      ['giam-ngheo', 'Giảm nghèo', ['a', 'b']],
      ['lai-chau', 'Lai Châu', ['a']],
    ]);
  });
});

describe('frontPage(stories)', () => {
  it('leads with the newest featured story, then the latest, then the sections with what is left', () => {
    const all = [
      story('moi', '2026-11-20T00:00:00Z'),
      story('noi-bat', '2026-11-10T00:00:00Z', { featured: true }),
      story('du-lieu', '2026-11-05T00:00:00Z', { section: ['Dữ liệu', 'Ghi chú dữ liệu'] }),
      story('cu', '2026-11-01T00:00:00Z'),
      story('cu-hon', '2026-10-01T00:00:00Z', { section: ['Dữ liệu', 'Ghi chú dữ liệu'] }),
    ];
    const page = frontPage(all, { latestCount: 2 });
    expect(page.lead?.id).toBe('noi-bat');
    expect(page.latest.map((s) => s.id)).toEqual(['moi', 'du-lieu']);
    expect(page.sections.map((s) => [s.name, s.slug, s.stories.map((x) => x.id)])).toEqual([
      ['An sinh xã hội', 'an-sinh-xa-hoi', ['cu']],
      ['Ghi chú dữ liệu', 'ghi-chu-du-lieu', ['cu-hon']],
    ]);
  });

  it('leads with the newest story when none is featured', () => {
    const page = frontPage([story('moi', '2026-11-20T00:00:00Z'), story('cu', '2026-11-01T00:00:00Z')]);
    expect(page.lead?.id).toBe('moi');
    expect(page.latest.map((s) => s.id)).toEqual(['cu']);
    expect(page.sections).toEqual([]);
  });

  it('shows no story twice, and every story up to the limits once', () => {
    const sections: [string, string][] = [
      ['Xã hội', 'An sinh xã hội'],
      ['Xã hội', 'Hạ tầng nông thôn'],
      ['Dữ liệu', 'Ghi chú dữ liệu'],
    ];
    const all = Array.from({ length: 20 }, (_, i) =>
      story(`bai-${i}`, new Date(Date.UTC(2026, 10, 28 - i)).toISOString(), { section: sections[i % 3], featured: i === 7 }),
    );
    const page = frontPage(all, { latestCount: 4, perSection: 3 });
    const shown = [page.lead!, ...page.latest, ...page.sections.flatMap((s) => s.stories)].map((s) => s.id);
    expect(shown[0]).toBe('bai-7');
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown).toHaveLength(1 + 4 + 3 * 3);
  });

  it('has no lead and nothing else when nothing is published', () => {
    expect(frontPage([])).toEqual({ lead: undefined, latest: [], sections: [] });
  });
});

describe('URLs', () => {
  it('are Vietnamese slugs without diacritics', () => {
    expect(storyPath('lai-chau')).toBe('/bai-viet/lai-chau/');
    expect(sectionPath(['Xã hội', 'An sinh xã hội'])).toBe('/chuyen-muc/xa-hoi/an-sinh-xa-hoi/');
    expect(tagPath('Điện Biên')).toBe('/the/dien-bien/');
    expect(authorPath('Ban Dữ liệu Thước Đo')).toBe('/tac-gia/ban-du-lieu-thuoc-do/');
  });
});

describe('storySchema', () => {
  const valid = {
    title: 'T',
    lede: 'L',
    publishedAt: '2026-11-26T08:00:00+07:00',
    authors: ['A'],
    section: ['Xã hội', 'An sinh xã hội'],
  };

  it('reads a Vietnam-time dateline and fills defaults', () => {
    const data = storySchema.parse(valid);
    expect(data.publishedAt.toISOString()).toBe('2026-11-26T01:00:00.000Z');
    expect(data).toMatchObject({ draft: false, featured: false, tags: [], provinces: [], corrections: [] });
  });

  it('names each wrong field', () => {
    const result = storySchema.safeParse({ ...valid, publishedAt: '26/11/2026', provinces: ['1'], tag: ['x'] });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.') || i.message);
    expect(paths).toEqual(expect.arrayContaining(['publishedAt', 'provinces.0']));
    expect(result.error!.issues.map((i) => i.message).join('\n')).toMatch(/tag/);
    expect(result.error!.issues.find((i) => i.path[0] === 'publishedAt')?.message).toBe('không phải ngày giờ');
  });
});

describe('newsArticle(data, url, image)', () => {
  it('is schema.org NewsArticle with Vietnam-time dates, and JSON-LD cannot close its script tag', () => {
    const data = storySchema.parse({
      title: 'Tiêu đề </script>',
      lede: 'Sapo',
      publishedAt: '2026-11-26T08:00:00+07:00',
      authors: ['Ban Dữ liệu Thước Đo'],
      section: ['Xã hội', 'An sinh xã hội'],
      tags: ['Giảm nghèo'],
    });
    const article = newsArticle(data, 'https://thuocdo.vn/bai-viet/x/', 'https://thuocdo.vn/bieu-do/y.png');
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2026-11-26T08:00:00+07:00',
      inLanguage: 'vi',
      image: ['https://thuocdo.vn/bieu-do/y.png'],
    });
    expect(jsonLd(article)).not.toContain('</script>');
  });
});
