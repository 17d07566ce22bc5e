/**
 * Names as a Vietnamese list: commas between, "và" before the last.
 *
 * @example joinNames(['Bà Rịa - Vũng Tàu', 'Bình Dương', 'Hồ Chí Minh']) // 'Bà Rịa - Vũng Tàu, Bình Dương và Hồ Chí Minh'
 */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;
}

/**
 * The text with its first letter capitalised, in Vietnamese.
 *
 * @example capitalise('thành phố, từ 01/07/2025') // 'Thành phố, từ 01/07/2025'
 */
export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
