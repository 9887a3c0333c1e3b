import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { decodeProgress, emptyRecord, encodeProgress, MAX_STORED_LENGTH } from '../../src/lib/progress-codec.ts';
import { recordLessonEnd, recordQuiz, recordVisit } from '../../src/lib/progress-updates.ts';
import type { QuizDefinition, QuizEvent } from '../../src/machines/quiz-machine.ts';
import { stepQuiz } from '../../src/machines/quiz-progress.ts';
import type { ProgressRecord } from '../../src/schemas/progress-schema.ts';
import { PROGRESS_KEY, SET_ASIDE_KEY } from '../../src/stores/local-storage.ts';
import { acceptedFor, course, quiz, record } from './progress-arbitraries.ts';
import { reflection, rightAnswers, single, trueFalse } from './quiz-fixtures.ts';

/**
 * The store against an in-memory Storage and a fake `storage` event target on globalThis. Each "tab" is a fresh
 * copy of the store module (vi.resetModules + dynamic import): its own $progress and flags, the same storage.
 * Storage events are delivered by hand, as a browser would deliver them to the other tabs, so each test decides
 * whether another tab's write has been heard yet.
 */

class MemoryStorage implements Storage {
  readonly data = new Map<string, string>();
  /** Every successful setItem and removeItem, in order. */
  readonly log: string[] = [];
  /** When set, setItem throws what this returns (for the keys it returns an error for). */
  failWith: ((key: string) => Error | undefined) | undefined;

  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const error = this.failWith?.(key);
    if (error) throw error;
    this.data.set(key, String(value));
    this.log.push(`set ${key}`);
  }
  removeItem(key: string) {
    this.data.delete(key);
    this.log.push(`remove ${key}`);
  }
  clear() {
    this.data.clear();
  }
}

type Listener = (event: StorageEvent) => void;
let storage: MemoryStorage;
let listeners: Listener[];

/** What another tab's write looks like to this one. */
const storageEvent = (key: string | null, newValue: string | null) => {
  for (const l of [...listeners]) l({ key, newValue } as StorageEvent);
};

beforeEach(() => {
  storage = new MemoryStorage();
  listeners = [];
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('addEventListener', (type: string, l: Listener) => {
    if (type === 'storage') listeners.push(l);
  });
  vi.stubGlobal('removeEventListener', (type: string, l: Listener) => {
    if (type === 'storage') listeners = listeners.filter((x) => x !== l);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A fresh copy of the store: one browser tab. */
async function openTab() {
  vi.resetModules();
  return import('../../src/stores/progress-store.ts');
}

const stored = (): ProgressRecord | null => {
  const raw = storage.getItem(PROGRESS_KEY);
  return raw === null ? null : (JSON.parse(raw) as ProgressRecord);
};
const put = (value: ProgressRecord | string) => storage.data.set(PROGRESS_KEY, typeof value === 'string' ? value : encodeProgress(value));
const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

const visit = (slug: string, now = 1) => (r: ProgressRecord) => recordVisit(r, 'demo', slug, true, now);
const saved = record({ demo: course({ lessons: { 'first-steps': { visitedAt: 5, endReachedAt: 6 } }, quizzes: { check: quiz() } }) }, { seed: 'saved-seed' });

describe('starting', () => {
  test('nothing stored: an empty record with a new seed, no notices, nothing written yet', async () => {
    const tab = await openTab();
    tab.startProgress();
    expect(tab.$progress.get()).toMatchObject({ version: 2, courses: {} });
    expect(tab.$progress.get().seed).toMatch(/^[a-z0-9]{10}$/);
    expect(tab.$notices.get()).toEqual([]);
    expect(storage.log).toEqual([]);
  });

  test('a stored record is loaded as it is', async () => {
    put(saved);
    const tab = await openTab();
    tab.startProgress();
    expect(tab.$progress.get()).toEqual(saved);
    expect(tab.$notices.get()).toEqual([]);
  });

  test('starting twice reads once and listens once', async () => {
    put(saved);
    const tab = await openTab();
    tab.startProgress();
    put(record({}, { seed: 'later' }));
    tab.startProgress();
    expect(tab.$progress.get()).toEqual(saved);
    expect(listeners).toHaveLength(1);
  });

  test('updateProgress starts the store itself if needed', async () => {
    put(saved);
    const tab = await openTab();
    tab.updateProgress(visit('second-steps'));
    expect(tab.$progress.get().courses.demo!.lessons['first-steps']).toEqual({ visitedAt: 5, endReachedAt: 6 });
    expect(stored()!.courses.demo!.lessons['second-steps']).toEqual({ visitedAt: 1 });
  });

  test('a damaged part is reported and left out; the first write saves the rest', async () => {
    put(JSON.stringify({ ...saved, courses: { ...saved.courses, broken: [] } }));
    const tab = await openTab();
    tab.startProgress();
    expect(tab.$notices.get()).toEqual(['partly-invalid']);
    expect(tab.$progress.get()).toEqual(saved);
    tab.updateProgress(visit('second-steps'));
    expect(Object.keys(stored()!.courses)).toEqual(['demo']);
  });
});

describe('two tabs', () => {
  const definition: QuizDefinition = { questions: [single, trueFalse, reflection], passMark: 100, maxAttempts: null };
  /** What the quiz island does: step the freshest stored quiz, then record it. */
  const answer = (tab: Awaited<ReturnType<typeof openTab>>, event: QuizEvent, questionId?: string, now = 10) =>
    tab.updateProgress((r) => recordQuiz(r, 'demo', 'first-steps', 'check', stepQuiz(definition, r.courses.demo?.quizzes.check, event, now), questionId));

  test('each write applies to the freshest stored record: neither tab overwrites the other’s answers', async () => {
    const a = await openTab();
    a.startProgress();
    const b = await openTab();
    b.startProgress();
    // Neither tab has heard the other (no storage events delivered).

    answer(a, { type: 'quiz.answer', questionId: single.id, answer: rightAnswers.single }, single.id, 10);
    answer(b, { type: 'quiz.answer', questionId: trueFalse.id, answer: rightAnswers.trueFalse }, trueFalse.id, 11);
    b.updateProgress(visit('second-steps', 12));
    a.updateProgress((r) => recordLessonEnd(r, 'demo', 'first-steps', 13));

    const final = stored()!;
    expect(final.courses.demo!.quizzes.check!.answers).toEqual({ [single.id]: rightAnswers.single, [trueFalse.id]: rightAnswers.trueFalse });
    expect(final.courses.demo!.lessons).toEqual({ 'second-steps': { visitedAt: 12 }, 'first-steps': { visitedAt: 13, endReachedAt: 13 } });
    // Each tab shows what it wrote, which includes the other's work.
    expect(a.$progress.get()).toEqual(final);
    // The second tab took the first one's seed, so both shuffle alike from now on.
    expect(b.$progress.get().seed).toBe(final.seed);
  });

  test('a check in one tab scores the answers given in the other', async () => {
    const a = await openTab();
    const b = await openTab();
    a.startProgress();
    b.startProgress();
    answer(a, { type: 'quiz.answer', questionId: single.id, answer: rightAnswers.single });
    answer(b, { type: 'quiz.answer', questionId: trueFalse.id, answer: rightAnswers.trueFalse });
    answer(a, { type: 'quiz.check' });
    expect(stored()!.courses.demo!.quizzes.check).toMatchObject({ state: 'passed', attempts: 1, bestPercent: 100 });
  });

  test('another tab’s write arrives by storage event', async () => {
    const a = await openTab();
    a.startProgress();
    const other = record({ demo: course({ lessons: { x: { visitedAt: 9 } } }) }, { seed: 'other-seed' });
    storageEvent(PROGRESS_KEY, encodeProgress(other));
    expect(a.$progress.get()).toEqual(other);
  });

  test('events for other keys are ignored', async () => {
    put(saved);
    const a = await openTab();
    a.startProgress();
    storageEvent('some-other-site-key', encodeProgress(record({}, { seed: 'x' })));
    storageEvent(SET_ASIDE_KEY, 'garbage');
    expect(a.$progress.get()).toEqual(saved);
  });

  test('storage cleared in another tab (key null): an empty record, same seed', async () => {
    put(saved);
    const a = await openTab();
    a.startProgress();
    storageEvent(null, null);
    expect(a.$progress.get()).toEqual(emptyRecord('saved-seed'));
  });

  test('a future-version record arriving from a newer tab is not shown in place of this tab’s progress', async () => {
    put(saved);
    const a = await openTab();
    a.startProgress();
    storageEvent(PROGRESS_KEY, JSON.stringify({ version: 3, courses: {} }));
    expect(a.$progress.get()).toEqual(saved);
  });

  test('unsubscribing stops the updates', async () => {
    const { onStoredChange } = await import('../../src/stores/local-storage.ts');
    const seen: (string | null)[] = [];
    const stop = onStoredChange((v) => seen.push(v));
    storageEvent(PROGRESS_KEY, 'one');
    stop();
    storageEvent(PROGRESS_KEY, 'two');
    expect(seen).toEqual(['one']);
  });
});

describe('assignments', () => {
  const { assignment } = acceptedFor('demo', 'abc123');

  test('accepting in one tab and learning in another keeps both', async () => {
    const a = await openTab();
    const b = await openTab();
    a.startProgress();
    b.startProgress();
    a.acceptAssignment(assignment);
    b.updateProgress(visit('first-steps'));
    expect(stored()!.assignments).toEqual({ abc123: { assignment, acceptedAt: expect.any(Number) } });
    expect(stored()!.courses.demo!.lessons['first-steps']).toEqual({ visitedAt: 1 });
  });

  test('removing one keeps the others; removing the last saves a record that reads back cleanly', async () => {
    const tab = await openTab();
    const second = acceptedFor('chemsex', 'def456').assignment;
    tab.acceptAssignment(assignment);
    tab.acceptAssignment(second);
    tab.removeAssignment('abc123');
    expect(Object.keys(stored()!.assignments!)).toEqual(['def456']);
    tab.removeAssignment('def456');
    tab.removeAssignment('never-there');
    const result = decodeProgress(storage.getItem(PROGRESS_KEY), () => 'unused');
    expect(result.notices).toEqual([]);
    expect(result.record.assignments).toBeUndefined();
  });
});

describe('storage full', () => {
  test('the change is kept in memory, storage is left as it was, and the learner is told', async () => {
    put(saved);
    const before = storage.getItem(PROGRESS_KEY);
    const tab = await openTab();
    tab.startProgress();
    storage.failWith = quotaExceeded;
    expect(() => tab.updateProgress(visit('second-steps'))).not.toThrow();
    expect(tab.$progress.get().courses.demo!.lessons['second-steps']).toEqual({ visitedAt: 1 });
    expect(storage.getItem(PROGRESS_KEY)).toBe(before);
    expect(tab.$notices.get()).toEqual(['storage-full']);
  });

  test('Firefox’s name for it counts too; the notice is given once', async () => {
    const tab = await openTab();
    storage.failWith = () => new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED');
    tab.updateProgress(visit('a'));
    tab.updateProgress(visit('b'));
    expect(tab.$notices.get()).toEqual(['storage-full']);
  });

  test('other errors on write are "storage unavailable", and never thrown', async () => {
    const tab = await openTab();
    storage.failWith = () => new DOMException('denied', 'SecurityError');
    expect(() => tab.updateProgress(visit('a'))).not.toThrow();
    expect(tab.$notices.get()).toEqual(['storage-unavailable']);
    expect(tab.$progress.get().courses.demo!.lessons.a).toEqual({ visitedAt: 1 });
  });

  test('once there is room again, the next write saves', async () => {
    const tab = await openTab();
    storage.failWith = quotaExceeded;
    tab.updateProgress(visit('a'));
    storage.failWith = undefined;
    tab.updateProgress(visit('b'));
    expect(Object.keys(stored()!.courses.demo!.lessons)).toContain('b');
  });

  test('changes made while storage is full all stay in memory, not only the last one', async () => {
    put(saved);
    const tab = await openTab();
    tab.startProgress();
    storage.failWith = quotaExceeded;
    tab.updateProgress(visit('second-steps', 1));
    tab.updateProgress(visit('third-steps', 2));
    expect(Object.keys(tab.$progress.get().courses.demo!.lessons).sort()).toEqual(['first-steps', 'second-steps', 'third-steps']);
  });
});

describe('unreadable stored value', () => {
  const garbage = '{"version": 2, "courses": {';

  test('is set aside under its own key before anything is written, and the learner starts afresh', async () => {
    put(garbage);
    const tab = await openTab();
    tab.startProgress();
    expect(tab.$notices.get()).toEqual(['unreadable']);
    expect(storage.getItem(SET_ASIDE_KEY)).toBe(garbage);
    expect(storage.getItem(PROGRESS_KEY)).toBe(garbage); // nothing written over it yet
    expect(tab.$progress.get().courses).toEqual({});

    tab.updateProgress(visit('first-steps'));
    expect(storage.log).toEqual([`set ${SET_ASIDE_KEY}`, `set ${PROGRESS_KEY}`]);
    expect(storage.getItem(SET_ASIDE_KEY)).toBe(garbage);
    expect(stored()!.courses.demo!.lessons['first-steps']).toEqual({ visitedAt: 1 });
  });

  test.each([
    ['JSON that is not a record', '[1, 2, 3]'],
    ['an empty string', ''],
  ])('%s is set aside too', async (_, raw) => {
    put(raw);
    const tab = await openTab();
    tab.startProgress();
    expect(storage.getItem(SET_ASIDE_KEY)).toBe(raw);
    tab.updateProgress(visit('a'));
    expect(storage.getItem(SET_ASIDE_KEY)).toBe(raw);
    expect(stored()!.courses.demo!.lessons.a).toEqual({ visitedAt: 1 });
  });

  test('if it cannot be set aside, it is never written over', async () => {
    put(garbage);
    storage.failWith = quotaExceeded;
    const tab = await openTab();
    tab.startProgress();
    storage.failWith = undefined; // room again: still no write, the value was never set aside
    tab.updateProgress(visit('a'));
    expect(storage.getItem(PROGRESS_KEY)).toBe(garbage);
    expect(storage.getItem(SET_ASIDE_KEY)).toBeNull();
    expect(tab.$progress.get().courses.demo!.lessons.a).toEqual({ visitedAt: 1 });
  });

  test('if it cannot be set aside, the learner is told it is left as it is and progress is not being saved', async () => {
    put(garbage);
    storage.failWith = quotaExceeded;
    const tab = await openTab();
    tab.startProgress();
    expect(tab.$notices.get()).toEqual(['unreadable-kept']);
  });
});

describe('records this version must not write over', () => {
  const future = JSON.stringify({ version: 3, seed: 'new', courses: { demo: { somethingNew: true } } });

  test('a future version is never overwritten; changes live in memory', async () => {
    put(future);
    const tab = await openTab();
    tab.startProgress();
    expect(tab.$notices.get()).toEqual(['future-version']);
    tab.updateProgress(visit('first-steps'));
    tab.updateProgress((r) => recordLessonEnd(r, 'demo', 'first-steps', 2));
    expect(storage.getItem(PROGRESS_KEY)).toBe(future);
    expect(storage.log).toEqual([]);
    expect(tab.$progress.get().courses.demo!.lessons['first-steps']).toEqual({ visitedAt: 1, endReachedAt: 2 });
  });

  test('a value too large to judge is never overwritten nor set aside', async () => {
    const huge = 'x'.repeat(MAX_STORED_LENGTH + 1);
    put(huge);
    const tab = await openTab();
    tab.startProgress();
    expect(tab.$notices.get()).toEqual(['too-large']);
    tab.updateProgress(visit('a'));
    expect(storage.getItem(PROGRESS_KEY)).toBe(huge);
    expect(storage.log).toEqual([]);
  });

  test('a future version saved by another tab after this one started is not overwritten', async () => {
    put(saved);
    const tab = await openTab();
    tab.startProgress();
    put(future);
    tab.updateProgress(visit('second-steps'));
    expect(storage.getItem(PROGRESS_KEY)).toBe(future);
  });

  test('an unreadable value written after this tab started is set aside before it is written over', async () => {
    put(saved);
    const tab = await openTab();
    tab.startProgress();
    put('{"version": 2, "cour');
    tab.updateProgress(visit('second-steps'));
    expect(storage.getItem(SET_ASIDE_KEY)).toBe('{"version": 2, "cour');
  });
});

describe('storage that cannot be used', () => {
  test('localStorage throwing on access: told once, changes kept in memory, nothing throws', async () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    const tab = await openTab();
    expect(() => tab.startProgress()).not.toThrow();
    tab.updateProgress(visit('a'));
    tab.updateProgress(visit('b', 2));
    expect(tab.$notices.get()).toEqual(['storage-unavailable']);
    expect(Object.keys(tab.$progress.get().courses.demo!.lessons)).toEqual(['a', 'b']);
    expect(() => tab.forgetEverything()).not.toThrow();
  });

  test('no localStorage at all: the same', async () => {
    vi.stubGlobal('localStorage', undefined);
    const tab = await openTab();
    tab.updateProgress(visit('a'));
    expect(tab.$notices.get()).toEqual(['storage-unavailable']);
    expect(tab.$progress.get().courses.demo!.lessons.a).toEqual({ visitedAt: 1 });
  });

  test('getItem throwing: the same', async () => {
    storage.getItem = () => {
      throw new Error('blocked');
    };
    const tab = await openTab();
    tab.updateProgress(visit('a'));
    expect(tab.$notices.get()).toEqual(['storage-unavailable']);
    expect(storage.log).toEqual([]);
  });
});

describe('forgetting', () => {
  test('forgetEverything removes both Fieldlab keys and nothing else, clears notices and starts afresh', async () => {
    put('{broken');
    storage.data.set('another-app', 'keep me');
    const tab = await openTab();
    tab.startProgress();
    tab.updateProgress(visit('a'));
    expect(storage.getItem(SET_ASIDE_KEY)).not.toBeNull();
    const oldSeed = tab.$progress.get().seed;

    tab.forgetEverything();
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(storage.getItem(SET_ASIDE_KEY)).toBeNull();
    expect(storage.getItem('another-app')).toBe('keep me');
    expect(tab.$notices.get()).toEqual([]);
    expect(tab.$progress.get().courses).toEqual({});
    expect(tab.$progress.get().seed).not.toBe(oldSeed);
  });

  test('after forgetting a future-version record, this version may save again', async () => {
    put(JSON.stringify({ version: 3 }));
    const tab = await openTab();
    tab.startProgress();
    tab.forgetEverything();
    tab.updateProgress(visit('a'));
    expect(stored()!.courses.demo!.lessons.a).toEqual({ visitedAt: 1 });
  });

  test('resetCourse forgets one course and the place in it; other courses kept and saved', async () => {
    const both = record(
      { demo: course({ lessons: { a: { visitedAt: 1 } } }), other: course({ lessons: { b: { visitedAt: 2 } } }) },
      { last: { course: 'demo', page: 'a', at: 1 } },
    );
    put(both);
    const tab = await openTab();
    tab.resetCourse('demo');
    expect(stored()).toEqual(record({ other: both.courses.other! }));
    expect(tab.$progress.get()).toEqual(stored());
  });

  test('resetCourse keeps accepted assignments, even for that course', async () => {
    const assignments = { abc123: acceptedFor('demo') };
    put(record({ demo: course({ lessons: { a: { visitedAt: 1 } } }) }, { assignments }));
    const tab = await openTab();
    tab.resetCourse('demo');
    expect(stored()).toEqual(record({}, { assignments }));
  });

  test('resetCourse keeps the place when it is in another course', async () => {
    const last = { course: 'other', page: 'b', at: 2 };
    put(record({ demo: course(), other: course() }, { last }));
    const tab = await openTab();
    tab.resetCourse('demo');
    expect(stored()).toEqual(record({ other: course() }, { last }));
  });

  test('what is saved always reads back cleanly', async () => {
    const tab = await openTab();
    tab.updateProgress(visit('a'));
    tab.updateProgress((r) => recordLessonEnd(r, 'demo', 'a', 2));
    tab.resetCourse('nothing-here');
    const result = decodeProgress(storage.getItem(PROGRESS_KEY), () => 'unused');
    expect(result.notices).toEqual([]);
    expect(result.record).toEqual(tab.$progress.get());
  });
});
