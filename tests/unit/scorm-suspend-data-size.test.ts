import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { scormCourse } from '../../src/data/scorm-course.ts';
import { answerFits, matchChoices, optionIds, pairIds, stepIds, type Answer } from '../../src/lib/answers.ts';
import { isScored } from '../../src/lib/scoring.ts';
import { positionId } from '../../src/schemas/position-id.ts';
import type { CourseProgress } from '../../src/schemas/progress-schema.ts';
import type { Question } from '../../src/schemas/quiz-schema.ts';
import type { ScormCourse } from '../../src/scorm/course-definition.ts';
import { LIMITS } from '../../src/scorm/limits.ts';
import { decodeSuspendData, encodeSuspendData } from '../../src/scorm/suspend-data.ts';
import { readCourses } from './course-files.ts';
import { demo } from './scorm-fixtures.ts';

/**
 * SCORM 1.2 allows 4,096 characters of suspend_data, and scorm-again (the test LMS) does not enforce it. This
 * builds the largest progress each course in courses/ can produce, as the files are when the test runs: every
 * lesson done, every quiz at the most attempts the rules allow, every question answered with its longest
 * answer, and the longest seed and date, and checks that it fits.
 */
const MOST_ATTEMPTS = 1000; // the progress schema's ceiling, for knowledge checks with unlimited attempts
const MAX_PATH = 100; // the progress schema's ceiling on a story's path
const LONGEST_SEED = 'z'.repeat(32);
const FAR_FUTURE = Date.UTC(2999, 11, 31, 23, 59, 59);

type Scenario = Extract<Question, { type: 'scenario' }>;

function longestAnswer(q: Question): Answer | undefined {
  switch (q.type) {
    case 'single':
      return { type: 'single', option: optionIds(q).at(-1)! };
    case 'multiple':
      return { type: 'multiple', options: optionIds(q) };
    case 'true-false':
      return { type: 'true-false', value: true };
    case 'matching': {
      const choices = matchChoices(q).map((c) => c.id);
      return { type: 'matching', matches: Object.fromEntries(pairIds(q).map((id) => [id, choices.at(-1)!])) };
    }
    case 'ordering':
      return { type: 'ordering', order: stepIds(q).reverse() };
    case 'scenario':
      return { type: 'scenario', path: longestPath(q) };
    case 'reflection':
      return { type: 'reflection', text: 'x'.repeat(4000) };
  }
}

/** The longest path a story allows: round a loop until the schema's ceiling, or the longest way to an ending. */
function longestPath(q: Scenario): string[] {
  const steps = new Map(q.steps.map((s) => [s.id, s]));
  const choices = (id: string) => steps.get(id)!.choices.map((c, i) => ({ id: c.id ?? positionId(i), next: c.next }));
  const memo = new Map<string, string[] | 'loop'>();
  const walk = (id: string, onPath: Set<string>): string[] | 'loop' => {
    if (onPath.has(id)) return 'loop';
    if (memo.has(id)) return memo.get(id)!;
    let best: string[] | 'loop' = [];
    for (const c of choices(id)) {
      const rest = steps.has(c.next) ? walk(c.next, new Set([...onPath, id])) : [];
      if (rest === 'loop') {
        best = 'loop';
        break;
      }
      if (rest.length + 1 > best.length) best = [c.id, ...rest];
    }
    memo.set(id, best);
    return best;
  };
  const start = q.steps[0]!.id;
  if (walk(start, new Set()) !== 'loop') return walk(start, new Set()) as string[];
  // Some loop can be reached: always take a choice that leads back into the steps, up to the ceiling.
  const path: string[] = [];
  let at = start;
  while (path.length < MAX_PATH) {
    const next = choices(at).find((c) => steps.has(c.next)) ?? choices(at)[0]!;
    path.push(next.id);
    if (!steps.has(next.next)) break;
    at = next.next;
  }
  return path;
}

function worstCase(course: ScormCourse): CourseProgress {
  const lessons = Object.fromEntries(course.outline.lessons.map((l) => [l.slug, { visitedAt: FAR_FUTURE, endReachedAt: FAR_FUTURE }]));
  const quizzes = Object.fromEntries(
    course.quizzes.map((quiz) => {
      const answers = Object.fromEntries(quiz.questions.flatMap((q) => {
        const a = longestAnswer(q);
        expect(a && answerFits(q, a), `${quiz.id}/${q.id}: the worst-case answer must be one the quiz accepts`).toBe(true);
        return [[q.id, a!]];
      }));
      const assessment = course.outline.assessment?.id === quiz.id ? course.outline.assessment : null;
      return [
        quiz.id,
        {
          state: 'feedback' as const,
          answers,
          attempts: assessment ? assessment.attempts : MOST_ATTEMPTS,
          lastPercent: 100,
          bestPercent: 100,
          results: Object.fromEntries(quiz.questions.filter(isScored).map((q) => [q.id, true])),
          updatedAt: FAR_FUTURE,
        },
      ];
    }),
  );
  return { lessons, quizzes };
}

const real = readCourses(fileURLToPath(new URL('../../courses', import.meta.url))).map(scormCourse);

describe('suspend_data size', () => {
  test.each([...real, demo].map((c) => [c.outline.id, c] as const))('the worst case of "%s" fits in SCORM 1.2 suspend_data', (_, course) => {
    const text = encodeSuspendData(course, { seed: LONGEST_SEED, savedAt: FAR_FUTURE, progress: worstCase(course) });
    expect(text.length).toBeLessThanOrEqual(LIMITS['1.2'].suspendData);
    // The worst case is real progress: it reads back whole.
    expect(Object.keys(decodeSuspendData(course, text)!.progress.quizzes)).toEqual(course.quizzes.map((q) => q.id));
  });

  test('reports the largest worst case (the real courses and the fixture course)', () => {
    const sizes = [...real, demo].map((course) => ({
      course: course.outline.id,
      lessons: course.outline.lessons.length,
      questions: course.quizzes.reduce((n, q) => n + q.questions.length, 0),
      characters: encodeSuspendData(course, { seed: LONGEST_SEED, savedAt: FAR_FUTURE, progress: worstCase(course) }).length,
    }));
    const largest = sizes.reduce((a, b) => (b.characters > a.characters ? b : a));
    for (const s of sizes) console.log(`Worst-case suspend_data of ${s.course}: ${s.characters} characters (${s.lessons} lessons, ${s.questions} questions)`);
    console.log(`Largest worst-case suspend_data: ${largest.characters} of ${LIMITS['1.2'].suspendData} characters (${largest.course}: ${largest.lessons} lessons, ${largest.questions} questions)`);
    expect(largest.characters).toBeLessThanOrEqual(LIMITS['1.2'].suspendData);
  });
});
