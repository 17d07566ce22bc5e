import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getFileInfo } from 'prettier';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const ignorePath = join(root, '.prettierignore');
const ignored = async (path: string) => (await getFileInfo(join(root, path), { ignorePath })).ignored;

describe('the formatting gate of npm test (prettier --check .)', () => {
  it('leaves out every file an editor writes: stories, chart specs, dataset schemas and notes, the guides', async () => {
    for (const path of [
      'src/content/stories/bai-moi.mdx',
      'src/content/stories/2026/bai-moi.md',
      'src/content/charts/bieu-do-moi.yaml',
      'data/gso/bo-moi.csv',
      'data/gso/bo-moi.schema.yaml',
      'data/gso/SOURCES.md',
      'docs/README.md',
      'docs/viet-bai.md',
    ]) {
      expect(await ignored(path), path).toBe(true);
    }
  });

  it("checks the programmers' files: code, components, tests, scripts, config and developer docs", async () => {
    for (const path of [
      'src/lib/charts/lineChart.ts',
      'src/components/chart/Chart.astro',
      'src/pages/index.astro',
      'tests/charts/golden.test.ts',
      'scripts/new-story.mjs',
      'astro.config.mjs',
      'package.json',
      'README.md',
      'docs/developers.md',
    ]) {
      expect(await ignored(path), path).toBe(false);
    }
  });

  it('is the step scripts/test.mjs runs', () => {
    expect(readFileSync(join(root, 'scripts/test.mjs'), 'utf8')).toContain("['prettier', ['prettier', '--check', '.']]");
  });
});
