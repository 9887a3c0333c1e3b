import { inLocale, type Locale } from './locales.ts';

/**
 * Every internal link goes through here, so the site works from any sub-path (FIELDLAB_BASE).
 * Pure: the base is passed in by the caller's build (import.meta.env.BASE_URL).
 */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}

export const coursePath = (courseId: string) => `courses/${courseId}/`;
export const lessonPath = (courseId: string, slug: string) => `courses/${courseId}/${slug}/`;

/** A site path in an interface language, under the base: `localeUrl('/x/', 'ru', 'courses/a/')` → `/x/ru/courses/a/`. */
export const localeUrl = (base: string, locale: Locale, path: string) => withBase(base, inLocale(locale, path));
