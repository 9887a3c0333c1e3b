import { describe, expect, test } from 'vitest';
import { assembleCatalogue, type Entry } from '../../src/lib/catalogue.ts';
import { courseData, problemsOf, source } from './catalogue-fixtures.ts';
import type { Course } from '../../src/schemas/course-schema.ts';
import type { Lesson } from '../../src/schemas/lesson-schema.ts';

const course = (id: string, title = id): Entry<Course> => ({ id, filePath: `courses/${id}/course.yaml`, data: courseData(title) });
const lesson = (id: string, order: number): Entry<Lesson> => ({
  id,
  filePath: `courses/${id}.mdx`,
  data: { title: id, order, objectives: ['o'], minutes: 5, contentWarnings: [], sources: [source], quizzes: [] },
});

describe('assembleCatalogue', () => {
  test('groups lessons under their course, sorted by order, with positions', () => {
    const [police] = assembleCatalogue([course('police')], [lesson('police/b', 20), lesson('police/a', 10)]);
    expect(police!.lessons.map((l) => [l.slug, l.position])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });

  test('sorts courses by title', () => {
    const courses = assembleCatalogue([course('z', 'Alpha'), course('a', 'Beta')], [lesson('z/x', 1), lesson('a/x', 1)]);
    expect(courses.map((c) => c.id)).toEqual(['z', 'a']);
  });

  test('reports every cross-file problem at once, naming file and field', () => {
    const problems = problemsOf(() =>
      assembleCatalogue(
        [course('police'), course('Bad_Id'), course('empty')],
        [lesson('police/a', 1), lesson('police/b', 1), lesson('nowhere/c', 1), lesson('police/Not_Slug', 2), lesson('Bad_Id/d', 1)],
      ),
    );
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'courses/Bad_Id/course.yaml course folder name',
      'courses/nowhere/c.mdx course file',
      'courses/police/Not_Slug.mdx file name',
      'courses/police/b.mdx order',
      'courses/empty/course.yaml lessons',
    ]);
  });

  test('the error message lists each problem under its file', () => {
    const error = (() => {
      try {
        assembleCatalogue([course('x')], []);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toBe(
      'Fieldlab found 1 problem in the course files:\n\n  courses/x/course.yaml\n    lessons: this course has no lessons. Add at least one lesson file (<lesson-slug>.mdx) beside course.yaml',
    );
  });
});

test('"constructor" is refused as a course id or lesson slug: progress is looked up by them', () => {
  const problems = problemsOf(() => assembleCatalogue([course('constructor'), course('demo')], [lesson('constructor/a', 1), lesson('demo/constructor', 1)]));
  expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['courses/constructor/course.yaml course folder name', 'courses/demo/constructor.mdx file name']);
});
