import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeAssignment, encodeAssignment } from '../../src/lib/assignment-link.ts';
import { checkAssignment } from '../../src/lib/assignment-check.ts';
import { draftProblems } from '../../src/lib/assignment-draft.ts';
import { buildReport, parseReport } from '../../src/lib/progress-report.ts';
import { buildClassTables, sortRows } from '../../src/lib/class-table.ts';
import { classCsvFileName, classTableCsv } from '../../src/lib/class-csv.ts';
import type { Decoded } from '../../src/lib/decoded.ts';
import { formatDay } from '../../src/lib/format.ts';
import type { Locale } from '../../src/lib/locales.ts';
import { messages } from '../../src/data/messages.ts';
import { courseStatus } from '../../src/machines/progress-status.ts';
import type { Assignment } from '../../src/schemas/assignment-schema.ts';
import type { CourseOutline } from '../../src/schemas/outline.ts';
import type { Report } from '../../src/schemas/report-schema.ts';

const outline: CourseOutline = {
  id: 'demo',
  title: 'Demo',
  lessons: [
    { slug: 'one', title: 'One', requiredQuizzes: ['check-one'] },
    { slug: 'two', title: 'Two', requiredQuizzes: [] },
  ],
  assessment: { id: 'final', passMark: 80, attempts: 3 },
};
const assignment: Assignment = { v: 1, id: 'abc123', course: 'demo', lessons: ['one', 'two'], group: 'Team “Süd” ✓', due: '2026-12-01', message: 'Line 1\nLine 2' };

/** What a refused link or file says to the person reading it, in a given interface language. */
function said(decoded: Decoded<unknown, string>, locale: Locale = 'en'): string {
  if (decoded.ok) throw new Error('expected a problem');
  return messages(locale)(decoded.problem.key as never, { ...decoded.problem.params, file: 'kim.json' });
}
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('assignment links', () => {
  test('round-trip any assignment, including any Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, minLength: 1, unit: 'grapheme' }), fc.string({ maxLength: 300, unit: 'grapheme' }), (group, message) => {
        const a = { ...assignment, group, message };
        const decoded = decodeAssignment(`#${encodeAssignment(a)}`);
        if (group.length > 80 || message.length > 500) return;
        expect(decoded).toEqual({ ok: true, value: a });
      }),
    );
  });

  test('uses only URL-safe characters', () => {
    expect(encodeAssignment(assignment)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  test('never throws on any fragment', () => {
    fc.assert(fc.property(fc.string({ maxLength: 6000 }), (text) => void decodeAssignment(text)));
  });

  test('says what is wrong with a damaged, hostile or foreign link', () => {
    expect(said(decodeAssignment('#'))).toContain('holds no assignment');
    expect(said(decodeAssignment('A'.repeat(5000)))).toContain('too long to be an assignment');
    expect(said(decodeAssignment(encodeAssignment(assignment).slice(0, 30)))).toContain('part of it may be missing');
    expect(said(decodeAssignment(encode({ ...assignment, v: 9 })))).toContain('different version of Fieldlab');
    expect(said(decodeAssignment(encode({ ...assignment, id: '<img src=x>' })))).toContain('damaged or was changed');
    expect(said(decodeAssignment('#'), 'ru')).toBe('В этой ссылке нет задания. Попросите тренера прислать ссылку ещё раз.');
  });

  test('refuses lessons or courses the site does not have', () => {
    expect(checkAssignment(assignment, [outline]).ok).toBe(true);
    expect(said(checkAssignment({ ...assignment, course: 'nope' }, [outline]))).toContain('course that is not on this site');
    expect(said(checkAssignment({ ...assignment, lessons: ['one', 'three'] }, [outline]))).toContain('lessons that are not on this site');
  });

  test('the form says what is still missing before it makes a link', () => {
    expect(draftProblems(assignment)).toEqual([]);
    expect(draftProblems({ ...assignment, lessons: [], group: '', due: '' })).toEqual(['assign.needLessons', 'assign.needGroup', 'assign.needDue']);
    expect(draftProblems({ ...assignment, group: 'x'.repeat(81) })).toEqual(['assign.checkFields']);
  });
});

describe('progress reports', () => {
  const progress = {
    lessons: { one: { visitedAt: 1000, endReachedAt: 2000 }, two: { visitedAt: 3000 } },
    quizzes: {
      'check-one': { state: 'passed' as const, answers: { r: { type: 'reflection' as const, text: 'private note' } }, attempts: 2, lastPercent: 100, bestPercent: 100, results: {}, updatedAt: 2500 },
      final: { state: 'feedback' as const, answers: {}, attempts: 1, lastPercent: 50, bestPercent: 50, results: {}, updatedAt: 4000 },
    },
  };
  const report = buildReport({ learner: '  Ana  ', outline, courseVersion: '1.0', progress, status: courseStatus(outline, progress), assignment, now: Date.UTC(2026, 10, 23) });

  test('holds the lessons, scores and attempts, and never a reflection', () => {
    expect(report).toMatchObject({
      learner: 'Ana',
      selfReported: true,
      status: 'incomplete',
      lessons: [
        { slug: 'one', status: 'completed', bestPercent: 100, attempts: 2, lastActivity: new Date(2500).toISOString() },
        { slug: 'two', status: 'inProgress', bestPercent: null, attempts: 0, lastActivity: new Date(3000).toISOString() },
      ],
      assessment: { bestPercent: 50, attempts: 1, maxAttempts: 3, passMark: 80 },
    });
    expect(JSON.stringify(report)).not.toContain('private note');
  });

  test('reads back what it wrote, and says what is wrong with anything else', () => {
    expect(parseReport(JSON.stringify(report), ['demo'])).toEqual({ ok: true, value: report });
    expect(said(parseReport(JSON.stringify(report), ['other']))).toBe('kim.json is for a course that does not exist on this site ("demo").');
    expect(said(parseReport(JSON.stringify({ ...report, version: 2 }), ['demo']))).toBe('kim.json is a report of version 2, which this page cannot read (it reads version 1).');
    expect(said(parseReport(JSON.stringify({ ...report, version: '2' }), ['demo']))).toContain('an unknown version');
    expect(said(parseReport(JSON.stringify(report).slice(0, 100), ['demo']))).toContain('cut short');
    expect(said(parseReport('{"hello": "world"}', ['demo']))).toBe('kim.json is not a Fieldlab progress report.');
    expect(said(parseReport(' '.repeat(300_000), ['demo']))).toBe('kim.json is too large (0.3 MB) to be a Fieldlab progress report.');
    expect(said(parseReport(JSON.stringify({ ...report, selfReported: false }), ['demo']))).toContain('missing or damaged parts');
  });

  test('says it in the interface language, with its numbers', () => {
    expect(said(parseReport(' '.repeat(300_000), ['demo']), 'ru')).toBe('Файл kim.json слишком большой (0,3 МБ) для отчёта о прогрессе Fieldlab.');
    expect(said(parseReport(JSON.stringify({ ...report, version: 2 }), ['demo']), 'fa')).toContain('نسخهٔ ۲');
  });

  test('never throws on any text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => void parseReport(text, ['demo'])));
  });
});

describe('class tables and CSV', () => {
  const base: Report = {
    format: 'fieldlab-progress-report',
    version: 1,
    selfReported: true,
    learner: 'Ana',
    exportedAt: '2026-11-20T10:00:00.000Z',
    assignment,
    course: { id: 'demo', title: 'Demo', version: '1.0' },
    status: 'incomplete',
    lessons: [
      { slug: 'one', title: 'One', status: 'completed', bestPercent: 100, attempts: 1, lastActivity: null },
      { slug: 'two', title: 'Two', status: 'notStarted', bestPercent: null, attempts: 0, lastActivity: null },
    ],
    assessment: null,
  };

  test('one row per learner and assignment, the newest report winning; overdue after the due date if lessons remain', () => {
    const newer = { ...base, exportedAt: '2026-11-21T10:00:00.000Z', lessons: base.lessons.map((l) => ({ ...l, status: 'completed' as const })) };
    const [table] = buildClassTables([base, newer, { ...base, learner: 'Bo' }], '2026-12-02');
    expect(table!.rows.map((r) => [r.learner, r.completed, r.overdue])).toEqual([
      ['Ana', 2, false],
      ['Bo', 1, true],
    ]);
    expect(buildClassTables([base], '2026-12-01')[0]!.rows[0]!.overdue).toBe(false);
  });

  test('only the assigned lessons are columns', () => {
    const [table] = buildClassTables([{ ...base, assignment: { ...assignment, lessons: ['two'] } }], '2026-01-01');
    expect(table!.lessons.map((l) => l.slug)).toEqual(['two']);
  });

  test('sorts by any column, both ways', () => {
    const [table] = buildClassTables([base, { ...base, learner: 'Bo', lessons: base.lessons.map((l) => ({ ...l, status: 'completed' as const })) }], '2026-01-01');
    expect(sortRows(table!.rows, 'completed', 'descending').map((r) => r.learner)).toEqual(['Bo', 'Ana']);
    expect(sortRows(table!.rows, 'learner', 'descending').map((r) => r.learner)).toEqual(['Bo', 'Ana']);
  });

  test('CSV quotes every field and disarms formulas', () => {
    const names = ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tTab', 'Plain "quoted", name'];
    const [table] = buildClassTables(names.map((learner) => ({ ...base, learner })), '2026-01-01');
    const lines = classTableCsv(table!, messages('en')).replace(/^\uFEFF/, '').split('\r\n');
    const firstCells = lines.slice(1).map((l) => l.slice(0, l.indexOf('","') + 1));
    expect(firstCells.sort()).toEqual(['"\'\tTab"', '"\'+SUM(A1)"', '"\'-2"', '"\'=1+1"', '"\'@cmd"', '"Plain ""quoted"", name"'].sort());
    expect(lines.every((l) => l.startsWith('"'))).toBe(true);
  });

  const varied: Report = {
    ...base,
    status: 'passed',
    lessons: [{ ...base.lessons[0]!, bestPercent: 90 }, { ...base.lessons[1]!, status: 'inProgress' }],
    assessment: { bestPercent: 85, attempts: 2, maxAttempts: 3, passMark: 80 },
  };
  const csv = (locale: Locale) => classTableCsv(buildClassTables([varied], '2026-12-02')[0]!, messages(locale)).replace(/^\uFEFF/, '').split('\r\n');

  test('CSV headings and words follow the page; dates and scores stay as a spreadsheet reads them', () => {
    expect(csv('en')).toEqual([
      '"Learner (self-reported)","Group","Course","Due","Overdue","Lessons completed","Lesson: One","Lesson: Two","Final assessment best %","Final assessment attempts","Course status","Report exported at"',
      '"Ana","Team “Süd” ✓","Demo","2026-12-01","yes","1 of 2","completed (90%)","in progress","85","2","Passed","2026-11-20T10:00:00.000Z"',
    ]);
    expect(csv('ru')).toEqual([
      '"Участник (по его собственным данным)","Группа","Курс","Срок","Срок прошёл","Пройдено уроков","Урок: One","Урок: Two","Итоговый тест: лучший результат, %","Итоговый тест: попыток","Статус курса","Отчёт сохранён"',
      '"Ana","Team “Süd” ✓","Demo","2026-12-01","да","1 из 2","пройден (90%)","в процессе","85","2","Сдан","2026-11-20T10:00:00.000Z"',
    ]);
  });

  test('the CSV file is named after the group in its own script, or the course when there is no group', () => {
    expect(classCsvFileName({ group: 'Team “Süd” ✓', courseTitle: 'Demo' })).toBe('fieldlab-class-team-süd.csv');
    expect(classCsvFileName({ group: 'Группа 3, Москва', courseTitle: 'Demo' })).toBe('fieldlab-class-группа-3-москва.csv');
    expect(classCsvFileName({ group: 'گروه ۲', courseTitle: 'Demo' })).toBe('fieldlab-class-گروه-۲.csv');
    expect(classCsvFileName({ group: null, courseTitle: 'Drugs in prisons' })).toBe('fieldlab-class-drugs-in-prisons.csv');
    expect(classCsvFileName({ group: '../../✓✓', courseTitle: 'Demo' })).toBe('fieldlab-class-report.csv');
  });

  test('days are written the language\'s way, the same day in every time zone', () => {
    expect(formatDay('2026-12-01', 'en')).toBe('Dec 1, 2026');
    expect(formatDay('2026-12-01', 'ru')).toBe('1 дек. 2026 г.');
    expect(formatDay('2026-12-01', 'fa')).toMatch(/^[۰-۹]+ آذر [۰-۹]+$/);
  });
});
