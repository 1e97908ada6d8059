/**
 * Days as the catalog writes them: ISO `YYYY-MM-DD` strings. They compare as
 * strings, so no Date objects (and no time zones) are needed past this file.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A real calendar day written YYYY-MM-DD (2021-02-29 is not one). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The UTC day of `now`, moved by `days`. */
export function isoDay(now: Date = new Date(), days = 0): string {
  return new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The last day a recorded step may carry: tomorrow in UTC, so a step written down today anywhere
 * on Earth (UTC+14 is a day ahead) is not "in the future".
 */
export function latestRecordable(now: Date = new Date()): string {
  return isoDay(now, 1);
}

/** `2022-09-30` → `30 September 2022`: the same words on every machine, whatever its locale. */
export function formatDay(iso: string): string {
  const match = DATE.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? ''} ${match[1]}`;
}
