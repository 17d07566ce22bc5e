import slugifyText from '@sindresorhus/slugify';

/**
 * A URL slug without diacritics: every mark folded, đ → d, lower-case, words joined by `-`.
 * Input in NFC or NFD gives the same slug.
 *
 * @example slugify('Điện Biên') // 'dien-bien'
 * @example slugify('Bà Rịa - Vũng Tàu') // 'ba-ria-vung-tau'
 */
export function slugify(text: string): string {
  return slugifyText(text.normalize('NFC'), { lowercase: true, decamelize: false });
}
