import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { CourseOutline } from '../schemas/outline.ts';
import { decodeAssignment, type LinkProblemKey } from '../lib/assignment-link.ts';
import { checkAssignment, type CheckProblemKey } from '../lib/assignment-check.ts';
import type { Decoded } from '../lib/decoded.ts';
import { $progress, acceptAssignment, startProgress } from '../stores/progress-store.ts';
import type { Assignment } from '../schemas/assignment-schema.ts';
import type { Locale } from '../lib/locales.ts';
import { formatDay } from '../lib/format.ts';
import { translator, type Catalogue } from '../lib/messages.ts';
import type { InboxMessageKey } from '../lib/learner-messages.ts';
import { withElement } from './with-element.tsx';

/** What a learner sees on opening a trainer's assignment link: the assignment, and a button to accept it. */
export default function AssignmentInbox({ outlines, base, locale, messages }: { outlines: CourseOutline[]; base: string; locale: Locale; messages: Catalogue }) {
  const t = translator<InboxMessageKey>(messages, messages, locale);
  const progress = useStore($progress);
  const [read, setRead] = useState<Decoded<{ assignment: Assignment; outline: CourseOutline }, LinkProblemKey | CheckProblemKey> | null>(null);

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

  if (!read) return <p>{t('inbox.reading')}</p>;
  if (!read.ok) {
    return (
      <div class="notice" role="alert">
        <h2>{t('inbox.unusable')}</h2>
        <p>{t(read.problem.key, read.problem.params)}</p>
        <p>{t('inbox.unchanged')}</p>
      </div>
    );
  }
  const { assignment, outline } = read.value;
  const accepted = progress.assignments?.[assignment.id] !== undefined;
  return (
    <section class="assignment-sheet" aria-labelledby="assignment-title">
      <h2 id="assignment-title">{outline.title}</h2>
      <p>
        {t('inbox.from', { group: assignment.group, date: formatDay(assignment.due, locale) })}
      </p>
      {assignment.message && (
        <figure class="trainer-message">
          <blockquote>{assignment.message}</blockquote>
          <figcaption>{t('inbox.message')}</figcaption>
        </figure>
      )}
      <h3>{t('inbox.lessons')}</h3>
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
        {t('inbox.note')}
      </p>
      <div role="status">
        {accepted ? (
          <p>
            <strong>{t('inbox.accepted')}</strong> {withElement((mark) => t('inbox.findIt', { link: mark }), <a href={`${base}progress/`}>{t('site.progress')}</a>)}
          </p>
        ) : (
          <button type="button" class="button" onClick={() => acceptAssignment(assignment)}>
            {t('inbox.accept')}
          </button>
        )}
      </div>
    </section>
  );
}
