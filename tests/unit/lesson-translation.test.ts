import { describe, expect, test } from 'vitest';
import { assembleCatalogue, type Entry } from '../../src/lib/catalogue.ts';
import { courseData, problemsOf, source } from './catalogue-fixtures.ts';
import { shownLanguages, shownLesson, translationMismatches } from '../../src/lib/lesson-translation.ts';
import type { Course } from '../../src/schemas/course-schema.ts';
import type { Lesson } from '../../src/schemas/lesson-schema.ts';
import { lessonSchema } from '../../src/schemas/lesson-schema.ts';

const course = (id: string, language = 'en'): Entry<Course> => ({ id, filePath: `courses/${id}/course.yaml`, data: courseData(id, language) });

/** A lesson with a quiz of the kinds whose non-word fields matter: answers, ids, scenario links. */
const lessonData = (words: (english: string) => string, change: (quiz: Record<string, unknown>) => void = () => {}): Lesson => {
  const quiz = {
    id: 'check',
    title: words('Check'),
    questions: [
      { id: 'q1', type: 'single', prompt: words('Which?'), options: [{ text: words('Right'), correct: true, feedback: words('Yes') }, { text: words('Wrong'), feedback: words('No') }, { text: words('Other'), feedback: words('No') }] },
      { id: 'q2', type: 'matching', prompt: words('Match'), pairs: [{ item: words('A'), match: words('B') }, { item: words('C'), match: words('D') }], distractors: [words('E')] },
      {
        id: 'q3',
        type: 'scenario',
        prompt: words('Story'),
        steps: [{ id: 'start', text: words('Begin'), choices: [{ text: words('Good'), next: 'end-good' }, { text: words('Bad'), next: 'end-bad' }] }],
        endings: [{ id: 'end-good', text: words('Well done'), best: true }, { id: 'end-bad', text: words('Not so') }],
      },
    ],
  };
  change(quiz);
  return lessonSchema.parse({ title: words('Lesson'), order: 1, objectives: [words('Learn')], minutes: 5, contentWarnings: ['overdose'], sources: [source], quizzes: [quiz] });
};
const english = lessonData((w) => w);
const russian = (change?: (quiz: Record<string, unknown>) => void) => lessonData((w) => `ру ${w}`, change);
const entry = (id: string, data: Lesson): Entry<Lesson> => ({ id, filePath: `courses/${id}.mdx`, data });

describe('a translation keeps everything of its original but the words', () => {
  test('translated words, sources and reading time are no mismatch', () => {
    expect(translationMismatches(english, { ...russian(), minutes: 8, sources: [{ ...source, title: 'Т' }] })).toEqual([]);
  });

  test('a changed answer, id or scenario link is named by its field', () => {
    const questions = (quiz: Record<string, unknown>) => quiz.questions as Record<string, unknown>[];
    const options = (quiz: Record<string, unknown>) => questions(quiz)[0]!.options as Record<string, unknown>[];
    expect(translationMismatches(english, russian((q) => ([options(q)[0]!.correct, options(q)[1]!.correct] = [false, true])))).toEqual([
      { field: 'quizzes.0.questions.0.options.0.correct', message: 'is false; the original has true' },
      { field: 'quizzes.0.questions.0.options.1.correct', message: 'is true; the original has false' },
    ]);
    expect(translationMismatches(english, russian((q) => (questions(q)[1]!.id = 'q2-ru'))).map((m) => m.field)).toEqual(['quizzes.0.questions.1.id']);
    expect(translationMismatches(english, russian((q) => (q.shuffle = false))).map((m) => m.field)).toEqual(['quizzes.0.shuffle']);
    const step = (q: Record<string, unknown>) => (questions(q)[2]!.steps as { choices: Record<string, unknown>[] }[])[0]!;
    expect(translationMismatches(english, russian((q) => (step(q).choices = [...step(q).choices].reverse()))).map((m) => m.field)).toEqual([
      'quizzes.0.questions.2.steps.0.choices.0.next',
      'quizzes.0.questions.2.steps.0.choices.1.next',
    ]);
  });

  test('an option, distractor or quiz more or less, an added id, other order or warnings are mismatches', () => {
    const questions = (quiz: Record<string, unknown>) => quiz.questions as Record<string, unknown>[];
    expect(translationMismatches(english, russian((q) => (questions(q)[0]!.options as unknown[]).pop()))).toEqual([
      { field: 'quizzes.0.questions.0.options', message: 'has 2 entries; the original has 3' },
    ]);
    expect(translationMismatches(english, russian((q) => (questions(q)[1]!.distractors = []))).map((m) => m.field)).toEqual(['quizzes.0.questions.1.distractors']);
    expect(translationMismatches(english, russian((q) => ((questions(q)[1]!.pairs as Record<string, unknown>[])[0]!.id = 'a')))).toEqual([
      { field: 'quizzes.0.questions.1.pairs.0.id', message: 'is not in the original' },
    ]);
    expect(translationMismatches(english, { ...russian(), quizzes: [] }).map((m) => m.field)).toEqual(['quizzes']);
    expect(translationMismatches(english, { ...russian(), order: 2, contentWarnings: [] }).map((m) => m.field)).toEqual(['order', 'contentWarnings']);
  });
});

describe('translations in the catalogue', () => {
  test('are filed under their original lesson by language, not as lessons', () => {
    const [demo] = assembleCatalogue([course('demo')], [entry('demo/first', english), entry('demo/ru/first', russian())]);
    expect(demo!.lessons.map((l) => l.slug)).toEqual(['first']);
    const lesson = demo!.lessons[0]!;
    expect(Object.keys(lesson.translations)).toEqual(['ru']);
    expect(shownLesson(lesson, 'ru', 'en')).toEqual({ entry: lesson.translations.ru, language: 'ru' });
    expect(shownLesson(lesson, 'vi', 'en')).toEqual({ entry: lesson.entry, language: 'en' });
    expect(shownLanguages(demo!, 'ru')).toEqual(['ru']);
    expect(shownLanguages(demo!, 'fa')).toEqual(['en']);
  });

  test('an orphan, a folder that is no interface language or is the course’s own, a changed quiz and a missing course are refused together', () => {
    const problems = problemsOf(() =>
      assembleCatalogue(
        [course('demo'), course('kurs', 'ru-RU')],
        [
          entry('demo/first', english),
          entry('kurs/first', english),
          entry('demo/ru/second', russian()),
          entry('demo/de/first', russian()),
          entry('kurs/ru/first', russian()),
          entry('demo/vi/first', { ...russian(), order: 3 }),
          entry('nowhere/ru/first', russian()),
        ],
      ),
    );
    expect(problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([
      'courses/demo/ru/second.mdx file name: there is no lesson demo/second.mdx for this to translate. Name a translation as its original lesson file (first.mdx)',
      'courses/demo/de/first.mdx language folder: "de" is not an interface language. Put translations in a folder named for one of: ru, vi, fa',
      'courses/kurs/ru/first.mdx language folder: "ru" is the language this course is written in (course.yaml: language: ru-RU), so its lessons are already in it. Put translations in a folder named for one of: en, vi, fa',
      'courses/demo/vi/first.mdx order: is 3; the original has 1 (first.mdx). Copy it from the original and translate only the words: progress is shared between languages, so ids, answers and order must stay the same',
      'courses/nowhere/ru/first.mdx course file: this translation is in the folder "nowhere", which has no course.yaml. Move it into <course-id>/ru/ beside its original lesson',
    ]);
  });
});
