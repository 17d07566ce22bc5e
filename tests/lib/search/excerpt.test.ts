import { describe, expect, it } from 'vitest';
import { FOLDED_MARKER, searchExcerpt } from '../../../src/lib/search/excerpt.ts';

const marked = ({ text, marks }: { text: string; marks: [number, number][] }) => marks.map(([a, b]) => text.slice(a, b));

describe('searchExcerpt(content, query)', () => {
  const page = [
    'Điện Biên.',
    'Vùng Trung du và miền núi phía Bắc.',
    '42,9 26,1 13,8 5,8 2006 2008 2010 2016.',
    'Tỷ lệ hộ nghèo của Điện Biên giảm từ 42,9% năm 2006 xuống 26,1% năm 2016, vẫn cao gấp bốn lần cả nước.',
    `${FOLDED_MARKER} dien do den doi duong`,
  ].join(' ');

  it('writes a sentence of the page that holds the whole query, typed without diacritics, and marks all of it', () => {
    const excerpt = searchExcerpt(page, 'dien bien');
    expect(excerpt.text).toMatch(/^Tỷ lệ hộ nghèo của Điện Biên giảm/);
    expect(marked(excerpt)).toEqual(['Điện Biên']);
  });

  it('never shows the folded words indexed after the text, nor a run of figures', () => {
    for (const query of ['duong', 'dien', '42,9', 'den']) {
      const { text } = searchExcerpt(page, query);
      expect(text).not.toContain('dien do den');
      expect(text).not.toMatch(/^42,9 26,1/);
      expect(text).not.toContain(FOLDED_MARKER);
    }
  });

  it('marks each word when the query is not found whole, and only at word starts', () => {
    const excerpt = searchExcerpt('Hộ nghèo ở vùng núi giảm nhanh. Cả nước có 5,8% hộ nghèo.', 'ho vung');
    expect(excerpt.text).toBe('Hộ nghèo ở vùng núi giảm nhanh.');
    expect(marked(excerpt)).toEqual(['Hộ', 'vùng']);
    expect(marked(searchExcerpt('Chương trình giảm nghèo bền vững.', 'ngheo'))).toEqual(['nghèo']);
    expect(marked(searchExcerpt('Chương trình giảm nghèo bền vững.', 'heo'))).toEqual([]);
  });

  it('keeps a sentence whole across its semicolons, so an excerpt never starts mid-clause', () => {
    const excerpt = searchExcerpt('Miền núi. Đến năm 2016, đồng bằng gần 100%; thấp nhất là Điện Biên với 78,5%.', 'dien bien');
    expect(excerpt.text).toBe('Đến năm 2016, đồng bằng gần 100%; thấp nhất là Điện Biên với 78,5%.');
  });

  it('falls back to the first sentence of prose when the match is in the title only', () => {
    const excerpt = searchExcerpt('Lai Châu. Hạ tầng nông thôn của tỉnh năm 2024 theo báo cáo của tỉnh.', 'cau duong');
    expect(excerpt).toEqual({ text: 'Hạ tầng nông thôn của tỉnh năm 2024 theo báo cáo của tỉnh.', marks: [] });
  });

  it('cuts a long sentence at word boundaries around its first mark', () => {
    const long = `${'Một câu rất dài về hạ tầng nông thôn '.repeat(8)}và Điện Biên ở cuối câu này${' cùng nhiều chữ nữa'.repeat(6)}.`;
    const excerpt = searchExcerpt(long, 'điện biên');
    expect(excerpt.text.length).toBeLessThanOrEqual(202);
    expect(excerpt.text).toMatch(/^…\S/);
    expect(excerpt.text).toMatch(/\S…$/);
    expect(marked(excerpt)).toEqual(['Điện Biên']);
  });
});
