import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroEnv, copyProject, projectRoot, runAstro } from '../helpers/astro.ts';

describe('astro build of the real site', () => {
  let home = '';

  // tests/helpers/siteSetup.ts has built the site.
  beforeAll(() => {
    home = readFileSync(join(projectRoot, 'dist/index.html'), 'utf8');
  });

  it('writes a Vietnamese front page with the lead story and its hero chart, the latest and key figures', () => {
    expect(home).toMatch(/<html lang="vi"/);
    expect(home).toContain('aria-label="Bài chính"');
    expect(home).toContain('data-chart="lai-chau-so-voi-vung-va-ca-nuoc"');
    expect(home).toContain('Mới nhất');
    expect(home).toContain('Số liệu nổi bật');
    // Key figures are read from data/ (3.37 in the GSO table) and formatted, never typed.
    expect(home).toContain('<span class="data-value" data-dataset="multidimensional-poverty-rate-by-province-2023">3,37%</span>');
  });
});

describe('astro build with a broken cell', () => {
  it('fails, naming the file, line and column of every bad value, in Vietnamese', () => {
    const copy = copyProject();
    const csv = join(copy, 'data/gso/poverty-rate-by-province.csv');
    const lines = readFileSync(csv, 'utf8').split('\n');
    // Line 3 of the file: the country's 2008 rate; line 10: a region's 2006 row.
    lines[2] = lines[2].replace(/,2008,Poverty rate,[\d.]+,/, ',2008,Poverty rate,abc,');
    lines[9] = lines[9].replace(',2006,', ',19x6,');
    writeFileSync(csv, lines.join('\n'));

    const result = runAstro(['build'], copy);
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain('data/gso/poverty-rate-by-province.csv:3:5 cột "value", giá trị "abc": không phải là số');
    expect(output).toContain('data/gso/poverty-rate-by-province.csv:10:3 cột "year", giá trị "19x6": không phải là năm');
    // Astro's "Location" is the editor's file, never ours.
    expect(output).toMatch(/Location:\s+data\/gso\/poverty-rate-by-province\.csv:3:5/);
    expect(output).not.toContain('loadDatasets.ts');
  });
});

/** `astro dev` on a project copy, as `npm run dev` runs it (drafts shown); stop it when done. */
async function startDev(copy: string): Promise<{ origin: string; output: () => string; stop: () => void }> {
  const dev = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0'], {
    cwd: copy,
    env: { ...astroEnv(), THUOCDO_DRAFTS: '1' },
  });
  let output = '';
  dev.stdout.on('data', (chunk) => (output += chunk));
  dev.stderr.on('data', (chunk) => (output += chunk));
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output}`)), 60_000);
    const look = () => {
      const found = /Local\s+(http:\/\/[\d.:]+)\//.exec(output)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      } else if (dev.exitCode !== null) {
        clearTimeout(timer);
        reject(new Error(`astro dev exited:\n${output}`));
      } else setTimeout(look, 200);
    };
    look();
  });
  return { origin, output: () => output, stop: () => dev.kill() };
}

/** The page once its status is `status` (the preview picks a saved file up within a few seconds). */
async function pageWhen(url: string, status: number, log: () => string, timeout = 30_000): Promise<string> {
  const until = Date.now() + timeout;
  let last = '';
  while (Date.now() < until) {
    const response = await fetch(url);
    last = `${response.status}\n${await response.text()}`;
    if (response.status === status) return last.slice(last.indexOf('\n') + 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(
    `${url} did not answer ${status}; last answer:\n${last.slice(0, 2000)}\nastro dev said:\n${log().slice(-3000)}`,
  );
}

/** The text of the preview's error page, without markup, as a reader sees it. */
const shown = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

describe("astro dev with errors in the editors' files", () => {
  it('starts with a broken cell and shows the error on the page, in Vietnamese with file, line and column', async () => {
    const copy = copyProject();
    const csv = join(copy, 'data/gso/poverty-rate-by-province.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(',2008,Poverty rate,13.4,', ',2008,Poverty rate,abc,'));
    const dev = await startDev(copy);
    try {
      const page = shown(await pageWhen(`${dev.origin}/bai-viet/lai-chau-giam-ngheo-2006-2024/`, 500, dev.output));
      expect(page).toContain('Chưa xem trước được: có lỗi cần sửa');
      expect(page).toContain('data/gso/poverty-rate-by-province.csv:3:5 cột value giá trị "abc": không phải là số');
      expect(page).toContain('→ viết số như 1417.3');
      expect(dev.output()).toContain('data/gso/poverty-rate-by-province.csv:3:5 cột "value", giá trị "abc": không phải là số');
    } finally {
      dev.stop();
    }
  });

  it('shows an error made while it runs instead of the old page, and the page again once it is fixed', async () => {
    const copy = copyProject();
    const dev = await startDev(copy);
    const url = `${dev.origin}/bai-viet/lai-chau-giam-ngheo-2006-2024/`;
    const csv = join(copy, 'data/gso/poverty-rate-by-province.csv');
    const story = join(copy, 'src/content/stories/lai-chau-giam-ngheo-2006-2024.mdx');
    const goodCsv = readFileSync(csv, 'utf8');
    const goodStory = readFileSync(story, 'utf8');
    try {
      expect(await pageWhen(url, 200, dev.output)).toContain('data-value');

      // A cell of the data.
      writeFileSync(csv, goodCsv.replace(',2008,Poverty rate,13.4,', ',2008,Poverty rate,13,4,'));
      expect(shown(await pageWhen(url, 500, dev.output))).toContain(
        'data/gso/poverty-rate-by-province.csv:3:1: dòng có 12 ô, dòng tên cột có 11',
      );
      writeFileSync(csv, goodCsv);
      await pageWhen(url, 200, dev.output);

      // A number of the story, asked for with a name written without diacritics.
      const line = goodStory.split('\n').findIndex((l) => l.includes("province: 'Cả nước', year: 2006")) + 1;
      writeFileSync(story, goodStory.replace("province: 'Cả nước', year: 2006", "province: 'Ca nuoc', year: 2006"));
      const number = shown(await pageWhen(url, 500, dev.output));
      expect(number).toMatch(
        new RegExp(
          `src/content/stories/lai-chau-giam-ngheo-2006-2024\\.mdx:${line}:\\d+: không dòng nào của poverty-rate-by-province có province = "Ca nuoc"`,
        ),
      );
      expect(number).toContain('→ Có phải "Cả nước"?');

      // The story's front matter: no lede.
      writeFileSync(story, goodStory.replace(/^lede: >-\n( {2}.*\n)+/m, ''));
      const frontMatter = shown(await pageWhen(url, 500, dev.output));
      expect(frontMatter).toContain(
        'src/content/stories/lai-chau-giam-ngheo-2006-2024.mdx:2:1: phần đầu bài thiếu trường bắt buộc "lede"',
      );
      writeFileSync(story, goodStory);
      expect(await pageWhen(url, 200, dev.output)).toContain('data-value');
    } finally {
      dev.stop();
    }
  });
});

describe('astro build of a story with <So>', () => {
  it('renders the short form exactly as <DataValue> renders the same number, and the record reads both', async () => {
    const copy = copyProject();
    writeFileSync(
      join(copy, 'src/content/stories/thu-so.mdx'),
      [
        '---',
        'title: Thử cách viết ngắn',
        'lede: Thử nghiệm.',
        'publishedAt: 2026-11-20T08:00:00+07:00',
        'authors: [Ban Dữ liệu Thước Đo]',
        'section: [Xã hội, An sinh xã hội]',
        '---',
        '',
        'Ngắn: <So bo="poverty-rate-by-province" tinh="Lai Châu" nam="2006" />.',
        '',
        'Dài: <DataValue dataset="poverty-rate-by-province" where={{ province_code: \'12\', year: 2006 }} unit="percent" />.',
        '',
        'Tên khác: <So bo="poverty-rate-by-province" tinh="TP. Hồ Chí Minh" nam="2006" /> và <So bo="poverty-rate-by-province" tinh="79" nam="2006" />.',
        '',
      ].join('\n'),
    );
    const result = runAstro(['build'], copy);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const html = readFileSync(join(copy, 'dist/bai-viet/thu-so/index.html'), 'utf8');
    const spans = [...html.matchAll(/<span class="data-value"[^>]*>[^<]*<\/span>/g)].map(([span]) => span);
    expect(spans).toHaveLength(4);
    expect(spans[0]).toBe(spans[1]);
    expect(spans[2]).toBe(spans[3]);
    const { storyNumbers } = await import('../../src/lib/stories/storyNumbers.ts');
    expect(storyNumbers(html).map((n) => [n.sentence, n.dataset])).toEqual([
      ['Ngắn: 58,2%.', 'poverty-rate-by-province'],
      ['Dài: 58,2%.', 'poverty-rate-by-province'],
      ['Tên khác: 0,5% và 0,5%.', 'poverty-rate-by-province'],
      ['Tên khác: 0,5% và 0,5%.', 'poverty-rate-by-province'],
    ]);
  });
});

describe('astro build with an unknown chart id in an MDX page', () => {
  it('fails, naming the file, the line and the id', () => {
    const copy = copyProject();
    const page = join(copy, 'src/pages/thu-nghiem.mdx');
    writeFileSync(
      page,
      'import Chart from \'../components/chart/Chart.astro\';\n\n# Thử\n\n<Chart id="khong-co-bieu-do-nay" />\n',
    );
    const result = runAstro(['build'], copy);
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain('src/pages/thu-nghiem.mdx:5:8 giá trị "khong-co-bieu-do-nay": không có biểu đồ nào mang mã này');
  });
});
