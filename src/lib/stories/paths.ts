import { slugify } from '../format/slug.ts';

/** Stable public URLs (other sites link to them): see the URL table of DESIGN.md. */
export const storyPath = (id: string) => `/bai-viet/${id}/`;
export const sectionPath = ([category, sub]: readonly [string, string]) => `/chuyen-muc/${slugify(category)}/${slugify(sub)}/`;
export const categoryPath = (category: string) => `/chuyen-muc/${slugify(category)}/`;
export const tagPath = (tag: string) => `/the/${slugify(tag)}/`;
export const authorPath = (author: string) => `/tac-gia/${slugify(author)}/`;
export const provincePath = (slug: string) => `/tinh/${slug}/`;
export const datasetPath = (id: string) => `/du-lieu/${id}/`;
