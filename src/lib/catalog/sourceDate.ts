const partial = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A source's date, as precise as the schema gives it, written the Vietnamese way. Throws on
 * anything that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a real month and day.
 *
 * @example formatSourceDate('2024-08-12') // '12/08/2024'
 * @example formatSourceDate('2024-08') // 'tháng 8/2024'
 * @example formatSourceDate('2024') // '2024'
 */
export function formatSourceDate(date: string): string {
  const match = partial.exec(date);
  if (!match) throw new RangeError(`formatSourceDate: not YYYY, YYYY-MM or YYYY-MM-DD: "${date}"`);
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
    throw new RangeError(`formatSourceDate: no month ${month} in "${date}"`);
  }
  if (day === undefined) return month === undefined ? year : `tháng ${Number(month)}/${year}`;
  // Day 0 of the next month is the last day of this one (UTC, so no time zone can shift it).
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  if (Number(day) < 1 || Number(day) > daysInMonth) throw new RangeError(`formatSourceDate: no day ${day} in "${date}"`);
  return `${day}/${month}/${year}`;
}
