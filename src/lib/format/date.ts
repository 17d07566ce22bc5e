/** Vietnam's time zone: datelines and timestamps are always shown in it, wherever the build runs. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsInVietnam(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatDate: invalid date');
  const parts = Object.fromEntries(dateParts.formatToParts(date).map((part) => [part.type, part.value]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

/**
 * The calendar date in Vietnam.
 *
 * @example formatDate(new Date('2024-08-12T09:48:00Z')) // '12/08/2024'
 */
export function formatDate(date: Date): string {
  const { day, month, year } = partsInVietnam(date);
  return `${day}/${month}/${year}`;
}

/**
 * The clock time in Vietnam, 24-hour.
 *
 * @example formatTime(new Date('2024-08-12T09:48:00Z')) // '16:48'
 */
export function formatTime(date: Date): string {
  const { hour, minute } = partsInVietnam(date);
  return `${hour}:${minute}`;
}

/**
 * A dateline as Vietnamese news sites print it: time, then date.
 *
 * @example formatDateTime(new Date('2024-08-12T09:48:00Z')) // '16:48 12/08/2024'
 */
export function formatDateTime(date: Date): string {
  return `${formatTime(date)} ${formatDate(date)}`;
}

/**
 * ISO 8601 with Vietnam's offset, for `<time datetime>` and JSON-LD.
 *
 * @example isoDateTime(new Date('2024-08-12T09:48:00Z')) // '2024-08-12T16:48:00+07:00'
 */
export function isoDateTime(date: Date): string {
  const { year, month, day, hour, minute } = partsInVietnam(date);
  // Vietnam has kept UTC+7 without daylight saving since 1975.
  return `${year}-${month}-${day}T${hour}:${minute}:00+07:00`;
}
