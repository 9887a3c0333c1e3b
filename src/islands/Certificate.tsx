import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { CourseOutline } from '../schemas/outline.ts';
import { courseStatus } from '../machines/progress-status.ts';
import { $progress, startProgress } from '../stores/progress-store.ts';
import type { Locale } from '../lib/locales.ts';
import { translator, type Catalogue } from '../lib/messages.ts';
import type { CertificateMessageKey } from '../lib/learner-messages.ts';

const STATE_TEXT = {
  notAttempted: 'certificate.notAttempted',
  incomplete: 'certificate.incompleteState',
  completed: 'certificate.completed',
  passed: 'certificate.passed',
  failed: 'certificate.failed',
} as const;

/**
 * A printable completion certificate, made on the learner's device from their own progress. It says plainly that
 * it is self-reported. The name and course come from the link's fragment and are shown only as text.
 */
export default function Certificate({ outlines, locale, messages }: { outlines: CourseOutline[]; locale: Locale; messages: Catalogue }) {
  const t = translator<CertificateMessageKey>(messages, messages, locale);
  const progress = useStore($progress);
  const [params, setParams] = useState<{ course: string; name: string } | null>(null);
  useEffect(() => {
    startProgress();
    const p = new URLSearchParams(location.hash.slice(1));
    setParams({ course: p.get('course') ?? '', name: (p.get('name') ?? '').trim().slice(0, 60) });
  }, []);
  if (!params) return <p>{t('certificate.preparing')}</p>;
  const outline = outlines.find((o) => o.id === params.course);
  if (!outline || params.name.length === 0) {
    return (
      <p class="notice" role="alert">
        {t('certificate.incomplete')}
      </p>
    );
  }
  const status = courseStatus(outline, progress.courses[outline.id]);
  const date = new Date().toISOString().slice(0, 10);
  return (
    <div class="certificate">
      <p class="certificate-kicker">{t('certificate.kicker')}</p>
      <p class="certificate-name">{params.name}</p>
      <p>{t('certificate.workedThrough')}</p>
      <p class="certificate-course">{outline.title}</p>
      <dl class="certificate-facts">
        <dt>{t('certificate.status')}</dt>
        <dd>{t(STATE_TEXT[status.state])}</dd>
        <dt>{t('certificate.best')}</dt>
        <dd>{status.assessmentBest === null ? t('certificate.notTaken') : t('certificate.score', { percent: status.assessmentBest, passMark: outline.assessment?.passMark ?? '–' })}</dd>
        <dt>{t('certificate.lessons')}</dt>
        <dd>{t('certificate.lessonsOf', { done: status.completedLessons, count: outline.lessons.length })}</dd>
        <dt>{t('certificate.date')}</dt>
        <dd>{date}</dd>
      </dl>
      <ol class="certificate-lessons">
        {outline.lessons.map((l) => (
          <li>
            {t(status.lessons[l.slug] === 'completed' ? 'certificate.lessonDone' : 'certificate.lessonNotDone', { lesson: l.title })}
          </li>
        ))}
      </ol>
      <p class="certificate-note">
        {t('certificate.note')}
      </p>
      <p class="no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          {t('certificate.print')}
        </button>
      </p>
    </div>
  );
}
