import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { CourseOutline } from '../schemas/outline.ts';
import { courseStatus } from '../machines/progress-status.ts';
import { $progress, startProgress } from '../stores/progress-store.ts';

const STATE_TEXT = {
  notAttempted: 'Not started',
  incomplete: 'In progress',
  completed: 'All lessons completed; final assessment not yet passed',
  passed: 'Passed',
  failed: 'Not passed',
} as const;

/**
 * A printable completion certificate, made on the learner's device from their own progress. It says plainly that
 * it is self-reported. The name and course come from the link's fragment and are shown only as text.
 */
export default function Certificate({ outlines }: { outlines: CourseOutline[] }) {
  const progress = useStore($progress);
  const [params, setParams] = useState<{ course: string; name: string } | null>(null);
  useEffect(() => {
    startProgress();
    const p = new URLSearchParams(location.hash.slice(1));
    setParams({ course: p.get('course') ?? '', name: (p.get('name') ?? '').trim().slice(0, 60) });
  }, []);
  if (!params) return <p>Preparing the certificate…</p>;
  const outline = outlines.find((o) => o.id === params.course);
  if (!outline || params.name.length === 0) {
    return (
      <p class="notice" role="alert">
        This certificate link is incomplete. Open "My progress", write your name and choose "Certificate" again.
      </p>
    );
  }
  const status = courseStatus(outline, progress.courses[outline.id]);
  const date = new Date().toISOString().slice(0, 10);
  return (
    <div class="certificate">
      <p class="certificate-kicker">Certificate of completion · self-reported</p>
      <p class="certificate-name">{params.name}</p>
      <p>worked through the Fieldlab course</p>
      <p class="certificate-course">{outline.title}</p>
      <dl class="certificate-facts">
        <dt>Status</dt>
        <dd>{STATE_TEXT[status.state]}</dd>
        <dt>Final assessment, best score</dt>
        <dd>{status.assessmentBest === null ? 'not taken' : `${status.assessmentBest}% (pass mark ${outline.assessment?.passMark ?? '–'}%)`}</dd>
        <dt>Lessons completed</dt>
        <dd>
          {status.completedLessons} of {outline.lessons.length}
        </dd>
        <dt>Date</dt>
        <dd>{date}</dd>
      </dl>
      <ol class="certificate-lessons">
        {outline.lessons.map((l) => (
          <li>
            {l.title}: {status.lessons[l.slug] === 'completed' ? '✓ completed' : 'not completed'}
          </li>
        ))}
      </ol>
      <p class="certificate-note">
        Self-reported: made on the learner's own device from the progress kept there. Fieldlab does not check it, and no trainer or organisation
        has confirmed it.
      </p>
      <p class="no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          Print the certificate
        </button>
      </p>
    </div>
  );
}
