/**
 * Times and durations in the formats each SCORM version's data model accepts. All values are rounded to
 * hundredths of a second, the finest either version stores.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Splits a duration into whole hours, minutes, seconds and hundredths. Negative durations count as zero. */
function parts(ms: number): { h: number; m: number; s: number; cs: number } {
  const total = Math.max(0, Math.round(ms / 10));
  return { h: Math.floor(total / 360_000), m: Math.floor(total / 6000) % 60, s: Math.floor(total / 100) % 60, cs: total % 100 };
}

/** SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS` (hours: 2 to 4 digits). Longer than 9999 hours is written as the maximum. */
export function cmiTimespan(ms: number): string {
  const { h, m, s, cs } = parts(ms);
  if (h > 9999) return '9999:59:59.99';
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(cs)}`;
}

/** SCORM 2004 timeinterval (second,10,2): an ISO 8601 duration such as `PT1H2M3.45S`; zero is `PT0S`. */
export function isoDuration(ms: number): string {
  const { h, m, s, cs } = parts(ms);
  const seconds = cs === 0 ? String(s) : `${s}.${pad(cs)}`;
  const text = `${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}${s > 0 || cs > 0 ? `${seconds}S` : ''}`;
  return `PT${text || '0S'}`;
}

/** SCORM 1.2 CMITime: the time of day `HH:MM:SS` in the learner's own time zone, as the LMS shows it to them. */
export function cmiTime(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/**
 * SCORM 2004 time (second,10,0): `YYYY-MM-DDThh:mm:ss.ssZ` in UTC. The fraction is always written because the
 * format only allows a time zone designator after it.
 */
export function isoTimestamp(date: Date): string {
  const cs = Math.floor(date.getUTCMilliseconds() / 10);
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(cs)}Z`
  );
}
