/** The messages the SCORM launch page's script shows, given to it as JSON in the page (not in the JS). */
export const SCORM_LAUNCH_MESSAGES = ['scorm.trouble', 'scorm.unreachable'] as const;

export type ScormLaunchMessageKey = (typeof SCORM_LAUNCH_MESSAGES)[number];
