import { z } from 'zod';
import { text } from './fields.ts';

const thisYear = new Date().getUTCFullYear();

/** One published source a lesson or course draws its facts from. */
export const sourceSchema = z.object(
  {
    title: text('the title of the source', '"Community management of opioid overdose"'),
    publisher: text('who published it', 'World Health Organization'),
    year: z
      .number({ error: `must be the year of publication as a number, for example: 2014` })
      .int({ error: 'must be a whole year, for example: 2014' })
      .min(1900, { error: 'must be a year from 1900 on' })
      .max(thisYear + 1, { error: `must not be later than ${thisYear + 1}` }),
    url: z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: 'must be a full web address starting with https:// (or http://), for example: https://www.who.int/publications/i/item/9789241548816',
    }),
  },
  { error: 'must be a source with title, publisher, year and url' },
);

export type Source = z.infer<typeof sourceSchema>;

export const sourceList = (min: number) =>
  z
    .array(sourceSchema, { error: 'must be a list of sources, each with title, publisher, year and url' })
    .min(min, { error: `needs at least ${min} source${min === 1 ? '' : 's'}: every fact must be traceable to a published source` });
