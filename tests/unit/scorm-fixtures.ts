import { fileURLToPath } from 'node:url';
import { scormCourse } from '../../src/data/scorm-course.ts';
import type { ScormCourse } from '../../src/scorm/course-definition.ts';
import { readCourses } from './course-files.ts';
import { allQuestions, single, trueFalse } from './quiz-fixtures.ts';

/** Courses for the SCORM unit tests. Not a test file itself. */

/** The fixture course the browser tests package: two lessons with every question type, and an assessment. */
export const demo: ScormCourse = scormCourse(readCourses(fileURLToPath(new URL('../fixtures/valid-courses', import.meta.url)))[0]!);

/** A course built by hand around one quiz holding a question of every type (see quiz-fixtures.ts). */
export const everyType: ScormCourse = {
  language: 'en',
  outline: {
    id: 'every-type',
    title: 'Every type',
    lessons: [
      { slug: 'one', title: 'One', requiredQuizzes: ['check'] },
      { slug: 'two', title: 'Two', requiredQuizzes: [] },
    ],
    assessment: { id: 'final', passMark: 50, attempts: 3 },
  },
  quizzes: [
    { id: 'check', page: 'one', questions: allQuestions },
    { id: 'final', page: 'assessment', questions: [single, trueFalse] },
  ],
};
