import type { CourseOutline } from '../schemas/outline.ts';
import type { Notice } from '../lib/progress-codec.ts';
import { recordLessonEnd, recordVisit } from '../lib/progress-updates.ts';
import { courseStatus, type CourseStatus } from '../machines/progress-status.ts';
import { $notices, $progress, startProgress, updateProgress } from '../stores/progress-store.ts';

/**
 * Progress on pages without Preact: records lesson visits and lesson ends, and fills in the statuses the
 * build left placeholders for (data-fill="…"): sidebar ticks, progress bars, "Continue", the progress page.
 * Plain DOM, so a lesson without a quiz loads no UI framework.
 */
const LESSON_TEXT = { notStarted: 'Not started', inProgress: 'In progress', completed: '✓ Completed' } as const;
const COURSE_TEXT = {
  notAttempted: 'Not started',
  incomplete: 'In progress',
  completed: 'Lessons completed: the final assessment is next',
  passed: '✓ Passed',
  failed: 'Not passed: all assessment attempts used',
} as const;

export const NOTICE_TEXT: Record<Notice, string> = {
  unreadable: 'Your saved progress could not be read, so it was set aside and you are starting afresh. Nothing else was changed.',
  'partly-invalid': 'Part of your saved progress was damaged and has been left out. Everything else is kept.',
  'future-version': 'Your progress was saved by a newer version of this site. It is kept as it is; progress made on this page will not be saved.',
  'too-large': 'Your saved progress is too large to be real, so it is left as it is; progress made on this page will not be saved. You can clear it on the Progress page.',
  'storage-full': 'This browser’s storage is full, so your latest progress is kept only until you close this page.',
  'storage-unavailable': 'This browser does not let the site save anything, so your progress is kept only until you close this page.',
  'unreadable-kept': 'Your saved progress could not be read, and there is no room to set it aside, so it is left as it is. Progress made on this page will not be saved. You can clear it on the Progress page.',
};

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
  const base = document.documentElement.dataset.base ?? '/';
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
        el.textContent = state === 'notStarted' && el.dataset.quiet !== undefined ? '' : LESSON_TEXT[state];
        el.dataset.state = state;
        break;
      }
      case 'course-status':
        el.textContent = COURSE_TEXT[status.state];
        el.dataset.state = status.state;
        break;
      case 'course-progress': {
        const bar = el.querySelector('progress');
        const label = el.querySelector('[data-label]');
        if (bar) bar.value = status.percent;
        if (label) label.textContent = `${status.completedLessons} of ${Object.keys(status.lessons).length} lessons completed`;
        el.hidden = status.state === 'notAttempted' && el.dataset.quiet !== undefined;
        break;
      }
      case 'quiz-score':
        el.textContent = quiz?.bestPercent != null ? `${quiz.bestPercent}%` : '–';
        break;
      case 'quiz-attempts':
        el.textContent = String(quiz?.attempts ?? 0) + (el.dataset.max ? ` of ${el.dataset.max}` : '');
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
    const title = lesson ? lesson.title : 'Final assessment';
    const anchor = last.quiz && last.question ? `#q-${last.quiz}--${last.question}` : '';
    link.href = `${base}courses/${last.course}/${last.page}/${pageFile}${anchor}`;
    link.textContent = scope ? `Continue: ${title}` : `Continue where you left off: ${title} (${outline.title})`;
  }
}

function showNotices(notices: readonly Notice[]): void {
  const region = document.getElementById('progress-notices');
  if (!region) return;
  region.replaceChildren(
    ...notices.map((n) => {
      const p = document.createElement('p');
      p.textContent = NOTICE_TEXT[n];
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
