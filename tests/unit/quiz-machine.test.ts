import { getShortestPaths } from '@xstate/graph';
import { describe, expect, test } from 'vitest';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { Answer } from '../../src/lib/answers.ts';
import { scoreQuiz } from '../../src/lib/scoring.ts';
import { emptyQuizProgress, quizMachine, type QuizDefinition, type QuizEvent } from '../../src/machines/quiz-machine.ts';
import { multiple, reflection, rightAnswers, scenario, single, trueFalse, wrongAnswers } from './quiz-fixtures.ts';

type Snapshot = SnapshotFrom<typeof quizMachine>;

/** Two scored questions (single, true-false) and a reflection: 1 of 2 right is 50%. */
const definition = (over: Partial<QuizDefinition> = {}): QuizDefinition => ({
  questions: [single, trueFalse, reflection],
  passMark: 100,
  maxAttempts: null,
  ...over,
});

const answer = (questionId: string, a: Answer): QuizEvent => ({ type: 'quiz.answer', questionId, answer: a });
const check: QuizEvent = { type: 'quiz.check' };
const retry: QuizEvent = { type: 'quiz.retry' };
const note = (text: string) => answer(reflection.id, { type: 'reflection', text });
const allRight = [answer(single.id, rightAnswers.single), answer(trueFalse.id, rightAnswers.trueFalse)];
const halfRight = [answer(single.id, rightAnswers.single), answer(trueFalse.id, wrongAnswers.trueFalse)];
const allWrong = [answer(single.id, wrongAnswers.single), answer(trueFalse.id, wrongAnswers.trueFalse)];

const start = (def = definition()) => initialTransition(quizMachine, def)[0];
const send = (snapshot: Snapshot, ...events: QuizEvent[]) => events.reduce((s, e) => transition(quizMachine, s, e)[0], snapshot);
const run = (def: QuizDefinition, ...events: QuizEvent[]) => send(start(def), ...events);

/** The event changes nothing: same state, same stored progress. */
function expectIgnored(snapshot: Snapshot, event: QuizEvent) {
  const next = send(snapshot, event);
  expect(next.value, `${JSON.stringify(event)} in ${String(snapshot.value)}`).toBe(snapshot.value);
  expect(next.context, `${JSON.stringify(event)} in ${String(snapshot.value)}`).toEqual(snapshot.context);
}

/** One snapshot in each stable state, for the same definition (max 2 attempts). */
function oneOfEach() {
  const def = definition({ maxAttempts: 2 });
  return {
    unanswered: run(def),
    answered: run(def, ...halfRight),
    feedback: run(def, ...halfRight, check),
    passed: run(def, ...allRight, check),
    failed: run(def, ...halfRight, check, retry, check),
  };
}

/** What is stored and restored between page loads. */
const storeAndRestore = (snapshot: Snapshot) => {
  const stored = JSON.parse(JSON.stringify({ version: 1, value: snapshot.value, context: snapshot.context })) as { version: number; value: string; context: Snapshot['context'] };
  expect(stored.version).toBe(1);
  return quizMachine.resolveState({ value: stored.value, context: stored.context });
};

describe('quiz machine', () => {
  test('starts unanswered with empty progress and the definition in context', () => {
    const s = start();
    expect(s.value).toBe('unanswered');
    expect(s.context).toEqual({ ...definition(), ...emptyQuizProgress() });
  });

  test('unanswered → answered on a first valid answer', () => {
    const s = run(definition(), answer(single.id, rightAnswers.single));
    expect(s.value).toBe('answered');
    expect(s.context.answers).toEqual({ [single.id]: rightAnswers.single });
    expect(s.context.attempts).toBe(0);
  });

  test('writing a reflection first also counts as answering', () => {
    const s = run(definition(), note('Ask first'));
    expect(s.value).toBe('answered');
    expect(s.context.answers).toEqual({ [reflection.id]: { type: 'reflection', text: 'Ask first' } });
  });

  test('in answered, a new answer replaces the old one', () => {
    const s = run(definition(), answer(single.id, wrongAnswers.single), answer(trueFalse.id, wrongAnswers.trueFalse), answer(single.id, rightAnswers.single));
    expect(s.value).toBe('answered');
    expect(s.context.answers).toEqual({ [single.id]: rightAnswers.single, [trueFalse.id]: wrongAnswers.trueFalse });
  });

  test('check is blocked until every scored question has a complete answer; the reflection is not needed', () => {
    const def = definition({ questions: [single, multiple, scenario, reflection] });
    const partly = run(def, answer(single.id, rightAnswers.single));
    expectIgnored(partly, check);
    // Incomplete answers: no option ticked, a story not yet at an ending.
    const incomplete = send(partly, answer(multiple.id, { type: 'multiple', options: [] }), answer(scenario.id, { type: 'scenario', path: ['wait'] }));
    expectIgnored(incomplete, check);
    // An answer of the right type with an unknown option id does not count as complete either.
    const unfit = send(incomplete, answer(multiple.id, { type: 'multiple', options: ['z'] }), answer(scenario.id, rightAnswers.scenario));
    expectIgnored(unfit, check);
    const complete = send(unfit, answer(multiple.id, rightAnswers.multiple));
    expect(send(complete, check).value).toBe('passed');
  });

  test('check → passed when the score reaches the pass mark', () => {
    const s = run(definition(), ...allRight, check);
    expect(s.value).toBe('passed');
    expect(s.context).toMatchObject({ attempts: 1, lastPercent: 100, bestPercent: 100, results: { [single.id]: true, [trueFalse.id]: true } });
  });

  test('the pass mark itself passes; just below it does not', () => {
    expect(run(definition({ passMark: 50 }), ...halfRight, check).value).toBe('passed');
    expect(run(definition({ passMark: 51 }), ...halfRight, check).value).toBe('feedback');
  });

  test('check → feedback below the pass mark while attempts remain', () => {
    const s = run(definition({ maxAttempts: 2 }), ...halfRight, check);
    expect(s.value).toBe('feedback');
    expect(s.context).toMatchObject({ attempts: 1, lastPercent: 50, bestPercent: 50, results: { [single.id]: true, [trueFalse.id]: false } });
  });

  test('check → failed when the last attempt is used below the pass mark', () => {
    expect(run(definition({ maxAttempts: 1 }), ...halfRight, check).value).toBe('failed');
    const s = run(definition({ maxAttempts: 2 }), ...halfRight, check, retry, check);
    expect(s.value).toBe('failed');
    expect(s.context).toMatchObject({ attempts: 2, lastPercent: 50 });
  });

  test('passing on the last attempt is passed, not failed', () => {
    const s = run(definition({ maxAttempts: 2 }), ...halfRight, check, retry, ...allRight, check);
    expect(s.value).toBe('passed');
    expect(s.context).toMatchObject({ attempts: 2, lastPercent: 100, bestPercent: 100 });
  });

  test('retry → answered, keeping answers, attempts and last results', () => {
    const feedback = run(definition({ maxAttempts: 3 }), ...halfRight, note('mine'), check);
    const s = send(feedback, retry);
    expect(s.value).toBe('answered');
    expect(s.context).toEqual(feedback.context);
    // Already complete: can be checked again straight away.
    expect(send(s, check).context.attempts).toBe(2);
  });

  test('the reflection stays editable in feedback, passed and failed', () => {
    for (const [name, s] of Object.entries(oneOfEach())) {
      const next = send(s, note(`written in ${name}`));
      expect(next.value).toBe(name === 'unanswered' ? 'answered' : name);
      expect(next.context.answers[reflection.id]).toEqual({ type: 'reflection', text: `written in ${name}` });
      const { answers: _, ...rest } = next.context;
      const { answers: __, ...before } = s.context;
      expect(rest).toEqual(before);
    }
  });

  test('unlimited attempts when maxAttempts is null', () => {
    let s = run(definition(), ...allWrong);
    for (let i = 1; i <= 25; i++) {
      s = send(s, check);
      expect(s.value).toBe('feedback');
      expect(s.context.attempts).toBe(i);
      s = send(s, retry);
    }
    expect(send(s, ...allRight, check).value).toBe('passed');
  });

  test('bestPercent keeps the best check; lastPercent the latest', () => {
    let s = run(definition(), ...halfRight, check);
    expect(s.context).toMatchObject({ lastPercent: 50, bestPercent: 50 });
    s = send(s, retry, ...allWrong, check);
    expect(s.context).toMatchObject({ attempts: 2, lastPercent: 0, bestPercent: 50 });
    s = send(s, retry, ...allRight, check);
    expect(s.context).toMatchObject({ attempts: 3, lastPercent: 100, bestPercent: 100 });
  });

  test('a zero score is recorded as 0, not left empty', () => {
    expect(run(definition(), ...allWrong, check).context).toMatchObject({ lastPercent: 0, bestPercent: 0 });
  });

  test('a reflection-only quiz passes with 100 once something is written', () => {
    const def = definition({ questions: [reflection] });
    expectIgnored(start(def), check);
    const s = run(def, note('x'), check);
    expect(s.value).toBe('passed');
    expect(s.context).toMatchObject({ attempts: 1, lastPercent: 100, results: {} });
  });

  describe('ignores invalid events', () => {
    const states = oneOfEach();

    test('quiz.check outside answered', () => {
      for (const name of ['unanswered', 'feedback', 'passed', 'failed'] as const) expectIgnored(states[name], check);
    });

    test('quiz.retry outside feedback', () => {
      for (const name of ['unanswered', 'answered', 'passed', 'failed'] as const) expectIgnored(states[name], retry);
    });

    test('answers to scored questions in feedback, passed and failed', () => {
      for (const name of ['feedback', 'passed', 'failed'] as const) {
        expectIgnored(states[name], answer(single.id, wrongAnswers.single));
        expectIgnored(states[name], answer(trueFalse.id, rightAnswers.trueFalse));
      }
    });

    test('an answer to a question the quiz does not have, in every state', () => {
      for (const s of Object.values(states)) {
        expectIgnored(s, answer('no-such-question', rightAnswers.single));
        expectIgnored(s, answer('no-such-question', rightAnswers.reflection));
      }
    });

    test('an answer of the wrong type for a scored question, in every state', () => {
      for (const s of Object.values(states)) {
        expectIgnored(s, answer(single.id, rightAnswers.trueFalse));
        expectIgnored(s, answer(trueFalse.id, rightAnswers.reflection));
      }
    });

    // Reflections are editable in every state, but only with a reflection's answer.
    test('an answer of the wrong type for the reflection, in every state', () => {
      for (const s of Object.values(states)) expectIgnored(s, answer(reflection.id, rightAnswers.single));
    });
  });

  test('the stored snapshot, restored with resolveState after JSON, takes the same transitions', () => {
    const events: QuizEvent[] = [
      check,
      retry,
      note('later'),
      answer(single.id, wrongAnswers.single),
      answer(trueFalse.id, rightAnswers.trueFalse),
      answer('no-such-question', rightAnswers.single),
    ];
    for (const [name, s] of Object.entries(oneOfEach())) {
      const restored = storeAndRestore(s);
      expect(restored.value).toBe(name);
      expect(restored.context).toEqual(s.context);
      for (const e of events) {
        const [a] = transition(quizMachine, s, e);
        const [b] = transition(quizMachine, restored, e);
        expect({ value: b.value, context: b.context }, `${JSON.stringify(e)} in ${name}`).toEqual({ value: a.value, context: a.context });
      }
    }
  });

  describe('model-based (@xstate/graph)', () => {
    /** A small event set: right and wrong answers, a note, check and retry, and events that must change nothing. */
    const events: QuizEvent[] = [
      ...allRight,
      ...allWrong,
      note('a note'),
      check,
      retry,
      answer('no-such-question', rightAnswers.single),
      answer(single.id, rightAnswers.trueFalse),
    ];
    const stable = ['unanswered', 'answered', 'feedback', 'passed', 'failed'];

    function checkInvariants(s: Snapshot, def: QuizDefinition) {
      const c = s.context;
      const why = `${String(s.value)} ${JSON.stringify({ ...c, questions: undefined })}`;
      expect(stable, why).toContain(s.value);
      expect(c.attempts, why).toBeLessThanOrEqual(def.maxAttempts ?? Infinity);
      // Every stored answer belongs to a question of the quiz and has its type.
      for (const [id, a] of Object.entries(c.answers)) expect(def.questions.find((q) => q.id === id)?.type, why).toBe(a.type);
      if (c.attempts === 0) expect({ lastPercent: c.lastPercent, bestPercent: c.bestPercent, results: c.results }, why).toEqual({ lastPercent: null, bestPercent: null, results: {} });
      else expect(c.bestPercent!, why).toBeGreaterThanOrEqual(c.lastPercent!);
      if (s.value === 'unanswered') expect(c.attempts, why).toBe(0);
      if (s.value === 'feedback' || s.value === 'passed' || s.value === 'failed') {
        expect(c.attempts, why).toBeGreaterThanOrEqual(1);
        // Scored answers are frozen after a check, so the stored results are those of the answers shown.
        const score = scoreQuiz(def.questions, c.answers);
        expect({ lastPercent: c.lastPercent, results: c.results }, why).toEqual({ lastPercent: score.percent, results: score.results });
      }
      if (s.value === 'passed') {
        expect(c.lastPercent!, why).toBeGreaterThanOrEqual(def.passMark);
        expect(c.bestPercent!, why).toBeGreaterThanOrEqual(def.passMark);
      }
      if (s.value === 'feedback') {
        expect(c.lastPercent!, why).toBeLessThan(def.passMark);
        expect(c.attempts, why).toBeLessThan(def.maxAttempts ?? Infinity);
      }
      if (s.value === 'failed') {
        expect(def.maxAttempts, why).not.toBeNull();
        expect(c.attempts, why).toBeGreaterThanOrEqual(def.maxAttempts!);
        expect(c.lastPercent!, why).toBeLessThan(def.passMark);
        expect(c.bestPercent!, why).toBeLessThan(def.passMark);
      }
    }

    test('with 2 attempts, every state is reachable and every reached state keeps the invariants', () => {
      const def = definition({ maxAttempts: 2 });
      const paths = getShortestPaths(quizMachine, { input: def, events });
      expect(new Set(paths.map((p) => p.state.value))).toEqual(new Set(stable));
      // Distinct contexts, not just state values, are explored: e.g. feedback after 1 check with 0% and with 50%.
      expect(paths.length).toBeGreaterThan(50);
      for (const p of paths) {
        checkInvariants(p.state, def);
        // Replaying the path with transition() reaches the same snapshot (steps[0] is xstate.init).
        expect(p.steps).toHaveLength(p.weight + 1);
        const replayed = send(start(def), ...p.steps.slice(1).map((step) => step.event));
        expect({ value: replayed.value, context: replayed.context }).toEqual({ value: p.state.value, context: p.state.context });
      }
    });

    test('the shortest way to each outcome is as short as the rules allow', () => {
      const def = definition({ maxAttempts: 2 });
      const shortest = (value: string) => Math.min(...getShortestPaths(quizMachine, { input: def, events }).filter((p) => p.state.value === value).map((p) => p.weight));
      expect(shortest('answered')).toBe(1);
      expect(shortest('passed')).toBe(3); // two right answers, check
      expect(shortest('feedback')).toBe(3);
      expect(shortest('failed')).toBe(5); // answers, check, retry, check
    });

    test('with unlimited attempts, failed is never reached', () => {
      const def = definition({ maxAttempts: null });
      // Attempts grow without end here, so stop exploring after the third check.
      const paths = getShortestPaths(quizMachine, { input: def, events, stopWhen: (s) => s.context.attempts >= 3 });
      expect(new Set(paths.map((p) => p.state.value))).toEqual(new Set(['unanswered', 'answered', 'feedback', 'passed']));
      for (const p of paths) checkInvariants(p.state, def);
    });

    test('every reachable snapshot survives JSON and resolveState with the same next transitions', () => {
      const def = definition({ maxAttempts: 2 });
      for (const p of getShortestPaths(quizMachine, { input: def, events })) {
        const restored = storeAndRestore(p.state);
        for (const e of events) {
          const [a] = transition(quizMachine, p.state, e);
          const [b] = transition(quizMachine, restored, e);
          expect({ value: b.value, context: b.context }).toEqual({ value: a.value, context: a.context });
        }
      }
    });
  });
});
