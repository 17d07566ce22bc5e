import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { numberChangeMessages, storyNumbers, type StoriesRecord } from '../../src/lib/stories/storyNumbers.ts';
import { copyProject, projectRoot, runAstro } from '../helpers/astro.ts';

const record: StoriesRecord = JSON.parse(readFileSync(join(projectRoot, 'tests/records/story-numbers.json'), 'utf8'));

/** The numbers of every story page of a build. */
function builtNumbers(dist: string) {
  const dir = join(dist, 'bai-viet');
  return new Map(
    readdirSync(dir)
      .filter((id) => existsSync(join(dir, id, 'index.html')))
      .map((id) => [id, storyNumbers(readFileSync(join(dir, id, 'index.html'), 'utf8'))]),
  );
}

/** Each story's corrections, from its front matter. */
function corrections(root: string) {
  const dir = join(root, 'src/content/stories');
  return new Map(
    readdirSync(dir).map((file) => {
      const data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'))![1]);
      const list = ((data.corrections ?? []) as { date: string | Date; text: string }[]).map((c) => ({
        date: new Date(c.date),
        text: c.text,
      }));
      return [file.replace(/\.mdx?$/, ''), list] as const;
    }),
  );
}

describe('the numbers published stories read from data', () => {
  it('are those recorded, or carry a correction for each change', () => {
    const current = builtNumbers(join(projectRoot, 'dist'));
    // A story not yet recorded (npm run record:numbers after publishing) has nothing to compare.
    expect(numberChangeMessages(record, current, corrections(projectRoot)).join('\n')).toBe('');
  });

  it('name the story, the sentence and old → new when a data cell changes, until the story carries a correction', () => {
    const copy = copyProject();
    const csv = join(copy, 'data/gso/poverty-rate-by-province.csv');
    // Lai Châu's 2006 rate, which the Lai Châu story prints in its first paragraph.
    const before = readFileSync(csv, 'utf8');
    const changed = before.replace(/^12,Lai Châu,2006,Poverty rate,58\.2,/m, '12,Lai Châu,2006,Poverty rate,58.3,');
    expect(changed).not.toBe(before);
    writeFileSync(csv, changed);
    const result = runAstro(['build'], copy);
    expect(result.status, result.stderr).toBe(0);
    const current = builtNumbers(join(copy, 'dist'));

    const messages = numberChangeMessages(record, current, corrections(copy));
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0]).toContain(
      'Bài lai-chau-giam-ngheo-2006-2024: dữ liệu poverty-rate-by-province đã đổi một con số đã đăng, 58,2% → 58,3%',
    );
    expect(messages[0]).toContain('trong câu: “Theo Tổng cục Thống kê, tỷ lệ ấy là 58,3%, cao nhất trong các tỉnh');

    // The newsroom publishes a correction naming the new figure: the change is accounted for.
    const story = join(copy, 'src/content/stories/lai-chau-giam-ngheo-2006-2024.mdx');
    writeFileSync(
      story,
      readFileSync(story, 'utf8').replace(
        /^corrections:$/m,
        "corrections:\n  - date: 2099-01-01T08:00:00+07:00\n    text: 'Tỷ lệ hộ nghèo năm 2006 của Lai Châu được Tổng cục Thống kê hiệu chỉnh từ 58,2% thành 58,3%.'",
      ),
    );
    expect(numberChangeMessages(record, current, corrections(copy)).filter((m) => m.includes('lai-chau-giam-ngheo'))).toEqual([]);
  });
});
