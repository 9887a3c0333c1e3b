import { scormBuild } from '../lib/scorm-build.ts';
import { getCatalogue } from './catalogue.ts';

/** One page per course, in SCORM builds only: the launch pages and the packager's course files (src/pages/scorm/). */
export async function scormPaths() {
  if (!scormBuild) return [];
  const courses = await getCatalogue();
  return courses.map((course) => ({ params: { course: course.id }, props: { course } }));
}
