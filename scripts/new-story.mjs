#!/usr/bin/env node
// `npm run new:story -- "Tiêu đề bài viết"`: creates src/content/stories/<slug>.mdx with its
// front matter filled in (slug without diacritics, now in Vietnam time, draft: true) and says
// where it is and how to preview it. Never overwrites a story. The file is written as prettier
// would format it (front matter through prettier's YAML formatter with the project's settings),
// though stories are no formatting gate (.prettierignore).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import slugify from '@sindresorhus/slugify';
import { format, resolveConfig } from 'prettier';

const title = process.argv.slice(2).join(' ').trim().normalize('NFC');
if (!title) {
  console.error('Cách dùng: npm run new:story -- "Tiêu đề bài viết"');
  process.exit(1);
}

const root = join(import.meta.dirname, '..');
const dir = join(root, 'src/content/stories');
const slug = slugify(title, { decamelize: false });
if (!slug) {
  console.error('Tiêu đề cần có chữ hoặc số để làm địa chỉ bài viết, ví dụ: npm run new:story -- "Giảm nghèo ở Lai Châu"');
  process.exit(1);
}
const file = join(dir, `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`Đã có bài ${relative(root, file)}: hãy chọn tiêu đề khác, hoặc mở tệp đó để sửa.`);
  process.exit(1);
}

/** Now in Vietnam (UTC+7, no daylight saving), as 2024-08-12T16:48:00+07:00. */
function nowInVietnam(date = new Date()) {
  const local = new Date(date.getTime() + 7 * 3600_000);
  return `${local.toISOString().slice(0, 16)}:00+07:00`;
}

const frontMatter = `title: ${JSON.stringify(title)}
lede: "Viết sapo ở đây: một, hai câu tóm tắt bài."
publishedAt: ${nowInVietnam()}
authors: [Ban Dữ liệu Thước Đo]
section: [Xã hội, An sinh xã hội]
tags: []
provinces: []
draft: true
`;
// One MDX comment per line: prettier's MDX formatter rewrites a comment that spans lines.
const body = `{/* Viết bài ở đây, thay cho các dòng này. Đặt biểu đồ: <Chart id="..." /> (docs/bieu-do.md). */}

{/* Lấy số từ dữ liệu: <DataValue dataset="..." where={{ ... }} unit="percent" /> (docs/viet-bai.md). */}
`;
const yaml = await format(frontMatter, { ...(await resolveConfig(file)), parser: 'yaml' });
mkdirSync(dir, { recursive: true });
writeFileSync(file, `---\n${yaml}---\n\n${body}`);

console.log(`Đã tạo ${relative(root, file)} (bản nháp, chưa đăng).
Xem trước: npm run dev, rồi mở http://localhost:4321/bai-viet/${slug}/
Khi xong, đổi "draft: true" thành "draft: false" để đăng.`);
