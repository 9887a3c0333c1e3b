import { LINK_PROBLEMS } from './assignment-link.ts';
import { CHECK_PROBLEMS } from './assignment-check.ts';

/** The messages each learner-facing island shows (progress page, assignment, certificate), given to it as props. */
export const MY_ASSIGNMENTS_MESSAGES = [
  'assignments.heading', 'assignments.none', 'assignments.for', 'assignments.done', 'assignments.overdue', 'assignments.finished',
  'assignments.save', 'assignments.remove', 'report.heading', 'report.intro', 'report.selfReported', 'report.name', 'report.nameFirst',
  'report.save', 'report.certificate',
] as const;

export const INBOX_MESSAGES = [
  'inbox.reading', 'inbox.unusable', 'inbox.unchanged', 'inbox.from', 'inbox.message', 'inbox.lessons', 'inbox.note', 'inbox.accepted',
  'inbox.findIt', 'inbox.accept', 'site.progress', ...LINK_PROBLEMS, ...CHECK_PROBLEMS,
] as const;

export const CERTIFICATE_MESSAGES = [
  'certificate.preparing', 'certificate.incomplete', 'certificate.kicker', 'certificate.workedThrough', 'certificate.status',
  'certificate.best', 'certificate.notTaken', 'certificate.score', 'certificate.lessons', 'certificate.lessonsOf', 'certificate.date',
  'certificate.lessonDone', 'certificate.lessonNotDone', 'certificate.note', 'certificate.print', 'certificate.notAttempted',
  'certificate.incompleteState', 'certificate.completed', 'certificate.passed', 'certificate.failed',
] as const;

export type MyAssignmentsMessageKey = (typeof MY_ASSIGNMENTS_MESSAGES)[number];
export type InboxMessageKey = (typeof INBOX_MESSAGES)[number];
export type CertificateMessageKey = (typeof CERTIFICATE_MESSAGES)[number];
