import { initialTransition, transition } from 'xstate';
import type { QuizProgressRecord } from '../schemas/progress-schema.ts';
import { answerFits } from '../lib/answers.ts';
import { quizMachine, type QuizDefinition, type QuizEvent, type QuizState } from './quiz-machine.ts';

/**
 * Runs one quiz event against the stored quiz record: restore the machine's snapshot from the record,
 * take the transition, and return the new record. Pure, so the store can apply it to the freshest record
 * (another tab may have answered meanwhile) and nothing is overwritten.
 */
export function restoreQuiz(definition: QuizDefinition, stored: QuizProgressRecord | undefined) {
  if (!stored) return initialTransition(quizMachine, definition)[0];
  // Drop stored answers the (possibly edited) quiz no longer accepts.
  const answers = Object.fromEntries(
    Object.entries(stored.answers).filter(([id, a]) => {
      const q = definition.questions.find((question) => question.id === id);
      return q !== undefined && answerFits(q, a);
    }),
  );
  const { state, updatedAt: _, ...progress } = stored;
  return quizMachine.resolveState({ value: state, context: { ...definition, ...progress, answers } });
}

export function stepQuiz(definition: QuizDefinition, stored: QuizProgressRecord | undefined, event: QuizEvent, now: number): QuizProgressRecord {
  const [next] = transition(quizMachine, restoreQuiz(definition, stored), event);
  const { answers, attempts, lastPercent, bestPercent, results } = next.context;
  return { state: next.value as QuizState, answers, attempts, lastPercent, bestPercent, results, updatedAt: now };
}
