import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { decodeProgress, encodeProgress } from '../../src/lib/progress-codec.ts';
import { quizMachine, type QuizDefinition, type QuizEvent } from '../../src/machines/quiz-machine.ts';
import { restoreQuiz, stepQuiz } from '../../src/machines/quiz-progress.ts';
import { quizProgressSchema, type QuizProgressRecord } from '../../src/schemas/progress-schema.ts';
import { course, deepFreeze, quiz, record } from './progress-arbitraries.ts';
import { reflection, rightAnswers, single, trueFalse, wrongAnswers } from './quiz-fixtures.ts';

const definition = (over: Partial<QuizDefinition> = {}): QuizDefinition => ({ questions: [single, trueFalse, reflection], passMark: 100, maxAttempts: null, ...over });

/** The quiz as stored after going through localStorage: encoded, decoded, validated. */
function throughStorage(q: QuizProgressRecord): QuizProgressRecord {
  const result = decodeProgress(encodeProgress(record({ demo: course({ quizzes: { check: q } }) })), () => 'x');
  expect(result.notices).toEqual([]);
  return result.record.courses.demo!.quizzes.check!;
}

describe('restoreQuiz', () => {
  test('nothing stored: the machine’s start', () => {
    const s = restoreQuiz(definition(), undefined);
    expect(s.value).toBe('unanswered');
    expect(s.context).toMatchObject({ answers: {}, attempts: 0, lastPercent: null, bestPercent: null, results: {} });
  });

  test('restores state and progress from the record', () => {
    const stored = quiz({ state: 'feedback', answers: { [single.id]: wrongAnswers.single }, attempts: 2, lastPercent: 50, bestPercent: 50, results: { [single.id]: false } });
    const s = restoreQuiz(definition(), stored);
    expect(s.value).toBe('feedback');
    expect(s.context).toMatchObject({ answers: stored.answers, attempts: 2, lastPercent: 50, bestPercent: 50, results: stored.results });
  });

  test('drops stored answers the edited quiz no longer accepts, keeps the rest', () => {
    const stored = quiz({
      state: 'answered',
      answers: {
        [single.id]: { type: 'single', option: 'removed-option' },
        [trueFalse.id]: rightAnswers.trueFalse,
        'removed-question': rightAnswers.trueFalse,
        [reflection.id]: { type: 'true-false', value: true }, // the question changed type
      },
    });
    expect(restoreQuiz(definition(), stored).context.answers).toEqual({ [trueFalse.id]: rightAnswers.trueFalse });
  });

  test('leaves the stored record untouched', () => {
    const stored = deepFreeze(quiz({ state: 'answered', answers: { 'removed-question': rightAnswers.trueFalse } }));
    expect(() => restoreQuiz(definition(), stored)).not.toThrow();
  });
});

describe('stepQuiz', () => {
  test('an answer moves an untouched quiz to answered, stamped with the time given', () => {
    const next = stepQuiz(definition(), undefined, { type: 'quiz.answer', questionId: single.id, answer: rightAnswers.single }, 42);
    expect(next).toEqual({ state: 'answered', answers: { [single.id]: rightAnswers.single }, attempts: 0, lastPercent: null, bestPercent: null, results: {}, updatedAt: 42 });
  });

  test('checking a fully answered quiz scores it', () => {
    let q = stepQuiz(definition(), undefined, { type: 'quiz.answer', questionId: single.id, answer: rightAnswers.single }, 1);
    q = stepQuiz(definition(), q, { type: 'quiz.answer', questionId: trueFalse.id, answer: wrongAnswers.trueFalse }, 2);
    q = stepQuiz(definition(), q, { type: 'quiz.check' }, 3);
    expect(q).toMatchObject({ state: 'feedback', attempts: 1, lastPercent: 50, bestPercent: 50, results: { [single.id]: true, [trueFalse.id]: false }, updatedAt: 3 });
  });

  test('an ignored event changes nothing but the time', () => {
    const stored = deepFreeze(quiz({ state: 'passed', answers: { [single.id]: rightAnswers.single, [trueFalse.id]: rightAnswers.trueFalse }, results: { [single.id]: true, [trueFalse.id]: true } }));
    const next = stepQuiz(definition(), stored, { type: 'quiz.answer', questionId: single.id, answer: wrongAnswers.single }, 99);
    expect(next).toEqual({ ...stored, updatedAt: 99 });
  });

  test('property: stepping the stored record through storage after every event is the same as running the machine', () => {
    const events: QuizEvent[] = [
      { type: 'quiz.answer', questionId: single.id, answer: rightAnswers.single },
      { type: 'quiz.answer', questionId: single.id, answer: wrongAnswers.single },
      { type: 'quiz.answer', questionId: trueFalse.id, answer: rightAnswers.trueFalse },
      { type: 'quiz.answer', questionId: trueFalse.id, answer: wrongAnswers.trueFalse },
      { type: 'quiz.answer', questionId: reflection.id, answer: rightAnswers.reflection },
      { type: 'quiz.answer', questionId: 'no-such-question', answer: rightAnswers.trueFalse },
      { type: 'quiz.answer', questionId: single.id, answer: { type: 'single', option: 'no-such-option' } },
      { type: 'quiz.check' },
      { type: 'quiz.retry' },
    ];
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }), fc.array(fc.constantFrom(...events), { maxLength: 25 }), (maxAttempts, sequence) => {
        const def = definition({ maxAttempts });
        let machine = initialTransition(quizMachine, def)[0];
        let stored: QuizProgressRecord | undefined;
        sequence.forEach((event, i) => {
          machine = transition(quizMachine, machine, event)[0];
          stored = throughStorage(stepQuiz(def, stored, event, i));
          expect(quizProgressSchema.safeParse(stored).success).toBe(true);
          expect(stored.state).toBe(machine.value);
          const { answers, attempts, lastPercent, bestPercent, results } = machine.context;
          expect(stored).toEqual({ state: machine.value, answers, attempts, lastPercent, bestPercent, results, updatedAt: i });
        });
      }),
      { numRuns: 300 },
    );
  });
});
