/**
 * Vietnamese without diacritics, đ → d (which Unicode decomposition does not do), lower-case.
 *
 * @example foldVietnamese('Đường ĐIỆN Biên') // 'duong dien bien'
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/**
 * The words of a text that hold đ or Đ, folded, once each: Pagefind matches `lai chau` to
 * `Lai Châu` by itself, but not `duong` to `đường`, so these are indexed beside the text.
 *
 * @example foldedDWords('Con đường đến Điện Biên') // 'duong den dien'
 */
export function foldedDWords(text: string): string {
  const words = text.normalize('NFC').match(/[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu) ?? [];
  return [...new Set(words.map(foldVietnamese))].join(' ');
}

/** The text of an HTML document, tags removed, entities of `&`, `<`, `>` and quotes decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
}
