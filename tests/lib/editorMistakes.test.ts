/**
 * The mistakes editors make most, each through the path the build takes, with the exact words
 * the editor reads (pinned, so a change of wording shows in review): Vietnamese, the editor's own
 * file, line and column, and what to write instead.
 */
import { unified } from '@astrojs/markdown-remark';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readChartSpec } from '../../src/lib/charts/index.ts';
import {
  DataValidationError,
  formatIssue,
  loadDatasets,
  PROVINCES_ID,
  provincesFrom,
  type DataIssue,
} from '../../src/lib/data/index.ts';
import { storyFileIssues } from '../../src/lib/stories/storyFiles.ts';
import { povertyProject, povertySchemaYaml, provincesCsv, provincesSchemaYaml, writeProject } from '../helpers/dataFixture.ts';
import { storyFile } from '../helpers/storyFixture.ts';

const header = 'province_code,province,year,households,rate';
const csv = `${header}\n12,Lai Châu,2006,33486,58.2\n11,Điện Biên,2006,2,50.1\n`;
const root = povertyProject(csv);
const chartDir = join(root, 'src/content/charts');
mkdirSync(chartDir, { recursive: true });
writeFileSync(join(chartDir, 'lai-chau-ha-tang-2024.yaml'), 'id: lai-chau-ha-tang-2024\n');

/** What the editor reads for each problem: `file:line:column …: message` and `→ hint`. */
const said = (issues: readonly DataIssue[]) => issues.map(formatIssue);

function dataIssues(project: string): DataIssue[] {
  try {
    loadDatasets(join(project, 'data'), project);
  } catch (error) {
    return [...(error as DataValidationError).issues];
  }
  throw new Error('expected the data to fail');
}

/** A story compiled as Astro compiles it (front matter blanked to keep the lines). */
async function storyIssues(body: string): Promise<DataIssue[]> {
  // Imported here, so that each test stands or falls on its own.
  const { withEditorErrors } = await import('../../src/lib/markdown/mdxErrors.ts');
  const { remarkStoryChecks } = await import('../../src/lib/markdown/remarkStoryChecks.ts');
  const processor = withEditorErrors(unified({ remarkPlugins: [[remarkStoryChecks, { chartDir, root }]] }), root);
  const renderer = await processor.createMdxRenderer!({}, { optimize: false, srcDir: pathToFileURL(join(root, 'src/')) });
  try {
    await renderer.process(`${'\n'.repeat(8)}${body}`, join(root, 'src/content/stories/lai-chau.mdx'), {});
  } catch (error) {
    return [...(error as DataValidationError).issues];
  }
  throw new Error('expected the story to fail');
}

describe('the messages an editor reads for the usual mistakes', () => {
  it('a missing field of the front matter: the line, and the line to add', () => {
    const text = storyFile().replace('lede: Thử nghiệm.\n', '');
    expect(said(storyFileIssues([{ path: 'src/content/stories/lai-chau.mdx', text }], () => true))).toEqual([
      'src/content/stories/lai-chau.mdx:2:1: phần đầu bài thiếu trường bắt buộc "lede"\n' +
        "    → thêm một dòng như lede: 'Sapo: một, hai câu tóm tắt bài.'",
    ]);
  });

  it('a future date without a time zone: the line and column, and the date with +07:00', () => {
    const text = storyFile().replace('publishedAt: 2026-11-20T08:00:00+07:00', 'publishedAt: 2027-01-15T08:00');
    expect(said(storyFileIssues([{ path: 'src/content/stories/lai-chau.mdx', text }], () => true))).toEqual([
      'src/content/stories/lai-chau.mdx:4:14 trường "publishedAt", giá trị "2027-01-15T08:00": ngày giờ thiếu múi giờ\n' +
        '    → Có phải "2027-01-15T08:00:00+07:00"? Viết thêm múi giờ Việt Nam +07:00 ở cuối; không có nó, 08:00 bị đọc là 08:00 giờ quốc tế, tức 15:00 ở Việt Nam, và bài có thể chưa được đăng',
    ]);
  });

  it('a misspelled chart id in a story: the story line, and the closest id', async () => {
    expect(said(await storyIssues('Biểu đồ:\n\n<Chart id="lai-chau-ha-tang" />'))).toEqual([
      'src/content/stories/lai-chau.mdx:11:8 giá trị "lai-chau-ha-tang": không có biểu đồ nào mang mã này\n' +
        '    → Có phải "lai-chau-ha-tang-2024"? Mã biểu đồ là tên tệp (không có .yaml) trong src/content/charts/',
    ]);
  });

  it('a misspelled dataset in a story: the story line, and the closest dataset', async () => {
    expect(said(await storyIssues('Tỷ lệ là <So bo="povrty" tinh="Lai Châu" nam="2006" cot="rate" />.'))).toEqual([
      'src/content/stories/lai-chau.mdx:9:14 giá trị "povrty": không có bộ dữ liệu nào mang mã này\n' +
        '    → Có phải "poverty"? Mã bộ dữ liệu là tên tệp CSV trong data/, không có .csv',
    ]);
  });

  it('a province name without diacritics in a story, short or long form: the story line, and the name', async () => {
    expect(said(await storyIssues('Tỷ lệ là <So bo="poverty" tinh="Lai Chau" nam="2006" cot="rate" />.'))).toEqual([
      'src/content/stories/lai-chau.mdx:9:27 giá trị "Lai Chau": không phải tên hay mã tỉnh nào\n' +
        '    → Có phải "Lai Châu"? Viết tên tỉnh có dấu như trong data/geo/provinces.csv, hoặc mã hai chữ số',
    ]);
    const long = '<DataValue dataset="poverty" where={{ province: \'Lai Chau\', year: 2006 }} column="rate" unit="percent" />';
    expect(said(await storyIssues(long))).toEqual([
      'src/content/stories/lai-chau.mdx:9:30: không dòng nào của poverty có province = "Lai Chau"\n' +
        '    → Có phải "Lai Châu"? Dùng một giá trị có trong cột province của tệp CSV',
    ]);
  });

  it('a misspelled column in a chart spec: the spec line, and the closest column', () => {
    const tables = loadDatasets(join(root, 'data'), root);
    const spec = [
      'id: xep-hang',
      'type: bar',
      'orientation: horizontal',
      'title: Xếp hạng',
      'description: Mô tả.',
      'format: { unit: percent }',
      'dataset: poverty',
      'category: province_code',
      'value: rates',
      '',
    ].join('\n');
    const result = readChartSpec(spec, 'src/content/charts/xep-hang.yaml', 'xep-hang', tables, {
      provinces: provincesFrom(tables.get(PROVINCES_ID)!),
    });
    expect('issues' in result && said(result.issues)).toEqual([
      'src/content/charts/xep-hang.yaml:9:8 trường "value", giá trị "rates": bộ dữ liệu poverty không có cột "rates"\n' +
        '    → Có phải "rate"? Tên cột viết đúng như dòng đầu tệp CSV: province_code, province, year, households, rate',
    ]);
  });

  it('a misspelled province name in a CSV: the line and column, and the name of the reference table', () => {
    const project = writeProject({
      'data/geo/provinces.csv': provincesCsv,
      'data/geo/provinces.schema.yaml': provincesSchemaYaml,
      'data/poverty/poverty.csv': `${header}\n11,Dien Bien,2006,2,50.1\n`,
      'data/poverty/poverty.schema.yaml': povertySchemaYaml().replace(
        'label: Tỉnh }',
        'label: Tỉnh, references: province_names }',
      ),
    });
    expect(said(dataIssues(project))).toEqual([
      'data/poverty/poverty.csv:2:2 cột "province", giá trị "Dien Bien": không phải tên tỉnh nào trong data/geo/provinces.csv\n' +
        '    → Có phải "Điện Biên"? Viết tên tỉnh có dấu như trong data/geo/provinces.csv; dòng cả nước, vùng hay tỉnh cũ thì khai when (theo cột cấp, ví dụ level) hoặc except trong tệp mô tả',
    ]);
  });

  it('a decimal comma in a file without decimal: ",": the line and column, and the line to add', () => {
    expect(said(dataIssues(povertyProject(`${header}\n12,Lai Châu,2021,33486,"38,52"\n`)))).toEqual([
      'data/poverty/poverty.csv:2:5 cột "rate", giá trị "38,52": số viết dấu phẩy thập phân, nhưng tệp mô tả chưa khai decimal: ","\n' +
        '    → tệp xuất từ Excel tiếng Việt (1.417,3): thêm dòng decimal: "," vào tệp mô tả; nếu không, viết 1417.3',
    ]);
  });
});
