import type { CourseOutline, QuizProps } from '../schemas/outline.ts';
import type { Quiz } from '../schemas/quiz-schema.ts';
import { isScored } from '../lib/scoring.ts';
import type { CatalogueCourse } from '../lib/catalogue.ts';
import { scormBuild } from '../lib/scorm-build.ts';
import type { Course } from './catalogue.ts';
import { messages, pick } from './messages.ts';
import { QUIZ_MESSAGES } from '../lib/quiz-messages.ts';
import { DEFAULT_LOCALE, type Locale } from '../lib/locales.ts';
import { shownLesson } from '../lib/lesson-translation.ts';

/** The assessment and glossary pages' slugs, reserved among lesson slugs (lib/catalogue.ts). */
export const ASSESSMENT_PAGE = 'assessment';
export const GLOSSARY_PAGE = 'glossary';

/** What browser code needs to know of a course to work out progress; lesson titles as `locale`'s pages show them. */
export function courseOutline(course: CatalogueCourse, locale: Locale = DEFAULT_LOCALE): CourseOutline {
  const a = course.assessment?.data;
  return {
    id: course.id,
    title: course.entry.data.title,
    lessons: course.lessons.map((l) => ({
      slug: l.slug,
      title: shownLesson(l, locale, course.entry.data.language).entry.data.title,
      requiredQuizzes: l.entry.data.quizzes.filter((q) => q.questions.some(isScored)).map((q) => q.id),
    })),
    assessment: a ? { id: a.id, passMark: course.entry.data.passMark, attempts: a.attempts } : null,
  };
}

/** `contentLanguage`: the language `quiz` is written in, the course's unless it comes from a lesson's translation. */
export function quizProps(course: Course, page: string, quiz: Quiz, kind: QuizProps['kind'], locale: Locale, contentLanguage = course.entry.data.language): QuizProps {
  return {
    courseId: course.id,
    page,
    quizId: quiz.id,
    title: quiz.title,
    kind,
    questions: quiz.questions,
    passMark: kind === 'assessment' ? course.entry.data.passMark : 100,
    maxAttempts: quiz.attempts ?? null,
    shuffle: quiz.shuffle,
    answersNote: messages(locale)(scormBuild ? 'quiz.scormNote' : 'quiz.notShared'),
    locale,
    contentLanguage,
    messages: pick(locale, QUIZ_MESSAGES),
  };
}
