import type { Course } from '../schemas/course-schema.ts';
import type { Lesson } from '../schemas/lesson-schema.ts';
import { RESERVED_IDS, type Assessment } from '../schemas/quiz-schema.ts';
import type { Glossary } from '../schemas/glossary-schema.ts';
import { isLocale, LOCALES, type Locale } from './locales.ts';
import { translationMismatches } from './lesson-translation.ts';

/**
 * Rules that span files, which a per-file schema cannot see: every lesson belongs to a course
 * folder with a course file, ids and slugs are URL-safe and stable, lesson order is unique, quiz ids are
 * unique within a course (progress is stored under them), and each translation of a lesson has an original, in a
 * course whose language is not the translation's, with the original's quizzes (see lesson-translation.ts).
 * Pure: takes already-validated entries, returns the assembled catalogue or throws one error
 * listing every problem.
 */

export interface Entry<T> {
  /** `<course-id>` for courses, `<course-id>/<lesson-slug>` for lessons, `<course-id>/<locale>/<lesson-slug>` for translations. */
  id: string;
  /** Path of the source file, for error messages. */
  filePath?: string | undefined;
  data: T;
}

export interface CatalogueLesson<L extends Entry<Lesson> = Entry<Lesson>> {
  courseId: string;
  slug: string;
  entry: L;
  /** 1-based position after sorting by `order`. */
  position: number;
  /** The lesson's translations, by interface language. */
  translations: Partial<Record<Locale, L>>;
}

export interface CatalogueCourse<
  C extends Entry<Course> = Entry<Course>,
  L extends Entry<Lesson> = Entry<Lesson>,
  A extends Entry<Assessment> = Entry<Assessment>,
  G extends Entry<Glossary> = Entry<Glossary>,
> {
  id: string;
  entry: C;
  lessons: CatalogueLesson<L>[];
  assessment: A | undefined;
  glossary: G | undefined;
}

/** Lesson slugs that would clash with other pages of a course. */
export const RESERVED_SLUGS = ['assessment', 'glossary'];

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
  }
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function formatProblems(problems: ContentProblem[]): string {
  const lines = [`Fieldlab found ${problems.length} problem${problems.length === 1 ? '' : 's'} in the course files:`];
  for (const p of problems) lines.push('', `  ${p.file}`, `    ${p.field}: ${p.message}`);
  return lines.join('\n');
}

export function assembleCatalogue<C extends Entry<Course>, L extends Entry<Lesson>, A extends Entry<Assessment>, G extends Entry<Glossary>>(
  courses: C[],
  lessons: L[],
  assessments: A[] = [],
  glossaries: G[] = [],
): CatalogueCourse<C, L, A, G>[] {
  const problems: ContentProblem[] = [];
  // A translation's id has its language folder between the course and the slug.
  const isTranslation = (entry: L) => entry.id.split('/').length > 2;
  const translations = lessons.filter(isTranslation);
  const originals = lessons.filter((entry) => !isTranslation(entry));
  const byId = new Map<string, CatalogueCourse<C, L, A, G>>();

  for (const entry of courses) {
    if (!SLUG.test(entry.id) || RESERVED_IDS.includes(entry.id)) {
      problems.push({
        file: fileOf(entry, `${entry.id}/course.yaml`),
        field: 'course folder name',
        message: `"${entry.id}" is not a valid course id. Rename the folder using lowercase letters, digits and single hyphens, for example: women-who-use-drugs`,
      });
    }
    byId.set(entry.id, { id: entry.id, entry, lessons: [], assessment: undefined, glossary: undefined });
  }

  /** The course a file's folder is named for; else the file's problem is reported and there is none. */
  const courseFor = (courseId: string, file: string, message: string) => {
    const course = byId.get(courseId);
    if (!course) problems.push({ file, field: 'course file', message });
    return course;
  };

  for (const entry of originals) {
    const [courseId = '', slug = ''] = entry.id.split('/');
    const file = fileOf(entry, `${entry.id}.mdx`);
    const course = courseFor(
      courseId,
      file,
      `this lesson is in the folder "${courseId}", which has no course.yaml. Add ${courseId}/course.yaml (see the README), or move the lesson into an existing course folder`,
    );
    if (!course) continue;
    if (!SLUG.test(slug)) {
      problems.push({
        file,
        field: 'file name',
        message: `"${slug}" is not a valid lesson slug. Rename the file using lowercase letters, digits and single hyphens, for example: what-is-chemsex.mdx`,
      });
    } else if (RESERVED_SLUGS.includes(slug) || RESERVED_IDS.includes(slug)) {
      problems.push({ file, field: 'file name', message: `"${slug}" is reserved for the course's own pages. Choose another file name` });
    }
    course.lessons.push({ courseId, slug, entry, position: 0, translations: {} });
  }

  for (const entry of translations) {
    const [courseId = '', language = '', slug = ''] = entry.id.split('/');
    const file = fileOf(entry, `${entry.id}.mdx`);
    const course = courseFor(
      courseId,
      file,
      `this translation is in the folder "${courseId}", which has no course.yaml. Move it into <course-id>/${language}/ beside its original lesson`,
    );
    if (!course) continue;
    const own = course.entry.data.language.split('-')[0];
    const folders = LOCALES.filter((l) => l !== own).join(', ');
    if (!isLocale(language) || language === own) {
      problems.push({
        file,
        field: 'language folder',
        message:
          language === own
            ? `"${language}" is the language this course is written in (course.yaml: language: ${course.entry.data.language}), so its lessons are already in it. Put translations in a folder named for one of: ${folders}`
            : `"${language}" is not an interface language. Put translations in a folder named for one of: ${folders}`,
      });
      continue;
    }
    const original = course.lessons.find((l) => l.slug === slug);
    if (!original) {
      problems.push({
        file,
        field: 'file name',
        message: `there is no lesson ${courseId}/${slug}.mdx for this to translate. Name a translation as its original lesson file (${course.lessons.map((l) => `${l.slug}.mdx`).join(', ')})`,
      });
      continue;
    }
    for (const mismatch of translationMismatches(original.entry.data, entry.data)) {
      problems.push({
        file,
        field: mismatch.field,
        message: `${mismatch.message} (${slug}.mdx). Copy it from the original and translate only the words: progress is shared between languages, so ids, answers and order must stay the same`,
      });
    }
    original.translations[language] = entry;
  }

  const attach = (entry: A | G, file: string, set: (course: CatalogueCourse<C, L, A, G>) => void) => {
    const course = courseFor(
      entry.id,
      fileOf(entry, `${entry.id}/${file}`),
      `this ${file} is in the folder "${entry.id}", which has no course.yaml. Add ${entry.id}/course.yaml, or move the file into a course folder`,
    );
    if (course) set(course);
  };
  for (const entry of assessments) attach(entry, 'assessment.yaml', (course) => (course.assessment = entry));
  for (const entry of glossaries) attach(entry, 'glossary.yaml', (course) => (course.glossary = entry));

  for (const course of byId.values()) {
    const quizFiles = new Map<string, string>();
    const quizzes = [
      ...course.lessons.flatMap((l) => l.entry.data.quizzes.map((q) => ({ id: q.id, file: fileOf(l.entry, `${l.entry.id}.mdx`) }))),
      ...(course.assessment ? [{ id: course.assessment.data.id, file: fileOf(course.assessment, `${course.id}/assessment.yaml`) }] : []),
    ];
    for (const quiz of quizzes) {
      const other = quizFiles.get(quiz.id);
      if (other !== undefined) {
        problems.push({
          file: quiz.file,
          field: 'quiz id',
          message: `"${quiz.id}" is already the id of a quiz in ${other}. Quiz ids must be unique within a course, because progress is stored under them`,
        });
      } else quizFiles.set(quiz.id, quiz.file);
    }
    if (course.lessons.length === 0) {
      problems.push({
        file: fileOf(course.entry, `${course.id}/course.yaml`),
        field: 'lessons',
        message: 'this course has no lessons. Add at least one lesson file (<lesson-slug>.mdx) beside course.yaml',
      });
    }
    const seen = new Map<number, CatalogueLesson<L>>();
    for (const lesson of course.lessons) {
      const other = seen.get(lesson.entry.data.order);
      if (other) {
        problems.push({
          file: fileOf(lesson.entry, `${lesson.entry.id}.mdx`),
          field: 'order',
          message: `${lesson.entry.data.order} is already used by ${other.slug}.mdx in the same course. Give each lesson its own order number`,
        });
      } else {
        seen.set(lesson.entry.data.order, lesson);
      }
    }
    course.lessons.sort((a, b) => a.entry.data.order - b.entry.data.order);
    course.lessons.forEach((lesson, index) => (lesson.position = index + 1));
  }

  if (problems.length > 0) throw new ContentError(problems);
  return [...byId.values()].sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title, a.entry.data.language));
}

function fileOf(entry: Entry<unknown>, fallback: string): string {
  return entry.filePath ?? fallback;
}
