/**
 * Every public URL of the site, in one place: other sites link to them and embeds depend on
 * them, so they never change (see the URL table of DESIGN.md). Slugs fold diacritics, đ → d.
 */
import { slugify } from './format/slug.ts';

export const storyPath = (id: string) => `/bai-viet/${id}/`;
export const sectionPath = ([category, sub]: readonly [string, string]) => `/chuyen-muc/${slugify(category)}/${slugify(sub)}/`;
export const categoryPath = (category: string) => `/chuyen-muc/${slugify(category)}/`;
export const tagPath = (tag: string) => `/the/${slugify(tag)}/`;
export const authorPath = (author: string) => `/tac-gia/${slugify(author)}/`;
export const provincePath = (slug: string) => `/tinh/${slug}/`;
/** A unit of the 34 since 1 July 2025: under `/tinh/2025/`, so that the new Tuyên Quang (Hà Giang and Tuyên Quang) never takes the old one's address. */
export const province2025Path = (slug: string) => `/tinh/2025/${slug}/`;
export const datasetPath = (id: string) => `/du-lieu/${id}/`;
/** The dataset's CSV, byte for byte as bundled. */
export const datasetCsvPath = (id: string) => `/du-lieu/${id}.csv`;
/** The same data for Excel (byte-order mark, formulas neutralised); ids hold no dot, so it never clashes. */
export const datasetExcelCsvPath = (id: string) => `/du-lieu/${id}.excel.csv`;
export const chartPath = (id: string) => `/bieu-do/${id}/`;
/** The chart page's sections a figure links to: its embed code, and its downloads. */
export const chartSections = { embed: 'nhung-bieu-do', downloads: 'tai-ve' } as const;
export const chartEmbedCodePath = (id: string) => `${chartPath(id)}#${chartSections.embed}`;
export const chartDownloadsPath = (id: string) => `${chartPath(id)}#${chartSections.downloads}`;
export const pngPath = (id: string) => `/bieu-do/${id}.png`;
/** The chart's small drawing for indexes and cards (its phone layout). */
export const chartThumbnailPath = (id: string) => `/bieu-do/${id}/hinh-nho.svg`;
/** The page an embed's iframe shows. */
export const embedPath = (id: string) => `/nhung/${id}/`;
