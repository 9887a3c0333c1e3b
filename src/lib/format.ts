import type { Locale } from './locales.ts';

/** Small, pure formatters for what pages print. */

type DurationKey = 'format.minutes' | 'format.hours' | 'format.hoursMinutes';

/** A duration in the page's language: `t` is the page's translate function (src/data/messages.ts). */
export function formatMinutes(minutes: number, t: (key: DurationKey, params: { hours?: number; minutes?: number }) => string): string {
  if (minutes < 60) return t('format.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? t('format.hours', { hours }) : t('format.hoursMinutes', { hours, minutes: m });
}

/** A calendar date as YYYY-MM-DD, the same in every time zone. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A day given as YYYY-MM-DD (as the schemas check it), written the locale's way: its month names, digits and
 * calendar. Read and written in UTC, so it is the same day in every time zone.
 */
export function formatDay(day: string, locale: Locale): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(year!, month! - 1, date!));
}

/** Sorted, de-duplicated union of lists, such as a course's and its lessons' content warnings. */
export function union<T extends string>(...lists: readonly (readonly T[])[]): T[] {
  return [...new Set(lists.flat())].sort();
}
