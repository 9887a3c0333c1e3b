import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { courseSchema } from '../../src/schemas/course-schema.ts';
import { lessonSchema } from '../../src/schemas/lesson-schema.ts';
import { assessmentSchema } from '../../src/schemas/quiz-schema.ts';
import { glossarySchema } from '../../src/schemas/glossary-schema.ts';
import { assembleCatalogue } from '../../src/lib/catalogue.ts';
import { correctAnswer } from '../../src/lib/correct-answer.ts';
import { isScored, scoreQuiz } from '../../src/lib/scoring.ts';
import type { Answer } from '../../src/lib/answers.ts';
import type { Question } from '../../src/schemas/quiz-schema.ts';

/**
 * The editorial standard of the real courses (issues 4 and 5), checked on the files themselves: structure,
 * length, sources, quizzes whose right answers pass, and person-first language. Fast enough to run while writing.
 */
const coursesDir = fileURLToPath(new URL('../../courses', import.meta.url));
const read = (file: string) => readFileSync(file, 'utf8');
const frontmatter = (text: string) => {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return { data: parse(match[1]!) as unknown, body: match[2]! };
};
/** Words of prose: MDX imports, JSX tags and Markdown markup left out. */
const words = (body: string) =>
  body
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#>*_`|[\]()-]/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Words that label people by their drug use; "drug use" and person-first phrases are the house style. */
const BANNED = [/\baddicts?\b/i, /\babusers?\b/i, /\bjunkies?\b/i, /\bdrug abuse\b/i, /\bsubstance abuse\b/i, /\bclean (?:needles?|syringes?|equipment)\b/i, /\bdirty (?:needles?|syringes?|equipment|urine)\b/i];

const courses = readdirSync(coursesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const dir = join(coursesDir, d.name);
    const files = readdirSync(dir);
    const lessons = files
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const { data, body } = frontmatter(read(join(dir, f)));
        return { id: `${d.name}/${f.slice(0, -4)}`, filePath: `courses/${d.name}/${f}`, data: lessonSchema.parse(data), body };
      });
    return {
      id: d.name,
      course: { id: d.name, data: courseSchema.parse(parse(read(join(dir, 'course.yaml')))) },
      lessons,
      assessment: existsSync(join(dir, 'assessment.yaml')) ? { id: d.name, data: assessmentSchema.parse(parse(read(join(dir, 'assessment.yaml')))) } : undefined,
      glossary: existsSync(join(dir, 'glossary.yaml')) ? glossarySchema.parse(parse(read(join(dir, 'glossary.yaml')))) : undefined,
    };
  });

const rightAnswers = (questions: Question[]) =>
  Object.fromEntries(questions.flatMap((q) => ((a) => (a ? [[q.id, a] as [string, Answer]] : []))(correctAnswer(q))));

test('there are the six courses', () => {
  expect(courses.map((c) => c.id).sort()).toEqual(['chemsex', 'peer-involvement', 'police-cooperation', 'prisons', 'stimulants', 'women-who-use-drugs']);
});

for (const c of courses) {
  describe(`course ${c.id}`, () => {
    test('its files fit together (order, slugs, quiz ids)', () => {
      expect(() => assembleCatalogue([c.course], c.lessons, c.assessment ? [c.assessment] : [])).not.toThrow();
    });

    test('has 5 to 7 lessons, a pass mark of 80% and a glossary', () => {
      expect(c.lessons.length).toBeGreaterThanOrEqual(5);
      expect(c.lessons.length).toBeLessThanOrEqual(7);
      expect(c.course.data.passMark).toBe(80);
      expect(c.glossary?.terms.length ?? 0).toBeGreaterThanOrEqual(8);
    });

    test('has a final assessment of 10 to 15 questions, with limited attempts, that its right answers pass', () => {
      const a = c.assessment?.data;
      expect(a).toBeDefined();
      const scored = a!.questions.filter(isScored);
      expect(scored.length).toBeGreaterThanOrEqual(10);
      expect(scored.length).toBeLessThanOrEqual(15);
      expect(a!.attempts).toBeLessThanOrEqual(5);
      expect(scoreQuiz(a!.questions, rightAnswers(a!.questions)).percent).toBe(100);
    });

    for (const l of c.lessons) {
      describe(`lesson ${l.id}`, () => {
        test('has 600 to 1,200 words of prose and at least 3 sources', () => {
          const n = words(l.body);
          expect(n, `${l.filePath} has ${n} words`).toBeGreaterThanOrEqual(600);
          expect(n, `${l.filePath} has ${n} words`).toBeLessThanOrEqual(1200);
          expect(l.data.sources.length).toBeGreaterThanOrEqual(3);
        });

        test('has a knowledge check of 2 to 4 questions and a scenario, and every quiz passes with its right answers', () => {
          const questions = l.data.quizzes.flatMap((q) => q.questions);
          expect(l.data.quizzes.some((q) => q.questions.filter((x) => isScored(x) && x.type !== 'scenario').length >= 2 && q.questions.filter((x) => isScored(x) && x.type !== 'scenario').length <= 4)).toBe(true);
          expect(questions.some((q) => q.type === 'scenario')).toBe(true);
          for (const quiz of l.data.quizzes) {
            for (const q of quiz.questions.filter(isScored)) expect(correctAnswer(q), `${quiz.id}/${q.id} has a right answer`).not.toBeNull();
            expect(scoreQuiz(quiz.questions, rightAnswers(quiz.questions)).percent, quiz.id).toBe(100);
          }
        });

        test('uses person-first language', () => {
          const text = [l.body, JSON.stringify(l.data.quizzes), l.data.title, ...l.data.objectives].join('\n');
          for (const word of BANNED) expect(text, `${l.filePath}: ${word}`).not.toMatch(word);
        });
      });
    }

    test('its assessment, glossary and course file use person-first language too', () => {
      const text = [JSON.stringify(c.assessment?.data ?? {}), JSON.stringify(c.glossary ?? {}), c.course.data.title, c.course.data.summary, ...c.course.data.objectives].join('\n');
      for (const word of BANNED) expect(text, `${c.id}: ${word}`).not.toMatch(word);
    });
  });
}
