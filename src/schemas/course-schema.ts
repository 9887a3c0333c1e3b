import { z } from 'zod';
import { AUDIENCE_IDS } from './audience.ts';
import { CONTENT_WARNING_IDS } from './content-warning.ts';
import { calendarDate, objectError, text, textList, wholeMinutes } from './fields.ts';
import { sourceList } from './source-schema.ts';

/** The course file: `courses/<course-id>/course.yaml`. The folder name is the course id. */
const shape = {
  /** Shown as the course heading and in the catalogue. */
  title: text('the course title', '"Chemsex: a guide for outreach workers"'),
  /** One or two sentences for the catalogue card. */
  summary: text('a one- or two-sentence summary', '"What chemsex is, its risks, and how to support people without judgement."'),
  /** Who the course is for: ids from src/schemas/audience.ts. */
  audiences: z
    .array(z.enum(AUDIENCE_IDS, { error: `must be one of: ${AUDIENCE_IDS.join(', ')}` }), {
      error: `must be a list of audiences, for example:\n  - outreach-workers`,
    })
    .min(1, { error: `needs at least one audience, one of: ${AUDIENCE_IDS.join(', ')}` }),
  /** The language the course is written in, as a BCP 47 tag such as en, ru, vi or fa. */
  language: z
    .string({ error: 'is missing. Add the language tag of the course, for example: en' })
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as en, ru, vi or pt-BR' }),
  /** The course's own version; raise it when content changes meaningfully. */
  version: z
    .string({ error: 'is missing. Add the course version in quotes, for example: "1.0.0"' })
    .regex(/^\d+\.\d+(\.\d+)?$/, { error: 'must be a version such as "1.0" or "1.2.0" (in quotes)' }),
  estimatedMinutes: wholeMinutes('the time to finish the whole course'),
  /** Percentage of the final assessment a learner needs to pass the course. */
  passMark: z
    .number({ error: 'must be a percentage from 0 to 100, for example: 80' })
    .int({ error: 'must be a whole percentage, for example: 80' })
    .min(0, { error: 'must be at least 0' })
    .max(100, { error: 'must be at most 100' }),
  /** When a subject expert last checked the facts. */
  reviewedOn: calendarDate('the day the content was last reviewed'),
  /** What the learner will be able to do after the course. */
  objectives: textList('learning objectives', '"Recognise a GHB overdose and respond safely"'),
  /** Topics to warn learners about: ids from src/schemas/content-warning.ts. */
  contentWarnings: z
    .array(z.enum(CONTENT_WARNING_IDS, { error: `must be one of: ${CONTENT_WARNING_IDS.join(', ')}` }), {
      error: 'must be a list of content warnings (or [] for none)',
    })
    .default([]),
  sources: sourceList(1),
};

export const courseSchema = z.strictObject(shape, { error: objectError('a course file', Object.keys(shape)) });

export type Course = z.infer<typeof courseSchema>;
