/** The messages progress-view.ts shows, given to it as JSON in the page (not in the JS). */
export const PROGRESS_MESSAGES = [
  'status.notStarted', 'status.inProgress', 'status.completed', 'status.courseCompleted', 'status.passed', 'status.failed',
  'status.lessonsCompleted', 'status.attemptsOf', 'status.continue', 'status.continueWhere', 'assessment.title',
  'notice.unreadable', 'notice.partly-invalid', 'notice.future-version', 'notice.too-large', 'notice.storage-full',
  'notice.storage-unavailable', 'notice.unreadable-kept',
] as const;

export type ProgressMessageKey = (typeof PROGRESS_MESSAGES)[number];

/** The messages progress-actions.ts shows in its confirmation dialog, written by ForgetEverything.astro. */
export const PROGRESS_ACTION_MESSAGES = [
  'progress.done', 'progress.resetAsk', 'progress.resetYes', 'progress.forgetAsk', 'progress.forgetYes',
] as const;

export type ProgressActionMessageKey = (typeof PROGRESS_ACTION_MESSAGES)[number];
