/** Topics a learner may want to be warned about before reading; their words are `warning.<id>` in src/i18n/. */
export const CONTENT_WARNING_IDS = ['overdose', 'sexual-content', 'sexual-violence', 'violence', 'self-harm', 'child-removal'] as const;

export type ContentWarningId = (typeof CONTENT_WARNING_IDS)[number];
