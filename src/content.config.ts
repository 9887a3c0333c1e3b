import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { courseSchema } from './schemas/course-schema.ts';
import { lessonSchema } from './schemas/lesson-schema.ts';
import { assessmentSchema } from './schemas/quiz-schema.ts';
import { glossarySchema } from './schemas/glossary-schema.ts';
import { coursesDir } from './lib/courses-dir.ts';

/** `courses/<course-id>/course.yaml` → entry id `<course-id>`. */
const courses = defineCollection({
  loader: glob({
    base: coursesDir,
    pattern: '*/course.yaml',
    generateId: ({ entry }) => entry.split('/')[0]!,
  }),
  schema: courseSchema,
});

/**
 * `courses/<course-id>/<lesson-slug>.mdx` → entry id `<course-id>/<lesson-slug>`, and a lesson's translation,
 * `courses/<course-id>/<locale>/<lesson-slug>.mdx` → `<course-id>/<locale>/<lesson-slug>`: same schema, one
 * folder deeper. lib/catalogue.ts files translations under their original lesson, never as lessons of their own.
 */
const lessons = defineCollection({
  loader: glob({
    base: coursesDir,
    pattern: ['*/*.mdx', '*/*/*.mdx'],
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: lessonSchema,
});

/** `courses/<course-id>/assessment.yaml` → entry id `<course-id>`: the course's final assessment. */
const assessments = defineCollection({
  loader: glob({
    base: coursesDir,
    pattern: '*/assessment.yaml',
    generateId: ({ entry }) => entry.split('/')[0]!,
  }),
  schema: assessmentSchema,
});

/** `courses/<course-id>/glossary.yaml` → entry id `<course-id>`: the course's terms. */
const glossaries = defineCollection({
  loader: glob({
    base: coursesDir,
    pattern: '*/glossary.yaml',
    generateId: ({ entry }) => entry.split('/')[0]!,
  }),
  schema: glossarySchema,
});

export const collections = { courses, lessons, assessments, glossaries };
