import * as z from 'zod/mini';
import { answerFits, type Answer } from '../lib/answers.ts';
import { hash } from '../lib/hash.ts';
import { isScored } from '../lib/scoring.ts';
import { lessonProgressSchema, QUIZ_STATES, quizProgressSchema, type CourseProgress, type QuizProgressRecord } from '../schemas/progress-schema.ts';
import type { Question } from '../schemas/quiz-schema.ts';
import { decodeAnswer, encodeAnswer } from './answer-codec.ts';
import { fromBase36, toBase36 } from './base36.ts';
import type { ScormCourse, ScormQuiz } from './course-definition.ts';

/**
 * One course's progress as cmi.suspend_data, small enough for SCORM 1.2's 4,096 characters:
 *
 *   1<seed>|<saved at>|<lessons>|<quiz>;<quiz>;…
 *
 * - saved at: seconds since 1970 in base 36; it also stands for every time in the record.
 * - lessons: 4 characters per lesson begun: a 3-character fingerprint of its slug, then 1 (visited) or 2 (end reached).
 * - quiz: <fingerprint><state><attempts>,<last %>,<best %>,<results>,<answer>.<answer>…
 *   the fingerprint covers the quiz id and the shape of its questions, so a course edited after the learner
 *   started (a question added, options reordered) drops only the quizzes that changed, never misreads them;
 *   state is its position in QUIZ_STATES; results one 0 or 1 per scored question; answers by answer-codec.ts.
 *
 * Reflections are never written. Decoding validates every part, keeps what is valid and never throws.
 */
const SUSPEND_DATA_VERSION = '1';

export interface Suspended {
  seed: string;
  /** Milliseconds since 1970, to the second. */
  savedAt: number;
  progress: CourseProgress;
}

const fingerprint = (text: string) => toBase36(hash(text) % 36 ** 3).padStart(3, '0');

const lessonFingerprint = (slug: string) => fingerprint(`lesson:${slug}`);

export function quizFingerprint(quiz: ScormQuiz): string {
  return fingerprint(`quiz:${quiz.id}:${quiz.questions.map(questionShape).join(';')}`);
}

/** Everything the packed answers depend on: ids and their order. */
function questionShape(q: Question): string {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return `${q.id}:${q.type}:${q.options.map((o, i) => o.id ?? i).join(',')}`;
    case 'matching':
      return `${q.id}:${q.type}:${q.pairs.map((p, i) => p.id ?? i).join(',')}+${q.distractors.length}`;
    case 'ordering':
      return `${q.id}:${q.type}:${q.steps.map((s, i) => s.id ?? i).join(',')}`;
    case 'scenario':
      return `${q.id}:${q.type}:${q.steps.map((s) => `${s.id}>${s.choices.map((c, i) => `${c.id ?? i}>${c.next}`).join(',')}`).join('/')}`;
    case 'true-false':
    case 'reflection':
      return `${q.id}:${q.type}`;
  }
}

export function encodeSuspendData(course: ScormCourse, { seed, savedAt, progress }: Suspended): string {
  const lessons = course.outline.lessons
    .map((l) => {
      const facts = progress.lessons[l.slug];
      return facts ? lessonFingerprint(l.slug) + (facts.endReachedAt === undefined ? '1' : '2') : '';
    })
    .join('');
  const quizzes = course.quizzes.flatMap((quiz) => {
    const record = progress.quizzes[quiz.id];
    return record ? [encodeQuiz(quiz, record)] : [];
  });
  const safeSeed = seed.toLowerCase().replace(/[^0-9a-z]/g, '').slice(0, 32) || '0';
  return `${SUSPEND_DATA_VERSION}${safeSeed}|${toBase36(Math.floor(savedAt / 1000))}|${lessons}|${quizzes.join(';')}`;
}

function encodeQuiz(quiz: ScormQuiz, r: QuizProgressRecord): string {
  const percent = (p: number | null) => (p === null ? '' : toBase36(Math.round(p)));
  const scored = quiz.questions.filter(isScored);
  const results = scored.every((q) => r.results[q.id] !== undefined) && scored.length > 0 ? scored.map((q) => (r.results[q.id] ? '1' : '0')).join('') : '';
  const answers = quiz.questions.map((q) => encodeAnswer(q, r.answers[q.id])).join('.');
  return `${quizFingerprint(quiz)}${QUIZ_STATES.indexOf(r.state)}${toBase36(r.attempts)},${percent(r.lastPercent)},${percent(r.bestPercent)},${results},${answers}`;
}

const SUSPENDED = new RegExp(`^${SUSPEND_DATA_VERSION}([0-9a-z]{1,32})\\|([0-9a-z]{1,9})\\|((?:[0-9a-z]{3}[12])*)\\|([0-9a-z,.;-]*)$`);
const suspendDataSchema = z.string().check(z.maxLength(64_000), z.regex(SUSPENDED));
const QUIZ = /^([0-9a-z]{3})([0-4])([0-9a-z]{1,3}),([0-9a-z]{0,2}),([0-9a-z]{0,2}),([01]*),([0-9a-z.-]*)$/;

/** The progress packed in suspend_data, or null when there is none or it cannot be read at all. */
export function decodeSuspendData(course: ScormCourse, raw: string): Suspended | null {
  const parsed = suspendDataSchema.safeParse(raw);
  if (!parsed.success) return null;
  const [, seed, saved, lessonText, quizText] = SUSPENDED.exec(parsed.data)!;
  const savedAt = fromBase36(saved!)! * 1000;

  const lessons: CourseProgress['lessons'] = {};
  for (let i = 0; i < lessonText!.length; i += 4) {
    const lesson = course.outline.lessons.find((l) => lessonFingerprint(l.slug) === lessonText!.slice(i, i + 3));
    const facts = lessonProgressSchema.safeParse(lessonText![i + 3] === '2' ? { visitedAt: savedAt, endReachedAt: savedAt } : { visitedAt: savedAt });
    if (lesson && facts.success) lessons[lesson.slug] = facts.data;
  }

  const quizzes: CourseProgress['quizzes'] = {};
  const unclaimed = [...course.quizzes];
  for (const entry of quizText === '' ? [] : quizText!.split(';')) {
    const fields = QUIZ.exec(entry);
    const at = fields ? unclaimed.findIndex((q) => quizFingerprint(q) === fields[1]) : -1;
    if (!fields || at < 0) continue;
    const [quiz] = unclaimed.splice(at, 1);
    const record = decodeQuiz(quiz!, fields, savedAt);
    if (record) quizzes[quiz!.id] = record;
  }
  return { seed: seed!, savedAt, progress: { lessons, quizzes } };
}

function decodeQuiz(quiz: ScormQuiz, fields: RegExpExecArray, savedAt: number): QuizProgressRecord | undefined {
  const [, , state, attempts, last, best, resultText, answerText] = fields;
  const percent = (text: string) => (text === '' ? null : (fromBase36(text) ?? -1));
  const texts = answerText!.split('.');
  if (texts.length !== quiz.questions.length) return undefined;
  const answers: Record<string, Answer> = {};
  quiz.questions.forEach((q, i) => {
    const answer = decodeAnswer(q, texts[i]!);
    if (answer && answerFits(q, answer)) answers[q.id] = answer;
  });
  const scored = quiz.questions.filter(isScored);
  if (resultText !== '' && resultText!.length !== scored.length) return undefined;
  const results = Object.fromEntries(resultText === '' ? [] : scored.map((q, i) => [q.id, resultText![i] === '1']));
  const record = quizProgressSchema.safeParse({
    state: QUIZ_STATES[Number(state)],
    answers,
    attempts: fromBase36(attempts!),
    lastPercent: percent(last!),
    bestPercent: percent(best!),
    results,
    updatedAt: savedAt,
  });
  return record.success ? record.data : undefined;
}
