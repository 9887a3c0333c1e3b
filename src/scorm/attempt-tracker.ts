import { isScored } from '../lib/scoring.ts';
import type { CourseProgress, Place } from '../schemas/progress-schema.ts';
import type { ScormCourse } from './course-definition.ts';
import type { AnsweredQuestion } from './interactions.ts';

/**
 * Watches the learner's progress change by change and reports each check of a quiz as answered questions,
 * with the times the LMS asks for. The stored progress keeps no per-question times, so they are noted here,
 * for this session: when a quiz was put before the learner (its page opened, or "Try again"), and when each
 * answer was last changed. Pure: the state goes in and comes out.
 */
export interface TrackerState {
  /** Checks already reported, per quiz. */
  attempts: Record<string, number>;
  availableAt: Record<string, number>;
  respondedAt: Record<string, Record<string, number>>;
}

export function startTracker(progress: CourseProgress): TrackerState {
  const attempts = Object.fromEntries(Object.entries(progress.quizzes).map(([id, q]) => [id, q.attempts]));
  return { attempts, availableAt: {}, respondedAt: {} };
}

/** One side of a change: the course's progress and the learner's place. */
export interface Moment {
  progress: CourseProgress | undefined;
  place: Place | undefined;
}

export function observe(course: ScormCourse, state: TrackerState, was: Moment, now: Moment): { state: TrackerState; checked: AnsweredQuestion[] } {
  const attempts = { ...state.attempts };
  const availableAt = { ...state.availableAt };
  const respondedAt = { ...state.respondedAt };
  const checked: AnsweredQuestion[] = [];
  // Opening a page moves the place and changes no quiz (answering moves the place too, with its quiz).
  const opened = now.place && now.place.at !== was.place?.at && JSON.stringify(now.progress?.quizzes ?? {}) === JSON.stringify(was.progress?.quizzes ?? {}) ? now.place : undefined;

  for (const quiz of course.quizzes) {
    // First put before the learner when its page was opened in this session.
    if (opened?.page === quiz.page && availableAt[quiz.id] === undefined) availableAt[quiz.id] = opened.at;
    const before = was.progress?.quizzes[quiz.id];
    const after = now.progress?.quizzes[quiz.id];
    if (!after) continue;
    if (after.attempts > (attempts[quiz.id] ?? 0)) {
      for (const question of quiz.questions.filter(isScored)) {
        const answer = after.answers[question.id];
        if (!answer) continue;
        checked.push({
          quizId: quiz.id,
          question,
          answer,
          correct: after.results[question.id] === true,
          respondedAt: respondedAt[quiz.id]?.[question.id] ?? after.updatedAt,
          availableAt: availableAt[quiz.id] ?? null,
        });
      }
      attempts[quiz.id] = after.attempts;
      respondedAt[quiz.id] = {};
      continue;
    }
    if (before?.state === 'feedback' && after.state === 'answered') {
      availableAt[quiz.id] = after.updatedAt;
      respondedAt[quiz.id] = {};
    }
    for (const question of quiz.questions.filter(isScored)) {
      if (JSON.stringify(before?.answers[question.id]) !== JSON.stringify(after.answers[question.id])) {
        respondedAt[quiz.id] = { ...respondedAt[quiz.id], [question.id]: after.updatedAt };
      }
    }
  }
  return { state: { attempts, availableAt, respondedAt }, checked };
}
