import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeProgress, encodeProgress, type Decoded } from '../../src/lib/progress-codec.ts';
import { MIGRATIONS } from '../../src/lib/progress-migrations.ts';
import { PROGRESS_VERSION, progressRecordSchema } from '../../src/schemas/progress-schema.ts';
import { course, record } from './progress-arbitraries.ts';

const FRESH = 'fresh-seed';
const decodeValue = (value: unknown): Decoded => decodeProgress(JSON.stringify(value), () => FRESH);
const v1 = (courses: unknown, over: Record<string, unknown> = {}) => ({ version: 1, seed: 'abc', courses, ...over });

const visited = { visitedAt: 0 };
const finished = { visitedAt: 0, endReachedAt: 0 };

describe('migration 1 → 2', () => {
  test('there is one step per version before the current one', () => {
    expect(PROGRESS_VERSION).toBe(2);
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual([1]);
  });

  test('visited and finished lists become lesson records (time 0: "before times were kept"); quizzes empty; seed kept', () => {
    const result = decodeValue(
      v1({
        demo: { visited: ['first-steps', 'second-steps'], finished: ['second-steps', 'third-steps'] },
        chemsex: { visited: ['what-is-chemsex'], finished: [] },
      }),
    );
    expect(result.notices).toEqual([]);
    expect(result.writable).toBe(true);
    expect(result.setAside).toBe(false);
    expect(result.record).toEqual(
      record(
        {
          demo: course({ lessons: { 'first-steps': visited, 'second-steps': finished, 'third-steps': finished } }),
          chemsex: course({ lessons: { 'what-is-chemsex': visited } }),
        },
        { seed: 'abc' },
      ),
    );
  });

  test('the migration step itself is pure: its input is unchanged', () => {
    const old = v1({ demo: { visited: ['a'], finished: ['b'] } });
    const copy = structuredClone(old);
    const out = MIGRATIONS[1]!(old);
    expect(old).toEqual(copy);
    expect(out).toEqual({ version: 2, seed: 'abc', courses: { demo: { lessons: { a: visited, b: finished }, quizzes: {} } } });
  });

  test('a course with neither list is kept as an empty course', () => {
    expect(decodeValue(v1({ demo: {} })).record.courses).toEqual({ demo: course() });
  });

  test('the place and anything else unknown to version 1 are not carried over', () => {
    const result = decodeValue(v1({ demo: { visited: ['a'] } }, { last: { course: 'demo', page: 'a', at: 1 }, extra: true }));
    expect(result.record).toEqual(record({ demo: course({ lessons: { a: visited } }) }, { seed: 'abc' }));
  });

  test('a version 1 record without a seed gets a fresh seed and keeps its lessons', () => {
    const result = decodeValue({ version: 1, courses: { demo: { visited: ['a'] } } });
    expect(result.record).toEqual(record({ demo: course({ lessons: { a: visited } }) }, { seed: FRESH }));
  });

  test('a version 1 record without a seed (as version 1 wrote them) migrates without a damage notice', () => {
    const result = decodeValue({ version: 1, courses: { demo: { visited: ['a'], finished: ['a'] } } });
    expect(result.notices).toEqual([]);
  });
});

describe('migration 1 → 2 tolerates junk', () => {
  test.each([
    ['a string', 'first-steps'],
    ['an object', { 0: 'first-steps' }],
    ['null', null],
    ['a number', 3],
  ])('visited or finished as %s counts as no lessons; the other list is kept', (_, junk) => {
    expect(decodeValue(v1({ demo: { visited: junk, finished: ['b'] } })).record.courses.demo).toEqual(course({ lessons: { b: finished } }));
    expect(decodeValue(v1({ demo: { visited: ['a'], finished: junk } })).record.courses.demo).toEqual(course({ lessons: { a: visited } }));
  });

  test('entries that are not strings are skipped; strings around them kept', () => {
    const result = decodeValue(v1({ demo: { visited: [1, null, 'a', {}, ['b'], true], finished: [{ slug: 'c' }, 'c'] } }));
    expect(result.record.courses.demo).toEqual(course({ lessons: { a: visited, c: finished } }));
  });

  test('duplicates in and across the lists make one lesson, finished wins', () => {
    const result = decodeValue(v1({ demo: { visited: ['a', 'a', 'b'], finished: ['b', 'b'] } }));
    expect(result.record.courses.demo).toEqual(course({ lessons: { a: visited, b: finished } }));
  });

  test('slugs that are not valid ids are dropped (with a notice) and the valid ones kept', () => {
    const result = decodeValue(v1({ demo: { visited: ['First Steps', '<script>', 'x'.repeat(65), 'ok'], finished: [''] } }));
    expect(result.notices).toEqual(['partly-invalid']);
    expect(result.record.courses.demo).toEqual(course({ lessons: { ok: visited } }));
  });

  test.each([
    ['null', null],
    ['an array', [['a']]],
    ['a string', 'demo'],
  ])('a course given as %s is left out; other courses kept', (_, junk) => {
    const result = decodeValue(v1({ broken: junk, demo: { visited: ['a'] } }));
    expect(result.record.courses).toEqual({ demo: course({ lessons: { a: visited } }) });
  });

  test.each([
    ['missing', undefined],
    ['an array', [{ visited: ['a'] }]],
    ['a string', 'demo'],
    ['null', null],
  ])('courses given as %s: no courses, the seed kept', (_, junk) => {
    const result = decodeValue(v1(junk));
    expect(result.record).toEqual(record({}, { seed: 'abc' }));
  });

  test('prototype keys in version 1 pollute nothing and keep "constructor", a valid slug', () => {
    const raw =
      '{"version":1,"seed":"abc","courses":{"__proto__":{"visited":["polluted"]},' +
      '"demo":{"visited":["__proto__","constructor","a"],"finished":["__proto__"]}}}';
    const result = decodeProgress(raw, () => FRESH);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).visitedAt).toBeUndefined();
    expect(Object.keys(result.record.courses)).toEqual(['demo']);
    expect(result.record.courses.demo).toEqual(course({ lessons: { constructor: visited, a: visited } }));
    expect(Object.getPrototypeOf(result.record.courses.demo!.lessons)).toBe(Object.prototype);
    expect(progressRecordSchema.safeParse(result.record).success).toBe(true);
  });
});

describe('property: any version 1 record', () => {
  /** Valid slugs: each must come through as a lesson. */
  const slug = fc.stringMatching(/^[a-z0-9-]{1,64}$/);

  test('valid slug lists become exactly those lessons, finished ones with an end time', () => {
    const v1Course = fc.record({ visited: fc.array(slug, { maxLength: 6 }), finished: fc.array(slug, { maxLength: 6 }) });
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(slug, v1Course), { selector: ([id]) => id, maxLength: 4 }), (entries) => {
        const result = decodeValue(v1(Object.fromEntries(entries)));
        expect(result.notices).toEqual([]);
        expect(Object.keys(result.record.courses).sort()).toEqual(entries.map(([id]) => id).sort());
        for (const [id, c] of entries) {
          const expected = Object.fromEntries([...c.visited, ...c.finished].map((s) => [s, c.finished.includes(s) ? finished : visited]));
          expect(result.record.courses[id]).toEqual(course({ lessons: expected }));
        }
      }),
      { numRuns: 200 },
    );
  });

  test('any JSON object with version 1 decodes, without throwing, to a valid, writable version 2 record', () => {
    const junk = fc.jsonValue({ maxDepth: 4 });
    const list = fc.oneof(junk, fc.array(fc.oneof(slug, junk), { maxLength: 6 }));
    const anyKey = fc.oneof(slug, fc.string(), fc.constantFrom('__proto__', 'constructor'));
    const anyV1 = fc.oneof(
      fc.dictionary(fc.string(), junk).map((o) => ({ ...o, version: 1 })),
      fc.record(
        {
          version: fc.constant(1),
          seed: junk,
          courses: fc.oneof(junk, fc.dictionary(anyKey, fc.oneof(junk, fc.record({ visited: list, finished: list }, { requiredKeys: [] })))),
        },
        { requiredKeys: ['version'] },
      ),
    );
    fc.assert(
      fc.property(anyV1, (value) => {
        const result = decodeValue(value);
        expect(progressRecordSchema.safeParse(result.record).success).toBe(true);
        expect(result.record.version).toBe(2);
        expect(result.writable).toBe(true);
        expect(result.setAside).toBe(false);
        expect(result.notices.every((n) => n === 'partly-invalid')).toBe(true);
        // What came out is a clean version 2 record: reading it again reports nothing.
        expect(decodeProgress(encodeProgress(result.record), () => FRESH).notices).toEqual([]);
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
