/** Small, pure formatters for what pages print. */

export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** A calendar date as YYYY-MM-DD, the same in every time zone. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Sorted, de-duplicated union of lists, such as a course's and its lessons' content warnings. */
export function union<T extends string>(...lists: readonly (readonly T[])[]): T[] {
  return [...new Set(lists.flat())].sort();
}
