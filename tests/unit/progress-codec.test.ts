import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeProgress, emptyRecord, encodeProgress, MAX_STORED_LENGTH, type Decoded } from '../../src/lib/progress-codec.ts';
import { PROGRESS_VERSION, progressRecordSchema, type ProgressRecord } from '../../src/schemas/progress-schema.ts';
import { acceptedFor, course, progressRecord, quiz, record, storedKey } from './progress-arbitraries.ts';

const FRESH = 'fresh-seed';
const decode = (raw: string | null): Decoded => decodeProgress(raw, () => FRESH);
const decodeValue = (value: unknown): Decoded => decode(JSON.stringify(value));

/** The codec's promises about any decoded result, whatever went in. */
function expectUsable(result: Decoded) {
  expect(progressRecordSchema.safeParse(result.record).success, JSON.stringify(result.record).slice(0, 500)).toBe(true);
  expect(result.record.version).toBe(PROGRESS_VERSION);
  // Decoding what was decoded changes nothing and has nothing to report.
  const again = decode(encodeProgress(result.record));
  expect(again.notices).toEqual([]);
  expect(again.record).toEqual(result.record);
}

/** Object.prototype is untouched (no prototype pollution through stored keys). */
function expectNoPollution() {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).visitedAt).toBeUndefined();
}

const lesson = { visitedAt: 5, endReachedAt: 6 };

describe('decodeProgress: nothing and non-records', () => {
  test('nothing stored: a fresh record with the new seed, no notices, writable', () => {
    expect(decode(null)).toEqual({ record: emptyRecord(FRESH), notices: [], writable: true, setAside: false });
  });

  test.each(['{"version": 2, "courses": {', '', 'undefined', 'NaN', "{'version': 2}", '{"version": 2,}', '\u0000'])(
    'text that is not JSON (%j) is unreadable and set aside; progress starts afresh',
    (raw) => {
      expect(decode(raw)).toEqual({ record: emptyRecord(FRESH), notices: ['unreadable'], writable: true, setAside: true });
    },
  );

  test.each([
    ['null', null],
    ['a number', 2],
    ['a string', 'version 2'],
    ['an array', [{ version: 2 }]],
    ['no version', { seed: 'abc', courses: {} }],
    ['version as a string', { version: '2', seed: 'abc', courses: {} }],
    ['version 0', { version: 0, courses: {} }],
    ['a negative version', { version: -1, courses: {} }],
    ['a fractional version', { version: 1.5, courses: {} }],
    ['a null version', { version: null, courses: {} }],
  ])('JSON that is not a progress record (%s) is unreadable and set aside', (_, value) => {
    expect(decodeValue(value)).toEqual({ record: emptyRecord(FRESH), notices: ['unreadable'], writable: true, setAside: true });
  });

  test('a version written as 2.0 or 2e0 is version 2', () => {
    const stored = encodeProgress(record({ demo: course({ lessons: { a: lesson } }) }));
    expect(decode(stored.replace('"version":2', '"version":2.0')).notices).toEqual([]);
    expect(decode(stored.replace('"version":2', '"version":2e0')).record.courses.demo?.lessons.a).toEqual(lesson);
  });

  test.each([3, 99, 2 ** 40])('a future version (%i) is left as it is: not writable, not set aside', (version) => {
    const result = decodeValue({ version, seed: 'abc', courses: { demo: { somethingNew: true } } });
    expect(result).toEqual({ record: emptyRecord(FRESH), notices: ['future-version'], writable: false, setAside: false });
  });

  test('a future version is recognised even when the rest would not be readable as version 2', () => {
    expect(decodeValue({ version: 3, courses: [] }).notices).toEqual(['future-version']);
  });
});

describe('decodeProgress: size', () => {
  const valid = encodeProgress(record({ demo: course({ lessons: { a: lesson } }) }));
  /** The valid record, padded with JSON whitespace to exactly `length` characters. */
  const padded = (length: number) => valid + ' '.repeat(length - valid.length);

  test('a record of exactly MAX_STORED_LENGTH characters is read', () => {
    const result = decode(padded(MAX_STORED_LENGTH));
    expect(result.notices).toEqual([]);
    expect(result.writable).toBe(true);
    expect(result.record.courses.demo?.lessons.a).toEqual(lesson);
  });

  test('one character more is too large: left untouched, not writable, not set aside', () => {
    expect(decode(padded(MAX_STORED_LENGTH + 1))).toEqual({ record: emptyRecord(FRESH), notices: ['too-large'], writable: false, setAside: false });
  });

  test('property: around the limit, a record is read if and only if it fits', () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_STORED_LENGTH - 3, max: MAX_STORED_LENGTH + 3 }), (length) => {
        const result = decode(padded(length));
        expect(result.notices).toEqual(length > MAX_STORED_LENGTH ? ['too-large'] : []);
        expect(result.writable).toBe(length <= MAX_STORED_LENGTH);
      }),
      { numRuns: 20 },
    );
  });

  test.each([
    ['deeply nested arrays', '['.repeat(MAX_STORED_LENGTH)],
    ['deeply nested objects', '{"a":'.repeat(MAX_STORED_LENGTH / 5)],
    ['one long string', `"${'x'.repeat(MAX_STORED_LENGTH - 2)}"`],
  ])('huge non-records just under the limit (%s) never throw and are unreadable', (_, raw) => {
    expect(raw.length).toBeLessThanOrEqual(MAX_STORED_LENGTH);
    const result = decode(raw);
    expect(result.notices).toEqual(['unreadable']);
    expect(result.setAside).toBe(true);
  });

  test('huge garbage above the limit is too large, not unreadable (it is never parsed, never set aside)', () => {
    expect(decode('['.repeat(MAX_STORED_LENGTH + 1)).notices).toEqual(['too-large']);
    expect(decode('x'.repeat(MAX_STORED_LENGTH * 2)).setAside).toBe(false);
  });

  test('a record nested thousands of levels deep inside an answer is dropped, the rest kept', () => {
    const deep = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    const raw = JSON.stringify(record({ demo: course({ lessons: { a: lesson }, quizzes: { q: quiz() } }) })).replace(
      '"answers":{',
      `"answers":{"deep":{"type":"matching","matches":${deep}},`,
    );
    expect(raw.length).toBeLessThan(MAX_STORED_LENGTH);
    const result = decode(raw);
    expect(result.notices).toEqual(['partly-invalid']);
    expect(result.record.courses.demo).toEqual(course({ lessons: { a: lesson } }));
  });
});

describe('decodeProgress never throws', () => {
  /** Every decode, whatever the input: no exception, and a usable record. */
  const check = (raw: string) => {
    const result = decode(raw);
    expectUsable(result);
    expect(result.notices.length).toBeLessThanOrEqual(1);
  };

  test('property: any string', () => {
    fc.assert(fc.property(fc.string(), check), { numRuns: 300 });
  });

  test('property: any full-Unicode string, lone surrogates included', () => {
    const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), utf16), check), { numRuns: 300 });
  });

  test('property: JSON of anything', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => check(JSON.stringify(value) ?? 'undefined')),
      { numRuns: 300 },
    );
  });

  test('property: deep random JSON with a readable version, at every level', () => {
    const junk = fc.jsonValue({ maxDepth: 6 });
    const anyKey = fc.oneof(storedKey, fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'));
    const raw = fc.record(
      {
        version: fc.constantFrom(1, 2),
        seed: junk,
        last: junk,
        courses: fc.oneof(
          junk,
          fc.dictionary(
            anyKey,
            fc.oneof(
              junk,
              fc.record({
                lessons: fc.oneof(junk, fc.dictionary(anyKey, junk)),
                quizzes: fc.oneof(junk, fc.dictionary(anyKey, fc.oneof(junk, fc.record({ state: junk, answers: fc.dictionary(anyKey, junk), attempts: junk })))),
                visited: junk,
                finished: junk,
              }),
            ),
          ),
        ),
      },
      { requiredKeys: ['version'] },
    );
    fc.assert(
      fc.property(raw, (value) => {
        check(JSON.stringify(value));
        expectNoPollution();
      }),
      { numRuns: 300 },
    );
  });

  test('property: JSON text cut short anywhere is unreadable, never an exception', () => {
    fc.assert(
      fc.property(progressRecord, fc.nat(), (rec, at) => {
        const text = encodeProgress(rec);
        const cut = text.slice(0, at % text.length);
        const result = decode(cut);
        expectUsable(result);
        expect(result.notices).toEqual(['unreadable']);
      }),
      { numRuns: 200 },
    );
  });
});

describe('encode → decode', () => {
  test('the arbitrary only makes records the schema accepts (else the round trip proves nothing)', () => {
    fc.assert(
      fc.property(progressRecord, (rec) => {
        expect(progressRecordSchema.safeParse(rec).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test('property: any valid record round-trips whole, with no notices', () => {
    fc.assert(
      fc.property(progressRecord, (rec) => {
        const result = decode(encodeProgress(rec));
        expect(result.notices).toEqual([]);
        expect(result.writable).toBe(true);
        expect(result.setAside).toBe(false);
        expect(result.record).toEqual(rec);
        // Key order may change once (the place is written after the courses); after that the text is stable.
        const text = encodeProgress(result.record);
        expect(encodeProgress(decode(text).record)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  test('unknown extra fields are dropped quietly (they are not damage), known ones kept', () => {
    const stored = { version: 2, seed: 'seed-1', addedLater: true, courses: { demo: { lessons: { a: { ...lesson, colour: 'red' } }, quizzes: {}, extra: 1 } } };
    const result = decodeValue(stored);
    expect(result.notices).toEqual([]);
    expect(result.record).toEqual(record({ demo: course({ lessons: { a: lesson } }) }));
  });

  test('missing courses is an empty record, not damage; missing lessons or quizzes is none', () => {
    expect(decodeValue({ version: 2, seed: 'abc' })).toEqual({ record: record({}, { seed: 'abc' }), notices: [], writable: true, setAside: false });
    expect(decodeValue({ version: 2, seed: 'abc', courses: { demo: {} } }).record.courses).toEqual({ demo: course() });
  });
});

describe('decodeProgress salvages every valid part', () => {
  const validQuiz = quiz();
  /** Valid siblings that every hostile case must keep. */
  const siblings = {
    lessons: { 'first-steps': lesson },
    quizzes: { 'check-first-steps': validQuiz },
  };
  const expected = course(siblings);

  /** A stored course with one hostile entry among the valid siblings, at `where`. */
  const withHostile = (where: 'lessons' | 'quizzes', key: string, value: unknown) =>
    JSON.stringify({ version: 2, seed: 'abc', courses: { demo: { ...siblings, [where]: { ...siblings[where], [key]: value } } } });

  test.each([
    ['__proto__', { polluted: true }],
    ['constructor ', validQuiz],
    ['prototype!', validQuiz],
    ['<script>alert(1)</script>', validQuiz],
    ['<img src=x onerror=alert(1)>', lesson],
    ['Upper-Case', lesson],
    ['', lesson],
    ['x'.repeat(65), lesson],
    ['../../etc', lesson],
  ])('a hostile key %j is dropped, siblings kept, partly-invalid', (key, value) => {
    for (const where of ['lessons', 'quizzes'] as const) {
      const result = decode(withHostile(where, key, value));
      expect(result.notices).toEqual(['partly-invalid']);
      expect(result.record.courses).toEqual({ demo: expected });
      expectNoPollution();
    }
  });

  test('a "__proto__" course id in the stored JSON is dropped without polluting anything', () => {
    const raw = `{"version":2,"seed":"abc","courses":{"__proto__":{"lessons":{"polluted":{"visitedAt":1}},"quizzes":{}},"demo":${JSON.stringify(expected)}}}`;
    const result = decode(raw);
    expect(result.notices).toEqual(['partly-invalid']);
    expect(Object.keys(result.record.courses)).toEqual(['demo']);
    expect(Object.getPrototypeOf(result.record.courses)).toBe(Object.prototype);
    expectNoPollution();
    expectUsable(result);
  });

  test('"constructor" is a valid id (lowercase letters): kept as an own property like any other', () => {
    const stored = record({ constructor: course({ lessons: { constructor: lesson }, quizzes: { constructor: validQuiz } }) });
    const result = decode(encodeProgress(stored));
    expect(result.notices).toEqual([]);
    expect(Object.hasOwn(result.record.courses, 'constructor')).toBe(true);
    expect(result.record).toEqual(stored);
  });

  test('"__proto__" inside a quiz (answer, result and match keys) never reaches the record or a prototype', () => {
    const raw = JSON.stringify(record({ demo: expected })).replace(
      '"answers":{',
      '"answers":{"__proto__":{"type":"single","option":"polluted"},"m":{"type":"matching","matches":{"__proto__":"x","a":"b"}},',
    );
    const result = decode(raw);
    const answers = result.record.courses.demo!.quizzes['check-first-steps']!.answers;
    expect(Object.keys(answers).sort()).toEqual(['m', 'sterile']);
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    expect(answers.m).toEqual({ type: 'matching', matches: { a: 'b' } });
    expectNoPollution();
  });

  /** Raw JSON values that break one field; Infinity and NaN only reach JSON as 1e400 or null. */
  const damagedLessons: [string, string][] = [
    ['a negative time', '{"visitedAt":-1}'],
    ['a fractional time', '{"visitedAt":1.5}'],
    ['an infinite time', '{"visitedAt":1e400}'],
    ['-Infinity', '{"visitedAt":-1e400}'],
    ['NaN (written as null)', '{"visitedAt":null}'],
    ['a time as a string', '{"visitedAt":"yesterday"}'],
    ['a bad end time', '{"visitedAt":1,"endReachedAt":-5}'],
    ['no visit time', '{"endReachedAt":5}'],
    ['an array', '[5]'],
    ['a string', '"visited"'],
    ['null', 'null'],
    ['true', 'true'],
  ];
  test.each(damagedLessons)('a lesson with %s is dropped; every other part is kept', (_, damage) => {
    const raw = withHostile('lessons', 'broken', '§').replace('"§"', damage);
    const result = decode(raw);
    expect(result.notices).toEqual(['partly-invalid']);
    expect(result.record.courses).toEqual({ demo: expected });
    expect(result.record.seed).toBe('abc');
  });

  const damagedQuizzes: [string, unknown][] = [
    ['an unknown state', { ...validQuiz, state: 'exploded' }],
    ['negative attempts', { ...validQuiz, attempts: -1 }],
    ['too many attempts', { ...validQuiz, attempts: 1001 }],
    ['fractional attempts', { ...validQuiz, attempts: 0.5 }],
    ['a percent above 100', { ...validQuiz, lastPercent: 101 }],
    ['a negative best percent', { ...validQuiz, bestPercent: -0.1 }],
    ['a percent as a string', { ...validQuiz, bestPercent: 'NaN' }],
    ['answers as an array', { ...validQuiz, answers: [{ type: 'true-false', value: true }] }],
    ['an answer of an unknown type', { ...validQuiz, answers: { a: { type: 'essay', text: 'hi' } } }],
    ['an answer with a wrong field type', { ...validQuiz, answers: { a: { type: 'true-false', value: 'yes' } } }],
    ['a too-long reflection', { ...validQuiz, answers: { a: { type: 'reflection', text: 'x'.repeat(4001) } } }],
    ['too many options', { ...validQuiz, answers: { a: { type: 'multiple', options: Array.from({ length: 51 }, (_, i) => `o${i}`) } } }],
    ['a result that is not a boolean', { ...validQuiz, results: { a: 1 } }],
    ['no updatedAt', { ...validQuiz, updatedAt: undefined }],
    ['an array', [validQuiz]],
    ['a number', 42],
  ];
  test.each(damagedQuizzes)('a quiz with %s is dropped; every other part is kept', (_, damage) => {
    const result = decode(withHostile('quizzes', 'broken', damage));
    expect(result.notices).toEqual(['partly-invalid']);
    expect(result.record.courses).toEqual({ demo: expected });
  });

  test('an infinite percent (1e400 in JSON) drops only that quiz', () => {
    const raw = withHostile('quizzes', 'broken', { ...validQuiz, lastPercent: '§' }).replace('"§"', '1e400');
    const result = decode(raw);
    expect(result.notices).toEqual(['partly-invalid']);
    expect(result.record.courses).toEqual({ demo: expected });
  });

  test.each([
    ['an array', []],
    ['a string', 'lessons'],
    ['null', null],
    ['a number', 3],
  ])('lessons or quizzes given as %s: that list is emptied, the other kept', (_, damage) => {
    const lessonsBroken = decodeValue({ version: 2, seed: 'abc', courses: { demo: { ...siblings, lessons: damage } } });
    expect(lessonsBroken.notices).toEqual(['partly-invalid']);
    expect(lessonsBroken.record.courses.demo).toEqual(course({ quizzes: siblings.quizzes }));
    const quizzesBroken = decodeValue({ version: 2, seed: 'abc', courses: { demo: { ...siblings, quizzes: damage } } });
    expect(quizzesBroken.notices).toEqual(['partly-invalid']);
    expect(quizzesBroken.record.courses.demo).toEqual(course({ lessons: siblings.lessons }));
  });

  test.each([
    ['an array', [expected]],
    ['a string', 'demo'],
    ['null', null],
    ['a number', 1],
  ])('courses given as %s: no courses, seed and place kept', (_, damage) => {
    const last = { course: 'demo', page: 'first-steps', at: 3 };
    const result = decodeValue({ version: 2, seed: 'abc', last, courses: damage });
    expect(result.notices).toEqual(['partly-invalid']);
    expect(result.record).toEqual(record({}, { seed: 'abc', last }));
  });

  test.each([
    ['an array', [expected]],
    ['a string', 'demo'],
    ['null', null],
  ])('one course given as %s is dropped; other courses kept', (_, damage) => {
    const result = decodeValue({ version: 2, seed: 'abc', courses: { broken: damage, demo: expected } });
    expect(result.notices).toEqual(['partly-invalid']);
    expect(result.record.courses).toEqual({ demo: expected });
  });

  test('a seed that is missing (as version 1 wrote them) is simply given one, with no notice', () => {
    const result = decodeValue({ version: 2, courses: { demo: expected } });
    expect(result.notices).toEqual([]);
    expect(result.record).toEqual(record({ demo: expected }, { seed: FRESH }));
  });

  test.each([
    ['empty', ''],
    ['too long', 'x'.repeat(33)],
    ['a number', 12345],
    ['null', null],
  ])('a seed that is %s is replaced by a new one; everything else kept', (_, seed) => {
    const result = decodeValue({ version: 2, seed, courses: { demo: expected } });
    expect(result.notices).toEqual(['partly-invalid']);
    expect(result.record).toEqual(record({ demo: expected }, { seed: FRESH }));
  });

  test.each([
    ['null', null],
    ['a string', 'first-steps'],
    ['missing its page', { course: 'demo', at: 1 }],
    ['with a negative time', { course: 'demo', page: 'first-steps', at: -1 }],
    ['with a 65-character quiz id', { course: 'demo', page: 'first-steps', quiz: 'q'.repeat(65), at: 1 }],
  ])('a place that is %s is dropped; everything else kept', (_, last) => {
    const result = decodeValue({ version: 2, seed: 'abc', last, courses: { demo: expected } });
    expect(result.notices).toEqual(['partly-invalid']);
    expect(result.record).toEqual(record({ demo: expected }, { seed: 'abc' }));
    expect('last' in result.record).toBe(false);
  });

  test('everything hostile at once: every valid part survives, one notice', () => {
    const raw = `{
      "version": 2, "seed": "abc", "last": {"course": "demo", "page": "first-steps", "at": 7},
      "courses": {
        "__proto__": {"lessons": {}, "quizzes": {}},
        "<script>alert(1)</script>": {"lessons": {"a": {"visitedAt": 1}}, "quizzes": {}},
        "demo": {
          "lessons": {"first-steps": {"visitedAt": 5, "endReachedAt": 6}, "__proto__": {"visitedAt": 1}, "nan": {"visitedAt": null}, "inf": {"visitedAt": 1e400}},
          "quizzes": {"check-first-steps": ${JSON.stringify(validQuiz)}, "constructor": [], "bad": {"state": "passed"}}
        },
        "other": {"lessons": [], "quizzes": {"q": ${JSON.stringify(validQuiz)}}},
        "junk": 42
      }
    }`;
    const result = decode(raw);
    expect(result.notices).toEqual(['partly-invalid']);
    expect(result.writable).toBe(true);
    expect(result.setAside).toBe(false);
    expect(result.record).toEqual({
      version: 2,
      seed: 'abc',
      last: { course: 'demo', page: 'first-steps', at: 7 },
      courses: { demo: expected, other: course({ quizzes: { q: validQuiz } }) },
    });
    expectNoPollution();
  });
});

describe('property: damage in one place costs only that place', () => {
  /** Raw JSON values no lesson or quiz may hold. */
  const damage = fc.constantFrom<unknown>(
    null,
    42,
    'text',
    [],
    {},
    { visitedAt: -1 },
    { visitedAt: 1.5, state: 'passed' },
    { ...quiz(), attempts: -1 },
    { ...quiz(), state: 'exploded' },
    { ...quiz(), lastPercent: 100.5 },
    { ...quiz(), answers: { a: { type: 'single' } } },
    { ...quiz(), updatedAt: '1' },
    { assignment: { v: 1, id: 'abc123' }, acceptedAt: 1 },
    { ...acceptedFor('demo'), acceptedAt: -1 },
  );

  /** Every place that holds one lesson, quiz or accepted assignment, as a path of keys. */
  const partsOf = (rec: ProgressRecord): string[][] => [
    ...Object.entries(rec.courses).flatMap(([courseId, c]) => [
      ...Object.keys(c.lessons).map((key) => ['courses', courseId, 'lessons', key]),
      ...Object.keys(c.quizzes).map((key) => ['courses', courseId, 'quizzes', key]),
    ]),
    ...Object.keys(rec.assignments ?? {}).map((key) => ['assignments', key]),
  ];
  const at = (value: unknown, path: string[]) => path.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, value as Record<string, unknown>);

  test('one lesson, quiz or assignment replaced by junk: that one is dropped, everything else round-trips', () => {
    fc.assert(
      fc.property(
        progressRecord.filter((r) => partsOf(r).length > 0),
        fc.nat(),
        damage,
        (rec, pick, junk) => {
          const parts = partsOf(rec);
          const path = parts[pick % parts.length]!;
          const [key] = path.slice(-1);

          const stored = JSON.parse(encodeProgress(rec)) as unknown;
          at(stored, path.slice(0, -1))[key!] = junk;
          const result = decode(JSON.stringify(stored));

          const expected = structuredClone(rec) as ProgressRecord;
          delete at(expected, path.slice(0, -1))[key!];
          // The codec reads an emptied assignments object as none.
          if (expected.assignments && Object.keys(expected.assignments).length === 0) delete expected.assignments;
          expect(result.notices).toEqual(['partly-invalid']);
          expect(result.record).toEqual(expected);
          expect(result.writable).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('one course replaced by junk: that course is dropped, every other course, the seed and the place kept', () => {
    fc.assert(
      fc.property(
        progressRecord.filter((r) => Object.keys(r.courses).length > 0),
        fc.nat(),
        fc.constantFrom<unknown>(null, 'x', 1, [], [{}]),
        (rec, pick, junk) => {
          const ids = Object.keys(rec.courses);
          const victim = ids[pick % ids.length]!;
          const stored = JSON.parse(encodeProgress(rec)) as { courses: Record<string, unknown> };
          stored.courses[victim] = junk;
          const result = decode(JSON.stringify(stored));
          const expected = structuredClone(rec) as ProgressRecord;
          delete expected.courses[victim];
          expect(result.notices).toEqual(['partly-invalid']);
          expect(result.record).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('accepted assignments', () => {
  const demo = course({ lessons: { a: lesson } });
  const ok = acceptedFor('demo', 'abc123');
  const other = acceptedFor('chemsex', 'def456');

  test('are kept with the rest of the record', () => {
    const rec = record({ demo }, { assignments: { abc123: ok, def456: other } });
    const result = decode(encodeProgress(rec));
    expect(result.notices).toEqual([]);
    expect(result.record).toEqual(rec);
  });

  test('an empty assignments object (the last one removed) reads as none, without a notice', () => {
    const result = decode(encodeProgress(record({ demo }, { assignments: {} })));
    expect(result.notices).toEqual([]);
    expect(result.record).toEqual(record({ demo }));
    expect('assignments' in result.record).toBe(false);
  });

  test.each<[string, unknown]>([
    ['an unknown version', { ...ok, assignment: { ...ok.assignment, v: 2 } }],
    ['a bad id', { ...ok, assignment: { ...ok.assignment, id: 'ABC' } }],
    ['a course id with markup', { ...ok, assignment: { ...ok.assignment, course: '<script>alert(1)</script>' } }],
    ['no lessons', { ...ok, assignment: { ...ok.assignment, lessons: [] } }],
    ['a due date that is not a date', { ...ok, assignment: { ...ok.assignment, due: 'tomorrow' } }],
    ['a message over 500 characters', { ...ok, assignment: { ...ok.assignment, message: 'x'.repeat(501) } }],
    ['a negative acceptance time', { ...ok, acceptedAt: -1 }],
    ['nothing but a string', 'abc123'],
  ])('an assignment with %s is dropped; the other assignments and all progress kept', (_, damage) => {
    const result = decodeValue({ ...record({ demo }), assignments: { abc123: damage, def456: other } });
    expect(result.notices).toEqual(['partly-invalid']);
    expect(result.record).toEqual(record({ demo }, { assignments: { def456: other } }));
  });

  test.each([
    ['an array', [ok]],
    ['a string', 'abc123'],
    ['null', null],
  ])('assignments given as %s: none kept, all progress kept, partly-invalid', (_, damage) => {
    const result = decodeValue({ ...record({ demo }), assignments: damage });
    expect(result.notices).toEqual(['partly-invalid']);
    expect(result.record).toEqual(record({ demo }));
  });

  test('hostile assignment keys are dropped without polluting anything', () => {
    const raw = `{"version":2,"seed":"abc","courses":{},"assignments":{"__proto__":${JSON.stringify(ok)},"<b>x</b>":${JSON.stringify(ok)},"def456":${JSON.stringify(other)}}}`;
    const result = decode(raw);
    expect(result.notices).toEqual(['partly-invalid']);
    expect(result.record.assignments).toEqual({ def456: other });
    expectNoPollution();
  });
});

describe('encodeProgress', () => {
  test('is plain JSON of the record', () => {
    const rec = record({ demo: course({ lessons: { a: lesson } }) }, { last: { course: 'demo', page: 'a', at: 1 } });
    expect(JSON.parse(encodeProgress(rec))).toEqual(rec);
  });

  test('emptyRecord is the current version with the given seed and no courses', () => {
    expect(emptyRecord('s')).toEqual({ version: PROGRESS_VERSION, seed: 's', courses: {} });
    expect(progressRecordSchema.safeParse(emptyRecord('s')).success).toBe(true);
  });
});
