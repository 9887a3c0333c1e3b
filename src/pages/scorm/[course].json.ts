import type { APIRoute } from 'astro';
import type { Course } from '../../data/catalogue.ts';
import { scormPaths } from '../../data/scorm-paths.ts';

/**
 * What the packager needs to write a course's manifest (scorm/<course-id>.json). Built only for SCORM packages;
 * the shape is src/cli/package-info.ts.
 */
export const getStaticPaths = scormPaths;

export const GET: APIRoute<{ course: Course }> = ({ props: { course } }) => {
  const c = course.entry.data;
  return new Response(JSON.stringify({ id: course.id, title: c.title, description: c.summary, language: c.language, version: c.version }));
};
