import { DRAFT_PROBLEMS } from './assignment-draft.ts';
import { CSV_MESSAGES } from './class-csv.ts';
import { REPORT_PROBLEMS } from './progress-report.ts';

/** The messages each trainer island shows, given to it as props: the page picks them, so no catalogue is in a script. */
export const ASSIGN_FORM_MESSAGES = [
  'assign.course', 'assign.lessons', 'assign.group', 'assign.due', 'assign.message', 'assign.private', 'assign.create', 'assign.toMake',
  ...DRAFT_PROBLEMS, 'assign.sheetTitle', 'assign.doBy', 'assign.qr', 'assign.link', 'assign.howTo', 'assign.copy', 'assign.copied',
  'assign.print', 'inbox.accept', 'site.progress',
] as const;

export const CLASS_REVIEW_MESSAGES = [
  'review.choose', 'review.drop', 'review.imported', 'review.nothingImported', ...REPORT_PROBLEMS, 'review.notSaved', 'review.none',
  'review.clearQuestion', 'review.clearAll', 'review.clearYes', 'review.clearNo', 'review.clear', 'review.due', 'review.caption',
  'review.learner', 'review.lessonsDone', 'review.assessment', 'review.status', 'review.reportDate', 'review.overdue', 'review.lessonDone',
  'review.lessonStarted', 'review.percent', 'review.selfReported', 'review.downloadCsv', ...CSV_MESSAGES,
] as const;

export type AssignFormMessageKey = (typeof ASSIGN_FORM_MESSAGES)[number];
export type ClassReviewMessageKey = (typeof CLASS_REVIEW_MESSAGES)[number];
