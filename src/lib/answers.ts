import type { Question } from '../schemas/quiz-schema.ts';
import { positionId } from '../schemas/position-id.ts';
import { MAX_REFLECTION_LENGTH, type StoredAnswer } from '../schemas/progress-schema.ts';

/** A learner's answer, in the shape the progress schema stores. */
export type Answer = StoredAnswer;

/** Ids of options, pairs and steps, falling back to their position. */
export const optionIds = (q: { options: { id?: string | undefined }[] }) => q.options.map((o, i) => o.id ?? positionId(i));
export const pairIds = (q: { pairs: { id?: string | undefined }[] }) => q.pairs.map((p, i) => p.id ?? positionId(i));
export const stepIds = (q: { steps: { id?: string | undefined }[] }) => q.steps.map((s, i) => s.id ?? positionId(i));

/** The matches a learner chooses from in a matching question: each pair's match, then the distractors, by id. */
export function matchChoices(q: Extract<Question, { type: 'matching' }>): { id: string; text: string }[] {
  return [
    ...q.pairs.map((p, i) => ({ id: pairIds(q)[i]!, text: p.match })),
    // "~" cannot appear in an author's id, so a distractor never shares an id with a pair.
    ...q.distractors.map((text, i) => ({ id: `~${i}`, text })),
  ];
}

/** Where a scenario path has got to: the current step, or the ending reached. */
export function scenarioPosition(
  q: Extract<Question, { type: 'scenario' }>,
  path: readonly string[],
): { step: Extract<Question, { type: 'scenario' }>['steps'][number] } | { ending: Extract<Question, { type: 'scenario' }>['endings'][number] } | null {
  let step = q.steps[0]!;
  for (let i = 0; i < path.length; i++) {
    const index = step.choices.findIndex((c, j) => (c.id ?? positionId(j)) === path[i]);
    if (index < 0) return null;
    const next = step.choices[index]!.next;
    const ending = q.endings.find((e) => e.id === next);
    if (ending) return i === path.length - 1 ? { ending } : null;
    const nextStep = q.steps.find((s) => s.id === next);
    if (!nextStep) return null;
    step = nextStep;
  }
  return { step };
}

/** True when a (possibly stale or tampered) stored answer can belong to this question. */
export function answerFits(q: Question, a: Answer): boolean {
  if (a.type !== q.type) return false;
  switch (a.type) {
    case 'single':
      return optionIds(q as Extract<Question, { type: 'single' }>).includes(a.option);
    case 'multiple': {
      const ids = optionIds(q as Extract<Question, { type: 'multiple' }>);
      return new Set(a.options).size === a.options.length && a.options.every((o) => ids.includes(o));
    }
    case 'true-false':
      return true;
    case 'matching': {
      const m = q as Extract<Question, { type: 'matching' }>;
      const items = pairIds(m);
      const choices = matchChoices(m).map((c) => c.id);
      return Object.entries(a.matches).every(([item, match]) => items.includes(item) && choices.includes(match));
    }
    case 'ordering': {
      const ids = stepIds(q as Extract<Question, { type: 'ordering' }>);
      return a.order.length === ids.length && ids.every((id) => a.order.includes(id));
    }
    case 'scenario':
      return scenarioPosition(q as Extract<Question, { type: 'scenario' }>, a.path) !== null;
    case 'reflection':
      return a.text.length <= MAX_REFLECTION_LENGTH;
  }
}

/** Whether the learner has given a complete answer that can be checked. */
export function isComplete(q: Question, a: Answer | undefined): boolean {
  if (!a || !answerFits(q, a)) return false;
  switch (a.type) {
    case 'single':
    case 'true-false':
    case 'ordering':
      return true;
    case 'multiple':
      return a.options.length > 0;
    case 'matching':
      return pairIds(q as Extract<Question, { type: 'matching' }>).every((id) => a.matches[id] !== undefined);
    case 'scenario': {
      const pos = scenarioPosition(q as Extract<Question, { type: 'scenario' }>, a.path);
      return pos !== null && 'ending' in pos;
    }
    case 'reflection':
      return a.text.trim().length > 0;
  }
}
