import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyProject, runAstro } from '../helpers/astro.ts';

/** A story file: front matter with `extra` fields, then the body. */
const story = (title: string, extra: string, body: string) => `---
title: ${title}
lede: Thử.
publishedAt: 2026-11-20T08:00:00+07:00
authors: [Ban Dữ liệu Thước Đo]
section: [Xã hội, An sinh xã hội]
${extra}
---

${body}
`;

describe('astro build with stories it does not publish', () => {
  it('fails on a draft whose <DataValue> matches no row, naming the draft file', () => {
    const copy = copyProject();
    writeFileSync(
      join(copy, 'src/content/stories/ban-nhap-so-sai.mdx'),
      story(
        'Bản nháp',
        'draft: true',
        `Đoạn đầu.\n\nNăm 2006, tỷ lệ là <DataValue dataset="poverty-rate-by-province" where={{ province: 'Lai Chau', year: 2006 }} unit="percent" />.\n`,
      ),
    );
    const result = runAstro(['build'], copy);
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain('src/content/stories/ban-nhap-so-sai.mdx');
    expect(output).toContain('Lai Chau');
  });

  it('fails on a story scheduled for later whose hero chart does not exist, naming its file', () => {
    const copy = copyProject();
    writeFileSync(
      join(copy, 'src/content/stories/bai-hen-gio.md'),
      story('Bài hẹn giờ', 'heroChart: lai-chau-ha-tang-2042', 'Nội dung.').replace('2026-11-20', '2099-01-01'),
    );
    const result = runAstro(['build'], copy);
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain('src/content/stories/bai-hen-gio.md');
    expect(output).toContain('lai-chau-ha-tang-2042');
  });

  it('fails on a misspelled <Chart id> in a draft, naming the draft file and line', () => {
    const copy = copyProject();
    writeFileSync(
      join(copy, 'src/content/stories/ban-nhap-bieu-do-sai.mdx'),
      story('Bản nháp', 'draft: true', 'Đoạn đầu.\n\n<Chart id="lai-chau-ha-tang-2042" />\n'),
    );
    const result = runAstro(['build'], copy);
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain('src/content/stories/ban-nhap-bieu-do-sai.mdx:12');
    expect(output).toContain('lai-chau-ha-tang-2042');
  });

  it('builds a correct draft without publishing it (its numbers and charts checked, no page)', () => {
    const copy = copyProject();
    writeFileSync(
      join(copy, 'src/content/stories/ban-nhap-dung.mdx'),
      story(
        'Bản nháp đúng',
        'heroChart: lai-chau-ha-tang-2024\ndraft: true',
        `Năm 2006, tỷ lệ là <DataValue dataset="poverty-rate-by-province" where={{ province_code: '12', year: 2006 }} unit="percent" />.\n\n<Chart id="lai-chau-ha-tang-2024" />\n`,
      ),
    );
    const result = runAstro(['build'], copy);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(existsSync(join(copy, 'dist/bai-viet/ban-nhap-dung'))).toBe(false);
  });
});
