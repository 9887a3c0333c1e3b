import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { recordLessonEnd, recordQuiz, recordVisit } from '../../src/lib/progress-updates.ts';
import { progressRecordSchema, type Place, type ProgressRecord } from '../../src/schemas/progress-schema.ts';
import { course, deepFreeze, progressRecord, quiz, record, storedKey, time } from './progress-arbitraries.ts';

const at = (page: string, now: number, over: Partial<Place> = {}): Place => ({ course: 'demo', page, at: now, ...over });
const withLast = (last: Place, courses = { demo: course() }) => record(courses, { last });

describe('recordVisit', () => {
  test('the first visit to a lesson records its time and the place', () => {
    const next = recordVisit(record(), 'demo', 'first-steps', true, 100);
    expect(next).toEqual(record({ demo: course({ lessons: { 'first-steps': { visitedAt: 100 } } }) }, { last: at('first-steps', 100) }));
  });

  test('a later visit keeps the first visit time (and the end time) but moves the place', () => {
    const once = recordVisit(record(), 'demo', 'first-steps', true, 100);
    const ended = recordLessonEnd(once, 'demo', 'first-steps', 150);
    const again = recordVisit(ended, 'demo', 'first-steps', true, 200);
    expect(again.courses.demo!.lessons['first-steps']).toEqual({ visitedAt: 100, endReachedAt: 150 });
    expect(again.last).toEqual(at('first-steps', 200));
  });

  test('a page that is not a lesson (the assessment) moves the place but records no lesson', () => {
    const next = recordVisit(record(), 'demo', 'assessment', false, 100);
    expect(next.courses.demo).toEqual(course());
    expect(next.last).toEqual(at('assessment', 100));
  });

  test('other courses, lessons and quizzes are kept', () => {
    const before = record({
      demo: course({ lessons: { a: { visitedAt: 1 } }, quizzes: { q: quiz() } }),
      other: course({ lessons: { b: { visitedAt: 2 } } }),
    });
    const next = recordVisit(before, 'demo', 'c', true, 3);
    expect(next.courses.other).toBe(before.courses.other);
    expect(next.courses.demo).toEqual(course({ lessons: { a: { visitedAt: 1 }, c: { visitedAt: 3 } }, quizzes: { q: quiz() } }));
    expect(next.seed).toBe(before.seed);
  });

  describe('the place', () => {
    const onQuestion = at('first-steps', 50, { quiz: 'check', question: 'q2' });

    test('coming back to the same page keeps the quiz and question', () => {
      expect(recordVisit(withLast(onQuestion), 'demo', 'first-steps', true, 100).last).toEqual({ ...onQuestion, at: 100 });
    });

    test('a new page clears the question', () => {
      expect(recordVisit(withLast(onQuestion), 'demo', 'second-steps', true, 100).last).toEqual(at('second-steps', 100));
    });

    test('the same page slug in another course is a new page', () => {
      expect(recordVisit(withLast(onQuestion), 'other', 'first-steps', true, 100).last).toEqual({ course: 'other', page: 'first-steps', at: 100 });
    });

    test('a quiz without a question is not kept', () => {
      expect(recordVisit(withLast(at('first-steps', 50, { quiz: 'check' })), 'demo', 'first-steps', true, 100).last).toEqual(at('first-steps', 100));
    });
  });
});

describe('recordLessonEnd', () => {
  test('records the end time of a visited lesson, keeping its visit time', () => {
    const visited = record({ demo: course({ lessons: { a: { visitedAt: 10 } } }) });
    expect(recordLessonEnd(visited, 'demo', 'a', 20).courses.demo!.lessons.a).toEqual({ visitedAt: 10, endReachedAt: 20 });
  });

  test('the first end time is kept: a second end returns the very same record', () => {
    const ended = record({ demo: course({ lessons: { a: { visitedAt: 10, endReachedAt: 20 } } }) });
    expect(recordLessonEnd(ended, 'demo', 'a', 30)).toBe(ended);
  });

  test('an end without a recorded visit (another tab forgot it) records both at that time', () => {
    expect(recordLessonEnd(record(), 'demo', 'a', 30).courses.demo!.lessons.a).toEqual({ visitedAt: 30, endReachedAt: 30 });
  });

  test('does not move the place', () => {
    const last = at('b', 5, { quiz: 'check', question: 'q1' });
    expect(recordLessonEnd(withLast(last), 'demo', 'a', 30).last).toEqual(last);
  });
});

describe('recordQuiz', () => {
  const q = quiz({ updatedAt: 77 });

  test('stores the quiz and places the learner at the question touched, at the quiz time', () => {
    const next = recordQuiz(record(), 'demo', 'first-steps', 'check', q, 'q1');
    expect(next.courses.demo!.quizzes.check).toBe(q);
    expect(next.last).toEqual(at('first-steps', 77, { quiz: 'check', question: 'q1' }));
  });

  test('replaces the earlier record of the same quiz, keeping the others', () => {
    const before = record({ demo: course({ quizzes: { check: quiz({ attempts: 0 }), other: quiz() } }) });
    const next = recordQuiz(before, 'demo', 'a', 'check', q);
    expect(next.courses.demo!.quizzes).toEqual({ check: q, other: quiz() });
  });

  test('a check (no question) keeps the previous question of that quiz on that page', () => {
    const last = at('first-steps', 5, { quiz: 'check', question: 'q2' });
    expect(recordQuiz(withLast(last), 'demo', 'first-steps', 'check', q).last).toEqual({ ...last, at: 77 });
  });

  test('a check does not take the question of another quiz, page or course', () => {
    const last = at('first-steps', 5, { quiz: 'check', question: 'q2' });
    expect(recordQuiz(withLast(last), 'demo', 'first-steps', 'other-quiz', q).last).toEqual(at('first-steps', 77));
    expect(recordQuiz(withLast(last), 'demo', 'second-steps', 'check', q).last).toEqual(at('second-steps', 77));
    expect(recordQuiz(withLast(last), 'other', 'first-steps', 'check', q).last).toEqual({ course: 'other', page: 'first-steps', at: 77 });
  });

  test('a new question replaces the previous one', () => {
    const last = at('first-steps', 5, { quiz: 'check', question: 'q2' });
    expect(recordQuiz(withLast(last), 'demo', 'first-steps', 'check', q, 'q3').last).toEqual(at('first-steps', 77, { quiz: 'check', question: 'q3' }));
  });

  test('lessons are untouched', () => {
    const before = record({ demo: course({ lessons: { a: { visitedAt: 1 } } }) });
    expect(recordQuiz(before, 'demo', 'a', 'check', q).courses.demo!.lessons).toEqual({ a: { visitedAt: 1 } });
  });
});

describe('immutability', () => {
  /** Every change, with arguments drawn from what the record holds and from outside it. */
  const change = fc.oneof(
    fc.record({ kind: fc.constant('visit' as const), course: storedKey, page: storedKey, isLesson: fc.boolean(), now: time }),
    fc.record({ kind: fc.constant('end' as const), course: storedKey, page: storedKey, now: time }),
    fc.record({ kind: fc.constant('quiz' as const), course: storedKey, page: storedKey, quiz: storedKey, question: fc.option(storedKey, { nil: undefined }), now: time }),
  );
  type Change = typeof change extends fc.Arbitrary<infer C> ? C : never;
  const apply = (r: ProgressRecord, c: Change): ProgressRecord => {
    switch (c.kind) {
      case 'visit':
        return recordVisit(r, c.course, c.page, c.isLesson, c.now);
      case 'end':
        return recordLessonEnd(r, c.course, c.page, c.now);
      case 'quiz':
        return recordQuiz(r, c.course, c.page, c.quiz, quiz({ updatedAt: c.now }), c.question);
    }
  };


  test('property: deep-frozen input works, is left unchanged, and the result is a valid record', () => {
    fc.assert(
      fc.property(progressRecord, fc.array(change, { minLength: 1, maxLength: 6 }), (start, changes) => {
        let current = deepFreeze(start);
        for (const c of changes) {
          const before = structuredClone(current);
          const next = apply(current, c);
          expect(current).toEqual(before);
          expect(progressRecordSchema.safeParse(next).success).toBe(true);
          current = deepFreeze(next);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('property: a change touches only its own course; other courses are the same objects', () => {
    fc.assert(
      fc.property(progressRecord, change, (start, c) => {
        const next = apply(deepFreeze(start), c);
        for (const [id, value] of Object.entries(start.courses)) if (id !== c.course) expect(next.courses[id]).toBe(value);
        expect(next.seed).toBe(start.seed);
        expect(next.version).toBe(start.version);
      }),
      { numRuns: 200 },
    );
  });

  test('property: visit and end times, once recorded, never change', () => {
    fc.assert(
      fc.property(progressRecord, fc.array(change, { maxLength: 10 }), (start, changes) => {
        let current = start;
        for (const c of changes) {
          const next = apply(current, c);
          for (const [courseId, cp] of Object.entries(current.courses)) {
            for (const [slug, lesson] of Object.entries(cp.lessons)) {
              const after = next.courses[courseId]!.lessons[slug]!;
              expect(after.visitedAt).toBe(lesson.visitedAt);
              if (lesson.endReachedAt !== undefined) expect(after.endReachedAt).toBe(lesson.endReachedAt);
            }
          }
          current = next;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('ids that are names on Object.prototype', () => {
  test('a first visit to course "constructor" is recorded', () => {
    const next = recordVisit(record(), 'constructor', 'intro', true, 1);
    expect(next.courses.constructor).toEqual(course({ lessons: { intro: { visitedAt: 1 } } }));
  });

  test('a first visit to a lesson "constructor" is recorded', () => {
    const next = recordVisit(record(), 'demo', 'constructor', true, 1);
    expect(Object.hasOwn(next.courses.demo!.lessons, 'constructor')).toBe(true);
  });

  test('the end of an unvisited lesson "constructor" makes a valid lesson record', () => {
    const next = recordLessonEnd(record({ demo: course() }), 'demo', 'constructor', 1);
    expect(next.courses.demo!.lessons.constructor).toEqual({ visitedAt: 1, endReachedAt: 1 });
  });

  test('once "constructor" is stored as an own key, it works like any other id', () => {
    const id: string = 'constructor';
    const stored = record({ [id]: course({ lessons: { [id]: { visitedAt: 1 } } }) });
    const next = recordLessonEnd(recordVisit(stored, id, id, true, 5), id, id, 6);
    expect(next.courses[id]!.lessons[id]).toEqual({ visitedAt: 1, endReachedAt: 6 });
  });
});
