/** Topics a learner may want to be warned about before reading. */
export const CONTENT_WARNINGS = {
  overdose: 'Overdose and death',
  'sexual-content': 'Sex and sexual health',
  'sexual-violence': 'Sexual violence',
  violence: 'Violence, including violence by partners and police',
  'self-harm': 'Self-harm and suicide',
  'child-removal': 'Pregnancy, parenting and the removal of children',
} as const;

export type ContentWarningId = keyof typeof CONTENT_WARNINGS;
export const CONTENT_WARNING_IDS = Object.keys(CONTENT_WARNINGS) as [ContentWarningId, ...ContentWarningId[]];
