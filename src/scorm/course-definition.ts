import type { CourseOutline } from '../schemas/outline.ts';
import type { Question } from '../schemas/quiz-schema.ts';

/**
 * What the SCORM launch page knows of its course, written into the page at build time: the outline that decides
 * statuses, and every quiz with its questions, so answers can be packed by position into suspend_data and
 * reported as interactions. Trusted (the build wrote it), so not validated again.
 */
export interface ScormCourse {
  outline: CourseOutline;
  /** The course's language tag, for the LMS's language-tagged strings. */
  language: string;
  /** Every quiz in the order a learner meets them: each lesson's quizzes in order, then the final assessment. */
  quizzes: ScormQuiz[];
}

export interface ScormQuiz {
  id: string;
  /** The lesson slug, or "assessment". */
  page: string;
  questions: Question[];
}
