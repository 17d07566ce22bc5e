import { unified } from '@astrojs/markdown-remark';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DataValidationError, type DataIssue } from '../../src/lib/data/index.ts';
import { withEditorErrors } from '../../src/lib/markdown/mdxErrors.ts';
import { remarkStoryChecks } from '../../src/lib/markdown/remarkStoryChecks.ts';
import { povertyProject } from '../helpers/dataFixture.ts';

const root = povertyProject(
  'province_code,province,year,households,rate\n12,Lai Châu,2006,33486,58.2\n12,Lai Châu,2016,1,\n11,Điện Biên,2006,2,50.1\n11,Điện Biên,2016,3,40\n',
);
const chartDir = join(root, 'src/content/charts');
mkdirSync(chartDir, { recursive: true });
writeFileSync(join(chartDir, 'lai-chau-ha-tang-2024.yaml'), 'id: lai-chau-ha-tang-2024\n');

const processor = withEditorErrors(unified({ remarkPlugins: [[remarkStoryChecks, { chartDir, root }]] }), root);
const story = join(root, 'src/content/stories/lai-chau.mdx');

/** Compiles an MDX story as Astro does (front matter blanked, lines kept); its issues, or [] when it compiles. */
async function issuesOf(body: string): Promise<DataIssue[]> {
  const renderer = await processor.createMdxRenderer!({}, { optimize: false, srcDir: pathToFileURL(join(root, 'src/')) });
  try {
    await renderer.process(`\n\n\n${body}`, story, {});
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return [...(error as DataValidationError).issues];
  }
}

const FILE = 'src/content/stories/lai-chau.mdx';

describe('remarkStoryChecks({ chartDir, root }) in the MDX pipeline', () => {
  it('accepts a story whose charts and numbers exist', async () => {
    const body = [
      '<Chart id="lai-chau-ha-tang-2024" />',
      '',
      'Tỷ lệ là <DataValue dataset="poverty" where={{ province_code: \'12\', year: 2006 }} column="rate" unit="percent" />,',
      'hay <So bo="poverty" tinh="Lai Châu" nam="2006" cot="rate" />.',
    ].join('\n');
    expect(await issuesOf(body)).toEqual([]);
  });

  it('names an unknown chart id at its line, with the closest id', async () => {
    expect(await issuesOf('Đoạn văn.\n\n<Chart id="lai-chau-ha-tang" />')).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 6,
        column: 8,
        value: 'lai-chau-ha-tang',
        message: 'không có biểu đồ nào mang mã này',
        hint: 'Có phải "lai-chau-ha-tang-2024"? Mã biểu đồ là tên tệp (không có .yaml) trong src/content/charts/',
      }),
    ]);
  });

  it('names a misspelled province in <DataValue where>, with the spelling of the data', async () => {
    const [issue] = await issuesOf(
      'Tỷ lệ <DataValue dataset="poverty" where={{ province: \'Lai Chau\', year: 2006 }} column="rate" unit="percent" />.',
    );
    expect(issue).toMatchObject({
      file: FILE,
      line: 4,
      column: 36,
      message: 'không dòng nào của poverty có province = "Lai Chau"',
      hint: 'Có phải "Lai Châu"? Dùng một giá trị có trong cột province của tệp CSV',
    });
  });

  it('names a misspelled province in the short form, with the reference name', async () => {
    expect(await issuesOf('Tỷ lệ <So bo="poverty" tinh="Lai Chau" nam="2006" cot="rate" />.')).toEqual([
      expect.objectContaining({
        line: 4,
        column: 24,
        value: 'Lai Chau',
        message: 'không phải tên hay mã tỉnh nào',
        hint: 'Có phải "Lai Châu"? Viết tên tỉnh có dấu như trong data/geo/provinces.csv, hoặc mã hai chữ số',
      }),
    ]);
  });

  it('names an unknown dataset and column with the closest, every problem of the file at once', async () => {
    const body = [
      'A <DataValue dataset="povrty" where={{ year: 2006 }} unit="percent" />.',
      '',
      'B <DataValue dataset="poverty" where={{ provice_code: \'12\', year: 2006 }} column="rate" unit="percent" />.',
    ].join('\n');
    expect((await issuesOf(body)).map(({ line, message, hint }) => [line, message, hint])).toEqual([
      [4, 'không có bộ dữ liệu nào mang mã này', 'Có phải "poverty"? Mã bộ dữ liệu là tên tệp CSV trong data/, không có .csv'],
      [
        6,
        'bộ dữ liệu poverty không có cột "provice_code"',
        'Có phải "province_code"? Tên cột viết đúng như dòng đầu tệp CSV: province_code, province, year, households, rate',
      ],
    ]);
  });

  it('refuses a selection of several rows, naming the columns that tell them apart', async () => {
    const [issue] = await issuesOf(
      '<DataValue dataset="poverty" where={{ province_code: \'12\' }} column="rate" unit="percent" />',
    );
    expect(issue).toMatchObject({
      message: "2 dòng của poverty khớp { province_code: '12' }; cần đúng một dòng",
      hint: 'thêm điều kiện để chọn một dòng, theo cột year',
    });
  });

  it('refuses a number the source does not have, naming the CSV line', async () => {
    const [issue] = await issuesOf('<So bo="poverty" tinh="12" nam="2016" cot="rate" />');
    expect(issue).toMatchObject({
      message: 'ô "rate" của dòng được chọn (data/poverty/poverty.csv:3) để trống: nguồn không có số này',
    });
  });

  it('names an unknown component and a prop that is not written out', async () => {
    const body = 'A <DataValu dataset="poverty" />.\n\nB <DataValue dataset="poverty" where={conditions} unit="percent" />.';
    expect((await issuesOf(body)).map(({ line, message, hint }) => [line, message, hint])).toEqual([
      [4, 'không có thành phần <DataValu>', expect.stringMatching(/^Có phải "DataValue"\? /)],
      [6, 'giá trị của "where" phải viết trực tiếp', expect.stringContaining("where={{ province_code: '12', year: 2006 }}")],
    ]);
  });

  it('tells an MDX syntax error in Vietnamese, at its line and column', async () => {
    expect(await issuesOf('Tỷ lệ 3 <5 là sai.')).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 4,
        column: 10,
        key: 'mdx.tag',
        message: 'thẻ <…> viết sai ở đây (ký tự 5 không đúng chỗ)',
      }),
    ]);
    expect(await issuesOf('<So bo="poverty" tinh="12" nam="2006" cot="rate">\n\nhết')).toEqual([
      expect.objectContaining({ key: 'mdx.unclosed', message: 'thẻ <…> hoặc ngoặc nhọn { mở ra mà không đóng' }),
    ]);
  });
});
