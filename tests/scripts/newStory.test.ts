import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { storySchema } from '../../src/lib/stories/storySchema.ts';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../..');

/** Runs the script in a throwaway copy, so the real stories are never touched. */
function newStory(title: string) {
  const copy = mkdtempSync(join(tmpdir(), 'thuocdo-new-story-'));
  cpSync(join(root, 'scripts'), join(copy, 'scripts'), { recursive: true });
  cpSync(join(root, '.prettierrc.json'), join(copy, '.prettierrc.json'));
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  const run = () =>
    spawnSync(process.execPath, [join(copy, 'scripts/new-story.mjs'), title], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'America/New_York' },
    });
  return { copy, run };
}

describe('npm run new:story -- "Tiêu đề"', () => {
  it('creates a draft with its slug without diacritics, the time in Vietnam and valid front matter', () => {
    const { copy, run } = newStory('Đường đến trường ở Điện Biên');
    const before = Date.now();
    const result = run();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('src/content/stories/duong-den-truong-o-dien-bien.mdx');
    expect(result.stdout).toContain('npm run dev');
    const text = readFileSync(join(copy, 'src/content/stories/duong-den-truong-o-dien-bien.mdx'), 'utf8');
    const data = storySchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]));
    expect(data).toMatchObject({ title: 'Đường đến trường ở Điện Biên', draft: true });
    expect(text).toMatch(/publishedAt: \d{4}-\d\d-\d\dT\d\d:\d\d:00\+07:00/);
    expect(Math.abs(data.publishedAt.getTime() - before)).toBeLessThan(120_000);
  });

  it('writes the story as prettier formats it, with its MDX comments intact, whatever quotes the title holds', async () => {
    const { copy, run } = newStory(`Nhà 'kiên cố' và "bán kiên cố"`);
    expect(run().status).toBe(0);
    const file = join(copy, 'src/content/stories/nha-kien-co-va-ban-kien-co.mdx');
    const text = readFileSync(file, 'utf8');
    const options = { ...(await resolveConfig(join(root, 'src/content/stories/x.mdx'))), filepath: file };
    expect(await check(text, options), text).toBe(true);
    expect(text).toMatch(/^\{\/\* Viết bài ở đây.*\*\/\}$/m);
    const data = storySchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]));
    expect(data.title).toBe(`Nhà 'kiên cố' và "bán kiên cố"`);
  });

  it('refuses to overwrite an existing story', () => {
    const { run } = newStory('Bài trùng tên');
    expect(run().status).toBe(0);
    const again = run();
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('Đã có bài');
  });
});
