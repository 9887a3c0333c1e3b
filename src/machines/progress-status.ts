import { initialTransition, transition } from 'xstate';
import type { CourseOutline } from '../schemas/outline.ts';
import type { CourseProgress } from '../schemas/progress-schema.ts';
import { own } from '../lib/own.ts';
import { courseMachine, type CourseState } from './course-machine.ts';
import { lessonMachine, type LessonState } from './lesson-machine.ts';

/**
 * Statuses are never stored: they are worked out from the stored facts (visits, lesson ends, quiz checks)
 * by replaying them through the lesson and course machines, so the rules live in one place.
 */
export function lessonState(lesson: CourseOutline['lessons'][number], progress: CourseProgress | undefined): LessonState {
  let [snapshot] = initialTransition(lessonMachine, { requiredQuizzes: lesson.requiredQuizzes });
  const facts = own(progress?.lessons, lesson.slug);
  if (facts) [snapshot] = transition(lessonMachine, snapshot, { type: 'lesson.visit' });
  for (const quizId of lesson.requiredQuizzes) {
    if ((own(progress?.quizzes, quizId)?.attempts ?? 0) > 0) [snapshot] = transition(lessonMachine, snapshot, { type: 'lesson.quizChecked', quizId });
  }
  if (facts?.endReachedAt !== undefined) [snapshot] = transition(lessonMachine, snapshot, { type: 'lesson.reachEnd' });
  return snapshot.value as LessonState;
}

export interface CourseStatus {
  state: CourseState;
  lessons: Record<string, LessonState>;
  completedLessons: number;
  /** 0–100: share of lessons completed. */
  percent: number;
  assessmentBest: number | null;
  assessmentAttempts: number;
}

export function courseStatus(outline: CourseOutline, progress: CourseProgress | undefined): CourseStatus {
  const input = {
    lessons: outline.lessons.map((l) => l.slug),
    assessment: outline.assessment && { passMark: outline.assessment.passMark, maxAttempts: outline.assessment.attempts },
  };
  let [snapshot] = initialTransition(courseMachine, input);
  const lessons: Record<string, LessonState> = {};
  for (const lesson of outline.lessons) {
    const state = lessonState(lesson, progress);
    lessons[lesson.slug] = state;
    if (state !== 'notStarted') [snapshot] = transition(courseMachine, snapshot, { type: 'course.lessonStarted', slug: lesson.slug });
    if (state === 'completed') [snapshot] = transition(courseMachine, snapshot, { type: 'course.lessonCompleted', slug: lesson.slug });
  }
  const assessment = outline.assessment && own(progress?.quizzes, outline.assessment.id);
  if (assessment && assessment.attempts > 0 && assessment.bestPercent !== null) {
    [snapshot] = transition(courseMachine, snapshot, { type: 'course.assessmentChecked', percent: assessment.bestPercent, attempts: assessment.attempts });
  }
  const completedLessons = Object.values(lessons).filter((s) => s === 'completed').length;
  return {
    state: snapshot.value as CourseState,
    lessons,
    completedLessons,
    percent: outline.lessons.length === 0 ? 0 : Math.floor((completedLessons * 100) / outline.lessons.length),
    assessmentBest: snapshot.context.assessmentBest,
    assessmentAttempts: snapshot.context.assessmentAttempts,
  };
}
