import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeAssignment, encodeAssignment } from '../../src/lib/assignment-link.ts';
import { checkAssignment } from '../../src/lib/assignment-check.ts';
import { buildReport, parseReport } from '../../src/lib/progress-report.ts';
import { buildClassTables, sortRows } from '../../src/lib/class-table.ts';
import { classTableCsv } from '../../src/lib/class-csv.ts';
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

  test('refuses lessons or courses the site does not have', () => {
    expect(checkAssignment(assignment, [outline]).ok).toBe(true);
    expect(checkAssignment({ ...assignment, course: 'nope' }, [outline])).toMatchObject({ ok: false });
    expect(checkAssignment({ ...assignment, lessons: ['one', 'three'] }, [outline])).toMatchObject({ ok: false });
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
    expect(parseReport(JSON.stringify(report), ['other'])).toMatchObject({ ok: false, problem: expect.stringContaining('does not exist') });
    expect(parseReport(JSON.stringify({ ...report, version: 2 }), ['demo'])).toMatchObject({ ok: false, problem: expect.stringContaining('version 2') });
    expect(parseReport(JSON.stringify(report).slice(0, 100), ['demo'])).toMatchObject({ ok: false, problem: expect.stringContaining('cut short') });
    expect(parseReport(' '.repeat(300_000), ['demo'])).toMatchObject({ ok: false, problem: expect.stringContaining('too large') });
    expect(parseReport(JSON.stringify({ ...report, selfReported: false }), ['demo'])).toMatchObject({ ok: false });
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
    const lines = classTableCsv(table!).replace(/^\uFEFF/, '').split('\r\n');
    const firstCells = lines.slice(1).map((l) => l.slice(0, l.indexOf('","') + 1));
    expect(firstCells.sort()).toEqual(['"\'\tTab"', '"\'+SUM(A1)"', '"\'-2"', '"\'=1+1"', '"\'@cmd"', '"Plain ""quoted"", name"'].sort());
    expect(lines.every((l) => l.startsWith('"'))).toBe(true);
  });
});
