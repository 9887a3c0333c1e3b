import type { Question } from '../schemas/quiz-schema.ts';
import { matchChoices, optionIds, pairIds, stepIds, type Answer } from '../lib/answers.ts';
import { positionId } from '../schemas/position-id.ts';
import { digitsFor, fixed, readFixed } from './base36.ts';

/**
 * One answer packed by position for suspend_data: which option, match, step or story choice, as fixed-width
 * base-36 numbers, never as ids. Uses only 0-9, a-z and "-", so answers can be joined with "." and quizzes
 * with ";". An unanswered question is "", and "-" is an answer that is an empty list (every box unticked, a
 * story started again). Reflections are never packed: they are promised never to leave the device.
 */
const EMPTY = '-';

export function encodeAnswer(q: Question, a: Answer | undefined): string {
  if (!a || a.type !== q.type) return '';
  switch (a.type) {
    case 'single': {
      const ids = optionIds(q as Extract<Question, { type: 'single' }>);
      const i = ids.indexOf(a.option);
      return i < 0 ? '' : fixed(i, digitsFor(ids.length));
    }
    case 'multiple': {
      const ids = optionIds(q as Extract<Question, { type: 'multiple' }>);
      return list(a.options.map((id) => ids.indexOf(id)), ids.length);
    }
    case 'true-false':
      return a.value ? '1' : '0';
    case 'matching': {
      const m = q as Extract<Question, { type: 'matching' }>;
      const choices = matchChoices(m).map((c) => c.id);
      // 0 is "not matched yet"; a match is its position among the choices plus one.
      const digits = digitsFor(choices.length + 1);
      return pairIds(m)
        .map((id) => fixed(a.matches[id] === undefined ? 0 : choices.indexOf(a.matches[id]!) + 1, digits))
        .join('');
    }
    case 'ordering': {
      const ids = stepIds(q as Extract<Question, { type: 'ordering' }>);
      return list(a.order.map((id) => ids.indexOf(id)), ids.length);
    }
    case 'scenario': {
      const indexes = scenarioIndexes(q as Extract<Question, { type: 'scenario' }>, a.path);
      return indexes ? list(indexes, maxChoices(q as Extract<Question, { type: 'scenario' }>)) : '';
    }
    case 'reflection':
      return '';
  }
}

/** The answer packed by encodeAnswer, or undefined when there is none or the text does not fit the question. */
export function decodeAnswer(q: Question, text: string): Answer | undefined {
  if (text === '') return undefined;
  switch (q.type) {
    case 'single': {
      const ids = optionIds(q);
      const [i, ...rest] = readFixed(text, digitsFor(ids.length)) ?? [];
      return i !== undefined && rest.length === 0 && ids[i] !== undefined ? { type: 'single', option: ids[i] } : undefined;
    }
    case 'multiple': {
      const ids = optionIds(q);
      const picked = readList(text, ids);
      return picked && { type: 'multiple', options: picked };
    }
    case 'true-false':
      return text === '1' || text === '0' ? { type: 'true-false', value: text === '1' } : undefined;
    case 'matching': {
      const choices = matchChoices(q).map((c) => c.id);
      const ids = pairIds(q);
      const values = readFixed(text, digitsFor(choices.length + 1));
      if (!values || values.length !== ids.length || values.some((v) => v > choices.length)) return undefined;
      const matches: Record<string, string> = {};
      values.forEach((v, i) => {
        if (v > 0) matches[ids[i]!] = choices[v - 1]!;
      });
      return { type: 'matching', matches };
    }
    case 'ordering': {
      const order = readList(text, stepIds(q));
      return order && { type: 'ordering', order };
    }
    case 'scenario': {
      if (text === EMPTY) return { type: 'scenario', path: [] };
      const indexes = readFixed(text, digitsFor(maxChoices(q)));
      const path = indexes && scenarioPath(q, indexes);
      return path && { type: 'scenario', path };
    }
    case 'reflection':
      return undefined;
  }
}

function list(indexes: number[], count: number): string {
  if (indexes.some((i) => i < 0)) return '';
  return indexes.length === 0 ? EMPTY : indexes.map((i) => fixed(i, digitsFor(count))).join('');
}

function readList(text: string, ids: string[]): string[] | undefined {
  if (text === EMPTY) return [];
  const indexes = readFixed(text, digitsFor(ids.length));
  if (!indexes || indexes.some((i) => ids[i] === undefined)) return undefined;
  return indexes.map((i) => ids[i]!);
}

type Scenario = Extract<Question, { type: 'scenario' }>;

const maxChoices = (q: Scenario) => Math.max(...q.steps.map((s) => s.choices.length));
const choiceId = (step: Scenario['steps'][number], i: number) => step.choices[i]?.id ?? positionId(i);

/** A story path as the position of each choice within its step; undefined when the path leaves the story. */
function scenarioIndexes(q: Scenario, path: readonly string[]): number[] | undefined {
  const out: number[] = [];
  let step: Scenario['steps'][number] | undefined = q.steps[0];
  for (const id of path) {
    if (!step) return undefined;
    const i = step.choices.findIndex((_, j) => choiceId(step!, j) === id);
    if (i < 0) return undefined;
    out.push(i);
    const next: string = step.choices[i]!.next;
    step = q.steps.find((s) => s.id === next);
  }
  return out;
}

function scenarioPath(q: Scenario, indexes: number[]): string[] | undefined {
  const out: string[] = [];
  let step: Scenario['steps'][number] | undefined = q.steps[0];
  for (const i of indexes) {
    const choice: Scenario['steps'][number]['choices'][number] | undefined = step?.choices[i];
    if (!step || !choice) return undefined;
    out.push(choiceId(step, i));
    step = q.steps.find((s) => s.id === choice.next);
  }
  return out;
}
