/**
 * The editor's path, end to end, on a scratch copy of the project: a new story from
 * `npm run new:story`, text with a number read from data and an existing chart, a new CSV
 * exported the way Excel writes it with its schema, and a new chart over it; then the project's
 * own checks pass with no other command run (no formatter, no regenerated golden, no record).
 *
 * The whole `npm test` would run this test again and take minutes, so it runs what an editor's
 * change can break: npm test's type check, lint and formatting steps (`scripts/test.mjs`, the
 * same commands), and vitest on the unit, chart and story-number tests, whose setup builds the
 * copy with `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroEnv, copyProject, projectRoot } from '../helpers/astro.ts';

const DATASET = 'ty-le-ho-ngheo-mien-nui-2012-2016';
const CHART = 'ty-le-ho-ngheo-lai-chau-dien-bien-2012-2016';

/** Runs a command in the copy as a terminal would: npm's environment, not vitest's, time zone as npm test pins it. */
function run(copy: string, command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: copy, encoding: 'utf8', env: { ...astroEnv(), TZ: 'America/New_York' } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Rows of the bundled GSO series for Lai Châu, Điện Biên and the country, 2012–2016 (real figures,
 * not made up), written as Excel in Vietnamese saves "CSV UTF-8": BOM, `;`, decimal comma, CRLF.
 */
function excelCsv(): { csv: string; laiChau2016: string } {
  const source = readFileSync(join(projectRoot, 'data/gso/poverty-rate-by-province.csv'), 'utf8').trim().split('\n');
  const rows = source
    .map((line) => line.split(','))
    .filter(([code, name, year]) => (code === '12' || code === '11' || name === 'Cả nước') && Number(year) >= 2012);
  expect(rows).toHaveLength(15);
  const laiChau2016 = rows.find(([code, , year]) => code === '12' && year === '2016')![4];
  const lines = [
    'ma_tinh;tinh;nam;ty_le',
    ...rows.map(([code, name, year, , value]) => [code, name, year, value.replace('.', ',')].join(';')),
  ];
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, laiChau2016: `${laiChau2016.replace('.', ',')}%` };
}

/** The schema beside the CSV, as docs/du-lieu.md shows it (the source's reliability included). */
const schema = `id: ${DATASET}
topic: Nghèo đói
title: Tỷ lệ hộ nghèo của Lai Châu, Điện Biên và cả nước, 2012–2016
description: >-
  Trích từ số liệu tỷ lệ hộ nghèo theo tỉnh của Tổng cục Thống kê (Khảo sát mức sống dân cư),
  theo chuẩn nghèo thu nhập. Số năm 2016 là số sơ bộ.
sources:
  - title: Tỷ lệ hộ nghèo theo tỉnh (Y tế, văn hóa và mức sống)
    publisher: Tổng cục Thống kê (GSO)
    reliability: official
    date: 2018-09
    url: https://www.gso.gov.vn
licence:
  name: Số liệu thống kê chính thức của Tổng cục Thống kê, công bố công khai
decimal: ","
delimiter: ";"
primaryKey: [tinh, nam]
columns:
  - name: ma_tinh
    type: code
    label: Mã tỉnh
    nullable: true
    pattern: '\\d{2}'
    references: provinces
  - name: tinh
    type: string
    label: Địa phương
  - name: nam
    type: year
    label: Năm
  - name: ty_le
    type: percent
    unit: "%"
    label: Tỷ lệ hộ nghèo
    nullable: true
    min: 0
    max: 100
`;

/** The chart spec, as docs/bieu-do.md shows it: written by hand, double quotes and all. */
const chart = `id: ${CHART}
type: line
dataset: ${DATASET}
title: "Tỷ lệ hộ nghèo của Lai Châu và Điện Biên so với cả nước, 2012–2016"
subtitle: "% số hộ, theo chuẩn thu nhập"
description: "Ba đường cho thấy tỷ lệ hộ nghèo của Lai Châu và Điện Biên giảm từ năm 2012 đến năm 2016 nhưng vẫn cao hơn nhiều so với cả nước."
notes:
  - "Số năm 2016 là số sơ bộ."
x: nam
y: ty_le
series: tinh
highlight:
  - series: Lai Châu
  - series: Điện Biên
  - series: Cả nước
format:
  unit: percent
`;

describe("the editor's path", () => {
  it('new:story, text with a number from data and a chart, a new CSV with its schema and a chart: the checks pass with nothing else run', () => {
    const copy = copyProject({ tooling: true });

    const created = run(copy, 'npm', ['run', 'new:story', '--', 'Tiêu đề thử']);
    expect(created.status, created.output).toBe(0);
    const storyFile = join(copy, 'src/content/stories/tieu-de-thu.mdx');

    const { csv, laiChau2016 } = excelCsv();
    mkdirSync(join(copy, 'data/ngheo'));
    writeFileSync(join(copy, `data/ngheo/${DATASET}.csv`), csv);
    writeFileSync(join(copy, `data/ngheo/${DATASET}.schema.yaml`), schema);
    writeFileSync(join(copy, `src/content/charts/${CHART}.yaml`), chart);

    // The editor writes over the placeholder lines, fills in the lede, and publishes.
    const written = readFileSync(storyFile, 'utf8');
    const [frontMatter] = /^---\n[\s\S]*?\n---\n/.exec(written)!;
    writeFileSync(
      storyFile,
      frontMatter
        .replace(/^lede: .*$/m, 'lede: "Lai Châu và Điện Biên: tỷ lệ hộ nghèo giảm nhanh nhưng vẫn ở nhóm cao nhất cả nước."')
        .replace(/^provinces: \[\]$/m, "provinces: ['12', '11']")
        .replace('draft: true', 'draft: false') +
        `
Năm 2006, tỷ lệ hộ nghèo của Lai Châu là <DataValue dataset="poverty-rate-by-province" where={{ province_code: '12', year: 2006 }} unit="percent" />, theo Tổng cục Thống kê.

<Chart id="lai-chau-ha-tang-2024" />

Đến năm 2016, tỷ lệ ấy còn <DataValue dataset="${DATASET}" where={{ tinh: "Lai Châu", nam: 2016 }} column="ty_le" unit="percent" />.

<Chart id="${CHART}" />
`,
    );

    const checks = run(copy, process.execPath, ['scripts/test.mjs', 'astro check', 'eslint', 'prettier']);
    expect(checks.status, checks.output).toBe(0);

    // The site project's setup builds the copy (astro build) before the story-number test runs.
    const tests = run(copy, 'npx', [
      '--no-install',
      'vitest',
      'run',
      'tests/lib',
      'tests/charts',
      'tests/build/storyNumbers.test.ts',
    ]);
    expect(tests.status, tests.output).toBe(0);
    for (const file of [
      'tests/charts/publishedCharts.test.ts',
      'tests/charts/typedFigures.test.ts',
      'tests/build/storyNumbers.test.ts',
    ])
      expect(tests.output).toContain(file);

    const page = readFileSync(join(copy, 'dist/bai-viet/tieu-de-thu/index.html'), 'utf8');
    expect(page).toContain('58,2%');
    expect(page).toContain(laiChau2016);
    expect(page).toContain('data-chart="lai-chau-ha-tang-2024"');
    expect(page).toContain(`data-chart="${CHART}"`);
    expect(readFileSync(join(copy, `dist/bieu-do/${CHART}/index.html`), 'utf8')).toContain('Lai Châu');
  });
});
