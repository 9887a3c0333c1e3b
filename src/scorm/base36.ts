/**
 * Whole numbers in base 36 (0-9, a-z): the densest alphabet that every LMS stores and shows safely, used to
 * keep suspend_data within SCORM 1.2's 4,096 characters.
 */
const DIGITS = /^[0-9a-z]+$/;

export const toBase36 = (n: number) => n.toString(36);

/** A base-36 number, or undefined for anything else (empty, other characters, too long to be exact). */
export function fromBase36(text: string): number | undefined {
  if (!DIGITS.test(text) || text.length > 10) return undefined;
  return parseInt(text, 36);
}

/** How many base-36 digits hold every number below `count`. */
export function digitsFor(count: number): number {
  let digits = 1;
  for (let cap = 36; cap < count; cap *= 36) digits++;
  return digits;
}

/** A number written with exactly `digits` digits, so a list of them needs no separators. */
export const fixed = (n: number, digits: number) => toBase36(n).padStart(digits, '0');

/** Splits a run of fixed-width numbers; undefined when the text is not a whole number of them. */
export function readFixed(text: string, digits: number): number[] | undefined {
  if (text.length % digits !== 0) return undefined;
  const out: number[] = [];
  for (let i = 0; i < text.length; i += digits) {
    const n = fromBase36(text.slice(i, i + digits));
    if (n === undefined) return undefined;
    out.push(n);
  }
  return out;
}
