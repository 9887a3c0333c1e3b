import type { Question } from './quiz-schema.ts';
import type { Locale } from '../lib/locales.ts';
import type { Message } from '../lib/messages.ts';

/**
 * The shape of a course that browser code needs to work out progress: lesson order, which knowledge checks
 * each lesson requires, and the assessment's rules. Written by the build into each page (data/outline.ts),
 * so it is trusted and not validated again.
 */
export interface CourseOutline {
  id: string;
  title: string;
  lessons: { slug: string; title: string; requiredQuizzes: string[] }[];
  assessment: { id: string; passMark: number; attempts: number } | null;
}

/** What a quiz island receives: everything to run the quiz machine and render the questions. */
export interface QuizProps {
  courseId: string;
  /** Lesson slug, or "assessment". */
  page: string;
  quizId: string;
  title: string;
  kind: 'check' | 'assessment';
  questions: Question[];
  passMark: number;
  maxAttempts: number | null;
  shuffle: boolean;
  /** Who sees the answers, in one sentence for the learner. */
  answersNote: string;
  /** The interface language, and only the messages the quiz shows (src/data/outline.ts QUIZ_MESSAGES). */
  locale: Locale;
  /** The language the questions are written in (a lesson's translation, or the course's), which may differ from the interface's. */
  contentLanguage: string;
  messages: Readonly<Record<string, Message>>;
}
