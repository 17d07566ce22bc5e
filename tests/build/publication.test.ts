import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { slugify } from '../../src/lib/format/index.ts';
import { copyProject, projectRoot, runAstro } from '../helpers/astro.ts';
import { htmlFiles, resolves, storyFiles } from '../helpers/distFiles.ts';

// tests/helpers/siteSetup.ts has built the site.
const dist = join(projectRoot, 'dist');
const published = storyFiles()
  .filter((s) => !s.draft && s.publishedAt.getTime() <= Date.now())
  .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** Every page of a paginated list (`/the/x/`, `/the/x/2/`, …), one after the other. */
function listing(folder: string): string {
  const pages = [read(`${folder}/index.html`)];
  for (let n = 2; existsSync(join(dist, folder, String(n), 'index.html')); n++) pages.push(read(`${folder}/${n}/index.html`));
  return pages.join('\n');
}
const frontMatter = (id: string) => readFileSync(join(projectRoot, 'src/content/stories', `${id}.mdx`), 'utf8');

describe('the built publication', () => {
  it('has a page for every published story, with breadcrumb, dateline, byline, JSON-LD and share links', () => {
    expect(published.length).toBeGreaterThanOrEqual(5);
    for (const story of published) {
      const page = read(`bai-viet/${story.id}/index.html`);
      expect(page).toContain('<html lang="vi"');
      expect(page).toMatch(/<nav class="breadcrumb"[^>]*><a href="\/">Trang chủ<\/a>/);
      expect(page).toMatch(/<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:00\+07:00">\d\d:\d\d \d\d\/\d\d\/\d{4}<\/time>/);
      expect(page).toContain('"@type":"NewsArticle"');
      expect(page).toContain('rel="author"');
      expect(page).toContain('https://www.facebook.com/sharer/sharer.php?u=');
      expect(page).toContain('<meta property="og:type" content="article"');
    }
  });

  it('has section, tag and author pages listing their stories', () => {
    for (const story of published) {
      // The front matter as YAML reads it: a story may have no tags, or write its lists across lines.
      const data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(frontMatter(story.id))![1]) as {
        section: [string, string];
        tags?: string[];
        authors: string[];
      };
      const [category, sub] = data.section;
      const link = `/bai-viet/${story.id}/`;
      expect(listing(`chuyen-muc/${slugify(category)}/${slugify(sub)}`)).toContain(link);
      expect(listing(`chuyen-muc/${slugify(category)}`)).toContain(link);
      for (const tag of data.tags ?? []) expect(listing(`the/${slugify(tag)}`)).toContain(link);
      for (const author of data.authors) expect(listing(`tac-gia/${slugify(author)}`)).toContain(link);
    }
  });

  it('publishes an RSS 2.0 feed of the published stories (all of them: fewer than its 50), newest first, with their ledes', () => {
    const feed = read('rss.xml');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>[\s\S]*?<\/item>/g)].map((m) => new URL(m[1]).pathname);
    expect(links).toEqual(published.map((s) => `/bai-viet/${s.id}/`));
    expect(feed.match(/<description>/g)?.length).toBe(published.length + 1);
  });

  it('publishes a sitemap of the pages, stories with lastmod, embeds left out, and robots.txt pointing to it', () => {
    expect(read('sitemap-index.xml')).toContain('https://thuocdo.vn/sitemap-0.xml');
    const sitemap = read('sitemap-0.xml');
    for (const story of published)
      expect(sitemap).toMatch(new RegExp(`<loc>https://thuocdo.vn/bai-viet/${story.id}/</loc><lastmod>\\d{4}-`));
    expect(sitemap).not.toContain('/nhung/');
    expect(read('robots.txt')).toContain('Sitemap: https://thuocdo.vn/sitemap-index.xml');
  });

  it('has a profile page for each of the 63 provinces, and an index of them', () => {
    const provinces = readFileSync(join(projectRoot, 'data/geo/provinces.csv'), 'utf8').trim().split('\n').slice(1);
    expect(provinces).toHaveLength(63);
    const index = read('tinh/index.html');
    for (const line of provinces) {
      const [, name, slug] = line.split(',');
      expect(read(`tinh/${slug}/index.html`)).toContain(`<h1 class="province-name">${name}</h1>`);
      expect(index).toContain(`<a href="/tinh/${slug}/">${name}</a>`);
    }
  });

  it('breaks the poverty line of Hà Nội at the 2008 boundary change on its page, saying why and marking the table', () => {
    const page = read('tinh/ha-noi/index.html');
    const notes = /<ul class="chart-notes">([\s\S]*?)<\/ul>/.exec(page)![1];
    expect(notes).toContain(
      '<li>(1) Mở rộng Hà Nội, Nghị quyết 15/2008/QH12, hiệu lực từ 01/08/2008: Hà Nội nhận thêm toàn bộ tỉnh Hà Tây',
    );
    expect(notes).toContain('<li>(2) Đổi chuẩn nghèo:');
    expect(page).toContain('Đường của Hà Nội bị ngắt trước năm 2008, xem ghi chú (1).');
    // The mark stays beside its value: a no-break space.
    expect(page).toMatch(/<td class="num" data-sort="6.6">6,6%(?:\u00a0|&nbsp;|&#160;)\(1\)<\/td>/);
    // Lai Châu's page has the change of standard only.
    expect(read('tinh/lai-chau/index.html')).not.toContain('Mở rộng Hà Nội');
    expect(read('du-lieu/boundary-changes/index.html')).toContain('Nghị quyết 15/2008/QH12');
  });

  it('has a 404 page and a search page', () => {
    expect(read('404.html')).toContain('Không tìm thấy trang');
    expect(read('tim-kiem/index.html')).toContain('role="search"');
  });

  it('separates every breadcrumb step with " / ", on every page', () => {
    const crumbs = htmlFiles(dist)
      .map((file) => /<nav class="breadcrumb"[^>]*>([\s\S]*?)<\/nav>/.exec(readFileSync(join(dist, file), 'utf8'))?.[1])
      .filter((html): html is string => html !== undefined);
    expect(crumbs.length).toBeGreaterThan(100);
    for (const html of crumbs) {
      // What stands between one step's closing tag and the next step's opening tag.
      const separators = [...html.matchAll(/<\/(?:a|span)>([^<]*)<(?:a|span)\b/g)].map((m) => m[1]);
      expect(separators.length, html).toBeGreaterThan(0);
      for (const separator of separators) expect(separator, html).toBe(' / ');
    }
  });

  it('has no broken internal link or asset', () => {
    const broken: string[] = [];
    for (const file of htmlFiles(dist)) {
      const html = read(file);
      for (const [, url] of html.matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
        if (!resolves(dist, url)) broken.push(`${file} → ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives every page lang="vi", a canonical URL and Open Graph tags', () => {
    for (const file of htmlFiles(dist).filter((f) => !f.startsWith('nhung/'))) {
      const html = read(file);
      expect(html, file).toContain('<html lang="vi"');
      expect(html, file).toContain('<link rel="canonical"');
      expect(html, file).toContain('<meta property="og:title"');
    }
  });
});

describe('a build with a draft and a story dated in the future', () => {
  it('publishes neither: no page, list, chart page, feed, sitemap or search entry', () => {
    const copy = copyProject();
    const story = (title: string, extra: string) => `---
title: ${title}
lede: Thử nghiệm.
publishedAt: ${extra}
authors: [Người Thử]
section: [Xã hội, Chưa đăng]
tags: [Thẻ chưa đăng]
heroChart: lai-chau-ha-tang-2024
---

Nội dung chưa được đăng: từ khóa zyxwvut.
`;
    writeFileSync(join(copy, 'src/content/stories/ban-nhap.md'), story('Bản nháp', '2026-11-20T08:00:00+07:00\ndraft: true'));
    writeFileSync(join(copy, 'src/content/stories/bai-tuong-lai.md'), story('Bài tương lai', '2099-01-01T08:00:00+07:00'));
    // Also published: a story kept in a folder, its file named with diacritics, at an ASCII address.
    mkdirSync(join(copy, 'src/content/stories/2025'));
    writeFileSync(
      join(copy, 'src/content/stories/2025/Điện Biên thử nghiệm.md'),
      `---\ntitle: Bài trong thư mục\nlede: Thử.\npublishedAt: 2026-11-20T08:00:00+07:00\nauthors: [Ban Dữ liệu Thước Đo]\nsection: [Xã hội, An sinh xã hội]\ntags: [Giảm nghèo]\n---\n\nNội dung.\n`,
    );
    const result = runAstro(['build'], copy);
    expect(result.status, result.stderr).toBe(0);
    const out = join(copy, 'dist');
    expect(resolves(out, '/bai-viet/dien-bien-thu-nghiem/')).toBe(true);
    expect(readdirSync(join(out, 'bai-viet')).filter((name) => !/^[a-z0-9-]+$/.test(name))).toEqual([]);
    const everything =
      htmlFiles(out)
        .map((f) => readFileSync(join(out, f), 'utf8'))
        .join('\n') +
      readFileSync(join(out, 'rss.xml'), 'utf8') +
      readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    for (const slug of ['ban-nhap', 'bai-tuong-lai']) {
      expect(resolves(out, `/bai-viet/${slug}/`)).toBe(false);
      expect(everything).not.toContain(`/bai-viet/${slug}/`);
    }
    // Both use a chart: its chart page lists the stories using it, and must not list these.
    expect(everything).not.toMatch(/Bản nháp|Bài tương lai/);
    expect(everything).not.toContain('Chưa đăng');
    expect(everything).not.toContain('Người Thử');
    // The same pages are indexed for search as in the real build, plus the story in a folder:
    // neither the draft nor the future story is among them.
    const pageCount = (folder: string) =>
      JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')).languages.vi.page_count as number;
    // The main part of the index and one part per year of stories (src/integrations/search.ts).
    const indexedPages = (dir: string) =>
      (JSON.parse(readFileSync(join(dir, 'pagefind/parts.json'), 'utf8')) as string[]).reduce(
        (sum, part) => sum + pageCount(join(dir, 'pagefind', part)),
        pageCount(join(dir, 'pagefind')),
      );
    expect(indexedPages(out)).toBe(indexedPages(dist) + 1);
  });
});
