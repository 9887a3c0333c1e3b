/** A valid progress report file for the fixture course, as a learner's device writes it; specs vary it. */
export const VALID_REPORT = {
  format: 'fieldlab-progress-report',
  version: 1,
  selfReported: true,
  learner: 'Kim',
  exportedAt: '2026-11-20T10:00:00.000Z',
  course: { id: 'demo', title: 'Demo course', version: '1.0' },
  status: 'incomplete',
  lessons: [{ slug: 'first-steps', title: 'First steps', status: 'completed', bestPercent: 100, attempts: 1, lastActivity: null }],
  assessment: null,
};
