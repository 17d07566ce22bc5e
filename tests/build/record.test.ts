import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro.ts';

// tests/helpers/siteSetup.ts has built the site.
const dist = join(projectRoot, 'dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** Text without tags, spaces collapsed, as a reader sees it. */
const visibleText = (html: string) =>
  html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ');

describe('the fuller 2021–2025 record in dist/', () => {
  it('/tinh/lai-chau/ states the roads, schools and health stations in the province’s words, with the road caveat', () => {
    const page = visibleText(read('tinh/lai-chau/index.html'));
    expect(page).toContain('99% xã có đường xe máy hoặc ô tô');
    expect(page).toContain('99,7% trường học được xây kiên cố');
    expect(page).toContain('94,2% trạm y tế xã được xây kiên cố');
    expect(page).toContain(
      'không phải chỉ tiêu “đường ô tô đến trung tâm xã” của Tổng điều tra nông thôn; không so được với số của cả nước.',
    );
    expect(page).toContain('Nguồn: Báo Lao động và Xã hội, 12/08/2024');
  });

  it('/tinh/ha-giang/ shows the 2023 review with 59.496 marked as an estimate, the other years as gaps', () => {
    const html = read('tinh/ha-giang/index.html');
    expect(html).toMatch(/59\.496<sup class="reliability-mark" title="[^"]+"><span aria-hidden="true">†<\/span>/);
    expect(html).toMatch(
      /<sup class="reliability-mark" title="Số gần đúng: nguồn ghi “khoảng”."><span aria-hidden="true">≈<\/span><span class="visually-hidden"> \(Số gần đúng: nguồn ghi “khoảng”.\)<\/span><\/sup>/,
    );
    const text = visibleText(html);
    expect(text).toContain('Kết quả rà soát hộ nghèo 2021–2025');
    expect(text).toContain('không phải số khảo sát mức sống của Tổng cục Thống kê');
    expect(text.match(/20(21|22|24|25) Chưa có số liệu/g)).toHaveLength(4);
    expect(text).toContain('≈ Số gần đúng: nguồn ghi “khoảng”.');
  });

  it('the data-notes table groups its rows by year, marks doubtful values, and exports reliability as a column', () => {
    const page = read('bieu-do/ho-ngheo-cac-tinh-2022-2025/index.html');
    for (const year of [2021, 2022, 2023, 2024, 2025])
      expect(page).toContain(`<th scope="rowgroup" colspan="4">Năm rà soát ${year}</th>`);
    expect(page.match(/<tbody>/g)).toHaveLength(5);
    expect(visibleText(page)).toContain('? Nghi nguồn in nhầm; số được giữ như nguồn in.');
    const csv = read('bieu-do/ho-ngheo-cac-tinh-2022-2025.csv').split('\r\n');
    expect(csv[0]).toBe('\uFEFFNăm rà soát,Tỉnh,Số hộ nghèo,Tỷ lệ hộ nghèo,Tỷ lệ hộ cận nghèo,Độ tin cậy');
    expect(csv).toContain(
      '2023,Hà Giang,59496,31.12,11.49,theo báo chí dẫn lại; nguồn thứ cấp (Số hộ nghèo); số gần đúng (Số hộ nghèo)',
    );
    expect(read('bieu-do/ho-ngheo-cac-tinh-2022-2025.svg')).toContain('≈ Số gần đúng: nguồn ghi “khoảng”.');
  });

  it('the review dataset page says how each source was read and what the verification codes mean', () => {
    const review = visibleText(read('du-lieu/review-by-province-2022-2025-standard/index.html'));
    expect(review).toContain(
      'Cách đọc số: Nguồn thứ cấp: trang đăng lại tin của nơi khác hoặc không dẫn văn bản nào; cần kiểm chứng.',
    );
    const facts = visibleText(read('du-lieu/lai-chau-2024-facts/index.html'));
    expect(facts).toContain('đã đối chiếu với toàn văn bài báo; có bài báo khác in đúng số này (xem cột nguồn xác nhận)');
  });

  it('no page, feed or download carries research jargon', () => {
    const files = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => /\.(html|csv|json|xml|svg|txt)$/.test(file));
    expect(files.length).toBeGreaterThan(100);
    const offending = files.filter((file) => /corpus|find_string|search tool|Task [0-9]/i.test(read(file)));
    expect(offending).toEqual([]);
  });
});
