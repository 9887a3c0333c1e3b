/** The messages progress-view.ts and progress-actions.ts show, given to them as JSON in the page (not in the JS). */
export const PROGRESS_MESSAGES = [
  'status.notStarted', 'status.inProgress', 'status.completed', 'status.courseCompleted', 'status.passed', 'status.failed',
  'status.lessonsCompleted', 'status.attemptsOf', 'status.continue', 'status.continueWhere', 'assessment.title',
  'notice.unreadable', 'notice.partly-invalid', 'notice.future-version', 'notice.too-large', 'notice.storage-full',
  'notice.storage-unavailable', 'notice.unreadable-kept',
  'progress.done', 'progress.resetAsk', 'progress.resetYes', 'progress.forgetAsk', 'progress.forgetYes',
] as const;

export type ProgressMessageKey = (typeof PROGRESS_MESSAGES)[number];
