import { describe, expect, test } from 'vitest';
import { recordQuiz, recordVisit } from '../../src/lib/progress-updates.ts';
import { emptyRecord } from '../../src/lib/progress-codec.ts';
import { stepQuiz } from '../../src/machines/quiz-progress.ts';
import type { QuizEvent } from '../../src/machines/quiz-machine.ts';
import type { ProgressRecord } from '../../src/schemas/progress-schema.ts';
import { observe, startTracker, type TrackerState } from '../../src/scorm/attempt-tracker.ts';
import type { AnsweredQuestion } from '../../src/scorm/interactions.ts';
import { reflection, rightAnswers, single, trueFalse, wrongAnswers } from './quiz-fixtures.ts';
import { everyType } from './scorm-fixtures.ts';

/** Plays a learner through the final assessment of the everyType course, watching every change. */
function session() {
  const final = everyType.quizzes[1]!;
  const definition = { questions: [...final.questions, reflection], passMark: 100, maxAttempts: 3 };
  const course = { ...everyType, quizzes: [everyType.quizzes[0]!, { ...final, questions: definition.questions }] };
  let record: ProgressRecord = emptyRecord('seed');
  let state: TrackerState = startTracker({ lessons: {}, quizzes: {} });
  const reported: AnsweredQuestion[] = [];
  const change = (next: ProgressRecord) => {
    const result = observe(course, state, { progress: record.courses['every-type'], place: record.last }, { progress: next.courses['every-type'], place: next.last });
    state = result.state;
    reported.push(...result.checked);
    record = next;
  };
  const send = (event: QuizEvent, at: number) =>
    change(recordQuiz(record, 'every-type', 'assessment', 'final', stepQuiz(definition, record.courses['every-type']?.quizzes.final, event, at)));
  return { change, send, reported, visit: (at: number) => change(recordVisit(record, 'every-type', 'assessment', false, at)) };
}

describe('the attempt tracker', () => {
  test('reports each check once, with when the quiz was shown and when each answer was given', () => {
    const s = session();
    s.visit(1_000);
    s.send({ type: 'quiz.answer', questionId: single.id, answer: wrongAnswers.single }, 3_000);
    s.send({ type: 'quiz.answer', questionId: trueFalse.id, answer: rightAnswers.trueFalse }, 4_000);
    s.send({ type: 'quiz.answer', questionId: reflection.id, answer: rightAnswers.reflection }, 4_500);
    expect(s.reported).toEqual([]);
    s.send({ type: 'quiz.check' }, 5_000);
    expect(s.reported.map((r) => [r.question.id, r.correct, r.availableAt, r.respondedAt])).toEqual([
      [single.id, false, 1_000, 3_000],
      [trueFalse.id, true, 1_000, 4_000],
    ]);

    // "Try again" puts the quiz before the learner anew; an unchanged answer counts from the check.
    s.send({ type: 'quiz.retry' }, 8_000);
    s.send({ type: 'quiz.answer', questionId: single.id, answer: rightAnswers.single }, 9_000);
    s.send({ type: 'quiz.check' }, 10_000);
    expect(s.reported.slice(2).map((r) => [r.question.id, r.correct, r.availableAt, r.respondedAt])).toEqual([
      [single.id, true, 8_000, 9_000],
      [trueFalse.id, true, 8_000, 10_000],
    ]);
  });

  test('never reports a reflection, and reports nothing for checks made before it started', () => {
    const s = session();
    s.send({ type: 'quiz.answer', questionId: single.id, answer: rightAnswers.single }, 1);
    s.send({ type: 'quiz.answer', questionId: trueFalse.id, answer: rightAnswers.trueFalse }, 2);
    s.send({ type: 'quiz.answer', questionId: reflection.id, answer: rightAnswers.reflection }, 3);
    s.send({ type: 'quiz.check' }, 4);
    expect(s.reported.some((r) => r.question.type === 'reflection')).toBe(false);
    expect(s.reported[0]!.availableAt).toBeNull();
    const resumed = startTracker({ lessons: {}, quizzes: { final: { state: 'passed', answers: {}, attempts: 1, lastPercent: 100, bestPercent: 100, results: {}, updatedAt: 4 } } });
    expect(resumed.attempts).toEqual({ final: 1 });
  });
});
