import type { Place } from '../schemas/progress-schema.ts';
import type { ScormCourse } from './course-definition.ts';

/**
 * The bookmark (cmi.core.lesson_location, cmi.location): the page the learner was on and the question they last
 * touched, written as a page address inside the course, `first-steps` or `first-steps#q-check--naloxone`, which
 * LMS staff can read. Ids never contain "--", so the anchor splits back unambiguously.
 */
export function placeToBookmark(place: Place | undefined, max: number): string {
  if (!place) return '';
  const full = place.quiz && place.question ? `${place.page}#q-${place.quiz}--${place.question}` : place.page;
  return full.length <= max ? full : place.page.slice(0, max);
}

/** The place a bookmark names, if it still exists in this course; anything else is no place. */
export function bookmarkToPlace(course: ScormCourse, bookmark: string, at: number): Place | undefined {
  const match = /^([a-z0-9-]+)(?:#q-([a-z0-9-]+?)--([a-z0-9-]+))?$/.exec(bookmark);
  if (!match) return undefined;
  const [, page, quiz, question] = match;
  const pageExists = course.outline.lessons.some((l) => l.slug === page) || course.quizzes.some((q) => q.page === page);
  if (!pageExists) return undefined;
  const known = course.quizzes.find((q) => q.id === quiz && q.page === page)?.questions.some((q) => q.id === question);
  return { course: course.outline.id, page: page!, ...(known ? { quiz: quiz!, question: question! } : {}), at };
}

/** Where a bookmark's page is, relative to the course's overview page. */
export const bookmarkPath = (place: Place) => `${place.page}/index.html${place.quiz && place.question ? `#q-${place.quiz}--${place.question}` : ''}`;
