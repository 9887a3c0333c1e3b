import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CourseState } from '../../src/machines/course-machine.ts';
import type { LessonState } from '../../src/machines/lesson-machine.ts';
import { courseStatus, lessonState } from '../../src/machines/progress-status.ts';
import type { CourseOutline } from '../../src/schemas/outline.ts';
import type { CourseProgress, LessonProgress, QuizProgressRecord } from '../../src/schemas/progress-schema.ts';
import { course, quiz } from './progress-arbitraries.ts';

type OutlineLesson = CourseOutline['lessons'][number];

const outlineLesson = (slug: string, requiredQuizzes: string[] = []): OutlineLesson => ({ slug, title: slug, requiredQuizzes });
const outline = (lessons: OutlineLesson[], assessment: CourseOutline['assessment'] = null): CourseOutline => ({ id: 'demo', title: 'Demo', lessons, assessment });

const visited: LessonProgress = { visitedAt: 1 };
const ended: LessonProgress = { visitedAt: 1, endReachedAt: 2 };
/** A quiz record after `attempts` checks (0: answered but never checked). */
const checked = (attempts = 1, best: number | null = 100): QuizProgressRecord =>
  quiz({ state: attempts === 0 ? 'answered' : 'passed', attempts, lastPercent: attempts === 0 ? null : best, bestPercent: attempts === 0 ? null : best });

/** Two lessons: "intro" with no knowledge check, "overdose" requiring one; assessment "final": pass 80, 3 attempts. */
const intro = outlineLesson('intro');
const overdose = outlineLesson('overdose', ['check-overdose']);
const withAssessment = outline([intro, overdose], { id: 'final', passMark: 80, attempts: 3 });
const noAssessment = outline([intro, overdose]);
/** Both lessons completed, plus any other quiz records. */
const allDone = (quizzes: Record<string, QuizProgressRecord> = {}): CourseProgress =>
  course({ lessons: { intro: ended, overdose: ended }, quizzes: { 'check-overdose': checked(), ...quizzes } });

describe('lessonState', () => {
  test.each<[string, OutlineLesson, CourseProgress | undefined, LessonState]>([
    ['no progress at all', intro, undefined, 'notStarted'],
    ['an empty course record', intro, course(), 'notStarted'],
    ['visited', intro, course({ lessons: { intro: visited } }), 'inProgress'],
    ['end reached, no quiz required', intro, course({ lessons: { intro: ended } }), 'completed'],
    ['end reached, required quiz never checked', overdose, course({ lessons: { overdose: ended } }), 'inProgress'],
    ['end reached, required quiz answered but not checked', overdose, course({ lessons: { overdose: ended }, quizzes: { 'check-overdose': checked(0) } }), 'inProgress'],
    ['end reached, required quiz checked and failed', overdose, course({ lessons: { overdose: ended }, quizzes: { 'check-overdose': checked(1, 0) } }), 'completed'],
    ['end reached, required quiz checked and passed', overdose, course({ lessons: { overdose: ended }, quizzes: { 'check-overdose': checked() } }), 'completed'],
    ['required quiz checked, end not reached', overdose, course({ lessons: { overdose: visited }, quizzes: { 'check-overdose': checked() } }), 'inProgress'],
    ['required quiz checked, no visit recorded (another tab)', overdose, course({ quizzes: { 'check-overdose': checked() } }), 'inProgress'],
  ])('%s → %s', (_, lesson, progress, expected) => {
    expect(lessonState(lesson, progress)).toBe(expected);
  });

  test('every required quiz must be checked', () => {
    const two = outlineLesson('two', ['q1', 'q2']);
    expect(lessonState(two, course({ lessons: { two: ended }, quizzes: { q1: checked() } }))).toBe('inProgress');
    expect(lessonState(two, course({ lessons: { two: ended }, quizzes: { q1: checked(), q2: checked(3, 20) } }))).toBe('completed');
  });

  test('facts of other lessons and quizzes that are not required are ignored', () => {
    const stale = course({ lessons: { removed: ended, overdose: visited }, quizzes: { 'old-check': checked(), final: checked() } });
    expect(lessonState(intro, stale)).toBe('notStarted');
    expect(lessonState(overdose, stale)).toBe('inProgress');
    // A quiz that is no longer required (e.g. now reflection-only) does not start a lesson.
    expect(lessonState(intro, course({ quizzes: { 'check-intro': checked() } }))).toBe('notStarted');
  });

  test('property: matches the rule "completed = end reached and every required quiz checked; started = any fact"', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'none' | 'visited' | 'ended'>('none', 'visited', 'ended'),
        fc.uniqueArray(fc.constantFrom('q1', 'q2', 'q3'), { maxLength: 3 }),
        fc.array(fc.tuple(fc.constantFrom('q1', 'q2', 'q3', 'other'), fc.integer({ min: 0, max: 3 })), { maxLength: 4 }),
        (fact, required, quizzes) => {
          const stored = course({
            lessons: fact === 'none' ? {} : { lesson: fact === 'ended' ? ended : visited },
            quizzes: Object.fromEntries(quizzes.map(([id, attempts]) => [id, checked(attempts)])),
          });
          const isChecked = (id: string) => (stored.quizzes[id]?.attempts ?? 0) > 0;
          const done = fact === 'ended' && required.every(isChecked);
          const started = fact !== 'none' || required.some(isChecked);
          expect(lessonState(outlineLesson('lesson', required), stored)).toBe(done ? 'completed' : started ? 'inProgress' : 'notStarted');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('courseStatus', () => {
  test('nothing stored: not attempted, 0%, no assessment result', () => {
    expect(courseStatus(withAssessment, undefined)).toEqual({
      state: 'notAttempted',
      lessons: { intro: 'notStarted', overdose: 'notStarted' },
      completedLessons: 0,
      percent: 0,
      assessmentBest: null,
      assessmentAttempts: 0,
    });
  });

  test('one lesson visited: incomplete, 0%', () => {
    const status = courseStatus(withAssessment, course({ lessons: { intro: visited } }));
    expect(status.state).toBe('incomplete');
    expect(status.lessons).toEqual({ intro: 'inProgress', overdose: 'notStarted' });
    expect(status.percent).toBe(0);
  });

  test('one lesson of two completed: incomplete, 50%', () => {
    const status = courseStatus(withAssessment, course({ lessons: { intro: ended } }));
    expect(status).toMatchObject({ state: 'incomplete', completedLessons: 1, percent: 50 });
  });

  test('every lesson completed, no assessment: completed, 100%', () => {
    expect(courseStatus(noAssessment, allDone())).toMatchObject({ state: 'completed', completedLessons: 2, percent: 100, assessmentBest: null });
  });

  test('every lesson completed, assessment not yet taken: completed', () => {
    expect(courseStatus(withAssessment, allDone()).state).toBe('completed');
  });

  test('assessment best reaches the pass mark: passed', () => {
    const status = courseStatus(withAssessment, allDone({ final: checked(2, 80) }));
    expect(status).toMatchObject({ state: 'passed', assessmentBest: 80, assessmentAttempts: 2 });
  });

  test('assessment below the pass mark with attempts left: completed', () => {
    const status = courseStatus(withAssessment, allDone({ final: checked(2, 79.9) }));
    expect(status).toMatchObject({ state: 'completed', assessmentBest: 79.9, assessmentAttempts: 2 });
  });

  test('assessment attempts used up below the pass mark: failed', () => {
    expect(courseStatus(withAssessment, allDone({ final: checked(3, 50) }))).toMatchObject({ state: 'failed', assessmentAttempts: 3 });
    // More attempts than allowed (the course file lowered `attempts`) is still used up.
    expect(courseStatus(withAssessment, allDone({ final: checked(5, 50) })).state).toBe('failed');
  });

  test('the best score counts, not the last', () => {
    const final = quiz({ state: 'failed', attempts: 3, lastPercent: 10, bestPercent: 90 });
    expect(courseStatus(withAssessment, allDone({ final })).state).toBe('passed');
  });

  test('assessment passed but a lesson not completed: incomplete, with the result kept', () => {
    const status = courseStatus(withAssessment, course({ lessons: { intro: ended }, quizzes: { final: checked(1, 100) } }));
    expect(status).toMatchObject({ state: 'incomplete', assessmentBest: 100, assessmentAttempts: 1, percent: 50 });
  });

  test('assessment taken before any lesson: incomplete', () => {
    expect(courseStatus(withAssessment, course({ quizzes: { final: checked(1, 0) } })).state).toBe('incomplete');
  });

  test('an assessment answered but never checked counts for nothing', () => {
    expect(courseStatus(withAssessment, allDone({ final: checked(0) }))).toMatchObject({ state: 'completed', assessmentBest: null, assessmentAttempts: 0 });
    expect(courseStatus(withAssessment, course({ quizzes: { final: checked(0) } })).state).toBe('notAttempted');
  });

  test('a best score with no attempts (a record no check could write) counts for nothing', () => {
    const tampered = quiz({ state: 'answered', attempts: 0, lastPercent: 100, bestPercent: 100 });
    expect(courseStatus(withAssessment, allDone({ final: tampered }))).toMatchObject({ state: 'completed', assessmentBest: null, assessmentAttempts: 0 });
  });

  test('a stored assessment result when the course has no assessment (any more) is ignored', () => {
    expect(courseStatus(noAssessment, allDone({ final: checked(1, 100) }))).toMatchObject({ state: 'completed', assessmentBest: null, assessmentAttempts: 0 });
  });

  test('the assessment is looked up by its own id', () => {
    const renamed = outline([intro, overdose], { id: 'final-v2', passMark: 80, attempts: 3 });
    expect(courseStatus(renamed, allDone({ final: checked(1, 100) })).state).toBe('completed');
  });

  test('stale facts for lessons no longer in the outline are ignored', () => {
    const stale = course({ lessons: { removed: ended, 'old-lesson': visited }, quizzes: { 'old-check': checked() } });
    const status = courseStatus(withAssessment, stale);
    expect(status).toMatchObject({ state: 'notAttempted', completedLessons: 0, percent: 0 });
    expect(Object.keys(status.lessons)).toEqual(['intro', 'overdose']);
    // And they never make a course complete.
    expect(courseStatus(noAssessment, { ...stale, lessons: { ...stale.lessons, intro: ended } }).state).toBe('incomplete');
  });

  test.each([
    [3, 1, 33],
    [3, 2, 66],
    [7, 6, 85],
    [6, 1, 16],
    [1, 1, 100],
    [9, 0, 0],
  ])('percent: %i lessons, %i completed → %i (rounded down: never 100 before the end)', (total, done, percent) => {
    const slugs = Array.from({ length: total }, (_, i) => `lesson-${i}`);
    const stored = course({ lessons: Object.fromEntries(slugs.slice(0, done).map((s) => [s, ended])) });
    expect(courseStatus(outline(slugs.map((s) => outlineLesson(s))), stored)).toMatchObject({ completedLessons: done, percent });
  });

  test('property: percent = floor(completed × 100 / total), and 100 only when every lesson is done', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.array(fc.boolean(), { maxLength: 40 }), (total, flags) => {
        const slugs = Array.from({ length: total }, (_, i) => `lesson-${i}`);
        const done = slugs.filter((_, i) => flags[i]);
        const status = courseStatus(outline(slugs.map((s) => outlineLesson(s))), course({ lessons: Object.fromEntries(done.map((s) => [s, ended])) }));
        expect(status.completedLessons).toBe(done.length);
        expect(status.percent).toBe(Math.floor((done.length * 100) / total));
        expect(status.percent === 100).toBe(done.length === total);
      }),
      { numRuns: 200 },
    );
  });

  test('property: the course state follows the course file rules from any stored facts', () => {
    const slugs = ['a', 'b', 'c'];
    const lessons = slugs.map((s, i) => outlineLesson(s, i === 1 ? ['check-b'] : []));
    const fact = fc.constantFrom<LessonProgress | undefined>(undefined, visited, ended);
    fc.assert(
      fc.property(
        fc.tuple(fact, fact, fact, fact),
        fc.integer({ min: 0, max: 2 }),
        fc.option(fc.record({ attempts: fc.integer({ min: 0, max: 4 }), best: fc.integer({ min: 0, max: 100 }) }), { nil: undefined }),
        fc.boolean(),
        ({ 0: a, 1: b, 2: c, 3: stale }, checkB, final, hasAssessment) => {
          const stored = course({
            lessons: Object.fromEntries(
              [['a', a], ['b', b], ['c', c], ['stale', stale]].filter((e): e is [string, LessonProgress] => e[1] !== undefined),
            ),
            quizzes: { 'check-b': checked(checkB), ...(final ? { final: checked(final.attempts, final.best) } : {}) },
          });
          const o = outline(lessons, hasAssessment ? { id: 'final', passMark: 70, attempts: 3 } : null);
          const status = courseStatus(o, stored);

          // The rules, written independently of the machines.
          const states = Object.fromEntries(lessons.map((l) => [l.slug, lessonState(l, stored)])) as Record<string, LessonState>;
          const anyStarted = Object.values(states).some((s) => s !== 'notStarted');
          const allCompleted = Object.values(states).every((s) => s === 'completed');
          const taken = hasAssessment && final !== undefined && final.attempts > 0;
          let expected: CourseState;
          if (!anyStarted && !taken) expected = 'notAttempted';
          else if (!allCompleted) expected = 'incomplete';
          else if (taken && final!.best >= 70) expected = 'passed';
          else if (taken && final!.attempts >= 3) expected = 'failed';
          else expected = 'completed';

          expect(status.state).toBe(expected);
          expect(status.lessons).toEqual(states);
          expect(status.assessmentBest).toBe(taken ? final!.best : null);
          expect(status.assessmentAttempts).toBe(taken ? final!.attempts : 0);
        },
      ),
      { numRuns: 500 },
    );
  });
});

test('a lesson with the slug "constructor" is not started until it is visited', () => {
  expect(lessonState(outlineLesson('constructor'), course())).toBe('notStarted');
});
