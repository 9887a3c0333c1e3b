import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { CourseOutline } from '../schemas/outline.ts';
import { courseStatus } from '../machines/progress-status.ts';
import { localDate } from '../lib/assignment-check.ts';
import { buildReport } from '../lib/progress-report.ts';
import { $progress, removeAssignment, startProgress } from '../stores/progress-store.ts';
import type { Assignment } from '../schemas/assignment-schema.ts';

interface Props {
  outlines: CourseOutline[];
  /** Course versions by id, written into reports. */
  versions: Record<string, string>;
  base: string;
}

/**
 * The learner's assignments and progress reports on the progress page: status and due date of each assignment,
 * and a report file and certificate for any course, under a name the learner chooses.
 */
export default function MyAssignments({ outlines, versions, base }: Props) {
  const progress = useStore($progress);
  const [learner, setLearner] = useState('');
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => {
    startProgress();
    setHydrated(true);
  }, []);
  const today = localDate(new Date());
  const assignments = Object.values(hydrated ? (progress.assignments ?? {}) : {}).sort((a, b) => a.assignment.due.localeCompare(b.assignment.due));
  const name = learner.trim();

  const download = (outline: CourseOutline, assignment?: Assignment) => {
    const report = buildReport({
      learner: name,
      outline,
      courseVersion: versions[outline.id] ?? '',
      progress: progress.courses[outline.id],
      status: courseStatus(outline, progress.courses[outline.id]),
      ...(assignment ? { assignment } : {}),
      now: Date.now(),
    });
    const url = URL.createObjectURL(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `fieldlab-report-${outline.id}-${report.exportedAt.slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div class="my-assignments">
      <section aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">My assignments</h2>
        {assignments.length === 0 ? (
          <p>No assignments yet. When a trainer gives you an assignment link or QR code, open it and choose "Accept".</p>
        ) : (
          <ul class="assignment-list">
            {assignments.map(({ assignment }) => {
              const outline = outlines.find((o) => o.id === assignment.course);
              if (!outline) return null;
              const status = courseStatus(outline, progress.courses[outline.id]);
              const done = assignment.lessons.filter((slug) => status.lessons[slug] === 'completed').length;
              const overdue = assignment.due < today && done < assignment.lessons.length;
              return (
                <li class="assignment-card">
                  <h3>
                    {outline.title} <span class="visually-quiet">for {assignment.group}</span>
                  </h3>
                  <p>
                    {done} of {assignment.lessons.length} lessons completed. Due <strong>{assignment.due}</strong>
                    {overdue && <strong class="overdue"> (overdue)</strong>}
                    {done === assignment.lessons.length && <strong> ✓ Done</strong>}.
                  </p>
                  <p class="actions">
                    <button type="button" class="button" disabled={name.length === 0} onClick={() => download(outline, assignment)}>
                      Save the report for this assignment
                    </button>
                    <button type="button" class="button secondary" onClick={() => removeAssignment(assignment.id)}>
                      Remove
                    </button>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="report-heading">
        <h2 id="report-heading">Progress report and certificate</h2>
        <p>
          A trainer may ask for your progress. You decide: save a report file and give it to them, or print a certificate. Both are{' '}
          <strong>self-reported</strong>: they come from this device, and nobody checks them.
        </p>
        <p class="field">
          <label for="learner-name">Your name or a pseudonym, as it should appear</label>
          {/* The learner's own name (WCAG 1.3.5): the browser may offer the one it keeps on this device; nothing is sent. */}
          <input id="learner-name" type="text" maxLength={60} value={learner} onInput={(e) => setLearner((e.currentTarget as HTMLInputElement).value)} autoComplete="name" />
        </p>
        {name.length === 0 && <p class="hint">Write a name first, then choose a course.</p>}
        <ul class="report-courses">
          {outlines.map((o) => (
            <li>
              <span>{o.title}</span>
              <span class="actions">
                <button type="button" class="button secondary" disabled={name.length === 0} onClick={() => download(o)}>
                  Save report
                </button>
                {name.length > 0 && (
                  <a class="button secondary" href={`${base}certificate/#${new URLSearchParams({ course: o.id, name }).toString()}`}>
                    Certificate
                  </a>
                )}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
