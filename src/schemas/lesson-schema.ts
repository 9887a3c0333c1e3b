import { z } from 'zod';
import { CONTENT_WARNING_IDS } from './content-warning.ts';
import { objectError, text, textList, wholeMinutes } from './fields.ts';
import { sourceList } from './source-schema.ts';
import { quizSchema } from './quiz-schema.ts';

/** A lesson's frontmatter: `courses/<course-id>/<lesson-slug>.mdx`. The file name is the lesson slug. */
const shape = {
  title: text('the lesson title', '"What chemsex is and who it affects"'),
  /** Position in the course, 1 for the first lesson. Unique within a course. */
  order: z
    .number({ error: 'must be the position of the lesson in its course, a whole number such as 1' })
    .int({ error: 'must be a whole number such as 1' })
    .min(1, { error: 'must be 1 or more' }),
  objectives: textList('learning objectives', '"Describe what chemsex is"'),
  minutes: wholeMinutes('the time to read the lesson'),
  /** Topics this lesson shows a warning banner for. */
  contentWarnings: z
    .array(z.enum(CONTENT_WARNING_IDS, { error: `must be one of: ${CONTENT_WARNING_IDS.join(', ')}` }), {
      error: 'must be a list of content warnings, for example:\n  - overdose',
    })
    .default([]),
  sources: sourceList(1),
  /** Knowledge checks, shown after the lesson text in this order. See the README for every question type. */
  quizzes: z.array(quizSchema, { error: 'must be a list of quizzes, each with id, title and questions' }).default([]),
};

export const lessonSchema = z.strictObject(shape, { error: objectError('lesson frontmatter between --- lines', Object.keys(shape)) });

export type Lesson = z.infer<typeof lessonSchema>;
