import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { CourseOutline } from '../schemas/outline.ts';
import { decodeAssignment, type Decoded } from '../lib/assignment-link.ts';
import { checkAssignment } from '../lib/assignment-check.ts';
import { $progress, acceptAssignment, startProgress } from '../stores/progress-store.ts';
import type { Assignment } from '../schemas/assignment-schema.ts';

/** What a learner sees on opening a trainer's assignment link: the assignment, and a button to accept it. */
export default function AssignmentInbox({ outlines, base }: { outlines: CourseOutline[]; base: string }) {
  const progress = useStore($progress);
  const [read, setRead] = useState<Decoded<{ assignment: Assignment; outline: CourseOutline }> | null>(null);

  useEffect(() => {
    startProgress();
    const readHash = () => {
      const decoded = decodeAssignment(location.hash);
      setRead(decoded.ok ? checkAssignment(decoded.value, outlines) : decoded);
    };
    readHash();
    addEventListener('hashchange', readHash);
    return () => removeEventListener('hashchange', readHash);
  }, []);

  if (!read) return <p>Reading the assignment…</p>;
  if (!read.ok) {
    return (
      <div class="notice" role="alert">
        <h2>This assignment link cannot be used</h2>
        <p>{read.problem}</p>
        <p>Nothing was saved or changed.</p>
      </div>
    );
  }
  const { assignment, outline } = read.value;
  const accepted = progress.assignments?.[assignment.id] !== undefined;
  return (
    <section class="assignment-sheet" aria-labelledby="assignment-title">
      <h2 id="assignment-title">{outline.title}</h2>
      <p>
        From your trainer, for the group <strong>{assignment.group}</strong>. Due by <strong>{assignment.due}</strong>.
      </p>
      {assignment.message && (
        <figure class="trainer-message">
          <blockquote>{assignment.message}</blockquote>
          <figcaption>Your trainer's message</figcaption>
        </figure>
      )}
      <h3>Lessons to do</h3>
      <ol>
        {outline.lessons
          .filter((l) => assignment.lessons.includes(l.slug))
          .map((l) => (
            <li>
              <a href={`${base}courses/${outline.id}/${l.slug}/`}>{l.title}</a>
            </li>
          ))}
      </ol>
      <p class="hint">
        Accepting keeps this assignment in this browser only. Your trainer sees your progress only if you save your progress report and give it
        to them.
      </p>
      <div role="status">
        {accepted ? (
          <p>
            <strong>✓ Accepted.</strong> You will find it on <a href={`${base}progress/`}>My progress</a>.
          </p>
        ) : (
          <button type="button" class="button" onClick={() => acceptAssignment(assignment)}>
            Accept this assignment
          </button>
        )}
      </div>
    </section>
  );
}
