import * as z from 'zod/mini';
import { acceptedAssignmentSchema } from './assignment-schema.ts';

/**
 * The learner's progress record, as stored in the browser (one localStorage key). Written with zod/mini
 * because it ships to the browser, where every kilobyte counts. Each part is validated on its own, so one
 * damaged part never costs the learner the rest (see lib/progress-codec.ts).
 */
export const PROGRESS_VERSION = 2;

/** Reflections are the learner's own notes; this keeps one note from filling the browser's storage. */
export const MAX_REFLECTION_LENGTH = 4000;

const id = z.string().check(z.maxLength(64));
const time = z.number().check(z.int(), z.minimum(0));
const percent = z.number().check(z.minimum(0), z.maximum(100));

/**
 * A plain union rather than z.discriminatedUnion: each shape has its own `type` literal, so the two accept exactly
 * the same answers, and the plain union ships 0.45 KB (gzip) less to every course page.
 */
export const answerSchema = z.union([
  z.object({ type: z.literal('single'), option: id }),
  z.object({ type: z.literal('multiple'), options: z.array(id).check(z.maxLength(50)) }),
  z.object({ type: z.literal('true-false'), value: z.boolean() }),
  z.object({ type: z.literal('matching'), matches: z.record(id, id) }),
  z.object({ type: z.literal('ordering'), order: z.array(id).check(z.maxLength(50)) }),
  z.object({ type: z.literal('scenario'), path: z.array(id).check(z.maxLength(100)) }),
  z.object({ type: z.literal('reflection'), text: z.string().check(z.maxLength(MAX_REFLECTION_LENGTH)) }),
]);

export const QUIZ_STATES = ['unanswered', 'answered', 'feedback', 'passed', 'failed'] as const;

export const quizProgressSchema = z.object({
  state: z.enum(QUIZ_STATES),
  answers: z.record(id, answerSchema),
  attempts: z.number().check(z.int(), z.minimum(0), z.maximum(1000)),
  lastPercent: z.nullable(percent),
  bestPercent: z.nullable(percent),
  results: z.record(id, z.boolean()),
  updatedAt: time,
});

export const lessonProgressSchema = z.object({
  visitedAt: time,
  endReachedAt: z.optional(time),
});

/** Where the learner was last: a lesson slug (or "assessment"), and the quiz and question they last touched. */
export const placeSchema = z.object({
  course: id,
  page: id,
  quiz: z.optional(id),
  question: z.optional(id),
  at: time,
});

export const courseProgressSchema = z.object({
  lessons: z.record(id, lessonProgressSchema),
  quizzes: z.record(id, quizProgressSchema),
});

export const progressRecordSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  /** Random per device: keeps shuffled options in the same order for this learner across reloads. */
  seed: z.string().check(z.maxLength(32)),
  last: z.optional(placeSchema),
  courses: z.record(id, courseProgressSchema),
  /** Assignments the learner accepted from a trainer's link, by assignment id. */
  assignments: z.optional(z.record(id, acceptedAssignmentSchema)),
});

export type StoredAnswer = z.infer<typeof answerSchema>;
export type QuizProgressRecord = z.infer<typeof quizProgressSchema>;
export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type CourseProgress = z.infer<typeof courseProgressSchema>;
export type Place = z.infer<typeof placeSchema>;
export type ProgressRecord = z.infer<typeof progressRecordSchema>;
