import { describe, expect, it } from 'vitest';
import { provinceNames } from '../../../src/lib/data/index.ts';
import { frontMatterIssues } from '../../../src/lib/stories/frontMatter.ts';
import { storyFile } from '../../helpers/storyFixture.ts';

const FILE = 'src/content/stories/a.mdx';
const references = {
  chartIds: new Set(['lai-chau-ha-tang-2024']),
  provinces: provinceNames([
    { code: '11', name: 'Điện Biên' },
    { code: '12', name: 'Lai Châu' },
  ]),
};
const shown = (text: string) =>
  frontMatterIssues(FILE, text, references).map(({ line, column, field, value, message, hint }) => ({
    line,
    column,
    field,
    value,
    message,
    hint,
  }));

describe('frontMatterIssues(file, text, references)', () => {
  it('accepts a valid front matter', () => {
    expect(shown(storyFile())).toEqual([]);
  });

  it('names an unknown field at its name, with the closest field', () => {
    expect(shown(storyFile('Thử', 'tag: [Giảm nghèo]\n'))).toEqual([
      {
        line: 7,
        column: 1,
        field: undefined,
        value: undefined,
        message: 'không có trường "tag" ở đây',
        hint: 'Có phải "tags"? Sửa tên trường cho đúng (chữ hoa, chữ thường như trong hướng dẫn), hoặc xóa dòng này',
      },
    ]);
  });

  it('suggests the code of a province written by name, and refuses a code no province has', () => {
    expect(shown(storyFile('Thử', "provinces: [Lai Châu, '13']\n"))).toEqual([
      expect.objectContaining({
        line: 7,
        column: 13,
        field: 'provinces.0',
        value: 'Lai Châu',
        hint: expect.stringMatching(/^Có phải "12"\? /),
      }),
    ]);
    expect(shown(storyFile('Thử', "provinces: ['13']\n"))).toEqual([
      expect.objectContaining({
        line: 7,
        column: 13,
        field: 'provinces.0',
        value: '13',
        message: 'không có tỉnh nào mang mã này',
      }),
    ]);
  });

  it('refuses a heroChart that no chart has, with the closest id', () => {
    expect(shown(storyFile('Thử', 'heroChart: lai-chau-ha-tang\n'))).toEqual([
      expect.objectContaining({
        line: 7,
        column: 12,
        value: 'lai-chau-ha-tang',
        hint: expect.stringMatching(/^Có phải "lai-chau-ha-tang-2024"\? /),
      }),
    ]);
  });

  it('tells broken YAML and a missing front matter in Vietnamese, at their line', () => {
    const broken = storyFile().replace('lede: Thử nghiệm.', 'lede: >-\n  Một câu\n mà thụt lề sai.');
    expect(shown(broken)).toEqual([expect.objectContaining({ line: 5, message: 'YAML viết sai cú pháp ở đây' })]);
    expect(shown('Chỉ có thân bài.\n')).toEqual([
      expect.objectContaining({ line: 1, column: 1, message: 'tệp không có phần đầu bài (front matter) giữa hai dòng ---' }),
    ]);
  });

  it('says a section needs two names, and an author list at least one', () => {
    const text = storyFile()
      .replace('authors: [Ban Dữ liệu]', 'authors: []')
      .replace('section: [Xã hội, An sinh xã hội]', 'section: [Xã hội]');
    expect(shown(text).map(({ line, message }) => [line, message])).toEqual([
      [5, 'cần ít nhất một tác giả'],
      [6, 'chuyên mục cần đúng hai tên: chuyên mục và mục con'],
    ]);
  });
});
