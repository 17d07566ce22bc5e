import { describe, expect, it } from 'vitest';
import { storyFileIssues, storySlug } from '../../../src/lib/stories/storyFiles.ts';
import { storySchema } from '../../../src/lib/stories/storySchema.ts';
import { storyFile } from '../../helpers/storyFixture.ts';

const dir = 'src/content/stories';
const frontMatter = (extra = '') => storyFile('Thử', extra);
const noPublicFiles = () => false;

describe('storySlug(path)', () => {
  it('is the file name folded, without folders or extension', () => {
    expect(storySlug('lai-chau.md')).toBe('lai-chau');
    expect(storySlug('2025/11/giam-ngheo.mdx')).toBe('giam-ngheo');
    expect(storySlug('Điện Biên đường mới.md')).toBe('dien-bien-duong-moi');
    expect(storySlug('🎉.md')).toBe('');
  });
});

describe('storyFileIssues(files, publicFileExists)', () => {
  it('accepts stories in folders and with diacritics in their names, at ASCII addresses', () => {
    const files = [
      { path: `${dir}/2025/lai-chau.md`, text: frontMatter() },
      { path: `${dir}/Điện Biên.mdx`, text: frontMatter() },
    ];
    expect(storyFileIssues(files, noPublicFiles)).toEqual([]);
  });

  it('refuses two files that would publish at one address, naming both', () => {
    const files = [
      { path: `${dir}/x.md`, text: frontMatter() },
      { path: `${dir}/x.mdx`, text: frontMatter() },
      { path: `${dir}/2024/X.md`, text: frontMatter() },
    ];
    expect(storyFileIssues(files, noPublicFiles)).toEqual([
      expect.objectContaining({ file: `${dir}/x.md`, message: `đăng ở cùng địa chỉ /bai-viet/x/ với ${dir}/2024/X.md` }),
      expect.objectContaining({ file: `${dir}/x.mdx`, message: `đăng ở cùng địa chỉ /bai-viet/x/ với ${dir}/2024/X.md` }),
    ]);
  });

  it('refuses a file name with nothing to make an address from', () => {
    const [issue] = storyFileIssues([{ path: `${dir}/🎉.md`, text: frontMatter() }], noPublicFiles);
    expect(issue).toMatchObject({ file: `${dir}/🎉.md`, hint: expect.stringContaining('đặt tên tệp') });
  });

  it('finds invisible characters anywhere in the file, at their line and column', () => {
    const text = frontMatter().replace('title: Thử', 'title: Thử\u000Bnghiệm').replace('Nội dung.', 'Nội \u202Edung.');
    expect(
      storyFileIssues([{ path: `${dir}/a.md`, text }], noPublicFiles).map(({ line, column, message }) => [line, column, message]),
    ).toEqual([
      [2, 11, expect.stringContaining('U+000B')],
      [9, 5, expect.stringContaining('U+202E')],
    ]);
  });

  it('refuses a hero photo that is not in public/, at its line', () => {
    const text = frontMatter('hero:\n  src: /anh/khong-co.jpg\n  alt: Ảnh\n  caption: Chú thích\n  credit: TTXVN\n');
    const issues = storyFileIssues([{ path: `${dir}/a.md`, text }], (path) => path === '/anh/co.jpg');
    expect(issues).toEqual([
      expect.objectContaining({
        line: 8,
        value: '/anh/khong-co.jpg',
        message: 'không có ảnh này trong public/',
        hint: 'đặt ảnh vào public/anh/khong-co.jpg, hoặc sửa đường dẫn',
      }),
    ]);
    expect(
      storyFileIssues([{ path: `${dir}/a.md`, text: text.replace('khong-co', 'co') }], (path) => path === '/anh/co.jpg'),
    ).toEqual([]);
  });
});

describe('storySchema against names and text that break pages', () => {
  const valid = {
    title: 'Thử',
    lede: 'Thử nghiệm.',
    publishedAt: '2026-11-20T08:00:00+07:00',
    authors: ['Ban Dữ liệu'],
    section: ['Xã hội', 'An sinh xã hội'],
  };

  it('refuses a tag, an author or a section with no letter or digit for its address', () => {
    for (const extra of [{ tags: ['🎉'] }, { authors: ['★★'] }, { section: ['Xã hội', '—'] }]) {
      const result = storySchema.safeParse({ ...valid, ...extra });
      expect(result.success, JSON.stringify(extra)).toBe(false);
      if (!result.success) expect(result.error.issues[0].message).toBe('không có chữ cái hay chữ số nào để làm đường dẫn');
    }
  });

  it('refuses a vertical tab in the title, which would break the RSS feed', () => {
    const result = storySchema.safeParse({ ...valid, title: 'Giảm nghèo\u000Bở Lai Châu' });
    expect(result.success).toBe(false);
  });

  it('takes a hero photo only as a path inside public/', () => {
    const hero = { alt: 'Ảnh', caption: 'Chú thích', credit: 'TTXVN' };
    for (const src of ['https://cdn.example/anh.jpg', '//cdn.example/anh.jpg', 'anh.jpg', 'javascript:alert(1)']) {
      expect(storySchema.safeParse({ ...valid, hero: { ...hero, src } }).success, src).toBe(false);
    }
    expect(storySchema.safeParse({ ...valid, hero: { ...hero, src: '/anh/lai-chau.jpg' } }).success).toBe(true);
  });
});
