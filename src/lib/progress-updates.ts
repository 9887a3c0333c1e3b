import type { CourseProgress, Place, ProgressRecord, QuizProgressRecord } from '../schemas/progress-schema.ts';
import { own } from './own.ts';

/** Pure changes to the progress record. Each returns a new record and leaves the one it was given untouched. */

const courseOf = (record: ProgressRecord, courseId: string): CourseProgress => own(record.courses, courseId) ?? { lessons: {}, quizzes: {} };

const withCourse = (record: ProgressRecord, courseId: string, course: CourseProgress, last?: Place): ProgressRecord => ({
  ...record,
  courses: { ...record.courses, [courseId]: course },
  ...(last ? { last } : {}),
});

/** The learner opened a lesson (or the assessment page): remember the first visit and where they are. */
export function recordVisit(record: ProgressRecord, courseId: string, page: string, isLesson: boolean, now: number): ProgressRecord {
  const course = courseOf(record, courseId);
  const lessons = isLesson && !own(course.lessons, page) ? { ...course.lessons, [page]: { visitedAt: now } } : course.lessons;
  // Coming back to the same page keeps the question the learner was at.
  const { quiz, question } = record.last?.course === courseId && record.last.page === page ? record.last : {};
  return withCourse(record, courseId, { ...course, lessons }, { course: courseId, page, ...(quiz && question ? { quiz, question } : {}), at: now });
}

/** The learner reached the end of a lesson's text. */
export function recordLessonEnd(record: ProgressRecord, courseId: string, slug: string, now: number): ProgressRecord {
  const course = courseOf(record, courseId);
  const lesson = own(course.lessons, slug) ?? { visitedAt: now };
  if (lesson.endReachedAt !== undefined) return record;
  return withCourse(record, courseId, { ...course, lessons: { ...course.lessons, [slug]: { ...lesson, endReachedAt: now } } });
}

/** A quiz changed; the question last touched becomes the place to continue from. */
export function recordQuiz(record: ProgressRecord, courseId: string, page: string, quizId: string, quiz: QuizProgressRecord, questionId?: string): ProgressRecord {
  const course = courseOf(record, courseId);
  const previous = record.last?.course === courseId && record.last.page === page && record.last.quiz === quizId ? record.last.question : undefined;
  const question = questionId ?? previous;
  const place: Place = { course: courseId, page, ...(question ? { quiz: quizId, question } : {}), at: quiz.updatedAt };
  return withCourse(record, courseId, { ...course, quizzes: { ...course.quizzes, [quizId]: quiz } }, place);
}
