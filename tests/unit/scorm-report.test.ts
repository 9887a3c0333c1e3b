import { describe, expect, test } from 'vitest';
import type { CourseState } from '../../src/machines/course-machine.ts';
import { reportFields, type Report } from '../../src/scorm/report.ts';

const report = (over: Partial<Report> = {}): Report => ({
  state: 'incomplete',
  hasAssessment: true,
  lessonsPercent: 50,
  score: null,
  location: 'first-steps',
  suspendData: '1abc|1|',
  sessionMs: 61_000,
  ...over,
});
const values = (version: '1.2' | '2004', r: Report) => Object.fromEntries(reportFields(version, r));

describe('what the course reports', () => {
  test.each<[CourseState, boolean, string, string, string, string]>([
    // state, has assessment, 1.2 lesson_status, 2004 completion, 2004 success, exit
    ['notAttempted', true, 'incomplete', 'incomplete', 'unknown', 'suspend'],
    ['incomplete', true, 'incomplete', 'incomplete', 'unknown', 'suspend'],
    ['completed', true, 'completed', 'completed', 'unknown', 'suspend'],
    ['completed', false, 'completed', 'completed', 'unknown', 'normal'],
    ['passed', true, 'passed', 'completed', 'passed', 'normal'],
    ['failed', true, 'failed', 'completed', 'failed', 'normal'],
  ])('course %s (assessment: %s): 1.2 %s; 2004 %s and %s; exit %s', (state, hasAssessment, status12, completion, success, exit) => {
    const one = values('1.2', report({ state, hasAssessment }));
    expect(one['cmi.core.lesson_status']).toBe(status12);
    expect(one['cmi.core.exit']).toBe(exit === 'normal' ? '' : 'suspend');
    const two = values('2004', report({ state, hasAssessment }));
    expect(two['cmi.completion_status']).toBe(completion);
    expect(two['cmi.success_status']).toBe(success);
    expect(two['cmi.exit']).toBe(exit);
  });

  test('the score, once the assessment is checked: raw, min and max, and scaled in 2004', () => {
    expect(values('1.2', report())).not.toHaveProperty('cmi.core.score.raw');
    expect(values('1.2', report({ score: 67 }))).toMatchObject({ 'cmi.core.score.raw': '67', 'cmi.core.score.min': '0', 'cmi.core.score.max': '100' });
    expect(values('2004', report({ score: 67 }))).toMatchObject({ 'cmi.score.raw': '67', 'cmi.score.scaled': '0.67', 'cmi.score.min': '0', 'cmi.score.max': '100' });
  });

  test('progress, bookmark, suspend_data and session time', () => {
    expect(values('1.2', report())).toMatchObject({ 'cmi.core.lesson_location': 'first-steps', 'cmi.suspend_data': '1abc|1|', 'cmi.core.session_time': '00:01:01.00' });
    expect(values('2004', report())).toMatchObject({ 'cmi.progress_measure': '0.5', 'cmi.location': 'first-steps', 'cmi.session_time': 'PT1M1S' });
  });
});
