import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Answer } from '../../src/lib/answers.ts';
import { scoreQuiz } from '../../src/lib/scoring.ts';
import type { CourseProgress, QuizProgressRecord } from '../../src/schemas/progress-schema.ts';
import { decodeSuspendData, encodeSuspendData, quizFingerprint, type Suspended } from '../../src/scorm/suspend-data.ts';
import { decodeAnswer, encodeAnswer } from '../../src/scorm/answer-codec.ts';
import { allQuestions, matching, multiple, ordering, reflection, rightAnswers, scenario, single, trueFalse, wrongAnswers } from './quiz-fixtures.ts';
import { demo, everyType } from './scorm-fixtures.ts';

const savedAt = Date.UTC(2026, 10, 23, 10, 4, 5);

const quiz = (answers: Record<string, Answer>, over: Partial<QuizProgressRecord> = {}): QuizProgressRecord => {
  const score = scoreQuiz(allQuestions, answers);
  return { state: 'feedback', answers, attempts: 2, lastPercent: score.percent, bestPercent: 83, results: score.results, updatedAt: savedAt, ...over };
};

/** Answers by question id, from the fixtures' answers by question name. */
const byId = (answers: typeof wrongAnswers) => ({
  [single.id]: answers.single,
  [multiple.id]: answers.multiple,
  [trueFalse.id]: answers.trueFalse,
  [matching.id]: answers.matching,
  [ordering.id]: answers.ordering,
  [scenario.id]: answers.scenario,
});
const wrong = byId(wrongAnswers);

const progress: CourseProgress = {
  lessons: { one: { visitedAt: savedAt, endReachedAt: savedAt }, two: { visitedAt: savedAt } },
  quizzes: {
    check: quiz({ ...wrong, [reflection.id]: rightAnswers.reflection }),
    final: { state: 'passed', answers: { [single.id]: rightAnswers.single, [trueFalse.id]: rightAnswers.trueFalse }, attempts: 1, lastPercent: 100, bestPercent: 100, results: { [single.id]: true, [trueFalse.id]: true }, updatedAt: savedAt },
  },
};
const suspended: Suspended = { seed: 'k3j9x0a1bq', savedAt, progress };

/** What survives: everything but reflections. */
function withoutReflections(p: CourseProgress): CourseProgress {
  const quizzes = Object.fromEntries(
    Object.entries(p.quizzes).map(([id, q]) => [id, { ...q, answers: Object.fromEntries(Object.entries(q.answers).filter(([, a]) => a.type !== 'reflection')) }]),
  );
  return { ...p, quizzes };
}

describe('suspend_data', () => {
  test('round-trips a course: lessons, quiz states, attempts, scores, results, answers and the seed', () => {
    const text = encodeSuspendData(everyType, suspended);
    expect(decodeSuspendData(everyType, text)).toEqual({ ...suspended, progress: withoutReflections(progress) });
  });

  test('never holds a reflection', () => {
    const text = encodeSuspendData(everyType, suspended);
    expect(text).not.toContain('ask');
    const decoded = decodeSuspendData(everyType, text)!;
    expect(decoded.progress.quizzes.check!.answers[reflection.id]).toBeUndefined();
  });

  test('is compact: the whole example course fits in well under 200 characters', () => {
    expect(encodeSuspendData(everyType, suspended).length).toBeLessThan(200);
  });

  test('keeps answers that are empty lists apart from no answer', () => {
    const answers = { [multiple.id]: { type: 'multiple', options: [] }, [scenario.id]: { type: 'scenario', path: [] } } satisfies Record<string, Answer>;
    const data = { ...suspended, progress: { lessons: {}, quizzes: { check: quiz(answers, { state: 'answered', results: {}, lastPercent: null, bestPercent: null, attempts: 0 }) } } };
    expect(decodeSuspendData(everyType, encodeSuspendData(everyType, data))!.progress.quizzes.check!.answers).toEqual(answers);
  });

  test('round-trips any answers to any question (property)', () => {
    const arbitraryAnswer = fc.oneof(
      fc.constantFrom(...Object.values(rightAnswers), ...Object.values(wrongAnswers)),
      fc.subarray(['a', 'b', 'c']).map((options): Answer => ({ type: 'multiple', options })),
      fc.shuffledSubarray(['a', 'b', 'c'], { minLength: 3 }).map((order): Answer => ({ type: 'ordering', order })),
      fc.constantFrom<Answer>({ type: 'scenario', path: ['wait'] }, { type: 'scenario', path: ['wait', 'b', 'wait', 'b', 'call'] }),
      fc.record({ naloxone: fc.constantFrom('naloxone', 'recovery', '~0'), recovery: fc.constantFrom('naloxone', 'recovery', '~0') }).map((matches): Answer => ({ type: 'matching', matches })),
    );
    fc.assert(
      fc.property(fc.array(arbitraryAnswer, { maxLength: 8 }), (answers) => {
        for (const answer of answers) {
          const q = allQuestions.find((question) => question.type === answer.type)!;
          if (q.type === 'reflection') continue;
          expect(decodeAnswer(q, encodeAnswer(q, answer))).toEqual(answer);
        }
      }),
    );
  });

  test('a quiz edited after the learner started is dropped; the rest of the course is kept', () => {
    const text = encodeSuspendData(everyType, suspended);
    const edited = { ...everyType, quizzes: [{ ...everyType.quizzes[0]!, questions: allQuestions.slice(1) }, everyType.quizzes[1]!] };
    const decoded = decodeSuspendData(edited, text)!;
    expect(decoded.progress.quizzes.check).toBeUndefined();
    expect(decoded.progress.quizzes.final).toEqual(progress.quizzes.final);
    expect(decoded.progress.lessons).toEqual(progress.lessons);
  });

  test('a quiz or lesson added before others does not shift anything', () => {
    const text = encodeSuspendData(everyType, suspended);
    const added = {
      ...everyType,
      outline: { ...everyType.outline, lessons: [{ slug: 'zero', title: 'Zero', requiredQuizzes: [] }, ...everyType.outline.lessons] },
      quizzes: [{ id: 'new', page: 'zero', questions: [single] }, ...everyType.quizzes],
    };
    expect(quizFingerprint(added.quizzes[0]!)).not.toBe(quizFingerprint(everyType.quizzes[0]!));
    expect(decodeSuspendData(added, text)).toEqual({ ...suspended, progress: withoutReflections(progress) });
  });

  test('anything that is not suspend_data decodes to null or to valid progress, and never throws', () => {
    const valid = encodeSuspendData(everyType, suspended);
    const candidates = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: fc.constantFrom(...'01az|;,.-~{}"'), maxLength: 200 }),
      fc.integer({ min: 0, max: valid.length }).map((n) => valid.slice(0, n)),
      fc.tuple(fc.integer({ min: 0, max: valid.length - 1 }), fc.constantFrom(...'0z|;,.-')).map(([i, c]) => valid.slice(0, i) + c + valid.slice(i + 1)),
    );
    fc.assert(
      fc.property(candidates, (text) => {
        const decoded = decodeSuspendData(everyType, text);
        if (decoded === null) return;
        for (const [id, q] of Object.entries(decoded.progress.quizzes)) {
          expect(everyType.quizzes.map((z) => z.id)).toContain(id);
          expect(q.attempts).toBeGreaterThanOrEqual(0);
          expect(q.bestPercent === null || (q.bestPercent >= 0 && q.bestPercent <= 100)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
    for (const text of ['', 'null', '{"a":1}', '1|', '2abc|1|0000|', valid.replace('|', '||')]) expect(() => decodeSuspendData(everyType, text)).not.toThrow();
  });

  test('the fixture course round-trips too', () => {
    const first = demo.quizzes[0]!;
    const data: Suspended = {
      seed: 'abc',
      savedAt,
      progress: { lessons: { 'first-steps': { visitedAt: savedAt } }, quizzes: { [first.id]: { state: 'unanswered', answers: {}, attempts: 0, lastPercent: null, bestPercent: null, results: {}, updatedAt: savedAt } } },
    };
    expect(decodeSuspendData(demo, encodeSuspendData(demo, data))).toEqual(data);
  });
});
