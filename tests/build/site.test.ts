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

  it('writes a Vietnamese front page with the lead story, the latest and a data highlight', () => {
    expect(home).toMatch(/<html lang="vi"/);
    expect(home).toContain('aria-label="Bài chính"');
    expect(home).toContain('Mới nhất');
    expect(home).toContain('data-chart="ban-do-ty-le-ho-ngheo-da-chieu-2023"');
  });
});

describe('astro build with a broken cell', () => {
  it('fails, naming the file, line and column of every bad value', () => {
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
    expect(output).toContain('data/gso/poverty-rate-by-province.csv:3:5 column "value" value "abc": not a number');
    expect(output).toContain('data/gso/poverty-rate-by-province.csv:10:3 column "year" value "19x6": not a year');
  });
});

describe('astro dev with a broken cell', () => {
  it('stops with the same message, naming the file, line and column', async () => {
    const copy = copyProject();
    const csv = join(copy, 'data/gso/poverty-rate-by-province.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace(',2008,Poverty rate,13.4,', ',2008,Poverty rate,abc,'));
    const dev = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0'], {
      cwd: copy,
      env: astroEnv(),
    });
    let output = '';
    dev.stdout.on('data', (chunk) => (output += chunk));
    dev.stderr.on('data', (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => dev.kill(), 60_000);
      dev.on('exit', (exitCode) => {
        clearTimeout(timer);
        resolve(exitCode);
      });
    });
    expect(code).not.toBe(0);
    expect(output).toContain('data/gso/poverty-rate-by-province.csv:3:5 column "value" value "abc": not a number');
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
    expect(output).toContain('src/pages/thu-nghiem.mdx:5');
    expect(output).toContain('<Chart id="khong-co-bieu-do-nay">: no chart has this id');
  });
});
