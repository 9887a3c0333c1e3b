import { assign, setup } from 'xstate';

/**
 * One course: notAttempted → incomplete → completed → passed | failed, by the course file's rules:
 * completed when every lesson is completed; then passed when the assessment's best score reaches the pass mark,
 * failed when its attempts are used up below it. A course without an assessment ends at completed.
 */
export type CourseState = 'notAttempted' | 'incomplete' | 'completed' | 'passed' | 'failed';

export interface CourseInput {
  lessons: string[];
  /** null when the course has no final assessment. */
  assessment: { passMark: number; maxAttempts: number } | null;
}

export interface CourseContext extends CourseInput {
  completedLessons: string[];
  assessmentBest: number | null;
  assessmentAttempts: number;
}

export type CourseEvent =
  | { type: 'course.lessonStarted'; slug: string }
  | { type: 'course.lessonCompleted'; slug: string }
  | { type: 'course.assessmentChecked'; percent: number; attempts: number };

export const courseMachine = setup({
  types: { context: {} as CourseContext, events: {} as CourseEvent, input: {} as CourseInput },
  guards: {
    knownLesson: ({ context }, params: { slug: string }) => context.lessons.includes(params.slug),
    allLessonsDone: ({ context }) => context.lessons.every((slug) => context.completedLessons.includes(slug)),
    assessmentPassed: ({ context }) =>
      context.assessment !== null && context.assessmentBest !== null && context.assessmentBest >= context.assessment.passMark,
    assessmentFailed: ({ context }) =>
      context.assessment !== null && context.assessmentAttempts >= context.assessment.maxAttempts && (context.assessmentBest ?? 0) < context.assessment.passMark,
  },
  actions: {
    lessonCompleted: assign({
      completedLessons: ({ context }, params: { slug: string }) =>
        context.lessons.includes(params.slug) && !context.completedLessons.includes(params.slug)
          ? [...context.completedLessons, params.slug]
          : context.completedLessons,
    }),
    assessmentChecked: assign(({ context }, params: { percent: number; attempts: number }) => ({
      assessmentBest: Math.max(params.percent, context.assessmentBest ?? 0),
      assessmentAttempts: Math.max(params.attempts, context.assessmentAttempts),
    })),
  },
}).createMachine({
  id: 'course',
  context: ({ input }) => ({ ...input, completedLessons: [], assessmentBest: null, assessmentAttempts: 0 }),
  initial: 'notAttempted',
  states: {
    notAttempted: {
      on: {
        'course.lessonStarted': { guard: { type: 'knownLesson', params: ({ event }) => event }, target: 'incomplete' },
        'course.lessonCompleted': {
          guard: { type: 'knownLesson', params: ({ event }) => event },
          target: 'incomplete',
          actions: { type: 'lessonCompleted', params: ({ event }) => event },
        },
        'course.assessmentChecked': { target: 'incomplete', actions: { type: 'assessmentChecked', params: ({ event }) => event } },
      },
    },
    incomplete: {
      always: { guard: 'allLessonsDone', target: 'completed' },
      on: {
        'course.lessonCompleted': { actions: { type: 'lessonCompleted', params: ({ event }) => event } },
        'course.assessmentChecked': { actions: { type: 'assessmentChecked', params: ({ event }) => event } },
      },
    },
    completed: {
      on: { 'course.assessmentChecked': { actions: { type: 'assessmentChecked', params: ({ event }) => event } } },
      always: [
        { guard: 'assessmentPassed', target: 'passed' },
        { guard: 'assessmentFailed', target: 'failed' },
      ],
    },
    passed: { type: 'final' },
    failed: { type: 'final' },
  },
});
