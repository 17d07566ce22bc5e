import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { astroEnv, copyProject, projectRoot, runAstro } from '../helpers/astro.ts';
import { storyFile } from '../helpers/storyFixture.ts';

const story = storyFile;

describe('astro with story files that cannot all be published', () => {
  it('stops, naming every file: one address for two files, an invisible character, a missing photo', () => {
    const copy = copyProject();
    const dir = join(copy, 'src/content/stories');
    writeFileSync(join(dir, 'trung-ten.md'), story('Bài một'));
    writeFileSync(join(dir, 'trung-ten.mdx'), story('Bài hai'));
    writeFileSync(join(dir, 'ky-tu-an.md'), story('Giảm nghèo\u000Bở Lai Châu'));
    writeFileSync(
      join(dir, 'anh-thieu.md'),
      story('Ảnh', 'hero:\n  src: /anh/khong-co.jpg\n  alt: Ảnh\n  caption: Chú thích\n  credit: TTXVN\n'),
    );
    // `astro sync` runs the same content loaders as `astro build`, in a fraction of the time.
    const result = runAstro(['sync'], copy);
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain(
      'src/content/stories/trung-ten.mdx:1:1: đăng ở cùng địa chỉ /bai-viet/trung-ten/ với src/content/stories/trung-ten.md',
    );
    expect(output).toContain(
      'src/content/stories/ky-tu-an.md:2:18: có ký tự ẩn U+000B (tab dọc, cách Word dán một lần xuống dòng) ở ký tự thứ 18',
    );
    expect(output).toContain(
      'src/content/stories/anh-thieu.md:8:8 trường "hero.src", giá trị "/anh/khong-co.jpg": không có ảnh này trong public/',
    );
  });
});

describe('astro and its telemetry', () => {
  it('contacts no telemetry host, even on a machine where it is not turned off', () => {
    const copy = copyProject();
    const scratch = mkdtempSync(join(tmpdir(), 'thuocdo-telemetry-'));
    const log = join(scratch, 'fetched.txt');
    const recorder = join(scratch, 'record-fetch.mjs');
    // Every fetch of the process is logged and refused: the build needs no network.
    writeFileSync(
      recorder,
      `import { appendFileSync } from 'node:fs';
globalThis.fetch = async (input) => {
  appendFileSync(${JSON.stringify(log)}, (input instanceof Request ? input.url : String(input)) + '\\n');
  throw new Error('offline');
};
`,
    );
    // A developer's machine: not CI, telemetry never turned off by hand (a fresh config folder).
    const env = Object.fromEntries(
      Object.entries(astroEnv()).filter(([name]) => !['CI', 'ASTRO_TELEMETRY_DISABLED', 'TELEMETRY_DISABLED'].includes(name)),
    );
    mkdirSync(join(scratch, 'config'));
    const result = spawnSync(
      process.execPath,
      ['--import', pathToFileURL(recorder).href, join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'sync'],
      { cwd: copy, encoding: 'utf8', env: { ...env, XDG_CONFIG_HOME: join(scratch, 'config') } },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  });
});

describe('credits in the built site', () => {
  it('never name a reposting site, a code repository or a package as a source: only the dataset pages list them, labelled', () => {
    const dist = join(projectRoot, 'dist');
    const weak = /karatedo|tothethao|ai24hexpress|gtchg|github\.com|bamboo-filing-cabinet|Debian/i;
    const credited = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => /\.(html|svg|json|xml)$/.test(file) && !/^du-lieu[\\/][^\\/]+[\\/]index\.html$/.test(file))
      .filter((file) => weak.test(readFileSync(join(dist, file), 'utf8')));
    expect(credited).toEqual([]);
    // Where they are listed, each says what kind of source it is.
    const merger = readFileSync(join(dist, 'du-lieu/province-merger-2025/index.html'), 'utf8');
    expect(merger).toMatch(/karatedo\.com\.vn, <time[^>]*>2025<\/time>\s*<span class="source-reliability"> · nguồn thứ cấp/);
    expect(readFileSync(join(dist, 'bieu-do/sap-nhap-tinh-2025/index.html'), 'utf8')).toContain('Quốc hội');
  });
});
