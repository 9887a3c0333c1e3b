import { z } from 'zod';
import { objectError, text } from './fields.ts';

/** A course's glossary: `courses/<course-id>/glossary.yaml`, shown at /courses/<course-id>/glossary/. */
const termShape = {
  term: text('the term', '"Naloxone"'),
  definition: text('a plain-language definition', '"A medicine that reverses an opioid overdose for a while."'),
};

export const glossarySchema = z.strictObject(
  {
    terms: z
      .array(z.strictObject(termShape, { error: objectError('a glossary entry', Object.keys(termShape)) }), {
        error: 'must be a list of entries, each with term and definition',
      })
      .min(1, { error: 'needs at least 1 entry' })
      .superRefine((terms, ctx) => {
        const seen = new Set<string>();
        terms.forEach((t, i) => {
          const key = t.term.toLowerCase();
          if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'term'], message: `"${t.term}" is defined twice. Keep one entry per term` });
          seen.add(key);
        });
      }),
  },
  { error: objectError('a glossary file', ['terms']) },
);

export type Glossary = z.infer<typeof glossarySchema>;
