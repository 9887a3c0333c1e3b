import { z } from 'zod';

/**
 * Field builders shared by the course and lesson schemas. Each error message says what is
 * expected, so an author can fix the file from the build output alone.
 */
export const text = (what: string, example: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `is missing. Add ${what}, for example: ${example}` : `must be text (${what}), for example: ${example}`) })
    .trim()
    .min(1, { error: `is empty. Write ${what}, for example: ${example}` });

export const textList = (what: string, example: string) =>
  z
    .array(text(what, example), { error: `must be a list of ${what}, one per line starting with "- ", for example:\n  - ${example}` })
    .min(1, { error: `needs at least one entry (${what}), for example:\n  - ${example}` });

export const wholeMinutes = (what: string) =>
  z
    .number({ error: `must be a whole number of minutes (${what}), for example: 20` })
    .int({ error: `must be a whole number of minutes (${what}), for example: 20` })
    .min(1, { error: `must be at least 1 minute (${what})` })
    .max(600, { error: `must be at most 600 minutes (${what}); split longer material into more lessons` });

/** Dates arrive from YAML either as Date objects (unquoted) or as strings (quoted). */
export const calendarDate = (what: string) =>
  z.coerce
    .date({ error: `must be a date written YYYY-MM-DD (${what}), for example: 2026-11-01` })
    .refine((d) => !Number.isNaN(d.getTime()), { error: `must be a date written YYYY-MM-DD (${what}), for example: 2026-11-01` });

/** Error for a whole object: names misspelt fields and lists the ones that exist. */
export const objectError = (what: string, fields: readonly string[]) => (issue: { code?: string; keys?: string[] }) =>
  issue.code === 'unrecognized_keys'
    ? `has unknown field${issue.keys!.length === 1 ? '' : 's'} ${issue.keys!.map((k) => `"${k}"`).join(', ')}. Check the spelling; the fields are: ${fields.join(', ')}`
    : `must be ${what} with the fields: ${fields.join(', ')}`;
