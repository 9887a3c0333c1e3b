import type { Lesson } from '../schemas/lesson-schema.ts';
import type { CatalogueCourse, CatalogueLesson, Entry } from './catalogue.ts';
import type { Locale } from './locales.ts';

/**
 * A lesson's translation (`courses/<course-id>/<locale>/<lesson-slug>.mdx`) is the original with its words
 * translated. Progress is stored under the course id, lesson slug, quiz, question and option ids whatever the
 * language, so everything else in its quizzes must be the original's: ids, types, which answers are right, where
 * scenario choices lead, how many options there are and in which order. So must its order and content warnings.
 * Its title, objectives, reading time, sources and text are its own. Pure.
 */

/** Frontmatter keys whose text (or list of texts) a translation translates. */
const WORDS = new Set(['title', 'prompt', 'explanation', 'text', 'feedback', 'feedbackTrue', 'feedbackFalse', 'item', 'match', 'distractors', 'guidance']);

export interface TranslationMismatch {
  /** Where, as zod names a field: `quizzes.0.questions.2.options.1.correct`. */
  field: string;
  message: string;
}

/** Where the translation's order, content warnings and quizzes differ from the original's, other than in words. */
export function translationMismatches(original: Lesson, translation: Lesson): TranslationMismatch[] {
  const kept = (l: Lesson) => ({ order: l.order, contentWarnings: l.contentWarnings, quizzes: l.quizzes });
  return differences(kept(original), kept(translation), '', false);
}

function differences(original: unknown, translation: unknown, path: string, words: boolean): TranslationMismatch[] {
  if (words && typeof original === 'string' && typeof translation === 'string') return [];
  if (Array.isArray(original) && Array.isArray(translation)) {
    if (original.length !== translation.length) {
      return [{ field: path, message: `has ${translation.length} entries; the original has ${original.length}` }];
    }
    return original.flatMap((o, i) => differences(o, translation[i], `${path}.${i}`, words));
  }
  if (isRecord(original) && isRecord(translation)) {
    return [...new Set([...Object.keys(original), ...Object.keys(translation)])].flatMap((key) => {
      const field = path ? `${path}.${key}` : key;
      if (!(key in translation)) return [{ field, message: 'is missing; the original has it' }];
      if (!(key in original)) return [{ field, message: 'is not in the original' }];
      return differences(original[key], translation[key], field, WORDS.has(key));
    });
  }
  if (original === translation) return [];
  return [{ field: path, message: `is ${JSON.stringify(translation)}; the original has ${JSON.stringify(original)}` }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a learner reads under an interface language: the lesson's translation into it, or else the original. */
export function shownLesson<L extends Entry<Lesson>>(lesson: CatalogueLesson<L>, locale: Locale, courseLanguage: string): { entry: L; language: string } {
  const translation = lesson.translations[locale];
  return translation ? { entry: translation, language: locale } : { entry: lesson.entry, language: courseLanguage };
}

/** The languages a course's lessons are shown in under an interface language, each once. */
export function shownLanguages(course: CatalogueCourse, locale: Locale): string[] {
  return [...new Set(course.lessons.map((lesson) => shownLesson(lesson, locale, course.entry.data.language).language))];
}
