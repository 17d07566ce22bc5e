/**
 * A valid story file: front matter with `title` and the required fields, `extra` front matter
 * lines (each ending in a newline) and a one-line body on line 9 when `extra` is empty.
 */
export const storyFile = (title = 'Thử', extra = '') => `---
title: ${title}
lede: Thử nghiệm.
publishedAt: 2026-11-20T08:00:00+07:00
authors: [Ban Dữ liệu]
section: [Xã hội, An sinh xã hội]
${extra}---

Nội dung.
`;
