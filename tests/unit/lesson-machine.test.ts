import { describe, expect, test } from 'vitest';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { lessonMachine, type LessonEvent, type LessonState } from '../../src/machines/lesson-machine.ts';

type Snapshot = SnapshotFrom<typeof lessonMachine>;

const visit: LessonEvent = { type: 'lesson.visit' };
const reachEnd: LessonEvent = { type: 'lesson.reachEnd' };
const checked = (quizId: string): LessonEvent => ({ type: 'lesson.quizChecked', quizId });

const start = (requiredQuizzes: string[] = ['check-ghb', 'check-naloxone']) => initialTransition(lessonMachine, { requiredQuizzes })[0];
const send = (snapshot: Snapshot, ...events: LessonEvent[]) => events.reduce((s, e) => transition(lessonMachine, s, e)[0], snapshot);

function expectIgnored(snapshot: Snapshot, event: LessonEvent) {
  const next = send(snapshot, event);
  expect(next.value, `${JSON.stringify(event)} in ${String(snapshot.value)}`).toBe(snapshot.value);
  expect(next.context).toEqual(snapshot.context);
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** The rule, written independently of the machine: the state after a set of events, whatever their order. */
function expectedState(required: string[], seen: LessonEvent[]): LessonState {
  if (seen.length === 0) return 'notStarted';
  const ended = seen.some((e) => e.type === 'lesson.reachEnd');
  const quizzes = new Set(seen.flatMap((e) => (e.type === 'lesson.quizChecked' ? [e.quizId] : [])));
  return ended && required.every((id) => quizzes.has(id)) ? 'completed' : 'inProgress';
}

describe('lesson machine', () => {
  test('starts notStarted with nothing recorded', () => {
    const s = start();
    expect(s.value).toBe('notStarted');
    expect(s.context).toEqual({ requiredQuizzes: ['check-ghb', 'check-naloxone'], reachedEnd: false, checkedQuizzes: [] });
  });

  test('notStarted → inProgress on a visit, on reaching the end, or on a quiz check', () => {
    expect(send(start(), visit).value).toBe('inProgress');
    const ended = send(start(), reachEnd);
    expect(ended.value).toBe('inProgress');
    expect(ended.context.reachedEnd).toBe(true);
    const quiz = send(start(), checked('check-ghb'));
    expect(quiz.value).toBe('inProgress');
    expect(quiz.context.checkedQuizzes).toEqual(['check-ghb']);
  });

  test('inProgress → completed once the end is reached and every required quiz is checked', () => {
    let s = send(start(), visit, checked('check-ghb'), reachEnd);
    expect(s.value).toBe('inProgress');
    s = send(s, checked('check-naloxone'));
    expect(s.value).toBe('completed');
    expect(s.status).toBe('done');
  });

  test('all quizzes checked but the end not reached is still in progress', () => {
    expect(send(start(), visit, checked('check-ghb'), checked('check-naloxone')).value).toBe('inProgress');
  });

  test('a lesson with no required quizzes completes on reaching the end, even without a visit first', () => {
    expect(send(start([]), reachEnd).value).toBe('completed');
    expect(send(start([]), visit).value).toBe('inProgress');
    expect(send(start([]), visit, reachEnd).value).toBe('completed');
  });

  test('checking a quiz that is not required neither completes the lesson nor blocks it', () => {
    let s = send(start(['check-ghb']), reachEnd, checked('reflect-only'));
    expect(s.value).toBe('inProgress');
    s = send(s, checked('check-ghb'));
    expect(s.value).toBe('completed');
  });

  test('a quiz checked twice is recorded once', () => {
    expect(send(start(), checked('check-ghb'), checked('check-ghb')).context.checkedQuizzes).toEqual(['check-ghb']);
  });

  test('any order of the same events gives the same state, after every event', () => {
    const required = ['check-ghb', 'check-naloxone'];
    const events = [visit, reachEnd, checked('check-ghb'), checked('check-naloxone'), checked('reflect-only')];
    const orders = permutations(events);
    expect(orders).toHaveLength(120);
    for (const order of orders) {
      let s = start(required);
      order.forEach((e, i) => {
        s = send(s, e);
        expect(s.value, order.slice(0, i + 1).map((x) => JSON.stringify(x)).join(' ')).toBe(expectedState(required, order.slice(0, i + 1)));
      });
      expect(s.value).toBe('completed');
    }
  });

  describe('ignores invalid events', () => {
    test('a visit while in progress', () => {
      expectIgnored(send(start(), visit), visit);
      expectIgnored(send(start(), reachEnd), visit);
    });

    test('reaching the end or checking the same quiz again while in progress', () => {
      expectIgnored(send(start(), reachEnd), reachEnd);
      expectIgnored(send(start(), checked('check-ghb')), checked('check-ghb'));
    });

    test('every event once completed', () => {
      const done = send(start(['check-ghb']), checked('check-ghb'), reachEnd);
      expect(done.value).toBe('completed');
      for (const e of [visit, reachEnd, checked('check-ghb'), checked('check-new')]) expectIgnored(done, e);
    });
  });

  test('resolveState after JSON restores a snapshot that takes the same transitions', () => {
    const snapshots = [start(), send(start(), visit), send(start(), reachEnd, checked('check-ghb')), send(start([]), reachEnd)];
    for (const s of snapshots) {
      const stored = JSON.parse(JSON.stringify({ value: s.value, context: s.context })) as { value: string; context: Snapshot['context'] };
      const restored = lessonMachine.resolveState(stored);
      for (const e of [visit, reachEnd, checked('check-ghb'), checked('check-naloxone')]) {
        const [a] = transition(lessonMachine, s, e);
        const [b] = transition(lessonMachine, restored, e);
        expect({ value: b.value, context: b.context }).toEqual({ value: a.value, context: a.context });
      }
    }
  });
});
