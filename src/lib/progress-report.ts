import type { Assignment } from '../schemas/assignment-schema.ts';
import type { CourseOutline } from '../schemas/outline.ts';
import type { CourseProgress } from '../schemas/progress-schema.ts';
import { MAX_REPORT_BYTES, REPORT_FORMAT, REPORT_VERSION, reportSchema, type Report } from '../schemas/report-schema.ts';
import type { CourseStatus } from '../machines/progress-status.ts';
import type { Decoded, Problem } from './decoded.ts';

/** Builds and reads progress report files. Reflections are never included: they stay on the learner's device. */

const iso = (ms: number | undefined) => (ms === undefined || ms <= 0 ? null : new Date(ms).toISOString());

export function buildReport(args: {
  learner: string;
  outline: CourseOutline;
  courseVersion: string;
  progress: CourseProgress | undefined;
  status: CourseStatus;
  assignment?: Assignment;
  now: number;
}): Report {
  const { outline, progress, status } = args;
  const quizzes = progress?.quizzes ?? {};
  const assessment = outline.assessment;
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    selfReported: true,
    learner: args.learner.trim().slice(0, 60),
    exportedAt: new Date(args.now).toISOString(),
    ...(args.assignment ? { assignment: args.assignment } : {}),
    course: { id: outline.id, title: outline.title, version: args.courseVersion },
    status: status.state,
    lessons: outline.lessons.map((l) => {
      const checks = l.requiredQuizzes.map((id) => quizzes[id]).filter((q) => q !== undefined);
      const best = checks.map((q) => q.bestPercent).filter((p): p is number => p !== null);
      const times = [progress?.lessons[l.slug]?.endReachedAt, progress?.lessons[l.slug]?.visitedAt, ...checks.map((q) => q.updatedAt)].filter(
        (t): t is number => t !== undefined && t > 0,
      );
      return {
        slug: l.slug,
        title: l.title,
        status: status.lessons[l.slug] ?? 'notStarted',
        bestPercent: best.length > 0 ? Math.min(...best) : null,
        attempts: checks.reduce((n, q) => n + q.attempts, 0),
        lastActivity: iso(times.length > 0 ? Math.max(...times) : undefined),
      };
    }),
    assessment: assessment
      ? {
          bestPercent: quizzes[assessment.id]?.bestPercent ?? null,
          attempts: quizzes[assessment.id]?.attempts ?? 0,
          maxAttempts: assessment.attempts,
          passMark: assessment.passMark,
        }
      : null,
  };
}

export const REPORT_PROBLEMS = [
  'review.problemTooLarge', 'review.problemIncomplete', 'review.problemNotReport', 'review.problemVersion', 'review.problemVersionUnknown',
  'review.problemDamaged', 'review.problemCourse',
] as const;

export type ReportProblemKey = (typeof REPORT_PROBLEMS)[number];

/** A file too large to be a report, with its size in megabytes to one decimal (a refused file is at least 0.25 MB). */
export function tooLarge(bytes: number): Problem<ReportProblemKey> {
  return { key: 'review.problemTooLarge', params: { megabytes: Math.round(bytes / (1024 * 1024 / 10)) / 10 } };
}

/**
 * Reads a report file's text. Never throws; says what is wrong as a message a trainer can act on, whose `{file}`
 * the page fills with the file's name.
 */
export function parseReport(text: string, knownCourses: readonly string[]): Decoded<Report, ReportProblemKey> {
  if (text.length > MAX_REPORT_BYTES) return { ok: false, problem: tooLarge(text.length) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { key: 'review.problemIncomplete' } };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== REPORT_FORMAT) {
    return { ok: false, problem: { key: 'review.problemNotReport' } };
  }
  const version = (data as { version?: unknown }).version;
  if (version !== REPORT_VERSION) {
    return {
      ok: false,
      problem: typeof version === 'number' ? { key: 'review.problemVersion', params: { version, readable: REPORT_VERSION } } : { key: 'review.problemVersionUnknown', params: { readable: REPORT_VERSION } },
    };
  }
  const result = reportSchema.safeParse(data);
  if (!result.success) return { ok: false, problem: { key: 'review.problemDamaged' } };
  if (!knownCourses.includes(result.data.course.id)) return { ok: false, problem: { key: 'review.problemCourse', params: { course: result.data.course.id } } };
  return { ok: true, value: result.data };
}
