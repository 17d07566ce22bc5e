import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataValidationError, type DataIssue } from '../../../src/lib/data/index.ts';
import { storyParts, type StoryPart } from '../../../src/lib/markdown/storyParts.ts';
import { povertyProject } from '../../helpers/dataFixture.ts';

const root = povertyProject(
  'province_code,province,year,households,rate\n12,Lai Châu,2006,33486,58.2\n11,Điện Biên,2006,2,50.1\n',
);
const chartDir = join(root, 'src/content/charts');
mkdirSync(chartDir, { recursive: true });
writeFileSync(join(chartDir, 'lai-chau-ha-tang-2024.yaml'), 'id: lai-chau-ha-tang-2024\n');
const FILE = 'src/content/stories/lai-chau.mdx';

/** A story's parts, its text after three blank lines where its front matter was (as the loader stores it). */
const partsOf = (body: string, file = FILE): Promise<StoryPart[]> =>
  storyParts({ text: `\n\n\n${body}`, path: join(root, file), root, chartDir });

async function issuesOf(body: string): Promise<DataIssue[]> {
  try {
    await partsOf(body);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return [...(error as DataValidationError).issues];
  }
}

describe('storyParts: a story rendered by its page, not compiled by Vite', () => {
  it('splits the HTML at each component, with the props written in the story', async () => {
    const parts = await partsOf(
      '## Lai Châu "năm 2006"\n\nTỷ lệ là <DataValue dataset="poverty" where={{ province_code: \'12\', year: 2006 }} column="rate" unit="percent" />, hay <So bo="poverty" tinh="Lai Châu" nam="2006" cot="rate" />.\n\n<Chart id="lai-chau-ha-tang-2024" />\n\nHết & xong.',
    );
    expect(parts).toEqual([
      // Heading ids and curly quotes as Astro's MDX wrote them; `&` as a named reference.
      { html: '<h2 id="lai-châu-năm-2006">Lai Châu “năm 2006”</h2>\n<p>Tỷ lệ là ' },
      {
        component: 'DataValue',
        props: { dataset: 'poverty', where: { province_code: '12', year: 2006 }, column: 'rate', unit: 'percent' },
      },
      { html: ', hay ' },
      { component: 'So', props: { bo: 'poverty', tinh: 'Lai Châu', nam: '2006', cot: 'rate' } },
      { html: '.</p>\n' },
      { component: 'Chart', props: { id: 'lai-chau-ha-tang-2024' } },
      { html: '\n<p>Hết &amp; xong.</p>' },
    ]);
  });

  it('reads GFM tables, drops editors’ comments and the import of a story component, and keeps lowercase HTML', async () => {
    const parts = await partsOf(
      'import Chart from \'../../components/chart/Chart.astro\';\n\n| Tỉnh | Tỷ lệ |\n| --- | --- |\n| Lai Châu | 58,2 |\n\n{/* ghi chú cho biên tập */}\n\nNăm <abbr title="Tổng cục Thống kê">TCTK</abbr>.',
    );
    const html = parts.map((part) => ('html' in part ? part.html : '')).join('');
    expect(html).toContain('<table>');
    expect(html).toContain('<td>Lai Châu</td>');
    expect(html).toContain('<p>Năm <abbr title="Tổng cục Thống kê">TCTK</abbr>.</p>');
    expect(html).not.toMatch(/import|ghi chú/);
  });

  it('reports what a story cannot run, at its line: code in braces, another import, a computed attribute', async () => {
    const body = "import x from 'y';\n\nHai cộng hai là {2 + 2}.\n\nNăm <abbr title={x}>TCTK</abbr>.";
    expect((await issuesOf(body)).map(({ line, key }) => [line, key])).toEqual([
      [4, 'story.import'],
      [6, 'story.expression'],
      [8, 'story.expression'],
    ]);
  });

  it('reports the same problems as the checks of MDX pages, every one of the file at once', async () => {
    const body =
      'Đoạn văn.\n\n<Chart id="lai-chau-ha-tang" />\n\nB <DataValue dataset="povrty" where={{ year: 2006 }} unit="percent" />.';
    expect((await issuesOf(body)).map(({ file, line, column, message }) => [file, line, column, message])).toEqual([
      [FILE, 6, 8, 'không có biểu đồ nào mang mã này'],
      [FILE, 8, 14, 'không có bộ dữ liệu nào mang mã này'],
    ]);
  });

  it('tells a syntax error in Vietnamese, at its line and column', async () => {
    expect(await issuesOf('Tỷ lệ 3 <5 là sai.')).toEqual([
      expect.objectContaining({
        file: FILE,
        line: 4,
        column: 10,
        key: 'mdx.tag',
        message: 'thẻ <…> viết sai ở đây (ký tự 5 không đúng chỗ)',
      }),
    ]);
  });

  it('reads a .md story as Markdown, HTML allowed', async () => {
    const parts = await partsOf('Năm <sup>2006</sup> {không phải mã}.', 'src/content/stories/ghi-chu.md');
    expect(parts).toEqual([{ html: '<p>Năm <sup>2006</sup> {không phải mã}.</p>' }]);
  });
});
