import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyLastModified } from '../../../src/lib/stories/storyDates.ts';

describe('storyLastModified(dir)', () => {
  it('gives each story URL its updatedAt, else its publishedAt', () => {
    const dir = mkdtempSync(join(tmpdir(), 'thuocdo-dates-'));
    writeFileSync(join(dir, 'a.mdx'), '---\ntitle: A\npublishedAt: 2026-11-20T08:00:00+07:00\n---\n');
    writeFileSync(
      join(dir, 'b.md'),
      '---\ntitle: B\npublishedAt: 2026-11-20T08:00:00+07:00\nupdatedAt: 2026-11-22T09:30:00+07:00\n---\n',
    );
    writeFileSync(join(dir, 'ghi-chu.txt'), 'not a story');
    const dates = storyLastModified(dir);
    expect([...dates.keys()].sort()).toEqual(['/bai-viet/a/', '/bai-viet/b/']);
    expect(dates.get('/bai-viet/a/')?.toISOString()).toBe('2026-11-20T01:00:00.000Z');
    expect(dates.get('/bai-viet/b/')?.toISOString()).toBe('2026-11-22T02:30:00.000Z');
  });
});
