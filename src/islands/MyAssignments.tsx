import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { CourseOutline } from '../schemas/outline.ts';
import { courseStatus } from '../machines/progress-status.ts';
import { localDate } from '../lib/assignment-check.ts';
import { buildReport } from '../lib/progress-report.ts';
import { $progress, removeAssignment, startProgress } from '../stores/progress-store.ts';
import type { Assignment } from '../schemas/assignment-schema.ts';
import type { Locale } from '../lib/locales.ts';
import { formatDay } from '../lib/format.ts';
import { translator, type Catalogue } from '../lib/messages.ts';
import type { MyAssignmentsMessageKey } from '../lib/learner-messages.ts';
import { withElement } from './with-element.tsx';

interface Props {
  outlines: CourseOutline[];
  /** Course versions by id, written into reports. */
  versions: Record<string, string>;
  base: string;
  locale: Locale;
  /** Only this island's messages (src/lib/learner-messages.ts). */
  messages: Catalogue;
}

/**
 * The learner's assignments and progress reports on the progress page: status and due date of each assignment,
 * and a report file and certificate for any course, under a name the learner chooses.
 */
export default function MyAssignments({ outlines, versions, base, locale, messages }: Props) {
  const t = translator<MyAssignmentsMessageKey>(messages, messages, locale);
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
        <h2 id="assignments-heading">{t('assignments.heading')}</h2>
        {assignments.length === 0 ? (
          <p>{t('assignments.none')}</p>
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
                    {outline.title} <span class="visually-quiet">{t('assignments.for', { group: assignment.group })}</span>
                  </h3>
                  <p>
                    {t('assignments.done', { done, count: assignment.lessons.length, date: formatDay(assignment.due, locale) })}
                    {overdue && <strong class="overdue"> {t('assignments.overdue')}</strong>}
                    {done === assignment.lessons.length && <strong> {t('assignments.finished')}</strong>}.
                  </p>
                  <p class="actions">
                    <button type="button" class="button" disabled={name.length === 0} onClick={() => download(outline, assignment)}>
                      {t('assignments.save')}
                    </button>
                    <button type="button" class="button secondary" onClick={() => removeAssignment(assignment.id)}>
                      {t('assignments.remove')}
                    </button>
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="report-heading">
        <h2 id="report-heading">{t('report.heading')}</h2>
        <p>{withElement((mark) => t('report.intro', { selfReported: mark }), <strong>{t('report.selfReported')}</strong>)}</p>
        <p class="field">
          <label for="learner-name">{t('report.name')}</label>
          {/* The learner's own name (WCAG 1.3.5): the browser may offer the one it keeps on this device; nothing is sent. */}
          <input id="learner-name" type="text" maxLength={60} value={learner} onInput={(e) => setLearner((e.currentTarget as HTMLInputElement).value)} autoComplete="name" />
        </p>
        {name.length === 0 && <p class="hint">{t('report.nameFirst')}</p>}
        <ul class="report-courses">
          {outlines.map((o) => (
            <li>
              <span>{o.title}</span>
              <span class="actions">
                <button type="button" class="button secondary" disabled={name.length === 0} onClick={() => download(o)}>
                  {t('report.save')}
                </button>
                {name.length > 0 && (
                  <a class="button secondary" href={`${base}certificate/#${new URLSearchParams({ course: o.id, name }).toString()}`}>
                    {t('report.certificate')}
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
