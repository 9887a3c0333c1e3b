import type { CourseOutline } from '../schemas/outline.ts';
import type { Notice } from '../lib/progress-codec.ts';
import { recordLessonEnd, recordVisit } from '../lib/progress-updates.ts';
import { courseStatus, type CourseStatus } from '../machines/progress-status.ts';
import { $notices, $progress, startProgress, updateProgress } from '../stores/progress-store.ts';
import type { ProgressMessageKey } from '../lib/progress-messages.ts';
import { pageMessages } from './page-messages.ts';

/**
 * Progress on pages without Preact: records lesson visits and lesson ends, and fills in the statuses the
 * build left placeholders for (data-fill="…"): sidebar ticks, progress bars, "Continue", the progress page.
 * Plain DOM, so a lesson without a quiz loads no UI framework.
 */
const t = pageMessages<ProgressMessageKey>('fieldlab-progress-messages');
const LESSON_TEXT = { notStarted: 'status.notStarted', inProgress: 'status.inProgress', completed: 'status.completed' } as const;
const COURSE_TEXT = {
  notAttempted: 'status.notStarted',
  incomplete: 'status.inProgress',
  completed: 'status.courseCompleted',
  passed: 'status.passed',
  failed: 'status.failed',
} as const;

function outlines(): CourseOutline[] {
  const el = document.getElementById('fieldlab-outlines');
  try {
    return el ? (JSON.parse(el.textContent ?? '[]') as CourseOutline[]) : [];
  } catch {
    return [];
  }
}

function track(): void {
  const page = document.querySelector<HTMLElement>('[data-track-course][data-track-page]');
  if (!page) return;
  const course = page.dataset.trackCourse!;
  const slug = page.dataset.trackPage!;
  const isLesson = page.dataset.trackLesson !== undefined;
  updateProgress((r) => recordVisit(r, course, slug, isLesson, Date.now()));
  const end = document.getElementById('lesson-end');
  if (!isLesson || !end) return;
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      observer.disconnect();
      updateProgress((r) => recordLessonEnd(r, course, slug, Date.now()));
    }
  });
  observer.observe(end);
}

function paint(all: CourseOutline[]): void {
  const home = document.documentElement.dataset.home ?? document.documentElement.dataset.base ?? '/';
  const pageFile = document.documentElement.dataset.pageFile ?? '';
  const progress = $progress.get();
  const statuses = new Map<string, CourseStatus>(all.map((o) => [o.id, courseStatus(o, progress.courses[o.id])]));
  for (const el of document.querySelectorAll<HTMLElement>('[data-fill]')) {
    const status = statuses.get(el.dataset.course ?? '');
    if (!status) continue;
    const quiz = progress.courses[el.dataset.course!]?.quizzes[el.dataset.quiz ?? ''];
    switch (el.dataset.fill) {
      case 'lesson-status': {
        const state = status.lessons[el.dataset.lesson ?? ''] ?? 'notStarted';
        el.textContent = state === 'notStarted' && el.dataset.quiet !== undefined ? '' : t(LESSON_TEXT[state]);
        el.dataset.state = state;
        break;
      }
      case 'course-status':
        el.textContent = t(COURSE_TEXT[status.state]);
        el.dataset.state = status.state;
        break;
      case 'course-progress': {
        const bar = el.querySelector('progress');
        const label = el.querySelector('[data-label]');
        if (bar) bar.value = status.percent;
        if (label) label.textContent = t('status.lessonsCompleted', { done: status.completedLessons, count: Object.keys(status.lessons).length });
        el.hidden = status.state === 'notAttempted' && el.dataset.quiet !== undefined;
        break;
      }
      case 'quiz-score':
        el.textContent = quiz?.bestPercent != null ? `${quiz.bestPercent}%` : '–';
        break;
      case 'quiz-attempts':
        el.textContent = el.dataset.max ? t('status.attemptsOf', { attempts: quiz?.attempts ?? 0, max: Number(el.dataset.max) }) : String(quiz?.attempts ?? 0);
        break;
    }
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-continue]')) {
    const scope = el.dataset.continue;
    const last = progress.last;
    const outline = last && all.find((o) => o.id === last.course);
    const link = el.querySelector('a');
    const show = Boolean(outline && link && (!scope || scope === last!.course));
    el.hidden = !show;
    if (!show || !last || !outline || !link) continue;
    const lesson = outline.lessons.find((l) => l.slug === last.page);
    const title = lesson ? lesson.title : t('assessment.title');
    const anchor = last.quiz && last.question ? `#q-${last.quiz}--${last.question}` : '';
    link.href = `${home}courses/${last.course}/${last.page}/${pageFile}${anchor}`;
    link.textContent = scope ? t('status.continue', { title }) : t('status.continueWhere', { title, course: outline.title });
  }
}

function showNotices(notices: readonly Notice[]): void {
  const region = document.getElementById('progress-notices');
  if (!region) return;
  region.replaceChildren(
    ...notices.map((n) => {
      const p = document.createElement('p');
      p.textContent = t(`notice.${n}`);
      return p;
    }),
  );
  region.hidden = notices.length === 0;
}

startProgress();
const all = outlines();
$progress.subscribe(() => paint(all));
$notices.subscribe(showNotices);
track();
