import { assign, setup } from 'xstate';
import type { Question } from '../schemas/quiz-schema.ts';
import { answerFits, isComplete, type Answer } from '../lib/answers.ts';
import { isScored, scoreQuiz } from '../lib/scoring.ts';

/**
 * One quiz (a knowledge check or the final assessment):
 * unanswered → answered → (check) → passed | feedback (try again while attempts remain) | failed.
 * Reflections can be written in any state: they are never scored.
 * Run with xstate's pure `transition()`, so every event applies to the freshest stored state (see progress-store).
 */
export type QuizState = 'unanswered' | 'answered' | 'feedback' | 'passed' | 'failed';

/** What is stored for a quiz. */
export interface QuizProgress {
  answers: Record<string, Answer>;
  /** Checks used. */
  attempts: number;
  /** Percentage of the last check, and the best of all checks. */
  lastPercent: number | null;
  bestPercent: number | null;
  /** Right or not per scored question, at the last check. */
  results: Record<string, boolean>;
}

export interface QuizDefinition {
  questions: Question[];
  /** Percentage needed to pass: 100 for knowledge checks, the course pass mark for the assessment. */
  passMark: number;
  /** null = unlimited. */
  maxAttempts: number | null;
}

export type QuizContext = QuizDefinition & QuizProgress;

export type QuizEvent =
  | { type: 'quiz.answer'; questionId: string; answer: Answer }
  | { type: 'quiz.check' }
  | { type: 'quiz.retry' };

export const emptyQuizProgress = (): QuizProgress => ({ answers: {}, attempts: 0, lastPercent: null, bestPercent: null, results: {} });

const questionOf = (context: QuizContext, id: string) => context.questions.find((q) => q.id === id);

export const quizMachine = setup({
  types: { context: {} as QuizContext, events: {} as QuizEvent, input: {} as QuizDefinition },
  guards: {
    /** The answer belongs to a question of this quiz and fits it (known options, right shape). */
    validAnswer: ({ context }, params: { questionId: string; answer: Answer }) => {
      const q = questionOf(context, params.questionId);
      return q !== undefined && answerFits(q, params.answer);
    },
    isReflection: ({ context }, params: { questionId: string; answer: Answer }) => {
      const q = questionOf(context, params.questionId);
      return q?.type === 'reflection' && answerFits(q, params.answer);
    },
    allAnswered: ({ context }) => context.questions.filter(isScored).every((q) => isComplete(q, context.answers[q.id])),
    passedLast: ({ context }) => context.lastPercent !== null && context.lastPercent >= context.passMark,
    attemptsLeft: ({ context }) => context.maxAttempts === null || context.attempts < context.maxAttempts,
  },
  actions: {
    setAnswer: assign({
      answers: ({ context }, params: { questionId: string; answer: Answer }) => ({ ...context.answers, [params.questionId]: params.answer }),
    }),
    score: assign(({ context }) => {
      const score = scoreQuiz(context.questions, context.answers);
      return {
        attempts: context.attempts + 1,
        lastPercent: score.percent,
        bestPercent: Math.max(score.percent, context.bestPercent ?? 0),
        results: score.results,
      };
    }),
  },
}).createMachine({
  id: 'quiz',
  context: ({ input }) => ({ ...input, ...emptyQuizProgress() }),
  initial: 'unanswered',
  on: {
    // Reflections stay editable whatever the quiz's state.
    'quiz.answer': {
      guard: { type: 'isReflection', params: ({ event }) => event },
      actions: { type: 'setAnswer', params: ({ event }) => event },
    },
  },
  states: {
    unanswered: {
      on: {
        'quiz.answer': { guard: { type: 'validAnswer', params: ({ event }) => event }, target: 'answered', actions: { type: 'setAnswer', params: ({ event }) => event } },
      },
    },
    answered: {
      on: {
        'quiz.answer': { guard: { type: 'validAnswer', params: ({ event }) => event }, actions: { type: 'setAnswer', params: ({ event }) => event } },
        'quiz.check': { guard: 'allAnswered', target: 'checked', actions: 'score' },
      },
    },
    /** Transient: decides where a check leads. */
    checked: {
      always: [{ guard: 'passedLast', target: 'passed' }, { guard: 'attemptsLeft', target: 'feedback' }, { target: 'failed' }],
    },
    feedback: {
      on: { 'quiz.retry': { target: 'answered' } },
    },
    passed: {},
    failed: {},
  },
});
