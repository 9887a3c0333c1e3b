import fc from 'fast-check';
import { ASSIGNMENT_VERSION, type AcceptedAssignment, type Assignment } from '../../src/schemas/assignment-schema.ts';
import {
  MAX_REFLECTION_LENGTH,
  PROGRESS_VERSION,
  QUIZ_STATES,
  type CourseProgress,
  type LessonProgress,
  type Place,
  type ProgressRecord,
  type QuizProgressRecord,
  type StoredAnswer,
} from '../../src/schemas/progress-schema.ts';

/**
 * fast-check arbitraries and small builders for the stored progress record. Shared by the progress tests;
 * not a test file itself.
 *
 * Keys of courses, lessons and quizzes are what the codec accepts (course ids, slugs, quiz ids: lowercase
 * letters, digits, hyphens), including "constructor", which is a valid slug and also a name on Object.prototype.
 * Ids inside a quiz (question, option, pair, step ids) are any string the schema accepts, except "__proto__",
 * which no author id can be (ids are lowercase letters, digits and hyphens).
 */

/** A course id, lesson slug or quiz id. */
export const storedKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,64}$/) },
  { weight: 1, arbitrary: fc.constantFrom('constructor', 'demo', 'first-steps', 'final') },
);

/** An id inside a quiz: the schema only limits its length. */
export const innerId: fc.Arbitrary<string> = fc
  .string({ maxLength: 64, unit: 'binary' })
  .filter((s) => s.length <= 64 && s !== '__proto__');

/** A time in milliseconds: a non-negative safe integer. */
export const time: fc.Arbitrary<number> = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER });

/** 0–100, not always whole; never -0 (JSON writes it as 0). */
export const percent: fc.Arbitrary<number> = fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x + 0);

/** A plain object from unique keys (Object.fromEntries makes own properties, whatever the key). */
export const dict = <T>(key: fc.Arbitrary<string>, value: fc.Arbitrary<T>, maxLength = 4): fc.Arbitrary<Record<string, T>> =>
  fc.uniqueArray(fc.tuple(key, value), { selector: ([k]) => k, maxLength }).map((entries) => Object.fromEntries(entries));

export const answer: fc.Arbitrary<StoredAnswer> = fc.oneof(
  fc.record({ type: fc.constant('single' as const), option: innerId }),
  fc.record({ type: fc.constant('multiple' as const), options: fc.array(innerId, { maxLength: 5 }) }),
  fc.record({ type: fc.constant('true-false' as const), value: fc.boolean() }),
  fc.record({ type: fc.constant('matching' as const), matches: dict(innerId, innerId) }),
  fc.record({ type: fc.constant('ordering' as const), order: fc.array(innerId, { maxLength: 5 }) }),
  fc.record({ type: fc.constant('scenario' as const), path: fc.array(innerId, { maxLength: 5 }) }),
  fc.record({
    type: fc.constant('reflection' as const),
    text: fc.oneof(fc.string({ maxLength: 200 }), fc.constant('x'.repeat(MAX_REFLECTION_LENGTH))),
  }),
);

export const quizProgress: fc.Arbitrary<QuizProgressRecord> = fc.record({
  state: fc.constantFrom(...QUIZ_STATES),
  answers: dict(innerId, answer, 3),
  attempts: fc.integer({ min: 0, max: 1000 }),
  lastPercent: fc.option(percent, { nil: null }),
  bestPercent: fc.option(percent, { nil: null }),
  results: dict(innerId, fc.boolean(), 3),
  updatedAt: time,
});

export const lessonProgress: fc.Arbitrary<LessonProgress> = fc.record({ visitedAt: time, endReachedAt: time }, { requiredKeys: ['visitedAt'] });

export const place: fc.Arbitrary<Place> = fc.record(
  { course: innerId, page: innerId, quiz: innerId, question: innerId, at: time },
  { requiredKeys: ['course', 'page', 'at'] },
);

export const courseProgress: fc.Arbitrary<CourseProgress> = fc.record({
  lessons: dict(storedKey, lessonProgress),
  quizzes: dict(storedKey, quizProgress, 3),
});

/** A seed as the codec keeps it: 1–32 characters. */
export const seed: fc.Arbitrary<string> = fc.string({ minLength: 1, maxLength: 32 });

const slug = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).filter((s) => s.length <= 64);

export const assignment: fc.Arbitrary<Assignment> = fc.record({
  v: fc.constant(ASSIGNMENT_VERSION),
  id: fc.stringMatching(/^[a-z0-9]{6,16}$/),
  course: slug,
  lessons: fc.array(slug, { minLength: 1, maxLength: 5 }),
  group: fc.string({ minLength: 1, maxLength: 80 }),
  due: fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  message: fc.string({ maxLength: 500 }),
});

export const acceptedAssignment: fc.Arbitrary<AcceptedAssignment> = fc.record({ assignment, acceptedAt: time });

/**
 * Any record the codec must keep whole. Assignments, when present, are never an empty object: the codec reads
 * `assignments: {}` as no assignments (the same thing), so such a record would not come back key for key.
 */
export const progressRecord: fc.Arbitrary<ProgressRecord> = fc.record(
  {
    version: fc.constant(PROGRESS_VERSION),
    seed,
    last: place,
    courses: dict(storedKey, courseProgress, 3),
    assignments: dict(storedKey, acceptedAssignment, 2).filter((a) => Object.keys(a).length > 0),
  },
  { requiredKeys: ['version', 'seed', 'courses'] },
);

// Small builders for example tests.

export const quiz = (over: Partial<QuizProgressRecord> = {}): QuizProgressRecord => ({
  state: 'passed',
  answers: { sterile: { type: 'true-false', value: true } },
  attempts: 1,
  lastPercent: 100,
  bestPercent: 100,
  results: { sterile: true },
  updatedAt: 1,
  ...over,
});

export const course = (over: Partial<CourseProgress> = {}): CourseProgress => ({ lessons: {}, quizzes: {}, ...over });

export const acceptedFor = (courseId: string, id = 'abc123', over: Partial<Assignment> = {}): AcceptedAssignment => ({
  assignment: { v: ASSIGNMENT_VERSION, id, course: courseId, lessons: ['first-steps'], group: 'Tuesday group', due: '2026-12-01', message: '', ...over },
  acceptedAt: 1,
});

export const record = (courses: Record<string, CourseProgress> = {}, over: Partial<ProgressRecord> = {}): ProgressRecord => ({
  version: PROGRESS_VERSION,
  seed: 'seed-1',
  courses,
  ...over,
});

/** Freezes a value and everything inside it, so any mutation throws (test files are strict-mode modules). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
