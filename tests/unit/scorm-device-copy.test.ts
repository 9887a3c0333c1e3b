import { describe, expect, test } from 'vitest';
import { encodeProgress } from '../../src/lib/progress-codec.ts';
import { PROGRESS_VERSION, type ProgressRecord } from '../../src/schemas/progress-schema.ts';
import { learnerKey, readDeviceCopy, rebase, startingPoint, type DeviceCopy } from '../../src/scorm/device-copy.ts';
import { reflection, rightAnswers, single } from './quiz-fixtures.ts';
import { everyType } from './scorm-fixtures.ts';

const note = { type: 'reflection', text: 'My own note' } as const;
const local: ProgressRecord = {
  version: PROGRESS_VERSION,
  seed: 'localseed',
  last: { course: 'every-type', page: 'two', at: 9 },
  courses: {
    'every-type': {
      lessons: { one: { visitedAt: 1 }, two: { visitedAt: 2 } },
      quizzes: { check: { state: 'answered', answers: { [single.id]: rightAnswers.single, [reflection.id]: note }, attempts: 0, lastPercent: null, bestPercent: null, results: {}, updatedAt: 3 } },
    },
  },
};
const copy = (over: Partial<DeviceCopy> = {}): DeviceCopy => ({
  version: 1,
  course: 'every-type',
  learner: learnerKey('learner-1'),
  confirmed: true,
  record: encodeProgress(local),
  pending: { base: 4, items: [[['id', 'a']], [['id', 'b']]] },
  ...over,
});
const lms = { seed: 'lmsseed', savedAt: 5_000, progress: { lessons: { one: { visitedAt: 5_000 } }, quizzes: {} } };
const start = (over: Partial<Parameters<typeof startingPoint>[0]>) =>
  startingPoint({ course: everyType, learner: learnerKey('learner-1'), suspended: lms, bookmark: 'one', copy: copy(), interactionCount: 4, now: 7_000, newSeed: () => 'new', ...over });

describe('where a launch starts', () => {
  test('the LMS is the record; this learner’s reflections come back from the device', () => {
    const { record, pending, unsent } = start({});
    expect(unsent).toBe(false);
    expect(record.seed).toBe('lmsseed');
    expect(record.courses['every-type']!.lessons).toEqual(lms.progress.lessons);
    expect(record.courses['every-type']!.quizzes.check!.answers).toEqual({ [reflection.id]: note });
    expect(record.last).toEqual({ course: 'every-type', page: 'one', at: 5_000 });
    expect(pending).toEqual({ base: 4, items: [] });
  });

  test('progress the LMS never confirmed wins, with the interactions still to send', () => {
    const { record, pending, unsent } = start({ copy: copy({ confirmed: false }) });
    expect(unsent).toBe(true);
    expect(record).toEqual(local);
    expect(pending).toEqual({ base: 4, items: [[['id', 'a']], [['id', 'b']]] });
  });

  test('another learner’s copy on a shared browser is ignored, notes included', () => {
    const { record } = start({ copy: copy({ confirmed: false }), learner: learnerKey('learner-2') });
    expect(record.seed).toBe('lmsseed');
    expect(record.courses['every-type']!.quizzes).toEqual({});
  });

  test('a first launch with nothing anywhere starts afresh', () => {
    const { record } = start({ suspended: null, bookmark: '', copy: null });
    expect(record).toEqual({ version: PROGRESS_VERSION, seed: 'new', courses: { 'every-type': { lessons: {}, quizzes: {} } } });
  });

  test('interactions the LMS already counts are not sent twice', () => {
    const pending = { base: 4, items: [[['id', 'a']], [['id', 'b']]] as [string, string][][] };
    expect(rebase(pending, 4)).toEqual(pending);
    expect(rebase(pending, 5)).toEqual({ base: 5, items: [[['id', 'b']]] });
    expect(rebase(pending, 9)).toEqual({ base: 9, items: [] });
    expect(rebase(pending, 2)).toEqual({ base: 2, items: pending.items });
  });

  test('a damaged copy is no copy', () => {
    for (const raw of [null, '', '{', '[]', '{"version":2}', JSON.stringify({ ...copy(), learner: 5 })]) expect(readDeviceCopy(raw)).toBeNull();
    expect(readDeviceCopy(JSON.stringify(copy()))).toEqual(copy());
  });
});
