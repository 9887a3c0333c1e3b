import type { Question } from '../schemas/quiz-schema.ts';
import { isComplete, optionIds, pairIds, scenarioPosition, stepIds, type Answer } from './answers.ts';

/** Reflections are the learner's own notes: never scored. */
export const isScored = (q: Question) => q.type !== 'reflection';

/** Whether one answer is right. All-or-nothing per question, as LMSs record interactions. */
export function isCorrect(q: Question, a: Answer | undefined): boolean {
  if (!a || !isComplete(q, a)) return false;
  switch (q.type) {
    case 'single': {
      const ids = optionIds(q);
      return a.type === 'single' && q.options[ids.indexOf(a.option)]?.correct === true;
    }
    case 'multiple': {
      if (a.type !== 'multiple') return false;
      const correct = optionIds(q).filter((_, i) => q.options[i]!.correct);
      return correct.length === a.options.length && correct.every((id) => a.options.includes(id));
    }
    case 'true-false':
      return a.type === 'true-false' && a.value === q.correct;
    case 'matching':
      return a.type === 'matching' && pairIds(q).every((id) => a.matches[id] === id);
    case 'ordering':
      return a.type === 'ordering' && stepIds(q).every((id, i) => a.order[i] === id);
    case 'scenario': {
      if (a.type !== 'scenario') return false;
      const pos = scenarioPosition(q, a.path);
      return pos !== null && 'ending' in pos && pos.ending.best;
    }
    case 'reflection':
      return false;
  }
}

export interface QuizScore {
  /** Right answers among scored questions. */
  correct: number;
  /** Scored questions (reflections excluded). */
  total: number;
  /** 0–100, rounded down so a learner never passes on rounding. */
  percent: number;
  /** Per scored question id: right or not. */
  results: Record<string, boolean>;
}

export function scoreQuiz(questions: readonly Question[], answers: Readonly<Record<string, Answer>>): QuizScore {
  const results: Record<string, boolean> = {};
  for (const q of questions) if (isScored(q)) results[q.id] = isCorrect(q, answers[q.id]);
  const total = Object.keys(results).length;
  const correct = Object.values(results).filter(Boolean).length;
  return { correct, total, percent: total === 0 ? 100 : Math.floor((correct * 100) / total), results };
}
