import type { CourseState } from '../machines/course-machine.ts';
import type { ScormVersion } from './lms-api.ts';
import { isoDuration, cmiTimespan } from './time-format.ts';

/**
 * What the course tells the LMS about the learner, as data-model elements and values. The course's own state
 * (from machines/progress-status.ts) decides every status; this only names it in each version's words.
 */
export interface Report {
  state: CourseState;
  hasAssessment: boolean;
  /** 0–100: share of lessons completed. */
  lessonsPercent: number;
  /** The final assessment's best percentage, once it has been checked. */
  score: number | null;
  location: string;
  suspendData: string;
  /** How long this session has lasted. */
  sessionMs: number;
}

/** The elements the course reads when it starts, by version. */
export const READ = {
  '1.2': { suspendData: 'cmi.suspend_data', location: 'cmi.core.lesson_location', learnerId: 'cmi.core.student_id', interactions: 'cmi.interactions._count' },
  '2004': { suspendData: 'cmi.suspend_data', location: 'cmi.location', learnerId: 'cmi.learner_id', interactions: 'cmi.interactions._count' },
} as const satisfies Record<ScormVersion, Record<string, string>>;

/**
 * The attempt ends (exit "normal") only when nothing is left to do: passed, failed for good, or every lesson
 * done in a course with no assessment. Otherwise the learner will come back, so the LMS must keep the data.
 */
export function isFinished(state: CourseState, hasAssessment: boolean): boolean {
  return state === 'passed' || state === 'failed' || (state === 'completed' && !hasAssessment);
}

export function reportFields(version: ScormVersion, r: Report): [string, string][] {
  const finished = isFinished(r.state, r.hasAssessment);
  if (version === '1.2') {
    return [
      ['cmi.core.lesson_status', status12(r.state)],
      ...(r.score === null ? [] : ([['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', String(r.score)]] as [string, string][])),
      ['cmi.core.lesson_location', r.location],
      ['cmi.suspend_data', r.suspendData],
      ['cmi.core.session_time', cmiTimespan(r.sessionMs)],
      ['cmi.core.exit', finished ? '' : 'suspend'],
    ];
  }
  return [
    ['cmi.completion_status', r.state === 'completed' || r.state === 'passed' || r.state === 'failed' ? 'completed' : 'incomplete'],
    ['cmi.success_status', r.state === 'passed' ? 'passed' : r.state === 'failed' ? 'failed' : 'unknown'],
    ...(r.score === null
      ? []
      : ([['cmi.score.min', '0'], ['cmi.score.max', '100'], ['cmi.score.raw', String(r.score)], ['cmi.score.scaled', String(r.score / 100)]] as [string, string][])),
    ['cmi.progress_measure', String(r.lessonsPercent / 100)],
    ['cmi.location', r.location],
    ['cmi.suspend_data', r.suspendData],
    ['cmi.session_time', isoDuration(r.sessionMs)],
    ['cmi.exit', finished ? 'normal' : 'suspend'],
  ];
}

/**
 * SCORM 1.2 has one status for completion and success. A learner who has opened the course has attempted it,
 * and a content object may not set "not attempted" (RTE 3.4.4), so both early states are "incomplete".
 */
function status12(state: CourseState): string {
  switch (state) {
    case 'notAttempted':
    case 'incomplete':
      return 'incomplete';
    default:
      return state;
  }
}
