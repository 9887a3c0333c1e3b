import { z } from 'zod';

/**
 * A message catalogue (src/i18n/<locale>.json): flat keys grouped by area ("quiz.check"), each a string
 * with `{name}` placeholders or plural forms named as Intl.PluralRules names them (one, few, many, other).
 */
const pluralForms = z.strictObject({
  zero: z.string().min(1).optional(),
  one: z.string().min(1).optional(),
  two: z.string().min(1).optional(),
  few: z.string().min(1).optional(),
  many: z.string().min(1).optional(),
  other: z.string().min(1),
});

export const catalogueSchema = z.record(z.string().regex(/^[a-z][\w-]*(\.[\w-]+)+$/), z.union([z.string().min(1), pluralForms]));
