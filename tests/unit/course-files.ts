import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { assembleCatalogue, type CatalogueCourse } from '../../src/lib/catalogue.ts';
import { courseSchema } from '../../src/schemas/course-schema.ts';
import { lessonSchema } from '../../src/schemas/lesson-schema.ts';
import { assessmentSchema } from '../../src/schemas/quiz-schema.ts';

/**
 * Reads a folder of course files as the build does (same schemas, same cross-file rules), without a build, so
 * unit tests can work on whatever courses are there when they run. Not a test file itself.
 */
export function readCourses(dir: string): CatalogueCourse[] {
  const courses = [];
  const lessons = [];
  const assessments = [];
  for (const id of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
    const folder = join(dir, id);
    if (!existsSync(join(folder, 'course.yaml'))) continue;
    courses.push({ id, data: courseSchema.parse(parse(readFileSync(join(folder, 'course.yaml'), 'utf8'))) });
    if (existsSync(join(folder, 'assessment.yaml'))) {
      assessments.push({ id, data: assessmentSchema.parse(parse(readFileSync(join(folder, 'assessment.yaml'), 'utf8'))) });
    }
    // Lessons, and translations one folder deeper (`<locale>/<lesson-slug>.mdx`), as the content collection reads them.
    const translations = readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => mdxFiles(join(folder, e.name)).map((f) => `${e.name}/${f}`));
    for (const file of [...mdxFiles(folder), ...translations]) {
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(folder, file), 'utf8'))?.[1] ?? '';
      lessons.push({ id: `${id}/${file.slice(0, -'.mdx'.length)}`, data: lessonSchema.parse(parse(frontmatter)) });
    }
  }
  return assembleCatalogue(courses, lessons, assessments);
}

const mdxFiles = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.mdx'));
