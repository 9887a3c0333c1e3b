import type { Assignment } from '../schemas/assignment-schema.ts';
import type { CourseOutline } from '../schemas/outline.ts';
import type { Decoded } from './decoded.ts';

export const CHECK_PROBLEMS = ['inbox.problemCourse', 'inbox.problemLessons'] as const;

export type CheckProblemKey = (typeof CHECK_PROBLEMS)[number];

/** An assignment is only useful if its course and every lesson exist on this site. */
export function checkAssignment(assignment: Assignment, outlines: readonly CourseOutline[]): Decoded<{ assignment: Assignment; outline: CourseOutline }, CheckProblemKey> {
  const outline = outlines.find((o) => o.id === assignment.course);
  if (!outline) return { ok: false, problem: { key: 'inbox.problemCourse' } };
  const missing = assignment.lessons.filter((slug) => !outline.lessons.some((l) => l.slug === slug));
  if (missing.length > 0) return { ok: false, problem: { key: 'inbox.problemLessons' } };
  return { ok: true, value: { assignment, outline } };
}

/** Today as YYYY-MM-DD in the learner's own time zone, for due dates. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
