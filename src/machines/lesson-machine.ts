import { assign, setup } from 'xstate';

/**
 * One lesson: notStarted → inProgress → completed. Completed means the learner reached the end of the lesson
 * and checked every knowledge check in it at least once (reflection-only quizzes are not required).
 */
export type LessonState = 'notStarted' | 'inProgress' | 'completed';

export interface LessonInput {
  /** Knowledge checks (with scored questions) the learner must check. */
  requiredQuizzes: string[];
}

export interface LessonContext extends LessonInput {
  reachedEnd: boolean;
  checkedQuizzes: string[];
}

export type LessonEvent = { type: 'lesson.visit' } | { type: 'lesson.reachEnd' } | { type: 'lesson.quizChecked'; quizId: string };

export const lessonMachine = setup({
  types: { context: {} as LessonContext, events: {} as LessonEvent, input: {} as LessonInput },
  guards: {
    done: ({ context }) => context.reachedEnd && context.requiredQuizzes.every((id) => context.checkedQuizzes.includes(id)),
  },
  actions: {
    reachEnd: assign({ reachedEnd: true }),
    quizChecked: assign({
      checkedQuizzes: ({ context }, params: { quizId: string }) =>
        context.checkedQuizzes.includes(params.quizId) ? context.checkedQuizzes : [...context.checkedQuizzes, params.quizId],
    }),
  },
}).createMachine({
  id: 'lesson',
  context: ({ input }) => ({ ...input, reachedEnd: false, checkedQuizzes: [] }),
  initial: 'notStarted',
  states: {
    notStarted: {
      on: {
        'lesson.visit': 'inProgress',
        'lesson.reachEnd': { target: 'inProgress', actions: 'reachEnd' },
        'lesson.quizChecked': { target: 'inProgress', actions: { type: 'quizChecked', params: ({ event }) => event } },
      },
    },
    inProgress: {
      always: { guard: 'done', target: 'completed' },
      on: {
        'lesson.reachEnd': { actions: 'reachEnd' },
        'lesson.quizChecked': { actions: { type: 'quizChecked', params: ({ event }) => event } },
      },
    },
    completed: { type: 'final' },
  },
});
