import { DEFAULT_LOCALE, LOCALES } from '../lib/locales.ts';
import { scormBuild } from '../lib/scorm-build.ts';
import { getCatalogue, type Course } from './catalogue.ts';

/** The `[...locale]` route parameter of every page: English unprefixed, then the others. SCORM packages are English only. */
export function localeRoutes(): { locale: string | undefined }[] {
  return (scormBuild ? [DEFAULT_LOCALE] : LOCALES).map((l) => ({ locale: l === DEFAULT_LOCALE ? undefined : l }));
}

/** getStaticPaths of a page with no other parameter: one per locale. */
export function localePaths() {
  return localeRoutes().map((params) => ({ params }));
}

/** getStaticPaths of a course's page: one per locale and course (of those `keep` keeps), the course as its prop. */
export async function courseLocalePaths(keep: (course: Course) => boolean = () => true) {
  const courses = (await getCatalogue()).filter(keep);
  return localeRoutes().flatMap(({ locale }) => courses.map((course) => ({ params: { locale, course: course.id }, props: { course } })));
}
