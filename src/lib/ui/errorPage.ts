import { issuePlace, type DataIssue } from '../data/issues.ts';
import { visible } from '../text/safeText.ts';

const escape = (text: string) =>
  visible(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** What the preview page says above the list, in Vietnamese. */
export const errorPageTitle = 'Chưa xem trước được: có lỗi cần sửa';

/**
 * The page `npm run dev` shows instead of a story, a chart or any page while an editor's file
 * has errors: each error with its file, line and column, what is wrong and what to do, in
 * Vietnamese. It reloads itself every two seconds, so the page comes back once the file is saved
 * fixed. For the preview only: nothing here is published.
 *
 * @example errorPageHtml([{ file: 'data/x.csv', line: 3, column: 5, message: 'không phải là số' }])
 */
export function errorPageHtml(issues: readonly DataIssue[], page: string): string {
  const items = issues
    .map((issue) => {
      const value = issue.value === undefined ? '' : ` giá trị <code>${escape(JSON.stringify(issue.value))}</code>`;
      const field = issue.field === undefined ? '' : ` trường <code>${escape(issue.field)}</code>`;
      const column = issue.columnName === undefined ? '' : ` cột <code>${escape(issue.columnName)}</code>`;
      const place = issuePlace(issue);
      return `<li><p><strong class="place">${escape(place || page)}</strong>${field}${column}${value}: ${escape(issue.message)}</p>${
        issue.hint ? `<p class="hint">→ ${escape(issue.hint)}</p>` : ''
      }</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="2">
<title>Lỗi — ${escape(page)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.4rem; color: #a40000; }
li { margin-bottom: 1rem; }
.place { font-family: ui-monospace, monospace; }
.hint { margin: 0.25rem 0 0; color: #444; }
code { background: #f3f3f3; padding: 0 0.2em; }
</style>
</head>
<body>
<h1>${errorPageTitle}</h1>
<p>Trang <code>${escape(page)}</code> chưa hiện được vì ${issues.length} lỗi dưới đây. Sửa tệp và lưu lại: trang tự tải lại.</p>
<ol>
${items}
</ol>
</body>
</html>
`;
}
