import type { Question } from '../schemas/quiz-schema.ts';
import { positionId } from '../schemas/position-id.ts';
import { optionIds, pairIds, stepIds, type Answer } from './answers.ts';

/**
 * The right answer to a question, as a learner would give it: used to show and report correct responses and to
 * prove that every quiz can be passed. Reflections have none. For a scenario: the shortest path to a best ending.
 */
export function correctAnswer(q: Question): Answer | null {
  switch (q.type) {
    case 'single':
      return { type: 'single', option: optionIds(q)[q.options.findIndex((o) => o.correct)]! };
    case 'multiple':
      return { type: 'multiple', options: optionIds(q).filter((_, i) => q.options[i]!.correct) };
    case 'true-false':
      return { type: 'true-false', value: q.correct };
    case 'matching':
      return { type: 'matching', matches: Object.fromEntries(pairIds(q).map((id) => [id, id])) };
    case 'ordering':
      return { type: 'ordering', order: stepIds(q) };
    case 'scenario':
      return bestPath(q);
    case 'reflection':
      return null;
  }
}

function bestPath(q: Extract<Question, { type: 'scenario' }>): Answer | null {
  const best = new Set(q.endings.filter((e) => e.best).map((e) => e.id));
  const queue: { step: string; path: string[] }[] = [{ step: q.steps[0]!.id, path: [] }];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const { step, path } = queue.shift()!;
    if (seen.has(step)) continue;
    seen.add(step);
    const node = q.steps.find((s) => s.id === step);
    for (const [i, choice] of (node?.choices ?? []).entries()) {
      const next = [...path, choice.id ?? positionId(i)];
      if (best.has(choice.next)) return { type: 'scenario', path: next };
      queue.push({ step: choice.next, path: next });
    }
  }
  return null;
}
