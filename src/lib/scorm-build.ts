/**
 * FIELDLAB_SCORM=1 builds the site for SCORM packages (see src/cli/package.ts): pages leave out links to
 * anything outside one course (the catalogue, the progress page), say that an LMS may record progress, and add
 * one launch page per course. Read at build time only, never in the browser.
 */
export const scormBuild = process.env.FIELDLAB_SCORM === '1';
